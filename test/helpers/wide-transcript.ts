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
