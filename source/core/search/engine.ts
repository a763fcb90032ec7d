/**
 * The search engine. A query is OR groups of AND terms (query.ts). In a group, plain words are
 * matched against the words of a sentence (match.ts: the word, a longer word it begins, a close
 * spelling); the fzf operators ('exact, ^start, end$, !not, =whole, "a phrase") are filters on the
 * sentence's text, exactly as fzf means them (accents folded, as fzf does unless --literal).
 * Smart case as in fzf: a query with a capital letter is case-sensitive (a plain word typed with a
 * capital must be so written in the sentence).
 *
 * A sentence may miss some plain words (`allowedMisses`: one in three), so that a
 * half-remembered quote with one wrong word still finds its sentence. Sentences rank by: fewer
 * words missed (then the rarer the words found), fewer typing errors, more words found next to
 * each other in the typed order, first occurrences before repeats, shorter sentences first.
 *
 * Candidates come from the postings of the words that every match must hold: a word of the
 * rarest exact term, or one of the rarest (misses + 1) plain words. Each candidate is scored from
 * its words (the forward index) and its text.
 */
import {readVarint, type SearchIndex} from './build.js';
import {foldAccents, foldCase, foldWords} from './fold.js';
import {compile, FuzzyPattern, substringErrors} from './fuzzy.js';
import {wholeOf} from './lists.js';
import {containing, matchWord, NONE, TYPO, type WordMatch} from './match.js';
import {piecesOf, rangeOf} from './pieces.js';
import type {Query, Term} from './query.js';
import {findSpeakers} from './speakers.js';
import {type Scored, TopK} from './topk.js';

/** A sentence found, with the words it lacks. */
interface EngineHit extends Scored {
	/** The plain words of the matching group the sentence lacks. */
	missing: string[];
	/** The group that matched (index into `query.groups`). */
	group: number;
}

/** What the engine found. */
export interface EngineResult {
	/** Best first. */
	hits: EngineHit[];
	/** Sentences that match (every plausible hit). */
	total: number;
	exhaustive: boolean;
	/** `@name`s that name nobody in the library, and the closest names to each. */
	unknownSpeakers: Array<{name: string; closest: string[]}>;
}

/** How many of `n` plain words a sentence may miss: none of two, then one in three. */
function allowedMisses(n: number): number {
	return Math.floor(n / 3);
}

/** A plain word of a group. */
interface Soft {
	/** As typed (for "missing" notes). */
	typed: string;
	match: WordMatch;
	/** Rarity: log of sentences per sentence holding it. */
	weight: number;
	/** Typed with a capital (smart case): the sentence must hold it so written (accents aside). */
	cased: string | null;
}

/** One AND group, compiled. */
interface Group {
	soft: Soft[];
	/** Operator terms that must hold, with the words (of the vocabulary) every match contains. */
	hard: Array<{term: Term; words: WordMatch | null}>;
	misses: number;
}

const REPEAT = 2 ** 52;
const LENGTH = 2 ** 32;

/** The longest folded word of an operator's pattern: every match holds a word containing it. */
function anchorOf(index: SearchIndex, term: Term): WordMatch | null {
	if (term.type.startsWith('inverse')) return null;
	let best = '';
	for (const w of foldWords(term.pattern)) if (w.length > best.length) best = w;
	if (best === '') return null;
	if (term.type === 'fuzzy') return matchWord(index, best, false);
	return containing(index, best);
}

function compileGroup(index: SearchIndex, terms: Term[], caseSensitive: boolean): Group {
	let soft: Soft[] = [];
	const hard: Group['hard'] = [];
	for (const term of terms) {
		if (term.type === 'fuzzy' && !term.pattern.includes(' ')) {
			const words = foldWords(term.pattern);
			const cased =
				caseSensitive && words.length === 1 && term.pattern !== term.pattern.toLowerCase()
					? foldAccents(term.pattern.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
					: null;
			words.forEach((w, i) => {
				const match = matchWord(index, w, term.open && i === words.length - 1);
				const weight = Math.log((index.count + 1) / (match.volume + 1));
				soft.push({typed: w, match, weight: Math.max(0.1, weight), cased});
			});
		} else hard.push({term, words: anchorOf(index, term)});
	}
	soft = soft.slice(0, 32);
	const positive = hard.some((h) => !h.term.type.startsWith('inverse'));
	let misses = allowedMisses(soft.length + hard.filter((h) => h.words).length);
	misses = Math.max(0, Math.min(misses, soft.length - (positive ? 0 : 1)));
	return {soft, hard, misses};
}

/** Whether an operator term holds in a sentence (`text` as written). */
function holds(term: Term, text: string, caseSensitive: boolean): boolean {
	const t = caseSensitive ? foldAccents(text) : foldCase(text);
	const p = caseSensitive ? foldAccents(term.pattern) : foldCase(term.pattern);
	switch (term.type) {
		case 'exact':
			return t === p;
		case 'include':
			return t.includes(p);
		case 'prefix-exact':
			return t.startsWith(p);
		case 'suffix-exact':
			return t.endsWith(p);
		case 'inverse-exact':
			return !t.includes(p);
		case 'inverse-prefix-exact':
			return !t.startsWith(p);
		case 'inverse-suffix-exact':
			return !t.endsWith(p);
		case 'fuzzy':
			return phraseErrors(p, t) >= 0;
	}
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when an 'exact term occurs in `text` as whole words, not only inside a longer word. */
function asWholeWords(term: Term, text: string, caseSensitive: boolean): boolean {
	const t = caseSensitive ? foldAccents(text) : foldCase(text);
	const p = caseSensitive ? foldAccents(term.pattern) : foldCase(term.pattern);
	if (p === '') return true;
	for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
		const before = at > 0 && WORD_CHAR.test(t[at - 1]!) && WORD_CHAR.test(p[0]!);
		const end = at + p.length;
		const after = end < t.length && WORD_CHAR.test(t[end]!) && WORD_CHAR.test(p[p.length - 1]!);
		if (!before && !after) return true;
	}
	return false;
}

/** Typing errors of a fuzzy phrase in `text` (a quarter of its length at most), or -1. */
function phraseErrors(pattern: string, text: string): number {
	if (text.includes(pattern)) return 0;
	if (pattern.length > 32) {
		const s = new FuzzyPattern(pattern).score(text);
		return s >= 0 && s <= 0.25 ? Math.round(s * 32) : -1;
	}
	const limit = Math.floor(pattern.length / 4);
	if (limit === 0) return -1;
	const e = substringErrors(compile(pattern), text, 0, text.length, limit);
	return e > limit ? -1 : e;
}

/** Per-index scratch: a per-word bit mask of the plain words it matches, visited marks. */
interface Scratch {
	mask: Uint32Array;
	/** Cost of word w for plain word k of the group: `cost[k * vocab + w]` (where mask bit k is set). */
	cost: Uint8Array;
	/** The run (generation) that wrote `mask[w]`; older values count as 0. */
	maskGen: Uint32Array;
	seen: Uint32Array;
	matched: Uint32Array;
	/** Per sentence: plain words found so far (valid where `tallyGen` is the group's). */
	tally: Uint8Array;
	tallyGen: Uint32Array;
	/** Per sentence: the last plain word (by its stamp) counted in `tally`. */
	termMark: Uint32Array;
	gen: number;
	/** Whether `tally`, `tallyGen` and `termMark` have been used (their memory touched). */
	tallied: boolean;
}
const scratches = new WeakMap<SearchIndex, Scratch>();
function scratchOf(index: SearchIndex): Scratch {
	let s = scratches.get(index);
	if (!s) {
		s = {
			mask: new Uint32Array(index.vocab.length),
			maskGen: new Uint32Array(index.vocab.length),
			cost: new Uint8Array(32 * index.vocab.length),
			seen: new Uint32Array(index.count),
			matched: new Uint32Array(index.count),
			tally: new Uint8Array(index.count),
			tallyGen: new Uint32Array(index.count),
			termMark: new Uint32Array(index.count),
			gen: 0,
			tallied: false,
		};
		scratches.set(index, s);
	}
	return s;
}

/** The persons allowed by `@name` filters (null: everyone), and the names that found nobody. */
function speakerFilter(index: SearchIndex, names: string[]) {
	if (names.length === 0) return {allowed: null, unknown: []};
	const allowed = new Uint8Array(index.voices.length);
	const unknown: EngineResult['unknownSpeakers'] = [];
	for (const name of names) {
		const found = findSpeakers(index, name);
		if (found.persons.length === 0) unknown.push({name, closest: found.closest});
		const set = new Set(found.persons);
		index.voices.forEach((v, i) => {
			if (set.has(v.person)) allowed[i] = 1;
		});
	}
	return {allowed, unknown};
}

/** Runs a parsed query, yielding now and then. `limit` 0 or Infinity keeps every match. */
export function* runQuery(
	index: SearchIndex,
	query: Query,
	limit: number,
): Generator<void, EngineResult> {
	const cap = limit > 0 ? limit : Number.POSITIVE_INFINITY;
	const {allowed, unknown} = speakerFilter(index, query.speakers);
	// (The filter looks at the speaker of every candidate: from a file, all of them are read.)
	const spk = allowed ? wholeOf(index.speaker) : index.speaker;
	const isAllowed = (s: number) => !allowed || (spk[s]! >= 0 && allowed[spk[s]!] === 1);
	if (unknown.length > 0) return {hits: [], total: 0, exhaustive: true, unknownSpeakers: unknown};
	const heap = new TopK(cap);
	const scratch = scratchOf(index);
	const run: Run = {
		index,
		scratch,
		heap,
		total: 0,
		matchedGen: ++scratch.gen,
		alone: query.groups.filter((g) => g.length > 0).length <= 1,
		caseSensitive: query.caseSensitive,
		isAllowed,
		filtered: allowed !== null,
		exhaustive: true,
	};
	if (query.groups.every((g) => g.length === 0)) {
		for (let s = 0; s < index.count; s++) {
			if (!isAllowed(s)) continue;
			run.total++;
			if (!heap.full())
				heap.push({s, score: 0, bonus: 0, order: s, missing: [], group: 0} as EngineHit);
		}
	} else
		for (let g = 0; g < query.groups.length; g++) {
			const terms = query.groups[g]!;
			if (terms.length > 0)
				yield* searchGroup(run, compileGroup(index, terms, query.caseSensitive), g);
		}
	return {
		hits: heap.sorted() as EngineHit[],
		total: run.total,
		exhaustive: run.exhaustive,
		unknownSpeakers: [],
	};
}

/** The state of one query's run. */
interface Run {
	index: SearchIndex;
	scratch: Scratch;
	heap: TopK;
	total: number;
	/** Marks sentences matched by an earlier group (the first group that matches counts, as in Fuse). */
	matchedGen: number;
	/** One group only: no sentence can have been matched before (no marks read or written). */
	alone: boolean;
	caseSensitive: boolean;
	isAllowed: (s: number) => boolean;
	/** Whether `@name` keeps only some speakers. */
	filtered: boolean;
	/** False once a group stopped before counting every match. */
	exhaustive: boolean;
}

/** Scores the sentences of one group into the run's heap. */
function* searchGroup(run: Run, group: Group, g: number): Generator<void, void> {
	const {index, scratch, heap, caseSensitive, isAllowed, matchedGen, alone} = run;
	const {soft, hard, misses} = group;
	const n = soft.length;
	const gen = ++scratch.gen;
	const {seen, mask, matched} = scratch;
	const {postStart, fwdStart, texts, count} = index;
	// Postings and sentences' words, read a range at a time (pieces.ts).
	const {post, fwd} = piecesOf(index);
	// Where the varint being read is: in postings, and in the forward index (evaluate).
	const cursor = {at: 0, end: 0};
	const words = {at: 0, end: 0};
	// Every match holds a word of each exact term, and of all but `misses` plain words.
	const anchors = hard.filter((h) => h.words).map((h) => h.words!);
	let drivers: WordMatch[];
	if (anchors.length > 0) drivers = [anchors.reduce((a, b) => (b.volume < a.volume ? b : a))];
	else
		drivers = soft
			.map((s) => s.match)
			.sort((a, b) => a.volume - b.volume)
			.slice(0, misses + 1);
	if (n === 1 && hard.length === 0 && !soft[0]!.cased) {
		yield* oneWord(run, soft[0]!.match, g, gen);
		return;
	}
	// Per vocabulary word, the plain words it matches (bit k) and at what cost (cost[k * V + w]).
	const {maskGen, cost} = scratch;
	const V = index.vocab.length;
	soft.forEach((s, k) => {
		const {ids, costs} = s.match;
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i]!;
			if (maskGen[id] !== gen) {
				maskGen[id] = gen;
				mask[id] = 0;
			}
			mask[id]! |= 1 << k;
			cost[k * V + id] = costs[i]!;
		}
	});
	const totalWeight = soft.reduce((a, s) => a + s.weight, 0) || 1;
	const best = new Uint8Array(n);
	const pos = new Int32Array(n);
	const slots = misses + 1;
	const anyCased = soft.some((x) => x.cased);
	const probe: Scored = {s: 0, score: 0, bonus: 0, order: 0};

	const evaluate = (s: number) => {
		// (Each array read is a cache miss at a million sentences: only those needed.)
		if (!alone && matched[s] === matchedGen) return;
		best.fill(NONE);
		const bytes = rangeOf(fwd, fwdStart, s, words);
		const to = words.end;
		// Its length and whether it repeats an earlier one (for ranking), then its words.
		const meta = readVarint(bytes, words);
		// j: the word's place in the sentence.
		for (let j = 0; words.at < to; j++) {
			const w = readVarint(bytes, words);
			if (maskGen[w] !== gen) continue;
			let m = mask[w]!;
			while (m !== 0) {
				const k = 31 - Math.clz32(m);
				m &= ~(1 << k);
				const c = cost[k * V + w]!;
				// The best place; among equals, the one right after the previous word's.
				if (c < best[k]! || (c === best[k] && k > 0 && j === pos[k - 1]! + 1)) {
					best[k] = c;
					pos[k] = j;
				}
			}
		}
		// The text is read only for what the words cannot tell (it may come from disk).
		const text = anyCased || hard.length > 0 ? texts[s]! : '';
		if (anyCased) {
			const written = foldAccents(text);
			for (let k = 0; k < n; k++) {
				const cased = soft[k]!.cased;
				if (cased && best[k] !== NONE && !written.includes(cased)) best[k] = NONE;
			}
		}
		let missing = 0;
		let missedWeight = 0;
		let typos = 0;
		let bonus = 0;
		for (let k = 0; k < n; k++) {
			if (best[k] === NONE) {
				missing++;
				missedWeight += soft[k]!.weight;
				if (missing > misses) return;
			} else {
				typos += best[k]!;
				if (k > 0 && best[k - 1] !== NONE && pos[k] === pos[k - 1]! + 1) bonus++;
			}
		}
		for (const h of hard) if (!holds(h.term, text, caseSensitive)) return;
		// An 'exact term found only inside longer words ('marker5 in "marker57") ranks after one
		// found as whole words, all else equal.
		let inside = 0;
		for (const h of hard)
			if (h.term.type === 'include' && !asWholeWords(h.term, text, caseSensitive)) inside++;
		if (!alone) matched[s] = matchedGen;
		run.total++;
		// Tiers: misses; with every word, typing errors (then adjacency, the bonus); with some
		// missing, the words found next to each other in the typed order (a quote half-remembered
		// keeps runs of it), then the share of rarity missed, then typing errors. Parts below 1.
		const typoPart = Math.min(0.999, typos / (TYPO * 3 * Math.max(1, n)));
		const apart = 1 - bonus / Math.max(1, n - 1);
		probe.score =
			(missing === 0
				? 0.5 * typoPart
				: missing + 0.6 * apart + 0.25 * (missedWeight / totalWeight) + 0.149 * typoPart) /
				slots +
			(0.0005 * Math.min(inside, 10)) / slots;
		probe.bonus = bonus;
		probe.order = (meta & 1 ? REPEAT : 0) + (meta >>> 1) * LENGTH + s;
		const worst = heap.worst();
		if (worst && TopK.compare(probe, worst) >= 0) return;
		heap.push({
			s,
			score: probe.score,
			bonus,
			order: probe.order,
			missing: missing > 0 ? soft.filter((_, k) => best[k] === NONE).map((x) => x.typed) : [],
			group: g,
		} as EngineHit);
	};

	let visited = 0;
	if (drivers.length === 0) {
		for (let s = 0; s < index.count; s++) {
			if (isAllowed(s)) evaluate(s);
			if ((s & 4095) === 4095) yield;
		}
		return;
	}
	// Scanning a candidate's words costs about as much as 25 postings: when the drivers reach far
	// more sentences than all plain words have postings, count words per sentence first and scan
	// only the sentences that hold enough of them.
	const driven = drivers.reduce((a, d) => a + d.volume, 0);
	const all = soft.reduce((a, x) => a + x.match.volume, 0);
	// (The loops over postings are functions of their own, not the generator's: each keeps its
	// optimized code when a query takes a path the generator has not taken before.)
	if (anchors.length === 0 && driven * 25 > all * 2) {
		const {tally, tallyGen, termMark} = scratch;
		const need = n - misses;
		const found: number[] = [];
		// Few postings next to the sentences, and the counting arrays not used yet (a first search,
		// as on the command line): the counts go in a Map, by sentence, `count * 64 + plain word
		// + 1`, rather than arrays as long as the library, touched all over (new memory) for a
		// few thousand sentences. Once the arrays are in use, they are quicker.
		const sparse = !scratch.tallied && all * 16 < count ? new Map<number, number>() : null;
		if (!sparse) scratch.tallied = true;
		const tallySparse = (w: number, k: number, counts: Map<number, number>) => {
			const list = rangeOf(post, postStart, w, cursor);
			const end = cursor.end;
			for (let s = -1; cursor.at < end; ) {
				s += readVarint(list, cursor) + 1;
				if (s >= count) break;
				const v = counts.get(s) ?? 0;
				if ((v & 63) === k + 1) continue;
				const c = (v >> 6) + 1;
				counts.set(s, c * 64 + k + 1);
				if (c === need) found.push(s);
			}
		};
		const tallyList = (w: number, stamp: number) => {
			const list = rangeOf(post, postStart, w, cursor);
			const end = cursor.end;
			for (let s = -1; cursor.at < end; ) {
				s += readVarint(list, cursor) + 1;
				if (s >= count) break;
				if (termMark[s] === stamp) continue;
				termMark[s] = stamp;
				if (tallyGen[s] !== gen) {
					tallyGen[s] = gen;
					tally[s] = 0;
				}
				if (++tally[s]! === need) found.push(s);
			}
		};
		for (let k = 0; k < n; k++) {
			const stamp = ++scratch.gen;
			for (const w of soft[k]!.match.ids) {
				if (sparse) tallySparse(w, k, sparse);
				else tallyList(w, stamp);
				if ((++visited & 63) === 0) yield;
			}
		}
		const tallyOf = (s: number) => (sparse ? (sparse.get(s) ?? 0) >> 6 : tally[s]!);
		// Without inverse terms, a sentence that cannot beat the worst kept is only counted: its
		// misses set a floor under its score, and one with every word next to the one before ties
		// on all but length.
		const countOnly = hard.length === 0 && !anyCased;
		const settle = (s: number) => {
			if (!isAllowed(s)) return;
			const worst = countOnly ? heap.worst() : undefined;
			if (worst && matched[s] !== matchedGen) {
				const miss = n - tallyOf(s);
				const floor = miss / slots;
				const bytes = rangeOf(fwd, fwdStart, s, words);
				const meta = readVarint(bytes, words);
				const order = (meta & 1 ? REPEAT : 0) + (meta >>> 1) * LENGTH + s;
				if (
					floor > worst.score ||
					(miss === 0 && worst.score === 0 && worst.bonus >= n - 1 && order > worst.order)
				) {
					matched[s] = matchedGen;
					run.total++;
					return;
				}
			}
			evaluate(s);
		};
		for (let i = 0; i < found.length; i++) {
			settle(found[i]!);
			if ((i & 4095) === 4095) yield;
		}
		return;
	}
	// One list of postings: each sentence comes once (no marks needed). (Two functions: each
	// path keeps its own optimized code.)
	const drive = (w: number) => {
		const list = rangeOf(post, postStart, w, cursor);
		const end = cursor.end;
		for (let s = -1; cursor.at < end; ) {
			s += readVarint(list, cursor) + 1;
			if (s >= count) break;
			if (isAllowed(s)) evaluate(s);
		}
	};
	const driveMarked = (w: number) => {
		const list = rangeOf(post, postStart, w, cursor);
		const end = cursor.end;
		for (let s = -1; cursor.at < end; ) {
			s += readVarint(list, cursor) + 1;
			if (s >= count) break;
			if (seen[s] === gen) continue;
			seen[s] = gen;
			if (isAllowed(s)) evaluate(s);
		}
	};
	const once = drivers.length === 1 && drivers[0]!.ids.length === 1;
	for (const d of drivers)
		for (const w of d.ids) {
			if (once) drive(w);
			else driveMarked(w);
			// (The rarest words drive: their lists are short.)
			if ((++visited & 15) === 0) yield;
		}
}

/**
 * A group of one plain word: its words by ascending cost, so that a sentence's first visit is its
 * best; ties in the order found (the most frequent words first, each in reading order). Stops once
 * the best `limit` are kept and the next words cost more: the count is then a lower bound.
 */
function* oneWord(run: Run, match: WordMatch, g: number, gen: number): Generator<void, void> {
	const {index, scratch, heap, isAllowed, matchedGen} = run;
	const {seen, matched} = scratch;
	const {postStart, repeated, df, count} = index;
	const {post} = piecesOf(index);
	const cursor = {at: 0, end: 0};
	const probe: Scored = {s: 0, score: 0, bonus: 0, order: 0};
	let visited = 0;
	let found = 0;
	for (let i = 0; i < match.ids.length; i++) {
		const w = match.ids[i]!;
		probe.score = Math.min(0.999, match.costs[i]! / (TYPO * 3)) * 0.5;
		const list = rangeOf(post, postStart, w, cursor);
		const end = cursor.end;
		for (let s = -1; cursor.at < end; ) {
			// Full, and whatever comes next ranks after the worst kept: stop counting.
			const last = heap.worst();
			if (
				last &&
				(last.score < probe.score || (last.score === probe.score && last.order < REPEAT))
			) {
				// The count is a lower bound: at least the sentences of the most frequent word.
				run.exhaustive = false;
				if (!run.filtered) {
					let most = 0;
					for (const id of match.ids) most = Math.max(most, df[id]!);
					run.total = Math.max(run.total, most);
				}
				return;
			}
			s += readVarint(list, cursor) + 1;
			if (s >= count) break;
			if ((++visited & 16383) === 0) yield;
			if (seen[s] === gen) continue;
			seen[s] = gen;
			if (matched[s] === matchedGen || !isAllowed(s)) continue;
			matched[s] = matchedGen;
			run.total++;
			probe.order = (repeated[s] === 1 ? REPEAT : 0) + found++;
			const worst = heap.worst();
			if (worst && TopK.compare(probe, worst) >= 0) continue;
			heap.push({
				s,
				score: probe.score,
				bonus: 0,
				order: probe.order,
				missing: [],
				group: g,
			} as EngineHit);
		}
	}
}
