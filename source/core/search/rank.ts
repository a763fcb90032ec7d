/**
 * The tie-break among sentences with the same Fuse score: how well each term sits in the sentence.
 * A term found exactly scores 3 as a whole word, 2 at a word start, 1 inside a word; a term found
 * only fuzzily scores 2 when a word starts with it give or take one edit or swap, 1 with two.
 * Two terms found next to each other in the typed order add 1.
 */
import type {Term} from './query.js';
import {bestClass, type WordPlan} from './terms.js';

const scratch = new Int32Array(40 * 40);
const W = 40;

/**
 * Fewest edits (insertions, deletions, substitutions, swaps of neighbours) between `term` and a
 * start of `word` about as long as the term.
 */
export function prefixDistance(term: string, word: string): number {
	const m = term.length;
	const n = Math.min(word.length, m + 1, W - 1);
	if (m >= W - 1) return m;
	const d = scratch;
	for (let j = 0; j <= n; j++) d[j] = j;
	for (let i = 1; i <= m; i++) {
		d[i * W] = i;
		const a = term.charCodeAt(i - 1);
		for (let j = 1; j <= n; j++) {
			const b = word.charCodeAt(j - 1);
			let v = Math.min(d[(i - 1) * W + j]! + 1, d[i * W + j - 1]! + 1);
			v = Math.min(v, d[(i - 1) * W + j - 1]! + (a === b ? 0 : 1));
			if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === b)
				v = Math.min(v, d[(i - 2) * W + j - 2]! + 1);
			d[i * W + j] = v;
		}
	}
	let best = d[m * W + n]!;
	for (let j = Math.max(0, m - 1); j <= n; j++) best = Math.min(best, d[m * W + j]!);
	return best;
}

const isAlnum = (c: number) =>
	(c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;

/** 2, 1 or 0: how close the best word of `text` comes to the fuzzy `term`. */
function fuzzyQuality(term: string, text: string): number {
	let best = 3;
	const m = term.length;
	const t0 = term.charCodeAt(0);
	const t1 = term.charCodeAt(1);
	let i = 0;
	while (i < text.length && best > 1) {
		while (i < text.length && !isAlnum(text.charCodeAt(i))) i++;
		const start = i;
		while (i < text.length && text.charCodeAt(i) !== 32) i++;
		// Only words that begin like the term (give or take a swap or one changed letter).
		const a = text.charCodeAt(start);
		const b = text.charCodeAt(start + 1);
		const near = a === t0 || a === t1 || b === t0 || b === t1;
		if (near && i - start >= m - 2 && i > start)
			best = Math.min(best, prefixDistance(term, text.slice(start, i)));
	}
	return best <= 1 ? 2 : best === 2 ? 1 : 0;
}

/** The tie-break bonus of a group of terms in `text` (higher is better). */
export function bonusOf(terms: Term[], text: string): number {
	let bonus = 0;
	let prev: string | null = null;
	for (const t of terms) {
		if (t.type.startsWith('inverse') || t.pattern === '') continue;
		const c = bestClass(text, t.pattern);
		if (c >= 0) {
			bonus += c + 1;
			if (prev !== null && text.includes(`${prev} ${t.pattern}`)) bonus += 1;
			prev = t.pattern;
			continue;
		}
		prev = null;
		if (t.type === 'fuzzy' && !t.pattern.includes(' ')) bonus += fuzzyQuality(t.pattern, text);
	}
	return bonus;
}

/** The most a term can add to the bonus of any sentence (without adjacency), given its plan. */
export function maxQuality(term: Term, plan: WordPlan | null): number {
	if (!plan) return 0;
	const level0 = plan.levels[0]!;
	let q = 0;
	for (let c = 0; c < level0.length; c++) if (level0[c]!.length > 0) q = c + 1;
	return term.type === 'fuzzy' && !term.pattern.includes(' ') ? Math.max(q, 2) : q;
}
