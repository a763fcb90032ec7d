/**
 * Find in one transcript: every case-insensitive occurrence of a query, in reading order; when the
 * query occurs nowhere as typed, its close matches (a typo in a word or two, found by Fuse.js).
 */
import Fuse from 'fuse.js';
import type {Position, Transcript} from '../../core/model.js';
import {remarkText} from './layout.js';

/** One occurrence: a remark and a range of its text (paragraphs joined by "\n\n"). */
export interface Match {
	turn: number;
	start: number;
	end: number;
	/** True for a close match (the query with a typo), not the query as typed. */
	close?: boolean;
}

/**
 * Every occurrence of `query` (case-insensitive; whitespace runs match any whitespace run); when
 * there is none, every close match (`closeMatches`).
 */
export function findMatches(transcript: Transcript, query: string): Match[] {
	const exact = exactMatches(transcript, query);
	return exact.length > 0 ? exact : closeMatches(transcript, query);
}

function exactMatches(transcript: Transcript, query: string): Match[] {
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

/** A word of a remark: lower case, and where it stands in the remark's text. */
interface Word {
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu;

/** Query words shorter than this must be typed right; longer ones may hold a typo. */
const FUZZY_MIN = 4;

/**
 * Runs of consecutive words that match the query's words one by one, each exactly or, from four
 * letters, as one of the transcript's words that Fuse.js finds close to it (a letter or two
 * wrong, missing or swapped; no more than a quarter of the word's length longer or shorter).
 */
function closeMatches(transcript: Transcript, query: string): Match[] {
	const wanted = query.toLowerCase().match(WORD) ?? [];
	if (wanted.length === 0 || wanted.every((w) => w.length < FUZZY_MIN)) return [];
	const turns: Word[][] = [];
	const vocabulary = new Set<string>();
	for (let turn = 0; turn < transcript.remarks.length; turn++) {
		const words: Word[] = [];
		for (const m of remarkText(transcript, turn).matchAll(WORD)) {
			const word = m[0].toLowerCase();
			vocabulary.add(word);
			words.push({word, start: m.index, end: m.index + m[0].length});
		}
		turns.push(words);
	}
	const fuse = new Fuse([...vocabulary], {
		includeScore: true,
		threshold: 0.3,
		ignoreLocation: true,
	});
	const accepted = wanted.map((w) => {
		if (w.length < FUZZY_MIN) return new Set([w]);
		const slack = Math.max(1, Math.floor(w.length / 4));
		const close = fuse.search(w).filter((r) => Math.abs(r.item.length - w.length) <= slack);
		return new Set([w, ...close.map((r) => r.item)]);
	});
	const out: Match[] = [];
	turns.forEach((words, turn) => {
		for (let i = 0; i + wanted.length <= words.length; i++) {
			if (accepted.every((set, k) => set.has(words[i + k]!.word))) {
				const end = words[i + wanted.length - 1]!.end;
				out.push({turn, start: words[i]!.start, end, close: true});
			}
		}
	});
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
