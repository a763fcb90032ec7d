/**
 * Name helpers for speakers.ts: an office with a comma in it, a title kept with a bare given name,
 * and the case of names written in capitals.
 */
import type {NameBook} from './mentions.js';
import type {Group} from './speaker-merge.js';
import {ORG_WORDS} from './speaker-places.js';
import {
	foldKey,
	hasUpper,
	isNameToken,
	isRoleToken,
	ROLE_WORDS,
	titleCase,
} from './speaker-words.js';

/**
 * True when `tokens` (the words after a comma) hold an office and end with a name that another
 * label or the title/lead gives on its own: "Civil Defence, Emergency Situations and Disaster
 * Relief Minister Vladimir Puchkov" beside "Vladimir Puchkov". Then the comma is inside the office.
 */
export function endsWithKnownName(tokens: string[], book: NameBook, pure: Set<string>): boolean {
	if (!tokens.some((t) => isRoleToken(t) || ORG_WORDS.has(t.toLowerCase()))) return false;
	for (let n = Math.min(5, tokens.length - 1); n >= 2; n--) {
		const name = tokens.slice(-n);
		if (!name.every((t) => isNameToken(t) && !isRoleToken(t))) continue;
		if (pure.has(foldKey(name.join(' ')).replace(/\./g, '')) || book.has(name)) return true;
	}
	return false;
}

/** A religious or royal title kept with a bare given name ("Patriarch Kirill", "King Abdullah II"). */
export function titledName(title: string, name: string[], after: string[]): string[] {
	const numeral = name.length === 2 && /^[IVX]+$/.test(name[1]!);
	if (name.length !== 1 && !numeral) return name;
	const place =
		!numeral && after[0] === 'of' && after[1] && hasUpper(after[1]) ? after.slice(0, 2) : [];
	return [title, ...name, ...place];
}

const isCaps = (text: string) => !/\p{Ll}/u.test(text) && /\p{Lu}\p{Lu}/u.test(text);

/** An all-caps name in the case of a mixed-case form of it, else title-cased if `mixedCase`. */
export function caseOf(name: string, members: Group[], mixedCase: boolean): string {
	if (!isCaps(name)) return name;
	const want = foldKey(name);
	for (const m of members) if (!isCaps(m.name) && foldKey(m.name) === want) return m.name;
	return mixedCase ? titleCase(name) : name;
}

/** A capitalised role word in title case ("MINISTER" → "Minister"); acronyms stay. */
export function caseWord(word: string): string {
	return ROLE_WORDS.has(word.toLowerCase()) ? titleCase(word) : word;
}
