/**
 * People named in running text (a title, a lead, other labels): runs of capitalised words with the
 * office cut off ("OPEC Secretary General Mohammad Barkindo" → "Mohammad Barkindo"). speakers.ts
 * asks this book whether a name is confirmed, for a close spelling, or for the full form of a
 * surname ("Jean-Pierre" → "Karine Jean-Pierre").
 */

import {ORG_WORDS} from './speaker-places.js';
import {
	foldKey,
	hasUpper,
	PARTICLES,
	ROLE_WORDS,
	SENTENCE_OPENERS,
	similarWord,
} from './speaker-words.js';

/** Names found in texts, with lookups by token lists. */
export interface NameBook {
	/** True when the tokens are a name seen as such (not as part of "of Russia …"). */
	has(tokens: string[]): boolean;
	/** `has` for tokens already joined by single spaces and folded with `foldKey`. */
	hasKey(folded: string): boolean;
	/** A name from the mentions spelled slightly differently, with the same surname. */
	variant(tokens: string[]): string | undefined;
	/**
	 * The fuller name around a surname ("Karine Jean-Pierre"), `forward` also after it, with the
	 * office written before it in the same mention, if any.
	 */
	expand(surname: string[], forward: boolean): {name: string; office: string | null} | undefined;
}

/** Words after which a capitalised run is an organisation or a place, not a person. */
const ORG_PRECEDERS = new Set(['of', 'the', 'for', 'in', 'at', 'on', 'from', 'to', 'by', 'into']);
const LEADING_PUNCT = /^[(«“"‘'[<]+/;
const TRAILING_PUNCT = /(?:['’]s)?[,.;:!?)»”"’'\]>…]+$|['’]s$/;

/** Could this character start or end punctuation around a word? (Cheap test before the regexes.) */
function isPunct(c: number): boolean {
	return c < 48 || (c > 57 && c < 65) || (c > 90 && c < 97) || c > 122;
}

interface Run {
	tokens: string[];
	/** `tokens` folded (see foldKey), filled in by collectNames. */
	folded?: string[];
	/** True when the run follows "of", "the", … with no office in it. */
	org: boolean;
	/** The office written just before the name ("Principal Deputy Press Secretary"). */
	office?: string;
}

function runsOf(text: string): Run[] {
	const runs: Run[] = [];
	let cur: string[] = [];
	let prev = '';
	let curPrev = '';
	let lastOrg = false;
	const flush = () => {
		if (cur.length > 0) {
			// "of Construction and Housing and Utilities …": a list goes on naming the organisation.
			const run = cutRun(cur, curPrev);
			if (lastOrg && (curPrev === 'and' || curPrev === ',') && run.tokens.length === cur.length)
				run.org = true;
			lastOrg = run.org;
			runs.push(run);
		}
		cur = [];
	};
	for (const raw of text.split(/\s+/)) {
		if (raw === '') continue;
		const lead = isPunct(raw.charCodeAt(0)) && LEADING_PUNCT.test(raw);
		if (lead) flush();
		const bare = lead ? raw.replace(LEADING_PUNCT, '') : raw;
		const last = raw.charCodeAt(raw.length - 1);
		// A middle initial ("Zackery P. Morazzini", "Donald J. Trump") goes on with the name.
		const initial = last === 46 && bare.length === 2 && /^\p{Lu}\.$/u.test(bare);
		const token = initial
			? bare
			: isPunct(last) || last === 115
				? bare.replace(TRAILING_PUNCT, '')
				: bare;
		const ends = token !== bare;
		if (
			token !== '' &&
			(hasUpper(token) || (cur.length > 0 && PARTICLES.has(token.toLowerCase())))
		) {
			if (cur.length === 0) curPrev = lead ? '' : prev;
			cur.push(token);
		} else {
			flush();
			if (token.toLowerCase() !== 'and') lastOrg = false;
		}
		prev = ends ? (raw.endsWith(',') ? ',' : '') : token.toLowerCase();
		if (ends) flush();
	}
	flush();
	return runs;
}

function cutRun(tokens: string[], prev: string): Run {
	let start = 0;
	while (start < tokens.length && SENTENCE_OPENERS.has(tokens[start]!.toLowerCase())) start++;
	let role = -1;
	for (let i = start; i < tokens.length; i++) {
		const t = tokens[i]!.toLowerCase();
		if ((ROLE_WORDS.has(t) && t !== 'the') || ORG_WORDS.has(t)) role = i;
	}
	if (role >= 0) {
		// The office is the block of words before the name that ends with the last role word.
		let from = role;
		while (from > start && /^\p{Lu}/u.test(tokens[from - 1]!)) from--;
		while (from < role && !ROLE_WORDS.has(tokens[from]!.toLowerCase())) from++;
		// An acronym after the office names the body ("Corporation VEB.RF Igor Shuvalov").
		let name = role + 1;
		while (name < tokens.length - 2 && ACRONYM.test(tokens[name]!)) name++;
		return {
			tokens: tokens.slice(name),
			org: false,
			office: tokens.slice(from, role + 1).join(' '),
		};
	}
	return {tokens: tokens.slice(start), org: start === 0 && ORG_PRECEDERS.has(prev)};
}

const ACRONYM = /^[\p{Lu}\d]+(?:[.&-][\p{Lu}\d]+)*$/u;

const key = (tokens: string[]) => foldKey(tokens.join(' '));

/** What the mention texts of one document hold; computed once per mentions array. */
interface MentionIndex {
	names: Set<string>;
	mentioned: {tokens: string[]; folded: string[]}[];
	runs: Run[];
}

const indexes = new WeakMap<string[], MentionIndex>();

function indexMentions(mentions: string[]): MentionIndex {
	const cached = indexes.get(mentions);
	if (cached) return cached;
	const index: MentionIndex = {names: new Set(), mentioned: [], runs: []};
	for (const text of mentions) {
		for (const run of runsOf(text)) {
			const n = run.tokens.length;
			if (!run.org && n >= 2 && n <= 5) index.names.add(key(run.tokens));
			const folded = run.tokens.map((t) => foldKey(t));
			index.runs.push({...run, folded});
			for (let s = Math.max(0, n - 5); s <= n - 2; s++)
				index.mentioned.push({tokens: run.tokens.slice(s), folded: folded.slice(s)});
		}
	}
	indexes.set(mentions, index);
	return index;
}

/** Builds a name book from mention texts (title, lead) and other label names. */
export function collectNames(mentions: string[], labelNames: string[] = []): NameBook {
	const index = indexMentions(mentions);
	const {mentioned, runs} = index;
	const names = labelNames.length > 0 ? new Set(index.names) : index.names;
	for (const text of labelNames)
		for (const run of runsOf(text)) {
			const n = run.tokens.length;
			if (!run.org && n >= 2 && n <= 5) names.add(key(run.tokens));
		}
	return {
		has: (tokens) => names.has(key(tokens)),
		hasKey: (folded) => names.has(folded),
		variant(tokens) {
			if (tokens.length < 2) return undefined;
			const want = tokens.map((t) => foldKey(t));
			for (const cand of mentioned) {
				const got = cand.folded;
				if (got.length !== want.length || got.at(-1) !== want.at(-1)) continue;
				if (got.every((w, i) => similarWord(w, want[i]!))) return cand.tokens.join(' ');
			}
			return undefined;
		},
		expand(surname, forward) {
			const want = surname.map((t) => foldKey(t));
			for (const run of runs) {
				const got = run.folded!;
				for (let i = want.length - 1; i < got.length; i++) {
					if (!want.every((w, k) => got[i - want.length + 1 + k] === w)) continue;
					const first = i - want.length + 1;
					const office = run.office ?? null;
					if (first > 0) {
						const from = Math.max(0, first - (run.org ? 1 : 2));
						return {
							name: run.tokens.slice(from, i + 1).join(' '),
							office: from === 0 ? office : null,
						};
					}
					if (forward && run.tokens.length > i + 1) {
						const name = run.tokens.slice(first, Math.min(run.tokens.length, first + 3)).join(' ');
						return {name, office};
					}
				}
			}
			return undefined;
		},
	};
}
