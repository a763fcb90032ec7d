/**
 * `@name`: the people of the library whose name words (given name, family name, a short label)
 * match `name`, found with Fuse.js over those words and kept only when close for the word's
 * length (match.ts `wordCost`): `@xi` finds Xi Jinping, not Shen Haixiong or Maxim Oreshkin.
 * Spellings fold as across files ("@niinisto", "@dmitriy").
 */
import Fuse from 'fuse.js';
import {translit} from '../speaker-merge.js';
import type {SearchIndex} from './build.js';
import {foldWords} from './fold.js';
import {NONE, wordCost} from './match.js';

interface NameWord {
	word: string;
	person: number;
}

interface SpeakerFinder {
	words: Fuse<NameWord>;
	names: Fuse<{name: string}>;
	/** Answers already given (a name is looked up again on every keystroke after it). */
	found: Map<string, SpeakerMatch>;
}

const finders = new WeakMap<SearchIndex, SpeakerFinder>();

function finderOf(index: SearchIndex): SpeakerFinder {
	let finder = finders.get(index);
	if (finder) return finder;
	const entries: NameWord[] = [];
	index.persons.forEach((p, person) => {
		for (const w of p.words) entries.push({word: translit(w), person});
	});
	finder = {
		words: new Fuse(entries, {
			keys: ['word'],
			includeScore: true,
			threshold: 0.4,
			ignoreLocation: true,
		}),
		names: new Fuse(
			index.persons.map((p) => ({name: p.name})),
			{keys: ['name'], includeScore: true, threshold: 1, ignoreLocation: true},
		),
		found: new Map(),
	};
	finders.set(index, finder);
	return finder;
}

/** What `@name` found. */
export interface SpeakerMatch {
	/** Indexes into `index.persons`, best matching first; empty when none. */
	persons: number[];
	/** When none: the closest names of the library (at most three). */
	closest: string[];
}

/** The people `name` (the text after `@`) stands for. */
export function findSpeakers(index: SearchIndex, name: string): SpeakerMatch {
	const finder = finderOf(index);
	const known = finder.found.get(name);
	if (known) return known;
	const answer = lookUp(finder, name);
	if (finder.found.size > 64) finder.found.clear();
	finder.found.set(name, answer);
	return answer;
}

function lookUp(finder: SpeakerFinder, name: string): SpeakerMatch {
	const typed = foldWords(name).map(translit);
	// Every typed word must match a word of the person's names (`@vladimir_putin`, `@putin`).
	let best = NONE;
	const costs = new Map<number, number>();
	typed.forEach((q, i) => {
		const seen = new Map<number, number>();
		for (const r of finder.words.search(q)) {
			const cost = wordCost(q, r.item.word, true);
			if (cost === NONE) continue;
			seen.set(r.item.person, Math.min(seen.get(r.item.person) ?? NONE, cost));
		}
		if (i === 0) for (const [p, c] of seen) costs.set(p, c);
		else
			for (const [p, c] of costs) {
				const more = seen.get(p);
				if (more === undefined) costs.delete(p);
				else costs.set(p, c + more);
			}
	});
	for (const c of costs.values()) best = Math.min(best, c);
	const persons = [...costs].filter(([, c]) => c === best).map(([p]) => p);
	if (persons.length > 0) return {persons, closest: []};
	const closest = finder.names.search(typed.join(' ') || name, {limit: 3}).map((r) => r.item.name);
	return {persons: [], closest};
}
