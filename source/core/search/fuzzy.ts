/**
 * Fuse.js Bitap scoring, reproduced. With `ignoreLocation`, Fuse's Bitap score of a pattern in a
 * text is `max(0.001, e / m)` where `e` is the fewest edits (insertions, deletions, substitutions)
 * turning the pattern into some substring of the text and `m` the pattern length, provided
 * `e / m <= threshold` (and `e < m`); a text equal to the whole pattern scores 0. Fuse finds `e`
 * with one Bitap pass per error count; we find the same `e` with one pass of Myers' bit-vector
 * algorithm. Patterns longer than 32 characters are cut into 32-character chunks as Fuse does.
 */

/** Fuse's `threshold` used everywhere in Verbatim's search. */
export const THRESHOLD = 0.5;
/** Fuse's lowest score for a non-identical match. */
const MIN_SCORE = 0.001;
const MAX_BITS = 32;

/** The most errors Fuse accepts for a pattern of length `m` (its error loop, with `threshold`). */
export function maxErrors(m: number, threshold = THRESHOLD): number {
	let k = 0;
	while (k + 1 < m && (k + 1) / m <= threshold) k++;
	return k;
}

/** A compiled pattern (at most 32 characters): Myers' Peq bit masks per character code. */
export interface Compiled {
	pattern: string;
	m: number;
	/** Errors Fuse accepts. */
	k: number;
	codes: Int32Array;
	masks: Int32Array;
	/** Mask of the pattern's last position. */
	high: number;
}

/** Compiles a pattern of 1..32 characters. */
export function compile(pattern: string, threshold = THRESHOLD): Compiled {
	const m = pattern.length;
	const codes: number[] = [];
	const masks: number[] = [];
	for (let i = 0; i < m; i++) {
		const c = pattern.charCodeAt(i);
		const at = codes.indexOf(c);
		if (at >= 0) masks[at]! |= 1 << i;
		else {
			codes.push(c);
			masks.push(1 << i);
		}
	}
	return {
		pattern,
		m,
		k: maxErrors(m, threshold),
		codes: Int32Array.from(codes),
		masks: Int32Array.from(masks),
		high: 1 << (m - 1),
	};
}

/** Myers' Peq table for the loaded pattern, indexed by UTF-16 code unit. */
const table = new Int32Array(65536);

/** Loads `p` into the Peq table (for `loadedErrors`); `unload` clears it again. */
function load(p: Compiled): void {
	for (let i = 0; i < p.codes.length; i++) table[p.codes[i]!] = p.masks[i]!;
}

/** Clears what `load` wrote. */
function unload(p: Compiled): void {
	for (let i = 0; i < p.codes.length; i++) table[p.codes[i]!] = 0;
}

/**
 * Fewest edits turning the loaded pattern `p` into a substring of `text[from, to)`, or `limit + 1`
 * when more than `limit`. Stops at 0.
 */
function loadedErrors(p: Compiled, text: string, from: number, to: number, limit: number): number {
	const high = p.high;
	let pv = -1;
	let mv = 0;
	let score = p.m;
	let best = p.m;
	for (let j = from; j < to; j++) {
		const eq = table[text.charCodeAt(j)]!;
		const xv = eq | mv;
		const xh = (((eq & pv) + pv) ^ pv) | eq;
		let ph = mv | ~(xh | pv);
		let mh = pv & xh;
		if (ph & high) score++;
		else if (mh & high) score--;
		ph <<= 1;
		mh <<= 1;
		pv = mh | ~(xv | ph);
		mv = ph & xv;
		if (score < best) {
			best = score;
			if (best === 0) return 0;
		}
	}
	return best > limit ? limit + 1 : best;
}

/** Fewest edits turning `p` into a substring of `text[from, to)`, capped at `limit + 1`. */
export function substringErrors(
	p: Compiled,
	text: string,
	from = 0,
	to = text.length,
	limit = p.k,
): number {
	load(p);
	const e = loadedErrors(p, text, from, to, limit);
	unload(p);
	return e;
}

/**
 * End positions (exclusive) in `text[from, to)` where `p` matches a substring with exactly
 * `errors` edits; used by highlighting.
 */
export function matchEnds(p: Compiled, text: string, errors: number, from = 0, to = text.length) {
	const ends: number[] = [];
	const high = p.high;
	let pv = -1;
	let mv = 0;
	let score = p.m;
	load(p);
	for (let j = from; j < to; j++) {
		const eq = table[text.charCodeAt(j)]!;
		const xv = eq | mv;
		const xh = (((eq & pv) + pv) ^ pv) | eq;
		let ph = mv | ~(xh | pv);
		let mh = pv & xh;
		if (ph & high) score++;
		else if (mh & high) score--;
		ph <<= 1;
		mh <<= 1;
		pv = mh | ~(xv | ph);
		mv = ph & xv;
		if (score === errors) ends.push(j + 1);
	}
	unload(p);
	return ends;
}

/** A Fuse fuzzy (Bitap) matcher for one pattern of any length. */
export class FuzzyPattern {
	readonly pattern: string;
	readonly chunks: Compiled[];
	/** Errors accepted in the single chunk (patterns up to 32 characters). */
	readonly k: number;

	constructor(pattern: string, threshold = THRESHOLD) {
		this.pattern = pattern;
		const len = pattern.length;
		this.chunks = [];
		if (len > MAX_BITS) {
			const remainder = len % MAX_BITS;
			const end = len - remainder;
			for (let i = 0; i < end; i += MAX_BITS)
				this.chunks.push(compile(pattern.slice(i, i + MAX_BITS), threshold));
			if (remainder) this.chunks.push(compile(pattern.slice(len - MAX_BITS), threshold));
		} else if (len > 0) this.chunks.push(compile(pattern, threshold));
		this.k = this.chunks[0]?.k ?? 0;
	}

	/**
	 * Fuse's score of this pattern in `text` (already lower-cased when searching without case),
	 * or -1 when it does not match.
	 */
	score(text: string): number {
		if (this.chunks.length === 0) return -1;
		if (text === this.pattern) return 0;
		if (this.chunks.length === 1) {
			const p = this.chunks[0]!;
			if (text.includes(p.pattern)) return MIN_SCORE;
			const e = substringErrors(p, text);
			return e > p.k ? -1 : Math.max(MIN_SCORE, e / p.m);
		}
		let total = 0;
		let any = false;
		for (const p of this.chunks) {
			const e = text.includes(p.pattern) ? 0 : substringErrors(p, text);
			if (e <= p.k) {
				any = true;
				total += Math.max(MIN_SCORE, e / p.m);
			} else total += 1;
		}
		return any ? total / this.chunks.length : -1;
	}
}
