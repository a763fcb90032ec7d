/**
 * How speakers look in the reader: one stable colour each (by order of first appearance), the
 * label before each turn (with the role on the speaker's first turn), and per-speaker counts.
 */

import {joinsNext} from '../../core/cues.js';
import type {Speaker, Transcript} from '../../core/model.js';
import {hasTimes} from './cues.js';

/** Colours given to speakers in turn; chosen to read on dark and light backgrounds. */
export const speakerPalette = [
	'cyan',
	'green',
	'yellow',
	'magenta',
	'blue',
	'red',
	'cyanBright',
	'greenBright',
	'magentaBright',
	'blueBright',
] as const;

/** What the reader needs to know about speakers, computed once per transcript. */
export interface SpeakerInfo {
	byId: Map<string, Speaker>;
	colour: Map<string, string>;
	/** Turns (remarks) per speaker id, in order of first appearance. */
	turns: Map<string, number[]>;
	/** Turns per speaker id as Read shows them: a run of cues (cues.ts) counts once. */
	runs: Map<string, number>;
	/** The label shown before a remark: "Name (role): " on the first turn, "Name: " after. */
	prefix(turn: number): string;
}

/** Builds the speaker info of a transcript; `upper` writes names in capitals (no colour). */
export function speakerInfo(transcript: Transcript, upper = false): SpeakerInfo {
	const byId = new Map(transcript.speakers.map((s) => [s.id, s]));
	const turns = new Map<string, number[]>();
	const first = new Set<number>();
	const runs = new Map<string, number>();
	const timed = hasTimes(transcript);
	transcript.remarks.forEach((remark, i) => {
		if (remark.speaker === null) return;
		if (!(timed && i > 0 && joinsNext(transcript, i - 1)))
			runs.set(remark.speaker, (runs.get(remark.speaker) ?? 0) + 1);
		let list = turns.get(remark.speaker);
		if (!list) {
			list = [];
			turns.set(remark.speaker, list);
			first.add(i);
		}
		list.push(i);
	});
	const colour = new Map<string, string>();
	let n = 0;
	for (const id of turns.keys()) colour.set(id, speakerPalette[n++ % speakerPalette.length]!);
	return {
		byId,
		colour,
		turns,
		runs,
		prefix(turn: number): string {
			const id = transcript.remarks[turn]?.speaker;
			if (id === null || id === undefined) return '';
			const speaker = byId.get(id);
			const name = speaker?.name ?? id;
			const shown = upper ? name.toUpperCase() : name;
			const role = first.has(turn) && speaker?.role ? ` (${speaker.role})` : '';
			return `${shown}${role}: `;
		},
	};
}

/**
 * What the speaker line says about a page whose first line of text is in `turn`: the name (with
 * role) and "turn 12/40 (cont.) · 00:12:34".
 */
export function speakerLine(
	transcript: Transcript,
	info: SpeakerInfo,
	turn: number,
	cont: boolean,
	time: string | undefined,
): {name: string; where: string} {
	const id = transcript.remarks[turn]?.speaker ?? null;
	const speaker = id === null ? undefined : info.byId.get(id);
	const name =
		id === null ? 'narration' : `${speaker?.name ?? id}${speaker?.role ? `, ${speaker.role}` : ''}`;
	const where = `turn ${turn + 1}/${transcript.remarks.length}${cont ? ' (cont.)' : ''}`;
	return {name, where: time ? `${where} · ${time}` : where};
}

/** One row of the outline: a speaker (turn null), or one of that speaker's turns. */
export interface OutlineItem {
	speaker: string;
	turn: number | null;
}

/**
 * The outline: each speaker (in order of first appearance) followed by their turns — of a run of
 * cues read as one turn (cues.ts), its first cue only.
 */
export function outlineItems(info: SpeakerInfo, transcript?: Transcript): OutlineItem[] {
	const items: OutlineItem[] = [];
	const joined = transcript && hasTimes(transcript);
	for (const [speaker, turns] of info.turns) {
		items.push({speaker, turn: null});
		for (const turn of turns) {
			if (joined && turn > 0 && joinsNext(transcript, turn - 1)) continue;
			items.push({speaker, turn});
		}
	}
	return items;
}
