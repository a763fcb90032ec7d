/** Find in one transcript: every case-insensitive occurrence of a query, in reading order. */
import type {Transcript} from '../../core/transcript.js';
import type {Position} from '../../store/types.js';
import {remarkText} from './layout.js';

/** One occurrence: a remark and a range of its text (paragraphs joined by "\n\n"). */
export interface Match {
	turn: number;
	start: number;
	end: number;
}

/** Every occurrence of `query` (case-insensitive; whitespace runs match any whitespace run). */
export function findMatches(transcript: Transcript, query: string): Match[] {
	const trimmed = query.trim();
	if (trimmed === '') return [];
	const pattern = new RegExp(
		trimmed
			.split(/\s+/)
			.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('\\s+'),
		'giu',
	);
	const out: Match[] = [];
	for (let turn = 0; turn < transcript.remarks.length; turn++) {
		const text = remarkText(transcript, turn);
		for (const m of text.matchAll(pattern)) {
			if (m[0].length === 0) continue;
			out.push({turn, start: m.index, end: m.index + m[0].length});
		}
	}
	return out;
}

/**
 * The match to go to from `from`: the first at or after it (forward) or the last before it
 * (backward), wrapping around; only among matches `visible` accepts. -1 when there is none.
 */
export function nextMatch(
	matches: Match[],
	from: Position,
	forward: boolean,
	visible: (turn: number) => boolean,
	strict = false,
): number {
	const n = matches.length;
	if (n === 0) return -1;
	// Forward from a match skips it (strict); backward always starts before `from`.
	const skip = strict && forward;
	const after = (m: Match) =>
		m.turn > from.turn ||
		(m.turn === from.turn && (skip ? m.start > from.offset : m.start >= from.offset));
	let first = matches.findIndex(after);
	if (first === -1) first = n;
	for (let k = 0; k < n; k++) {
		const i = forward ? (first + k) % n : (first - 1 - k + 2 * n) % n;
		if (visible(matches[i]!.turn)) return i;
	}
	return -1;
}
