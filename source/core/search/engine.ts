/**
 * The search engine: Fuse's extended-search scores over a shortlist instead of every sentence.
 *
 * For each AND group, the term whose candidate words cover the fewest sentences drives the search:
 * its words are visited by in-word error level (0, 1, …) and, at level 0, whole words first, then
 * word starts, then the rest. Each sentence reached is scored exactly (all terms, Fuse's rules),
 * keeping the best `limit`. The walk stops as soon as no sentence still unvisited can beat the
 * worst kept one: at level e the driver alone scores at least e/m, the other terms at least their
 * own minimum. Ties in Fuse's score are broken by a bonus (terms found as whole words, at word
 * starts, next to each other in the typed order), then by the order found.
 */
import type {SearchIndex} from './build.js';
import {FuzzyPattern} from './fuzzy.js';
import {groupSearch} from './group.js';
import type {Query, Term} from './query.js';
import {wordRank} from './rank.js';
import {planTerm, termScore, type WordPlan} from './terms.js';
import {type Scored, TopK} from './topk.js';

/** What the engine found. */
export interface EngineResult {
	/** Best first. */
	hits: Scored[];
	/** Matches seen: exact when `exhaustive`, otherwise a lower bound. */
	total: number;
	exhaustive: boolean;
}

/** Per-index state kept between queries: word plans of recent terms, a visited mark. */
export interface EngineState {
	plans: Map<string, WordPlan | null>;
	seen: Uint32Array;
	gen: number;
}

const states = new WeakMap<SearchIndex, EngineState>();

function stateOf(index: SearchIndex): EngineState {
	let state = states.get(index);
	if (!state) {
		state = {plans: new Map(), seen: new Uint32Array(index.count), gen: 0};
		states.set(index, state);
	}
	return state;
}

function planOf(index: SearchIndex, state: EngineState, term: Term): WordPlan | null {
	const key = `${term.type}\u0000${term.open}\u0000${term.pattern.toLowerCase()}`;
	if (state.plans.has(key)) return state.plans.get(key)!;
	const plan = planTerm(index, term);
	if (state.plans.size > 64) state.plans.clear();
	state.plans.set(key, plan);
	return plan;
}

/** Fuse's score of each term of an AND group in `text`, or null when one does not match. */
export function termScores(terms: Term[], text: string): number[] | null {
	if (terms.length === 0) return null;
	const scores: number[] = [];
	for (const t of terms) {
		const s = termScore(t, text);
		if (s < 0) return null;
		scores.push(s);
	}
	return scores;
}

/** Fuse's score of an AND group in `text` (terms in order, mean), or -1. */
export function groupScore(terms: Term[], text: string): number {
	const scores = termScores(terms, text);
	if (!scores) return -1;
	let total = 0;
	for (const s of scores) total += s;
	return total / terms.length;
}

/** Speakers kept by `@name` filters: names matching best (fuzzy, case-insensitive). */
export function speakerFilter(index: SearchIndex, names: string[]): Uint8Array | null {
	if (names.length === 0) return null;
	const allowed = new Uint8Array(index.speakerNames.length);
	for (const name of names) {
		const fuzzy = new FuzzyPattern(name.toLowerCase());
		const scores = index.speakerNames.map((s) => fuzzy.score(s.toLowerCase()));
		const best = Math.min(...scores.filter((s) => s >= 0));
		scores.forEach((s, i) => {
			if (s >= 0 && s <= best + 1e-12) allowed[i] = 1;
		});
	}
	return allowed;
}

/**
 * Runs a parsed query, yielding now and then. Scores of the hits are Fuse's, recomputed exactly;
 * `limit` 0 or Infinity keeps every match.
 */
export function* runQuery(
	index: SearchIndex,
	query: Query,
	limit: number,
): Generator<void, EngineResult> {
	const cap = limit > 0 ? limit : Number.POSITIVE_INFINITY;
	const texts = query.caseSensitive ? index.texts : index.lowers;
	const allowed = speakerFilter(index, query.speakers);
	const groups = query.groups.filter((g) => g.length > 0);
	if (query.groups.length === 0) {
		const hits: Scored[] = [];
		for (let s = 0; s < index.count && hits.length < cap; s++) {
			if (allowed && (index.speaker[s]! < 0 || !allowed[index.speaker[s]!])) continue;
			hits.push({s, score: 0, bonus: 0, order: s});
		}
		return {hits, total: hits.length, exhaustive: hits.length < cap};
	}
	const found = new Map<number, number>();
	let total = 0;
	let exhaustive = true;
	for (const terms of groups) {
		const state = stateOf(index);
		const plans = terms.map((t) => planOf(index, state, t));
		const r = yield* groupSearch(
			index,
			state,
			terms,
			plans,
			texts,
			allowed,
			cap,
			query.caseSensitive,
		);
		total += r.total;
		exhaustive &&= r.exhaustive;
		for (const h of r.hits) if (!found.has(h.s)) found.set(h.s, h.order);
	}
	// Exact Fuse scores: the first group that matches gives the score.
	const hits: Scored[] = [];
	for (const s of found.keys()) {
		const text = texts[s]!;
		for (const terms of query.groups) {
			const scores = termScores(terms, text);
			if (!scores) continue;
			const fuse = scores.reduce((a, b) => a + b, 0) / terms.length;
			const r = wordRank(terms, scores, text);
			hits.push({s, score: r.rank, bonus: r.bonus, order: found.get(s)!, fuse});
			break;
		}
	}
	hits.sort(TopK.compare);
	if (groups.length > 1) total = Math.max(total, hits.length);
	return {hits: hits.slice(0, cap), total, exhaustive};
}

/** Runs a parsed query to the end. */
export function runQuerySync(index: SearchIndex, query: Query, limit: number): EngineResult {
	const steps = runQuery(index, query, limit);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
