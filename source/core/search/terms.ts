/**
 * Per-term work for the engine: which vocabulary words can hold a term (by error level), and the
 * exact Fuse score of a term in one sentence.
 */
import type {SearchIndex} from './build.js';
import {type Compiled, compile, load, loadedErrors, MIN_SCORE, maxErrors, unload} from './fuzzy.js';
import type {Term} from './query.js';
import {nearStart, prefixDistance} from './rank.js';

/** Word classes by where the term sits in the word: inside, at its start, the whole word. */
export const INSIDE = 0;
export const START = 1;
export const WHOLE = 2;

/** Which vocabulary words can contain a term, grouped by in-word error level and class. */
export interface WordPlan {
	/**
	 * `levels[d][c]`: the words at rank distance d (edits to the whole word, or to its start for a
	 * word being typed, at most Fuse's errors + 1; 0 for exact terms, Fuse's errors for phrases);
	 * c = 1 for the term as a whole word, else 0.
	 */
	levels: Uint32Array[][];
	/** `byErrors[e]`: the words whose best in-word Fuse match has e errors. */
	byErrors: Uint32Array[];
	/** Length of the pattern (Infinity beyond 32 characters). */
	m: number;
	/** Sum of postings lengths over all listed words: the cost of driving by this term. */
	volume: number;
	/** The same per rank distance. */
	levelVolume: number[];
	/** Fewest in-word errors of any word (its level), or -1 when no word qualifies. */
	minLevel: number;
	/** Whether some sentence is exactly the pattern (Fuse scores that 0, else at least 0.001). */
	whole: boolean;
	/** A fuzzy term of one word (no space), at most 32 characters: levels are its errors. */
	single: boolean;
	/** Per-sentence levels, once built (see sentenceLevels). */
	sentences: Uint8Array | null;
}

const isAlnum = (c: number) =>
	(c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;

/** The class of an exact occurrence of `p` at `at` in `s`. */
export function classAt(s: string, at: number, len: number): number {
	const startOk = at === 0 || !isAlnum(s.charCodeAt(at - 1));
	if (!startOk) return INSIDE;
	const end = at + len;
	return end === s.length || !isAlnum(s.charCodeAt(end)) ? WHOLE : START;
}

/** The best class over all occurrences of `p` in `s`, or -1 when `p` does not occur. */
export function bestClass(s: string, p: string): number {
	let best = -1;
	let at = s.indexOf(p);
	while (at >= 0 && best < WHOLE) {
		best = Math.max(best, classAt(s, at, p.length));
		at = s.indexOf(p, at + 1);
	}
	return best;
}

/** The longest space-free piece of a pattern (every occurrence of the pattern contains it). */
function longestPiece(pattern: string): string {
	let best = '';
	for (const piece of pattern.split(' ')) if (piece.length > best.length) best = piece;
	return best;
}

/**
 * The word plan of a term, or null when the term cannot drive the search (inverse terms, empty
 * patterns). Fuzzy terms list words within their error limit; exact terms the words containing
 * their longest space-free piece. Patterns are compared lower-cased, which can only lower errors.
 */
export function planTerm(index: SearchIndex, term: Term): WordPlan | null {
	if (term.type.startsWith('inverse')) return null;
	const pattern = term.pattern.toLowerCase();
	const piece = longestPiece(pattern);
	if (piece === '') return null;
	const fuzzy = term.type === 'fuzzy';
	const k = !fuzzy
		? 0
		: piece === pattern && pattern.length <= 32
			? maxErrors(pattern.length)
			: Math.min(maxErrors(piece.length), maxErrors(Math.min(pattern.length, 32)));
	const single = fuzzy && piece === pattern && pattern.length <= 32;
	const m = pattern.length <= 32 ? pattern.length : Number.POSITIVE_INFINITY;
	// Words by in-word Fuse errors (for per-sentence levels), and by rank distance (for the walk):
	// edits to the whole word (to its start while typed), at most one more than Fuse's errors.
	const byErrors: number[][] = [];
	for (let e = 0; e <= k; e++) byErrors.push([]);
	const buckets: number[][][] = [];
	const words = index.words;
	const p: Compiled | null = k > 0 && piece.length <= 32 ? compile(piece) : null;
	if (p) load(p);
	let volume = 0;
	let minLevel = -1;
	const bucketVolume: number[] = [];
	for (let w = 0; w < words.length; w++) {
		const word = words[w]!;
		let level: number;
		let whole = false;
		const at = word.indexOf(piece);
		if (at >= 0) {
			level = 0;
			whole = bestClass(word, piece) === WHOLE;
		} else if (p) {
			level = loadedErrors(p, word, 0, word.length, k);
			if (level > k) continue;
		} else continue;
		byErrors[level]!.push(w);
		let d = 0;
		if (single) {
			const bare = index.bare[w]!;
			const core = term.bare.toLowerCase();
			if (level === 0 && (bare === core || (term.open && bare.startsWith(core)))) {
				whole = bare === core;
				d = 0;
			} else if (nearStart(core, bare))
				d = Math.min(level + 1, prefixDistance(core, bare, term.open, level));
			else d = level + 1;
		} else if (fuzzy) d = level;
		while (buckets.length <= d) {
			buckets.push([[], []]);
			bucketVolume.push(0);
		}
		buckets[d]![whole ? 1 : 0]!.push(w);
		const df = index.postStart[w + 1]! - index.postStart[w]!;
		volume += df;
		bucketVolume[d]! += df;
		if (minLevel < 0 || level < minLevel) minLevel = level;
	}
	if (p) unload(p);
	return {
		levels: buckets.map((byClass) => byClass.map((ids) => Uint32Array.from(ids))),
		byErrors: byErrors.map((ids) => Uint32Array.from(ids)),
		m,
		volume,
		levelVolume: bucketVolume,
		minLevel,
		whole: index.singles.has(pattern),
		single,
		sentences: null,
	};
}

/**
 * Per sentence, the least rank distance of a one-word fuzzy term over its words (see
 * WordPlan.levels; 255: no word within Fuse's limit), from the postings of its planned words;
 * built once per term and kept in the plan.
 */
export function sentenceLevels(index: SearchIndex, plan: WordPlan): Uint8Array {
	if (plan.sentences) return plan.sentences;
	const out = new Uint8Array(index.count).fill(255);
	const {postStart, post} = index;
	plan.levels.forEach((byClass, d) => {
		for (const words of byClass)
			for (const w of words) {
				const end = postStart[w + 1]!;
				for (let j = postStart[w]!; j < end; j++) {
					const s = post[j]!;
					if (out[s]! > d) out[s] = d;
				}
			}
	});
	plan.sentences = out;
	return out;
}

/** A compiled fuzzy pattern cache for sentence scoring. */
const compiled = new Map<string, Compiled>();
function compiledOf(pattern: string): Compiled {
	let c = compiled.get(pattern);
	if (!c) {
		if (compiled.size > 256) compiled.clear();
		c = compile(pattern);
		compiled.set(pattern, c);
	}
	return c;
}

/**
 * The exact Fuse score of `term` in `text` (already lower-cased for case-insensitive queries), or
 * -1 when it does not match or its score would exceed `cap`.
 */
export function termScore(term: Term, text: string, cap = 1): number {
	const pattern = term.pattern;
	switch (term.type) {
		case 'exact':
			return text === pattern ? 0 : -1;
		case 'include':
			return text.includes(pattern) ? 0 : -1;
		case 'prefix-exact':
			return text.startsWith(pattern) ? 0 : -1;
		case 'suffix-exact':
			return text.endsWith(pattern) ? 0 : -1;
		case 'inverse-exact':
			return text.includes(pattern) ? -1 : 0;
		case 'inverse-prefix-exact':
			return text.startsWith(pattern) ? -1 : 0;
		case 'inverse-suffix-exact':
			return text.endsWith(pattern) ? -1 : 0;
		case 'fuzzy': {
			const fuzzy = term.fuzzy!;
			if (fuzzy.chunks.length !== 1) return fuzzy.score(text);
			if (text === pattern) return 0;
			if (text.includes(pattern)) return MIN_SCORE;
			const p = compiledOf(pattern);
			const limit = Math.min(p.k, Math.floor(cap * p.m + 1e-9));
			if (limit < 1) return -1;
			load(p);
			const e = loadedErrors(p, text, 0, text.length, limit);
			unload(p);
			return e > limit ? -1 : Math.max(MIN_SCORE, e / p.m);
		}
	}
}

/** The lowest score a term can have in any sentence, given its word plan. */
export function minTermScore(term: Term, plan: WordPlan | null): number {
	if (term.type !== 'fuzzy') return 0;
	if (!plan || !Number.isFinite(plan.m) || plan.whole) return 0;
	if (plan.minLevel === 0) return MIN_SCORE;
	// A match across words needs at least one error (a space), so never assume more than one.
	return Math.max(MIN_SCORE, 1 / plan.m);
}
