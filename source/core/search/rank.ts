/**
 * Ranking among the sentences Fuse matches: by edits to whole words (see `wordRank`), where a swap
 * of neighbours counts one and a term cannot hide inside a longer word; then by terms found in
 * adjacent words in the typed order and as whole words.
 */

import {MIN_SCORE} from './fuzzy.js';
import type {Term} from './query.js';

const scratch = new Int32Array(40 * 40);
const W = 40;

/**
 * Fewest edits (insertions, deletions, substitutions, swaps of neighbours) between `term` and the
 * word `text[from, to)`, or with `prefix` a start of the word about as long as the term (a word
 * still being typed); `cutoff + 1` when more than `cutoff`.
 */
export function prefixDistance(
	term: string,
	text: string,
	prefix = true,
	cutoff = 64,
	from = 0,
	to = text.length,
): number {
	const m = term.length;
	const wl = to - from;
	const over = cutoff + 1;
	if (m >= W - 1) return Math.min(m, over);
	if (prefix ? wl < m - cutoff : Math.abs(wl - m) > cutoff) return over;
	const n = Math.min(wl, prefix ? m + 1 : W - 1);
	const d = scratch;
	for (let j = 0; j <= n; j++) d[j] = j;
	for (let i = 1; i <= m; i++) {
		const row = i * W;
		d[row] = i;
		let rowMin = i;
		const a = term.charCodeAt(i - 1);
		const a0 = i > 1 ? term.charCodeAt(i - 2) : -1;
		for (let j = 1; j <= n; j++) {
			const b = text.charCodeAt(from + j - 1);
			let v = d[row - W + j]! + 1;
			const ins = d[row + j - 1]! + 1;
			if (ins < v) v = ins;
			const sub = d[row - W + j - 1]! + (a === b ? 0 : 1);
			if (sub < v) v = sub;
			if (j > 1 && a0 === b && a === text.charCodeAt(from + j - 2)) {
				const swap = d[row - 2 * W + j - 2]! + 1;
				if (swap < v) v = swap;
			}
			d[row + j] = v;
			if (v < rowMin) rowMin = v;
		}
		// Row minima never decrease, so the distance is already above the cutoff.
		if (rowMin > cutoff) return over;
	}
	let best = d[m * W + n]!;
	if (!prefix) return Math.min(over, best + (wl - n));
	for (let j = Math.max(0, m - 1); j <= n; j++) if (d[m * W + j]! < best) best = d[m * W + j]!;
	return Math.min(best, over);
}

/**
 * Whether `word` begins like `term` (one of its first two characters is one of the term's first
 * two): the only words whose edit distance ranking counts (see rank.ts).
 */
export function nearStart(term: string, word: string, at = 0): boolean {
	const a = word.charCodeAt(at);
	const b = word.charCodeAt(at + 1);
	const t0 = term.charCodeAt(0);
	const t1 = term.charCodeAt(1);
	return a === t0 || a === t1 || b === t0 || b === t1;
}

const punctuation = new Set([
	0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb, 0x2013, 0x2014, 0x2026, 0xa0, 0x2022,
]);
const isAlnum = (c: number) =>
	(c >= 48 && c <= 57) ||
	(c >= 97 && c <= 122) ||
	(c >= 65 && c <= 90) ||
	(c > 127 && !punctuation.has(c));

/** How a sentence ranks for a group: lower `rank` is better; higher `bonus` breaks ties. */
export interface Rank {
	rank: number;
	bonus: number;
}

const wordStart: number[] = [];
const wordEnd: number[] = [];
let mark = new Float64Array(256);
/** Per word, the distance of the term being ranked (-1: not looked at). */
let dist = new Int32Array(256);
let stamp = 1;

/**
 * Ranks a sentence that matches a group (Fuse's per-term scores in `fuse`, or for one-word fuzzy
 * terms the most edits to count in `caps`). Each fuzzy term counts
 * the edits (a swap of neighbours is one) to the closest word of the sentence (to the start of one
 * for the word still being typed), at most one more than Fuse's own count (which also matches
 * inside words), divided by its length; exact terms count 0, phrases Fuse's score. The rank is the mean. The bonus gives 4 for
 * each pair of terms found in adjacent words in the typed order, and 1 for each term that is a
 * whole word.
 */
export function wordRank(
	terms: Term[],
	fuse: ArrayLike<number>,
	text: string,
	caps: ArrayLike<number> | null = null,
): Rank {
	let words = 0;
	let i = 0;
	const len = text.length;
	while (i < len) {
		while (i < len && text.charCodeAt(i) === 32) i++;
		if (i >= len) break;
		let end = i;
		while (end < len && text.charCodeAt(end) !== 32) end++;
		let a = i;
		let b = end;
		while (a < b && !isAlnum(text.charCodeAt(a))) a++;
		while (b > a && !isAlnum(text.charCodeAt(b - 1))) b--;
		wordStart[words] = a;
		wordEnd[words] = b;
		words++;
		i = end;
	}
	let sum = 0;
	let bonus = 0;
	// Word j is a best place of term k when mark[j] === stamp + k (stamps never repeat).
	const base = stamp;
	stamp += terms.length + 1;
	if (mark.length < words + 1) mark = new Float64Array(words * 2 + 16);
	let prevFound = false;
	for (let k = 0; k < terms.length; k++) {
		const t = terms[k]!;
		const p = t.pattern;
		const id = base + k + 1;
		let found = false;
		if (t.type.startsWith('inverse') || p === '') {
			prevFound = false;
			continue;
		}
		if (t.type !== 'fuzzy') {
			for (let j = 0; j < words; j++) {
				const at = text.indexOf(p, wordStart[j]!);
				if (at >= 0 && at + p.length <= wordEnd[j]!) {
					mark[j] = id;
					found = true;
				}
			}
		} else if (p.includes(' ') || p.length > 32) sum += fuse[k]!;
		else {
			const m = p.length;
			const core = t.bare;
			let best = Math.min(caps ? caps[k]! : errorsOf(fuse[k]!, m) + 1, m);
			if (dist.length < words) dist = new Int32Array(words * 2);
			for (let j = 0; j < words; j++) {
				dist[j] = -1;
				const a = wordStart[j]!;
				const wl = wordEnd[j]! - a;
				if (wl === 0 || wl < m - best) continue;
				if (!nearStart(core, text, a)) continue;
				const d = prefixDistance(core, text, t.open, best, a, wordEnd[j]);
				dist[j] = d;
				if (d < best) best = d;
			}
			// Only the words at the best distance are the term's places: marking as the loop goes
			// would write over the mark of an earlier term in a word that turns out not to be one.
			let whole = false;
			for (let j = 0; j < words; j++) {
				if (dist[j] !== best) continue;
				mark[j] = id;
				found = true;
				if (best === 0 && wordEnd[j]! - wordStart[j]! === core.length) whole = true;
			}
			if (whole) bonus += 1;
			sum += best / m;
		}
		if (prevFound && found)
			for (let j = 1; j < words; j++)
				if (mark[j] === id && mark[j - 1] === id - 1) {
					bonus += 4;
					break;
				}
		prevFound = found;
	}
	return {rank: sum / terms.length, bonus};
}

/** Fuse's errors behind a fuzzy score of a pattern of length m. */
export function errorsOf(score: number, m: number): number {
	return score <= MIN_SCORE ? 0 : Math.round(score * m);
}

/** The lowest rank a term can add (before dividing by the number of terms) after `errors`. */
export function rankFloor(m: number, errors: number): number {
	return errors === 0 ? 0 : Math.max(1, Math.ceil(errors / 2)) / m;
}
