/**
 * Highlighting, so that it shows what was typed: for each plain word, the words of the sentence
 * it matches (the typed start of a word it begins, else the whole word); for an operator, its
 * exact occurrence; for a fuzzy phrase, the substring it matched with the fewest errors, widened
 * to whole words.
 */

import {foldAccents, foldCase, foldWords} from './fold.js';
import {compile, matchEnds, substringErrors} from './fuzzy.js';
import {NONE, wordCost} from './match.js';
import type {Query, Term} from './query.js';

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

const isAlnum = (c: number) =>
	(c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;

/** Where an occurrence of `len` characters at `at` sits: 0 inside a word, 1 at its start, 2 whole. */
function classAt(s: string, at: number, len: number): number {
	if (at > 0 && isAlnum(s.charCodeAt(at - 1))) return 0;
	const end = at + len;
	return end === s.length || !isAlnum(s.charCodeAt(end)) ? 2 : 1;
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

function termRanges(term: Term, text: string, caseSensitive: boolean): Range[] {
	const p = caseSensitive ? foldAccents(term.pattern) : foldCase(term.pattern);
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
			if (!p.includes(' ')) return wordRanges([{word: p, open: term.open}], text);
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

const WORDS = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;

/** The words of `text` (folded, same length) that plain words match: typed starts, else whole. */
function wordRanges(typed: Array<{word: string; open: boolean}>, text: string): Range[] {
	const words = typed.flatMap((t) => {
		const folded = foldWords(t.word);
		return folded.map((word, i) => ({word, open: t.open && i === folded.length - 1}));
	});
	const out: Range[] = [];
	for (const m of text.matchAll(WORDS)) {
		const start = m.index;
		const span = m[0];
		let range: Range | null = null;
		for (const w of foldWords(span))
			for (const t of words) {
				const cost = wordCost(t.word, w, t.open);
				if (cost === NONE) continue;
				// A typed start of a word written as folded: just the typed part.
				const part = cost <= 1 && w === span && w.startsWith(t.word);
				const r: Range = [start, part ? start + t.word.length : start + span.length];
				if (!range || r[1] > range[1]) range = r;
			}
		if (range) out.push(range);
	}
	return out;
}

/** Merges overlapping or touching ranges, sorted. */
function mergeRanges(ranges: Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const out: Range[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/** The ranges of `text` to highlight for the terms of `group` of `query`. */
export function highlight(query: Query, text: string, group = 0): Range[] {
	const folded = query.caseSensitive ? foldAccents(text) : foldCase(text);
	const cmp = folded.length === text.length ? folded : text.toLowerCase();
	const terms = query.groups[group] ?? [];
	return mergeRanges(terms.flatMap((t) => termRanges(t, cmp, query.caseSensitive)));
}
