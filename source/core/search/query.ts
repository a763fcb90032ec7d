/**
 * The query language: fzf's extended-search syntax as Fuse.js parses it (its tokenizer and
 * operators, reproduced here), smart case, and `@name` to keep one speaker.
 *
 * - `word` a plain word, typo-tolerant (search/match.ts); words are ANDed in any order, but a
 *   sentence may lack one in three of them (search/engine.ts); `"a phrase"` is one fuzzy pattern
 * - `'word` or `'"a phrase"` included exactly; `=text` the whole sentence
 * - `^word` sentence starts with; `word$` sentence ends with
 * - `!word` does not include; `!^word`, `!word$` does not start / end with
 * - `a b | c` either group (the first group that matches gives the score, as in Fuse)
 * - all lower case: case-insensitive; any capital letter: case-sensitive
 * - `@name` keeps the speakers whose name words match `name` (search/speakers.ts)
 */
import {FuzzyPattern} from './fuzzy.js';

/** The kinds of query terms (Fuse's matcher types). */
type TermType =
	| 'fuzzy'
	| 'exact'
	| 'include'
	| 'prefix-exact'
	| 'inverse-prefix-exact'
	| 'inverse-suffix-exact'
	| 'suffix-exact'
	| 'inverse-exact';

/** One term of a query group. */
export interface Term {
	type: TermType;
	/** The pattern, lower-cased unless the query is case-sensitive. */
	pattern: string;
	/** The compiled Bitap pattern of a fuzzy term. */
	fuzzy: FuzzyPattern | null;
	/** The last word of a query that does not end with a space: perhaps still being typed. */
	open: boolean;
}

/** A parsed query. */
export interface Query {
	/** OR groups of AND terms; empty when the query has no search terms. */
	groups: Term[][];
	caseSensitive: boolean;
	/** The `@name` filters (their text after `@`), empty when none. */
	speakers: string[];
}

const matchers: Array<{type: TermType; multi: RegExp; single: RegExp}> = [
	{type: 'exact', multi: /^="(.*)"$/, single: /^=(.*)$/},
	{type: 'include', multi: /^'"(.*)"$/, single: /^'(.*)$/},
	{type: 'prefix-exact', multi: /^\^"(.*)"$/, single: /^\^(.*)$/},
	{type: 'inverse-prefix-exact', multi: /^!\^"(.*)"$/, single: /^!\^(.*)$/},
	{type: 'inverse-suffix-exact', multi: /^!"(.*)"\$$/, single: /^!(.*)\$$/},
	{type: 'suffix-exact', multi: /^"(.*)"\$$/, single: /^(.*)\$$/},
	{type: 'inverse-exact', multi: /^!"(.*)"$/, single: /^!(.*)$/},
	{type: 'fuzzy', multi: /^"(.*)"$/, single: /^(.*)$/},
];

/** Fuse's tokenizer: splits on spaces, keeping `"quoted phrases"` (with their prefix) whole. */
function tokenize(pattern: string): string[] {
	const tokens: string[] = [];
	const len = pattern.length;
	let i = 0;
	while (i < len) {
		while (i < len && pattern[i] === ' ') i++;
		if (i >= len) break;
		let j = i;
		while (j < len && pattern[j] !== ' ' && pattern[j] !== '"') j++;
		if (j < len && pattern[j] === '"') {
			j++;
			while (j < len) {
				if (pattern[j] === '"') {
					const next = j + 1;
					if (next >= len || pattern[next] === ' ') {
						j++;
						break;
					}
					if (pattern[next] === '$' && (next + 1 >= len || pattern[next + 1] === ' ')) {
						j += 2;
						break;
					}
				}
				j++;
			}
		} else while (j < len && pattern[j] !== ' ') j++;
		tokens.push(pattern.substring(i, j));
		i = j;
	}
	return tokens;
}

function term(token: string): Term | null {
	for (const pass of ['multi', 'single'] as const) {
		for (const m of matchers) {
			const found = token.match(m[pass]);
			// Fuse skips a match whose captured text is empty (it tests the capture's truth).
			if (found?.[1]) {
				const pattern = found[1]!;
				return {
					type: m.type,
					pattern,
					fuzzy: m.type === 'fuzzy' ? new FuzzyPattern(pattern) : null,
					open: false,
				};
			}
		}
	}
	return null;
}

const lastIndex = (groups: Term[][]) => (groups[groups.length - 1]?.length ?? 0) - 1;

/** Whether any character of `s` is upper case (smart case). */
function hasUpper(s: string): boolean {
	return s !== s.toLowerCase();
}

/** Parses a query typed by the user. */
export function parseQuery(input: string): Query {
	const speakers: string[] = [];
	const kept: string[] = [];
	for (const part of input.split(' ')) {
		if (part.length > 1 && part.startsWith('@')) speakers.push(part.slice(1));
		else kept.push(part);
	}
	let text = kept.join(' ');
	const caseSensitive = hasUpper(text);
	if (!caseSensitive) text = text.toLowerCase();
	const groups: Term[][] = [];
	if (text.trim() !== '') {
		for (const item of text.replace(/\\\|/g, '\u0000').split('|')) {
			const tokens = tokenize(item.replace(/\u0000/g, '|').trim()).filter((t) => t.trim() !== '');
			const terms: Term[] = [];
			for (const token of tokens) {
				const t = term(token);
				if (t) terms.push(t);
			}
			groups.push(terms);
		}
		const last = groups[groups.length - 1]?.[lastIndex(groups)];
		const tail = input.slice(input.lastIndexOf(' ') + 1);
		if (last && tail !== '' && !tail.startsWith('@') && !tail.endsWith('"')) last.open = true;
	}
	return {groups, caseSensitive, speakers};
}
