/**
 * Test helper: the wide-character fixture (CJK, emoji with modifiers and ZWJ families, combining
 * marks, soft hyphens) as a transcript built by hand, so the reader gets the text exactly as
 * written (the parser's cleaning drops soft hyphens and joiners).
 */
import {readFileSync} from 'node:fs';
import type {Remark, Speaker, Transcript} from '../../source/core/model.js';

export const wideText = readFileSync(new URL('../fixtures/wide/wide.txt', import.meta.url), 'utf8');

export function wideTranscript(): Transcript {
	const speakers = new Map<string, Speaker>();
	const remarks: Remark[] = [];
	for (const block of wideText.split(/\n\n+/)) {
		const colon = block.indexOf(': ');
		if (colon < 0) continue;
		const name = block.slice(0, colon);
		const id = name.toLowerCase().replace(/\s+/g, '-');
		if (!speakers.has(id))
			speakers.set(id, {id, name, role: null, labels: [name], anonymous: false});
		remarks.push({speaker: id, paragraphs: [block.slice(colon + 2).trim()]});
	}
	return {
		title: 'Wide characters 日本語 🚀',
		date: '2024-05-01',
		place: null,
		format: 'plain',
		speakers: [...speakers.values()],
		remarks,
	};
}

/** Every word of the fixture's remarks and labels, soft hyphens removed. */
export function wideWords(): string[] {
	return wideText
		.replaceAll('\u00AD', '')
		.split(/\s+/)
		.filter((w) => w !== '');
}

/**
 * The fixture's characters as quiz material: one sentence of 8–20 words per turn (what the quiz
 * quotes), each short enough to fit the question box at 40×12.
 */
export function wideQuizTranscript(): Transcript {
	const base = wideTranscript();
	const id = (name: string) => base.speakers.find((s) => s.name === name)!.id;
	const turns: Array<[string, string]> = [
		[
			'Zoë Ångström',
			'The café served crème brûlée; naïve coöperation, façade and résumé all survived.',
		],
		[
			'Moderator',
			'Families 👨‍👩‍👧‍👦 and 👩‍👩‍👦 and 👨‍👨‍👧 joined, with flags 🇷🇺 🇰🇿 and keycaps 1️⃣ 2️⃣ 3️⃣ on the slides.',
		],
		[
			'김민준',
			'한국어 문장도 잘 표시되어야 합니다, 안녕하세요 여러분 extra\u00ADordinary incompre\u00ADhensi\u00ADbility super\u00ADcali\u00ADfragilistic words.',
		],
		[
			'李明',
			'Our launch review 🚀 of 日本語テキスト and 中文 went well: ✅ done, ⚡ fast, ❤️ loved, 👍🏽 approved.',
		],
		[
			'Zoë Ångström',
			'Mixed 日本語テキスト with English words, emoji 🎉🎉🎉🎉🎉🎉🎉🎉 and combining ä́b ño as well.',
		],
	];
	return {
		...base,
		title: 'Wide quiz 日本語 🚀',
		remarks: turns.map(([name, text]) => ({speaker: id(name), paragraphs: [text]})),
	};
}
