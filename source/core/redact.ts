/**
 * Redaction for fair quiz quotes: every form of every option's name (full name, name parts,
 * "Mr Putin", "Mr. President Putin", initials + surname, possessives), the options' role phrases
 * and the role words that tell the options apart (countries, ministries) become "▁▁▁".
 * Matching is case- and diacritics-insensitive. `redactQuote` returns null when a quote cannot be
 * made fair (a name word hides inside an ordinary word, or too little is left).
 */
import {countryOfWord, countryWords} from './countries.js';
import {countWords, MIN_WORDS} from './quotes.js';

/** What the redactor needs to know about one option. */
export interface RedactSubject {
	name: string;
	role: string | null;
	/** Label forms as written ("President of Russia Vladimir Putin"). */
	labels: readonly string[];
	/** The country they come from (countries.ts id), when known. */
	country?: string | null;
}

/** A redacted quote. */
export interface Redaction {
	text: string;
	/** Number of "▁▁▁" inserted. */
	count: number;
}

/** The mark that replaces hidden words. */
export const MASK = '▁▁▁';

const SPECIAL: Record<string, string> = {ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i'};

/** Lower case without diacritics ("Erdoğan" → "erdogan"). */
export function fold(text: string): string {
	let out = '';
	for (const ch of text) out += foldChar(ch);
	return out;
}

function foldChar(ch: string): string {
	const lower = ch.toLowerCase();
	const special = SPECIAL[lower];
	if (special !== undefined) return special;
	return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Word tokens of a text: letter/digit runs with their range in the original text. */
interface Token {
	start: number;
	end: number;
	/** Folded form. */
	word: string;
	/** Starts with an upper-case letter in the original. */
	capital: boolean;
}

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const start = m.index ?? 0;
		tokens.push({
			start,
			end: start + m[0].length,
			word: fold(m[0]),
			capital: /^\p{Lu}/u.test(m[0]),
		});
	}
	return tokens;
}

/** Words of a name or phrase, folded, split on spaces, hyphens and apostrophes. */
export function nameWords(text: string): string[] {
	return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 0);
}

/** Titles and honorifics that belong to a name when they stand right before it. */
const HONORIFICS = new Set(
	'mr mrs ms mister madam madame miss dr sir dame lord lady dear comrade monsieur herr senor senora signor president prime minister premier chancellor governor secretary general chairman chairwoman chair mayor ambassador senator congressman congresswoman professor prof king queen prince princess emir sheikh sultan deputy vice first lady colleague colleagues'.split(
		' ',
	),
);

/** Role words that say what someone is, not which one: never redacted on their own. */
const GENERIC_ROLE_WORDS = new Set(
	'the of and for in on at to a an president prime minister deputy vice head chairman chairwoman chair secretary general director chief executive officer ceo federal state national republic islamic united kingdom democratic people peoples federation government agency service ministry council committee organisation organization company corporation bank board first principal press senior acting governor mayor region regional territory city presidential plenipotentiary envoy district commission affairs office member speaker leader president-elect assistant adviser advisor aide special representative'.split(
		' ',
	),
);

const TITLE_WORDS = new Set(
	'president prime minister premier chancellor governor secretary chairman chairwoman chair mayor ambassador senator king queen emir sultan'.split(
		' ',
	),
);

const PATRONYMIC = /^(?:ovich|evich|yevich|ovna|evna|yevna|ich|ichna)$/u;

interface Patterns {
	/** Folded name words of 3+ letters: redacted wherever they stand as words. */
	names: Set<string>;
	/** Folded name words of 4+ letters: must not appear anywhere in the result. */
	guarded: Set<string>;
	/** Short name words (1–3 letters): redacted only next to a title or another name word. */
	short: Set<string>;
	/** Folded phrases (word lists) redacted as a whole: full names, labels, role phrases. */
	phrases: string[][];
	/** Distinctive role words (folded), redacted when capitalised in the quote; stems for places. */
	roleWords: Set<string>;
	roleStems: string[];
	/** Titles from the options' roles ("president"), redacted after "Mr"/"as". */
	titles: Set<string>;
}

function stripNotes(label: string): string {
	return label
		.replace(/\([^)]*\)/gu, ' ')
		.replace(/\[[^\]]*\]/gu, ' ')
		.trim();
}

function buildPatterns(
	subjects: readonly RedactSubject[],
	mentioned: readonly string[] = [],
): Patterns {
	const names = new Set<string>();
	const guarded = new Set<string>();
	const short = new Set<string>();
	const phrases: string[][] = [];
	const roleCounts = new Map<string, number>();
	const titles = new Set<string>();
	const addName = (word: string): void => {
		if (GENERIC_ROLE_WORDS.has(word) && word.length < 4) return;
		if (word.length >= 4) guarded.add(word);
		if (word.length >= 3) names.add(word);
		else short.add(word);
	};
	for (const s of subjects) {
		const roleSet = new Set(s.role ? nameWords(s.role) : []);
		for (const w of nameWords(s.name)) addName(w);
		phrases.push(nameWords(s.name));
		if (s.role) phrases.push(nameWords(s.role));
		for (const raw of s.labels) {
			const label = stripNotes(raw);
			phrases.push(nameWords(label));
			for (const w of nameWords(label)) {
				if (roleSet.has(w) || GENERIC_ROLE_WORDS.has(w) || TITLE_WORDS.has(w)) continue;
				addName(w);
			}
		}
		for (const w of roleSet) {
			roleCounts.set(w, (roleCounts.get(w) ?? 0) + 1);
			if (TITLE_WORDS.has(w)) titles.add(w);
		}
	}
	// People the quote names who are not options but would tell the options apart (their country).
	for (const name of mentioned) {
		for (const w of nameWords(name)) addName(w);
		phrases.push(nameWords(name));
	}
	// Country words give a speaker away only when the options come from different countries.
	const countries = new Set(subjects.map((s) => s.country).filter((c): c is string => Boolean(c)));
	const distinct = countries.size > 1;
	const roleWords = new Set<string>();
	const roleStems: string[] = [];
	if (distinct) for (const c of countries) for (const w of countryWords(c)) roleWords.add(w);
	for (const [word, n] of roleCounts) {
		if (n === subjects.length || GENERIC_ROLE_WORDS.has(word) || word.length < 4) continue;
		if (countries.size === 1 && countryOfWord(word) !== undefined) continue;
		roleWords.add(word);
		if (word.endsWith('stan') && word.length >= 8) roleStems.push(word.slice(0, -4));
		else if (word.length >= 6) roleStems.push(word.slice(0, -2));
		else roleStems.push(word);
	}
	return {
		names,
		guarded,
		short,
		phrases: phrases.filter((p) => p.length > 0),
		roleWords,
		roleStems,
		titles,
	};
}

function isNameToken(t: Token, p: Patterns): boolean {
	if (p.names.has(t.word)) return t.capital;
	if (!t.capital) return false;
	for (const w of p.guarded) {
		if (t.word.startsWith(w) && t.word.length > w.length) {
			const rest = t.word.slice(w.length);
			if (PATRONYMIC.test(rest) || t.word.length - w.length <= 4) return true;
		}
	}
	return false;
}

function isRoleToken(t: Token, p: Patterns): boolean {
	if (!t.capital) return false;
	if (p.roleWords.has(t.word)) return true;
	return p.roleStems.some((stem) => t.word.startsWith(stem) && t.word.length <= stem.length + 7);
}

/**
 * Hides the options' names and give-away role words in a quote (and the names in `mentioned`:
 * people named in it who would tell the options apart); null if it cannot be fair.
 */
export function redactQuote(
	text: string,
	subjects: readonly RedactSubject[],
	mentioned: readonly string[] = [],
): Redaction | null {
	const p = buildPatterns(subjects, mentioned);
	const tokens = tokenize(text);
	const hide = new Array<boolean>(tokens.length).fill(false);
	const isName = new Array<boolean>(tokens.length).fill(false);
	// Whole phrases: full names, labels, role phrases.
	for (const phrase of p.phrases) {
		for (let i = 0; i + phrase.length <= tokens.length; i++) {
			let ok = true;
			for (let k = 0; k < phrase.length && ok; k++) ok = tokens[i + k]!.word === phrase[k];
			if (ok) for (let k = 0; k < phrase.length; k++) hide[i + k] = true;
		}
	}
	tokens.forEach((t, i) => {
		if (isNameToken(t, p)) {
			hide[i] = true;
			isName[i] = true;
		} else if (isRoleToken(t, p)) hide[i] = true;
	});
	// Short name words next to a title or a name ("Mr Xi", "Le Pen"); titles and initials before
	// a name ("Mr. President Putin", "V. V. Putin"); "Mr President" when a role has that title.
	for (let pass = 0; pass < 2; pass++) {
		tokens.forEach((t, i) => {
			if (hide[i]) return;
			const prev = tokens[i - 1];
			const next = tokens[i + 1];
			const adjacent = (j: number): boolean => {
				const o = tokens[j];
				if (!o || !hide[j]) return false;
				const gap = j < i ? text.slice(o.end, t.start) : text.slice(t.end, o.start);
				return /^[\s.]*$/u.test(gap);
			};
			if (p.short.has(t.word) && t.capital) {
				if (adjacent(i - 1) || adjacent(i + 1) || (prev && HONORIFICS.has(prev.word))) {
					hide[i] = true;
					isName[i] = true;
					return;
				}
			}
			if (
				next &&
				adjacent(i + 1) &&
				(HONORIFICS.has(t.word) || (t.word.length === 1 && t.capital)) &&
				(isName[i + 1] || hide[i + 1])
			) {
				hide[i] = true;
				return;
			}
			if (p.titles.has(t.word) && t.capital && prev) {
				const gap = text.slice(prev.end, t.start);
				if (/^\s+$/u.test(gap) && /^(?:mr|mrs|ms|mister|madam|madame|as)$/u.test(prev.word)) {
					hide[i] = true;
					if (prev.word !== 'as') hide[i - 1] = true;
				}
			}
		});
	}
	// "Prime Minister" after "Mr": extend a hidden title over a following title word.
	tokens.forEach((t, i) => {
		if (!hide[i] && i > 0 && hide[i - 1] && TITLE_WORDS.has(t.word) && t.capital) {
			const gap = text.slice(tokens[i - 1]!.end, t.start);
			if (/^\s+$/u.test(gap) && TITLE_WORDS.has(tokens[i - 1]!.word)) hide[i] = true;
		}
	});
	// Build the output: merge hidden tokens separated only by spaces, dots or hyphens.
	let out = '';
	let count = 0;
	let cursor = 0;
	let i = 0;
	while (i < tokens.length) {
		if (!hide[i]) {
			i++;
			continue;
		}
		let j = i;
		while (j + 1 < tokens.length && hide[j + 1]) {
			const gap = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
			const left = tokens[j]!;
			const abbreviation = HONORIFICS.has(left.word) || left.word.length === 1;
			if (!(/^[\s\-‐]*$/u.test(gap) || (abbreviation && /^\.\s*$/u.test(gap)))) break;
			j++;
		}
		let end = tokens[j]!.end;
		const possessive = /^(?:['’]s\b|s['’]|['’](?![\p{L}]))/u.exec(text.slice(end));
		if (possessive) end += possessive[0].length;
		out += text.slice(cursor, tokens[i]!.start) + MASK;
		count++;
		cursor = end;
		i = j + 1;
		while (i < tokens.length && tokens[i]!.start < cursor) i++;
	}
	out += text.slice(cursor);
	if (leaksWords(out, p.guarded)) return null;
	const words = countWords(out.replaceAll(MASK, ' '));
	if (words < MIN_WORDS || count * 3 > words) return null;
	return {text: out, count};
}

/**
 * True if any word of 4+ letters of any subject's name (or label name words) still appears in
 * the text, even inside another word (case- and diacritics-insensitive).
 */
export function leaks(text: string, subjects: readonly RedactSubject[]): boolean {
	return leaksWords(text, buildPatterns(subjects).guarded);
}

function leaksWords(text: string, words: ReadonlySet<string>): boolean {
	const folded = fold(text);
	for (const w of words) if (folded.includes(w)) return true;
	return false;
}
