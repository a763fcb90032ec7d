/**
 * One AND group of a query, best `limit` first. Sentences are reached through the postings of the
 * words each term can match, one (term, error level) at a time, cheapest first. Every sentence
 * reached is scored by Fuse's rules; after a term's level e has been walked, every sentence not
 * yet seen has at least e + 1 errors in that term, so its score is at least the sum of such
 * floors. The walk ends when that bound exceeds the worst sentence kept (or nothing is left).
 */
import type {SearchIndex} from './build.js';
import {MIN_SCORE} from './fuzzy.js';
import type {Term} from './query.js';
import {bonusOf, maxQuality} from './rank.js';
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

export function* groupSearch(
	index: SearchIndex,
	scratch: Scratch,
	terms: Term[],
	plans: Array<WordPlan | null>,
	mins: number[],
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
	const floorScore = (i: number) => {
		if (done[i]) return Number.POSITIVE_INFINITY;
		const p = plans[i];
		if (!p || !Number.isFinite(p.m) || terms[i]!.type !== 'fuzzy') return mins[i]!;
		return Math.max(mins[i]!, floors[i]! / p.m);
	};
	const quality = plans.map((p, i) => maxQuality(terms[i]!, p));
	const exactable = terms.map((t, i) => t.pattern !== '' && (plans[i]?.minLevel ?? -1) === 0);
	const pairs = (skip: number) => {
		let count = 0;
		for (let i = 1; i < n; i++)
			if (exactable[i - 1] && exactable[i] && i !== skip && i - 1 !== skip) count++;
		return count;
	};
	const allQuality = quality.reduce((a, b) => a + b, 0);
	let most = allQuality + pairs(-1);

	/** Scores sentence s, term `known` having score `knownScore`; keeps it if good enough. */
	const evaluate = (s: number, known: number, knownScore: number) => {
		const text = texts[s]!;
		let sum = knownScore;
		let rest = 0;
		for (let i = 0; i < n; i++) if (i !== known) rest += mins[i]!;
		for (let i = 0; i < n; i++) {
			if (i === known) continue;
			rest -= mins[i]!;
			const a = plans[i] ? arrayOf(i) : null;
			let sc: number;
			if (a) {
				const e = a[s]!;
				if (e === 255) return;
				sc = Math.max(MIN_SCORE, e / plans[i]!.m);
			} else {
				const worst = heap.worst();
				const cap = worst ? worst.score * n - sum - rest + EPS : 1;
				if (cap < mins[i]!) return;
				sc = termScore(terms[i]!, text, Math.min(cap, 1));
				if (sc < 0) return;
			}
			sum += sc;
		}
		total++;
		const score = sum / n;
		const worst = heap.worst();
		if (worst && score > worst.score + EPS) return;
		if (worst && score >= worst.score - EPS && most <= worst.bonus) return;
		heap.push({s, score, bonus: bonusOf(terms, text), order: order++});
	};

	if (!drivable.some(Boolean)) {
		for (let s = 0; s < index.count; s++) {
			if (allowed && (spk[s]! < 0 || !allowed[spk[s]!])) continue;
			evaluate(s, -1, 0);
			if ((s & 4095) === 4095) yield;
		}
		return {hits: heap.sorted(), total, exhaustive: true};
	}

	let visited = 0;
	for (;;) {
		let lowAll = 0;
		for (let i = 0; i < n; i++) lowAll += floorScore(i);
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
				const need = worst.score * n - (lowAll - floorScore(i));
				const upTo =
					Number.isFinite(p.m) && terms[i]!.type === 'fuzzy'
						? Math.min(last, Math.floor(need * p.m + EPS))
						: last;
				for (let e = floors[i]!; e <= upTo; e++) cost += p.levelVolume[e]!;
			}
			if (cost < bestCost) {
				bestCost = cost;
				t = i;
			}
		}
		if (t < 0) break;
		const p = plans[t]!;
		const e = floors[t]!;
		const known = byLevel[t] ? Math.max(MIN_SCORE, e / p.m) : -1;
		const levelLow = (lowAll - floorScore(t) + Math.max(mins[t]!, known < 0 ? 0 : e / p.m)) / n;
		const byClass = p.levels[e]!;
		classes: for (let c = byClass.length - 1; c >= 0; c--) {
			const words = byClass[c]!;
			most =
				(e === 0 ? c + 1 : Math.min(2, quality[t]!)) +
				allQuality -
				quality[t]! +
				pairs(e === 0 ? -1 : t);
			for (let wi = 0; wi < words.length; wi++) {
				const w = words[wi]!;
				const end = index.postStart[w + 1]!;
				for (let j = index.postStart[w]!; j < end; j++) {
					if ((j & 1023) === 0 || j === index.postStart[w]) {
						const worst = heap.worst();
						if (worst && levelLow >= worst.score - EPS) {
							if (levelLow > worst.score + EPS || most <= worst.bonus) {
								exhaustive = false;
								continue classes;
							}
						}
					}
					const s = index.post[j]!;
					if (seen[s] === gen) continue;
					seen[s] = gen;
					if (allowed && (spk[s]! < 0 || !allowed[spk[s]!])) continue;
					let ks = known;
					if (ks < 0) {
						ks = termScore(terms[t]!, texts[s]!);
						if (ks < 0) continue;
					}
					evaluate(s, t, ks);
					if ((++visited & 2047) === 0) yield;
				}
			}
		}
		floors[t]!++;
		if (floors[t]! >= p.levels.length) done[t] = true;
	}
	return {hits: heap.sorted(), total, exhaustive};
}
