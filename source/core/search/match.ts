/**
 * Which words of the vocabulary a typed word matches, and how well: the word itself (cost 0), a
 * longer word it begins (1; from 4 letters, or any start for the word still being typed), a word
 * within a few typing errors (4 per error; a swap of neighbours is one error), or, for the word
 * still being typed, the start of such a word (4 per error + 1).
 * How many errors a word may have depends on its length (see `allowedErrors`): "energy" never
 * matches "everything", "sanctions" never "stations".
 */
import type {SearchIndex} from './build.js';

const scratch = new Int32Array(40 * 40);
const W = 40;

/**
 * Fewest edits (insertions, deletions, substitutions, swaps of neighbours) between `term` and the
 * word `text[from, to)`, or with `prefix` a start of the word about as long as the term (a word
 * still being typed); `cutoff + 1` when more than `cutoff`.
 */
function prefixDistance(
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

/** Cost of a word that was not matched (per-word costs fit a byte below it). */
export const NONE = 255;
/** Cost of one typing error; a prefix adds 1. */
export const TYPO = 4;

/** Errors a typed word of `m` characters may have: none up to 3 (but a swap), 1 up to 7, then 2. */
function allowedErrors(word: string): number {
	if (/\d/.test(word)) return 0;
	const m = word.length;
	return m <= 3 ? (m === 3 ? 1 : 0) : m <= 7 ? 1 : 2;
}

/** A typed word's matches in the vocabulary. */
export interface WordMatch {
	/** The folded word. */
	word: string;
	/** Still being typed: matches starts of words, errors included. */
	open: boolean;
	/** Matched vocabulary ids, by ascending cost (then descending frequency), and their costs. */
	ids: Uint32Array;
	costs: Uint8Array;
	/** Sentences reached through the matched words (a sum of postings, so at least the count). */
	volume: number;
}

/**
 * Per index, built on first use: each vocabulary word's first and second character (the second
 * -1 when there is none or it repeats the first), and its letters as bits (a–z, and one for any
 * other character; 0 until first needed: only words that share a character with a typed word are
 * looked at).
 */
interface Letters {
	first: Uint16Array;
	second: Int32Array;
	masks: Uint32Array;
}
const lettersByIndex = new WeakMap<SearchIndex, Letters>();

/** The letters of `w` as bits: a quick test that rules out words missing too many of them. */
function lettersOf(w: string): number {
	let m = 0;
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i) - 97;
		m |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
	}
	return m;
}

function popcount(x: number): number {
	let v = x - ((x >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function lettersOfIndex(index: SearchIndex): Letters {
	let letters = lettersByIndex.get(index);
	if (letters) return letters;
	const {vocab} = index;
	const V = vocab.length;
	letters = {first: new Uint16Array(V), second: new Int32Array(V), masks: new Uint32Array(V)};
	for (let id = 0; id < V; id++) {
		const w = vocab[id]!;
		const a = w.charCodeAt(0);
		const b = w.length > 1 ? w.charCodeAt(1) : -1;
		letters.first[id] = a;
		letters.second[id] = b === a ? -1 : b;
	}
	lettersByIndex.set(index, letters);
	return letters;
}

/** Whether `b` is `a` with two neighbouring characters swapped. */
function isSwap(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return (
		i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
	);
}

/** The cost of vocabulary word `w` for typed word `q`, or NONE. */
export function wordCost(q: string, w: string, open: boolean, k = allowedErrors(q)): number {
	if (w === q) return 0;
	if (w.startsWith(q) && (open || q.length >= 4)) return 1;
	if (k === 0) return NONE;
	if (q.length === 3) {
		if (isSwap(q, w)) return TYPO;
		return open && w.length > 3 && isSwap(q, w.slice(0, 3)) ? TYPO + 1 : NONE;
	}
	if (Math.abs(w.length - q.length) <= k) {
		const d = prefixDistance(q, w, false, k);
		if (d <= k) return d * TYPO;
	}
	if (open && w.length > q.length) {
		const d = prefixDistance(q, w, true, k);
		if (d <= k) return d * TYPO + 1;
	}
	return NONE;
}

const plans = new WeakMap<SearchIndex, Map<string, WordMatch>>();

/** The matches of typed (folded) word `word`, cached per index. */
export function matchWord(index: SearchIndex, word: string, open: boolean): WordMatch {
	let cache = plans.get(index);
	if (!cache) {
		cache = new Map();
		plans.set(index, cache);
	}
	const key = `${open ? 1 : 0}${word}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const k = allowedErrors(word);
	const found: Array<[number, number]> = [];
	const {first, second, masks} = lettersOfIndex(index);
	const letters = lettersOf(word);
	// A match shares its first character with the word; with an error allowed, its first or
	// second character with the word's first or second (errors at both are not typos).
	const c0 = word.charCodeAt(0);
	const c1 = word.length > 1 ? word.charCodeAt(1) : -2;
	for (let id = 0; id < first.length; id++) {
		const a = first[id]!;
		const b = second[id]!;
		if (a !== c0 && (k === 0 || (b !== c0 && a !== c1 && b !== c1))) continue;
		// Each error brings in at most one letter the word lacks.
		if (masks[id] === 0) masks[id] = lettersOf(index.vocab[id]!);
		if (popcount(letters & ~masks[id]!) > k) continue;
		const cost = wordCost(word, index.vocab[id]!, open, k);
		if (cost !== NONE) found.push([id, cost]);
	}
	// By cost, then the most frequent words first.
	const df = (id: number) => index.df[id]!;
	found.sort((a, b) => a[1] - b[1] || df(b[0]) - df(a[0]) || a[0] - b[0]);
	let volume = 0;
	for (const [id] of found) volume += df(id);
	const match: WordMatch = {
		word,
		open,
		ids: Uint32Array.from(found.map((f) => f[0])),
		costs: Uint8Array.from(found.map((f) => f[1])),
		volume,
	};
	if (cache.size > 256) cache.clear();
	cache.set(key, match);
	return match;
}

/** Vocabulary ids of words that contain `piece` (for exact terms), cached per index. */
export function containing(index: SearchIndex, piece: string): WordMatch {
	return matchBy(index, `\u0001${piece}`, (w) => w.includes(piece));
}

function matchBy(index: SearchIndex, key: string, test: (w: string) => boolean): WordMatch {
	let cache = plans.get(index);
	if (!cache) {
		cache = new Map();
		plans.set(index, cache);
	}
	const hit = cache.get(key);
	if (hit) return hit;
	const ids: number[] = [];
	let volume = 0;
	index.vocab.forEach((w, id) => {
		if (!test(w)) return;
		ids.push(id);
		volume += index.df[id]!;
	});
	const match: WordMatch = {
		word: key,
		open: false,
		ids: Uint32Array.from(ids),
		costs: new Uint8Array(ids.length),
		volume,
	};
	if (cache.size > 256) cache.clear();
	cache.set(key, match);
	return match;
}
