/**
 * Highlighting, computed by our own pass so that it shows what was typed (Fuse's match indices
 * mark every character of the pattern's alphabet near a match): for each term of the matching
 * group, its exact occurrence (the one at a word boundary if any), or the substring it matched
 * with the fewest errors, widened to whole words.
 */

import {groupScore} from './engine.js';
import {compile, matchEnds, substringErrors} from './fuzzy.js';
import type {Query, Term} from './query.js';
import {classAt} from './terms.js';

/** A highlighted range of a sentence: `[start, end)`, as for `String.prototype.slice`. */
export type Range = [number, number];

function editDistance(a: string, b: string): number {
	let prev = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++)
			cur[j] = Math.min(
				prev[j]! + 1,
				cur[j - 1]! + 1,
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		prev = cur;
	}
	return prev[b.length]!;
}

const isWordChar = (c: string | undefined) =>
	c !== undefined && c.toLowerCase() !== c.toUpperCase();

/** The best exact occurrence of `p` in `text`: whole word, then word start, then the first. */
function bestOccurrence(text: string, p: string): number {
	let best = -1;
	let bestClass = -1;
	for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
		const c = classAt(text, at, p.length);
		if (c > bestClass) {
			best = at;
			bestClass = c;
		}
	}
	return best;
}

/** The substring of `text` that fuzzy `pattern` (≤ 32 characters) matches best, or null. */
function fuzzySpan(text: string, pattern: string): Range | null {
	const p = compile(pattern);
	const e = substringErrors(p, text, 0, text.length, p.k);
	if (e > p.k) return null;
	const end = matchEnds(p, text, e)[0];
	if (end === undefined) return null;
	let start = end;
	let bestErr = Number.POSITIVE_INFINITY;
	for (let s = Math.max(0, end - p.m - e); s <= Math.max(0, end - p.m + e); s++) {
		const d = editDistance(pattern, text.slice(s, end));
		if (d < bestErr || (d === bestErr && text[s - 1] === ' ')) {
			bestErr = d;
			start = s;
		}
	}
	if (!text.slice(start, end).includes(' ')) {
		while (start > 0 && isWordChar(text[start - 1])) start--;
		return widen(text, start, end);
	}
	return [start, end];
}

function widen(text: string, start: number, end: number): Range {
	let e = end;
	while (e < text.length && isWordChar(text[e])) e++;
	return [start, e];
}

function termRanges(term: Term, text: string): Range[] {
	const p = term.pattern;
	const len = text.length;
	if (p === '') return [];
	switch (term.type) {
		case 'exact':
			return [[0, len]];
		case 'prefix-exact':
			return [[0, p.length]];
		case 'suffix-exact':
			return [[len - p.length, len]];
		case 'include': {
			const out: Range[] = [];
			for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length))
				out.push([at, at + p.length]);
			return out;
		}
		case 'fuzzy': {
			const at = bestOccurrence(text, p);
			if (at >= 0) return [[at, at + p.length]];
			const out: Range[] = [];
			for (let i = 0; i < p.length; i += 32) {
				const span = fuzzySpan(text, p.slice(i, i + 32));
				if (span) out.push(span);
			}
			return out;
		}
		default:
			return [];
	}
}

/** Merges overlapping or touching ranges, sorted. */
export function mergeRanges(ranges: Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/** The ranges of `text` to highlight for `query` (empty when nothing in it matches). */
export function highlight(query: Query, text: string): Range[] {
	const lower = text.toLowerCase();
	const cmp = query.caseSensitive || lower.length !== text.length ? text : lower;
	const group = query.groups.find((terms) => groupScore(terms, cmp) >= 0);
	if (!group) return [];
	return mergeRanges(group.flatMap((t) => termRanges(t, cmp)));
}
