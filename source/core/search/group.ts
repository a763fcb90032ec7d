/**
 * One AND group of a query, best `limit` first. Sentences are reached through the postings of the
 * words each term can match, one (term, error level) at a time, cheapest first. Every sentence
 * reached is scored by Fuse's rules; after a term's level e has been walked, every sentence not
 * yet seen has at least e + 1 errors in that term, so its score is at least the sum of such
 * floors. The walk ends when that bound exceeds the worst sentence kept (or nothing is left).
 */
import type {SearchIndex} from './build.js';
import type {Term} from './query.js';
import {errorsOf, rankFloor, wordRank} from './rank.js';
import {sentenceLevels, termScore, type WordPlan} from './terms.js';
import {type Scored, TopK} from './topk.js';

/** What a group search found. */
export interface GroupResult {
	hits: Scored[];
	total: number;
	exhaustive: boolean;
}

/** Shared per-index scratch: a visited mark stamped with a generation number. */
export interface Scratch {
	seen: Uint32Array;
	gen: number;
}

const EPS = 1e-12;
/** Libraries up to this many sentences are scanned whole when the index finds too few matches. */
const COMPLETE_UP_TO = 5_000;
/** The order of a repeated sentence (build.ts `repeatOf`) is at least this: after every other. */
const REPEAT = 2 ** 48;

export function* groupSearch(
	index: SearchIndex,
	scratch: Scratch,
	terms: Term[],
	plans: Array<WordPlan | null>,
	texts: string[],
	allowed: Uint8Array | null,
	limit: number,
	caseSensitive: boolean,
): Generator<void, GroupResult> {
	const gen = ++scratch.gen;
	const seen = scratch.seen;
	const n = terms.length;
	const spk = index.speaker;
	const heap = new TopK(limit);
	let total = 0;
	let order = 0;
	let exhaustive = true;

	const byLevel = plans.map((p) => !!p?.single && !caseSensitive);
	const drivable = plans.map((p) => p !== null);
	const floors = terms.map(() => 0);
	const done = terms.map(() => false);
	let smallest = Number.POSITIVE_INFINITY;
	for (const p of plans) if (p) smallest = Math.min(smallest, p.volume);
	const budget = Math.max(16384, smallest * 2);
	const arrays: Array<Uint8Array | null | undefined> = terms.map(() => undefined);
	const arrayOf = (i: number) => {
		let a = arrays[i];
		if (a === undefined) {
			const p = plans[i]!;
			a = byLevel[i] && (p.sentences || p.volume <= budget) ? sentenceLevels(index, p) : null;
			arrays[i] = a;
		}
		return a;
	};
	/** The least rank term i adds in a sentence where it has at least `errors` in-word errors. */
	const termFloor = (i: number, distance: number) => {
		const p = plans[i];
		if (!p || terms[i]!.type !== 'fuzzy' || !Number.isFinite(p.m)) return 0;
		return distance / p.m;
	};
	const floorOf = (i: number) => (done[i] ? Number.POSITIVE_INFINITY : termFloor(i, floors[i]!));
	const maxBonus = 4 * (n - 1) + n;
	let most = maxBonus;
	const fuse = new Float64Array(n);
	const caps = new Int32Array(n);
	// Ties go to a sentence not seen before in the library (build.ts `repeatOf`), then to the
	// shorter one (as Fuse's field norm would), then to the one found first; for one term, to the
	// one found first (the walk visits the best words first).
	const {repeatOf, nextRepeat, repeats} = index;
	const orderOf = (s: number, text: string, found: number) =>
		(repeatOf[s]! >= 0 ? REPEAT : 0) +
		(n === 1 ? found : text.length * 2097152 + (found % 2097152));
	// A repeat scores as its first occurrence does when case is ignored and every speaker counts:
	// then repeats are left out of the walk and added after it, behind the first occurrences.
	const skipRepeats = !caseSensitive && allowed === null;

	/**
	 * Scores sentence s (term `walked` is at least `walkedFloor` from it) and keeps it if it ranks
	 * well enough. With `exact`, every term is scored on the text (no per-sentence distances,
	 * which see only matches inside one word).
	 */
	const evaluate = (
		s: number,
		walked: number,
		walkedFloor: number,
		walkedDistance: number,
		exact = false,
	) => {
		const text = texts[s]!;
		let low = 0;
		for (let i = 0; i < n; i++) {
			const p = plans[i];
			if (i === walked && byLevel[i] && !exact) {
				// Reached through a word at this rank distance: Fuse matches it inside that word.
				caps[i] = walkedDistance;
				low += walkedFloor;
				continue;
			}
			const a = p && !exact ? arrayOf(i) : null;
			let f: number;
			if (a) {
				const d = a[s]!;
				if (d === 255) return;
				caps[i] = d;
				f = d / p!.m;
			} else {
				const sc = termScore(terms[i]!, text);
				if (sc < 0) return;
				fuse[i] = sc;
				if (p?.single) {
					const e = errorsOf(sc, p.m);
					caps[i] = e + 1;
					f = rankFloor(p.m, e);
				} else f = terms[i]!.type === 'fuzzy' ? sc : 0;
			}
			if (i === walked && walkedFloor > f) f = walkedFloor;
			low += f;
		}
		total++;
		if (skipRepeats) total += repeats[s]!;
		low /= n;
		const worst = heap.worst();
		if (worst) {
			if (low > worst.score + EPS) return;
			const first = orderOf(s, text, order);
			if (
				low >= worst.score - EPS &&
				(most < worst.bonus || (most === worst.bonus && first > worst.order))
			)
				return;
		}
		const r = wordRank(terms, fuse, text, caps);
		if (worst && r.rank > worst.score + EPS) return;
		heap.push({s, score: r.rank, bonus: r.bonus, order: orderOf(s, text, order++)});
	};

	if (!drivable.some(Boolean)) {
		for (let s = 0; s < index.count; s++) {
			if (allowed && (spk[s]! < 0 || !allowed[spk[s]!])) continue;
			if (skipRepeats && repeatOf[s]! >= 0) continue;
			evaluate(s, -1, 0, 0);
			if ((s & 4095) === 4095) yield;
		}
		return {hits: withRepeats(heap.sorted()), total, exhaustive: true};
	}

	let visited = 0;
	for (;;) {
		let lowAll = 0;
		for (let i = 0; i < n; i++) lowAll += floorOf(i);
		if (!Number.isFinite(lowAll)) break;
		const worst = heap.worst();
		if (worst && lowAll / n > worst.score + EPS) {
			exhaustive = false;
			break;
		}
		// The next (term, level) to walk: the cheapest way to push the bound past the worst kept.
		let t = -1;
		let bestCost = Number.POSITIVE_INFINITY;
		for (let i = 0; i < n; i++) {
			if (!drivable[i] || done[i]) continue;
			const p = plans[i]!;
			const last = p.levels.length - 1;
			let cost = 0;
			if (!worst) cost = p.levelVolume[floors[i]!]!;
			else {
				const need = worst.score * n - (lowAll - floorOf(i));
				for (let e = floors[i]!; e <= last && termFloor(i, e) <= need + EPS; e++)
					cost += p.levelVolume[e]!;
			}
			if (cost < bestCost) {
				bestCost = cost;
				t = i;
			}
		}
		if (t < 0) break;
		const p = plans[t]!;
		const e = floors[t]!;
		const others = lowAll - floorOf(t);
		const byClass = p.levels[e]!;
		classes: for (let c = byClass.length - 1; c >= 0; c--) {
			const words = byClass[c]!;
			const wf = termFloor(t, e);
			const levelLow = (others + wf) / n;
			most = e === 0 && c === 1 ? maxBonus : maxBonus - 1;
			for (let wi = 0; wi < words.length; wi++) {
				const w = words[wi]!;
				const end = index.postStart[w + 1]!;
				for (let j = index.postStart[w]!; j < end; j++) {
					if ((j & 1023) === 0 || j === index.postStart[w]) {
						const worst = heap.worst();
						if (worst && levelLow >= worst.score - EPS) {
							if (
								levelLow > worst.score + EPS ||
								most < worst.bonus ||
								// (For one term, a later word's sentences come later in ties, unless the
								// worst kept is a repeat, which any first occurrence beats.)
								(n === 1 && most === worst.bonus && worst.order < REPEAT)
							) {
								exhaustive = false;
								continue classes;
							}
						}
					}
					const s = index.post[j]!;
					if (seen[s] === gen) continue;
					seen[s] = gen;
					if (allowed && (spk[s]! < 0 || !allowed[spk[s]!])) continue;
					if (skipRepeats && repeatOf[s]! >= 0) continue;
					evaluate(s, t, wf, e);
					if ((++visited & 2047) === 0) yield;
				}
			}
		}
		floors[t]!++;
		if (floors[t]! >= p.levels.length) done[t] = true;
	}
	if (!heap.full() && (limit === Number.POSITIVE_INFINITY || index.count <= COMPLETE_UP_TO)) {
		// Too few matches inside words: Fuse also matches across words (a space costs an error),
		// so score every other sentence on its text (for all matches, or in a small library where
		// that is cheap; elsewhere such matches, rare and poor, are left out).
		const kept = new Set(heap.sorted().map((h) => h.s));
		most = maxBonus;
		total = 0;
		for (const s of kept) total += 1 + (skipRepeats ? repeats[s]! : 0);
		for (let s = 0; s < index.count; s++) {
			if (kept.has(s) || (allowed && (spk[s]! < 0 || !allowed[spk[s]!]))) continue;
			if (skipRepeats && repeatOf[s]! >= 0) continue;
			evaluate(s, -1, 0, 0, true);
			if ((s & 2047) === 2047) yield;
		}
		exhaustive = !heap.full();
	}
	return {hits: withRepeats(heap.sorted()), total, exhaustive};

	/**
	 * The kept hits with the repeats left out of the walk: each repeat ties with its first
	 * occurrence and ranks after the first occurrences of its tie; best `limit` of them all.
	 */
	function withRepeats(hits: Scored[]): Scored[] {
		if (!skipRepeats) return hits;
		const extra: Scored[] = [];
		for (const h of hits) {
			for (let r = nextRepeat[h.s]!; r >= 0 && extra.length < limit; r = nextRepeat[r]!)
				extra.push({s: r, score: h.score, bonus: h.bonus, order: REPEAT + h.order});
			if (extra.length >= limit) break;
		}
		if (extra.length === 0) return hits;
		return [...hits, ...extra].sort(TopK.compare).slice(0, limit);
	}
}
