/**
 * Sentence splitting for search records. A sentence ends at `.`, `!` or `?` (with any closing
 * quotes and brackets after it) when white space and the start of a new sentence follow. It does
 * not end after titles (Mr, Ms, Mrs, Dr, St, …), initials ("V. Putin"), dotted abbreviations
 * ("U.S.", "e.g."), inside numbers ("3.5 percent"), at ellipses ("…", "...") or before a lower-case
 * word.
 */

/** Abbreviations after which a full stop never ends a sentence (lower case, without the dot). */
const titles = new Set([
	'mr',
	'mrs',
	'ms',
	'messrs',
	'dr',
	'st',
	'jr',
	'sr',
	'prof',
	'gen',
	'col',
	'lt',
	'sgt',
	'capt',
	'cmdr',
	'adm',
	'gov',
	'sen',
	'rep',
	'rev',
	'hon',
	'mt',
	'ft',
	'vs',
	'cf',
	'approx',
	'dept',
	'fig',
]);

/** Abbreviations that do not end a sentence when a number follows ("No. 5", "Jan. 12"). */
const beforeNumber = new Set([
	'no',
	'nos',
	'art',
	'p',
	'pp',
	'vol',
	'ch',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
]);

const closers = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB', '*']);
const openers = new Set(['"', "'", '\u201C', '\u2018', '(', '[', '\u00AB', '\u2014', '-']);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\u00A0';
const isUpper = (c: string) => {
	const k = c.charCodeAt(0);
	return k < 128 ? k >= 65 && k <= 90 : c !== c.toLowerCase() && c === c.toUpperCase();
};
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => {
	const k = c.charCodeAt(0);
	return k < 128
		? (k >= 65 && k <= 90) || (k >= 97 && k <= 122)
		: c.toLowerCase() !== c.toUpperCase();
};

/** The longest abbreviation of `titles` and `beforeNumber`. */
const LONGEST = Math.max(...[...titles, ...beforeNumber].map((w) => w.length));

/**
 * The abbreviations' shapes: length, first and last letter (lower case). Most words before a
 * full stop have none of them, and are known for no abbreviation without a string made of them
 * (the search index splits a million sentences).
 */
const shape = (length: number, first: number, last: number) => (length * 128 + first) * 128 + last;
const shapes = new Set(
	[...titles, ...beforeNumber].map((w) =>
		shape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)),
	),
);

/** Whether the full stop at `dot` belongs to an abbreviation, given the character `next`. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
	// The word that ends at the dot (letters and dots), e.g. "Mr" or "U.S".
	let from = dot;
	let dotted = false;
	while (from > 0) {
		const c = text[from - 1]!;
		if (c === '.') dotted = true;
		else if (!isLetter(c)) break;
		from--;
	}
	if (from === dot) return false;
	// Initials ("V. Putin") and dotted abbreviations ("U.S.", "e.g.").
	if (dotted || (dot - from === 1 && isUpper(text[from]!))) return true;
	if (dot - from > LONGEST) return false;
	const first = text.charCodeAt(from);
	const last = text.charCodeAt(dot - 1);
	// (Letters: `| 32` lower-cases ASCII ones; others are left to `toLowerCase`.)
	if (first < 128 && last < 128 && !shapes.has(shape(dot - from, first | 32, last | 32)))
		return false;
	const lower = text.slice(from, dot).toLowerCase();
	return titles.has(lower) || (beforeNumber.has(lower) && isDigit(next));
}

/**
 * Splits one paragraph into sentences: `[start, end)` offsets into `text`, trimmed of white
 * space, in order, never empty. Text without a sentence end is one sentence.
 */
export function splitSentences(text: string): Array<[number, number]> {
	const flat: number[] = [];
	const n = sentenceBounds(text, flat);
	const out: Array<[number, number]> = [];
	for (let i = 0; i < n; i += 2) out.push([flat[i]!, flat[i + 1]!]);
	return out;
}

/**
 * `splitSentences` as one flat list, start and end of each sentence in turn, written to `out`
 * from its start (what is past them is left as it was); returns how many numbers it wrote. No
 * pair and no array is made per sentence: the search index splits a million of them, into one
 * list it reuses.
 */
export function sentenceBounds(text: string, out: number[]): number {
	const n = text.length;
	let start = 0;
	let written = 0;
	// The next '.', '!' and '?' at or after i (-1: none), found by indexOf: most characters
	// end nothing, and the search index splits a hundred million of them.
	let dot = text.indexOf('.');
	let bang = text.indexOf('!');
	let ask = text.indexOf('?');
	let i = 0;
	for (;;) {
		if (dot >= 0 && dot < i) dot = text.indexOf('.', i);
		if (bang >= 0 && bang < i) bang = text.indexOf('!', i);
		if (ask >= 0 && ask < i) ask = text.indexOf('?', i);
		i = n;
		if (dot >= 0) i = dot;
		if (bang >= 0 && bang < i) i = bang;
		if (ask >= 0 && ask < i) i = ask;
		if (i >= n) break;
		const c = text[i]!;
		// An ellipsis ("...", or "…" handled by never being a terminator) does not end a sentence.
		if (c === '.' && (text[i + 1] === '.' || (i > 0 && text[i - 1] === '.'))) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n && (text[j] === '!' || text[j] === '?')) j++;
		while (j < n && closers.has(text[j]!)) j++;
		if (j >= n) break;
		if (!isSpace(text[j]!)) {
			i++;
			continue;
		}
		let k = j;
		while (k < n && isSpace(text[k]!)) k++;
		if (k >= n) break;
		const next = text[k]!;
		const startsSentence = isUpper(next) || isDigit(next) || openers.has(next);
		if (!startsSentence || (c === '.' && isAbbreviation(text, i, next))) {
			i++;
			continue;
		}
		written = putTrimmed(text, start, j, out, written);
		start = k;
		i = k;
	}
	return putTrimmed(text, start, n, out, written);
}

/**
 * Puts `[s, e)` of `text`, trimmed of white space, at `out[at]` unless nothing is left; returns
 * where the next goes.
 */
function putTrimmed(text: string, s: number, e: number, out: number[], at: number): number {
	while (s < e && isSpace(text[s]!)) s++;
	while (e > s && isSpace(text[e - 1]!)) e--;
	if (e === s) return at;
	out[at] = s;
	out[at + 1] = e;
	return at + 2;
}
