/**
 * Label → speaker. Every layout hands over the labels it found, as written; this module splits
 * notes ("(retranslated)"), roles ("President of Russia", "PRIME MINISTER") and names, expands short
 * names from the title and lead ("MS. JEAN-PIERRE" → "Karine Jean-Pierre"), and decides which labels
 * are one person ("President of Russia Vladimir Putin" and "Vladimir Putin"; "Alexandar" and
 * "Aleksandar Vucic") without merging two people who share a surname.
 */
import {collectNames, type NameBook} from './mentions.js';
import {find, type Group, mergeGroups} from './speaker-merge.js';
import {caseOf, caseWord, endsWithKnownName, titledName} from './speaker-names.js';
import {ORG_WORDS, placeLength} from './speaker-places.js';
import {
	defaultNameStart,
	FUNCTION_WORDS,
	foldKey,
	GENERIC,
	HONORIFICS,
	hasUpper,
	isNameToken,
	isPureName,
	isRoleToken,
	PROSE_WORDS,
	ROLE_WORDS,
	SENTENCE_OPENERS,
	splitJoined,
	TITLES_BEFORE_NAME,
	titleCase,
} from './speaker-words.js';

export {splitJoined};

import type {Speaker} from './model.js';

/** A label split into what names the speaker and the notes after it. */
export interface LabelParts {
	/** The label without notes, single-spaced, e.g. "Marine Le Pen". */
	base: string;
	/** Trailing notes without brackets, e.g. ["retranslated"]. */
	notes: string[];
}

const TRAILING_NOTE = /\s*(?:\(([^()]*)\)|\[([^[\]]*)\])\s*$/;

const UNCLOSED_NOTE =
	/\s+\(((?:re-?translated|via (?:an )?interpreter|speaks \p{L}+|in \p{L}+))$/iu;

/** Splits trailing notes in parentheses or brackets off a label and collapses its spaces. */
export function splitLabel(label: string): LabelParts {
	let base = label.replace(/\s+/g, ' ').trim();
	if (base.endsWith(':')) base = base.slice(0, -1).trimEnd();
	const notes: string[] = [];
	for (;;) {
		const m = TRAILING_NOTE.exec(base);
		if (!m || m.index === 0) break;
		notes.unshift((m[1] ?? m[2] ?? '').trim());
		base = base.slice(0, m.index);
	}
	// "Markus Soeder (retranslated: Thank you …": a note whose bracket the page never closed.
	const open = UNCLOSED_NOTE.exec(base);
	if (open && open.index > 0) {
		notes.unshift(open[1]!);
		base = base.slice(0, open.index);
	}
	return {base, notes};
}

/** True for generic labels (Question, Q, Remark, Voices, MODERATOR, All, …), which are anonymous. */
export function isGenericLabel(base: string): boolean {
	const key = foldKey(base)
		.replace(/[.:]+$/, '')
		.replace(/\s*#?\d+$/, '');
	if (GENERIC.has(key)) return true;
	const words = key.split(' ');
	// "Call centre operator", "Studio presenter": a plain description of an anonymous person.
	if (
		words.length >= 2 &&
		words.length <= 3 &&
		GENERIC_TAILS.has(words.at(-1)!) &&
		!SENTENCE_OPENERS.has(words[0]!) &&
		base.split(' ').every((w, i) => i === 0 || !hasUpper(w)) &&
		words.every((w) => !FUNCTION_WORDS.has(w) && !PROSE_WORDS.has(w))
	)
		return true;
	return (
		words.length > 2 &&
		words.length <= 5 &&
		GENERIC_HEADS.has(words[0]!) &&
		GENERIC_LINKS.has(words[1]!) &&
		words.slice(2).every((w) => !hasUpper(w))
	);
}

/** "Question from the audience", "Remark from the floor", "Voice in the hall". */
const GENERIC_HEADS = new Set([
	'question',
	'remark',
	'voice',
	'voices',
	'answer',
	'reply',
	'response',
	'comment',
]);
/** Occupations that, after a plain description, make an anonymous label. */
const GENERIC_TAILS = new Set([
	'operator',
	'moderator',
	'presenter',
	'host',
	'announcer',
	'interpreter',
	'journalist',
	'correspondent',
	'reporter',
	'participant',
	'student',
	'voice',
]);
const GENERIC_LINKS = new Set(['from', 'in', 'at', 'of', 'to']);

/** Speakers resolved from labels, and the speaker id of every label as it was given. */
export interface SpeakerTable {
	speakers: Speaker[];
	/** Label as handed to `resolveSpeakers` → `Speaker.id`. */
	ids: Map<string, string>;
}

/** How `resolveSpeakers` treats names written in capitals. */
export interface ResolveOptions {
	/**
	 * True when the layout writes labels in mixed case (Kremlin pages), so an all-caps name
	 * ("MINISTER MAXIM TOPILIN") is a typo and is title-cased. Layouts whose labels are capitals by
	 * convention (plays, briefings) keep them. A mixed-case label of the same person always wins.
	 */
	titleCaseCaps?: boolean;
}

/**
 * Resolves labels (in order of first appearance, as written, notes included) into speakers.
 * `mentions` are texts that name the people (title, lead), used to complete and correct names.
 */
export function resolveSpeakers(
	labels: Iterable<string>,
	mentions: string[] = [],
	opts: ResolveOptions = {},
): SpeakerTable {
	const groups: Group[] = [];
	const byKey = new Map<string, number>();
	const labelGroup = new Map<string, number>();
	for (const label of labels) {
		if (labelGroup.has(label)) continue;
		const base = withNamedNote(splitLabel(label));
		const key = foldKey(splitJoined(base)).replace(/\./g, '');
		let g = byKey.get(key);
		if (g === undefined) {
			g = groups.length;
			byKey.set(key, g);
			groups.push({
				key,
				forms: [],
				anonymous: isGenericLabel(base),
				name: base,
				role: null,
				known: false,
				roleOnly: false,
				parent: g,
			});
		}
		const group = groups[g]!;
		if (!group.forms.includes(base)) group.forms.push(base);
		labelGroup.set(label, g);
	}
	const pure = new Set<string>();
	for (const g of groups) if (!g.anonymous && isPureName(splitJoined(g.forms[0]!))) pure.add(g.key);
	const book = collectNames(mentions, [...pure]);
	for (const group of groups) if (!group.anonymous) nameGroup(group, book, pure);
	mergeGroups(groups);
	return buildTable(groups, labelGroup, opts.titleCaseCaps === true);
}

const PARTY = / \([^()]{1,12}\)(?=, )/;

/**
 * An office with the person's name in a note ("The Prime Minister (Boris Johnson)", as Hansard
 * writes it the first time) reads as "The Prime Minister Boris Johnson"; other labels as they are.
 */
function withNamedNote({base: written, notes}: LabelParts): string {
	// A party before the role, as CNN writes it: "SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE".
	const base = written.includes('(') ? written.replace(PARTY, '') : written;
	const note = notes[0];
	if (note === undefined || note.split(' ').length > 4 || !isPureName(note)) return base;
	const words = base.split(' ');
	return words.every((w) => ROLE_WORDS.has(w.toLowerCase())) ? `${base} ${note}` : base;
}

/** Fills `name` and `role` of a person's group from its first label form. */
function nameGroup(group: Group, book: NameBook, pure: Set<string>): void {
	const base = splitJoined(group.forms[0]!);
	const tokens = base.split(' ');
	const lower = tokens.map((t) => t.toLowerCase());
	const allCaps = base === base.toUpperCase() && base !== base.toLowerCase();

	// "John G. Roberts, Jr.": the suffix is part of the name, not a role.
	const suffix = /^(.+), (?:Jr|Sr|JR|SR|II|III|IV)\.?$/.exec(base);
	if (suffix && !suffix[1]!.includes(',') && suffix[1]!.split(' ').every(isNameToken)) {
		group.name = allCaps ? titleCase(base) : base;
		group.role = null;
		return;
	}
	const comma = base.indexOf(', ');
	if (comma > 0 && !endsWithKnownName(base.slice(comma + 2).split(' '), book, pure)) {
		const head = base.slice(0, comma).split(' ');
		const tail = base.slice(comma + 2).split(' ');
		const placeTail = tail.length <= 3 && !tail.some(isRoleToken);
		if (
			(head.length >= 2 || placeTail) &&
			head.length <= 5 &&
			head.every(isNameToken) &&
			!head.some(isRoleToken)
		) {
			setName(group, head, base.slice(comma + 2), book, false);
			return;
		}
		// "SEN. BERNIE SANDERS, PRESIDENTIAL CANDIDATE": a title, a full name, then the role.
		let titled = 0;
		while (titled < head.length && ROLE_WORDS.has(head[titled]!.toLowerCase())) titled++;
		const named = head.slice(titled);
		if (
			titled > 0 &&
			named.length >= 2 &&
			named.length <= 4 &&
			named.every((t) => isNameToken(t) && !isRoleToken(t))
		) {
			setName(group, named, base.slice(comma + 2), book, false);
			return;
		}
		// "Sports commentator Ivan Petrov, ceremony moderator" beside "Ivan Petrov": the name ends
		// the part before the comma; the offices around it are the role.
		const name = head.slice(-2);
		if (
			head.length > 2 &&
			name.every((t) => isNameToken(t) && !isRoleToken(t)) &&
			(pure.has(foldKey(name.join(' ')).replace(/\./g, '')) || book.has(name))
		) {
			setName(group, name, `${head.slice(0, -2).join(' ')}, ${tail.join(' ')}`, book, false);
			return;
		}
	}
	// A surname alone ("WALLACE", "MORAZZINI") is the fuller name the header gives ("Chris
	// Wallace", "Zackery P. Morazzini").
	if (tokens.length === 1 && isNameToken(tokens[0]!) && !isRoleToken(tokens[0]!)) {
		const expanded = book.expand(tokens, false);
		if (expanded?.name.includes(' ')) {
			group.name = expanded.name;
			group.known = true;
			group.role = expanded.office;
			return;
		}
	}
	let lead = 0;
	while (lead < tokens.length && ROLE_WORDS.has(lower[lead]!)) lead++;
	if (lead === tokens.length) {
		group.roleOnly = true;
		return;
	}
	const rest = tokens.slice(lead);
	let run = 0;
	while (run < rest.length && isNameToken(rest[run]!) && !isRoleToken(rest[run]!)) run++;
	const title = TITLES_BEFORE_NAME.has(lower[lead - 1] ?? '') ? tokens[lead - 1]! : '';
	if (title && run > 0 && run <= 3 && rest[run] === 'of') {
		// "Patriarch John of Antioch and All the East": a reader says "Patriarch John of Antioch".
		const given = titledName(title, rest.slice(0, run), rest.slice(run));
		setName(group, given, [...tokens.slice(0, lead), ...rest.slice(run)].join(' '), book, false);
		return;
	}
	if (lead === 1 && lower[0] === 'the' && rest.length <= 2) {
		// "THE COURT", "THE WITNESS": an office said as such, not a person named "Court".
		group.name = allCaps ? titleCase(base) : base;
		group.roleOnly = true;
		return;
	}
	if (lead > 0 && rest.every((t) => isNameToken(t) && !isRoleToken(t))) {
		const honorific = lead === 1 && HONORIFICS.has(lower[0]!);
		const role = honorific ? null : tokens.slice(0, lead).join(' ');
		const expanded = rest.length === 1 ? book.expand(rest, !honorific) : undefined;
		if (expanded) {
			group.name = expanded.name;
			group.known = true;
			group.role = role && allCaps ? titleCase(role) : (role ?? expanded.office);
			return;
		}
		const name = title && lead === 1 ? titledName(title, rest, []) : rest;
		// "Mr. BIGGS", "Chair JACKSON LEE": the GPO sets the surname in capitals.
		const capsName = allCaps || name.every((t) => t.length > 1 && t === t.toUpperCase());
		group.name = capsName ? titleCase(name.join(' ')) : name.join(' ');
		group.role = role && allCaps ? titleCase(role) : role;
		return;
	}
	// Role + name: the name is the run of capitalised tokens after the last role word or
	// lowercase word, cut to the longest suffix that the title, lead or another label confirms.
	let boundary = 0;
	for (let i = 0; i < tokens.length; i++)
		if (!isNameToken(tokens[i]!) || isRoleToken(tokens[i]!) || ORG_WORDS.has(lower[i]!))
			boundary = i + 1;
	if (boundary === 0) {
		setName(group, tokens, null, book, true);
		return;
	}
	const tail = tokens.slice(boundary);
	if (tail.length === 0) {
		group.roleOnly = tokens.every((t) => ROLE_WORDS.has(t.toLowerCase()) || FUNCTION_WORDS.has(t));
		return;
	}
	let start = -1;
	for (let s = Math.max(0, tail.length - 5); s < tail.length - 1 && start < 0; s++) {
		if (pure.has(foldKey(tail.slice(s).join(' ')).replace(/\./g, ''))) start = s;
	}
	for (let s = Math.max(0, tail.length - 5); s < tail.length - 1 && start < 0; s++) {
		if (book.has(tail.slice(s))) start = s;
	}
	// "President of Yemen Abd Rabbuh Mansour Hadi": the country ends the office.
	const place = lower[boundary - 1] === 'of' ? placeLength(tail) : 0;
	if (start < 0 && place > 0 && tail.length - place >= 2 && tail.length - place <= 5) start = place;
	// "Winner of the Prize for Young Scientists": two capitalised words right after a preposition
	// name a thing, not a person, unless the title, lead or another label says otherwise.
	if (start < 0 && tail.length <= 2 && PREPOSITIONS.has(tokens[boundary - 1]!) && !book.has(tail))
		return;
	if (start < 0) start = defaultNameStart(tail);
	const nameTokens = tail.slice(start);
	const role = tokens
		.slice(0, boundary + start)
		.join(' ')
		.replace(/[\s,–—-]+$/, '');
	setName(group, nameTokens, role || null, book, true);
}

const PREPOSITIONS = new Set(['of', 'the', 'for', 'in', 'on', 'at', 'to', 'from', 'with', 'by']);

/** Sets a group's name, corrected to a close spelling from the title or lead when there is one. */
function setName(
	group: Group,
	name: string[],
	role: string | null,
	book: NameBook,
	fix: boolean,
): void {
	group.role = role;
	group.known = book.has(name);
	const variant = fix && !group.known ? book.variant(name) : undefined;
	group.name = variant ?? name.join(' ');
	if (variant) group.known = true;
}

/** Speakers in order of first appearance, with unique slug ids. */
function buildTable(
	groups: Group[],
	labelGroup: Map<string, number>,
	titleCaseCaps: boolean,
): SpeakerTable {
	const speakers: Speaker[] = [];
	const speakerOfRoot = new Map<number, Speaker>();
	const used = new Set<string>();
	const ids = new Map<string, string>();
	const membersOf = new Map<number, Group[]>();
	const mixedCase =
		titleCaseCaps && groups.some((g) => !g.anonymous && /\p{Ll}/u.test(g.forms[0]!));
	for (let i = 0; i < groups.length; i++) {
		const root = find(groups, i);
		const list = membersOf.get(root);
		if (list) list.push(groups[i]!);
		else membersOf.set(root, [groups[i]!]);
	}
	for (const [label, g] of labelGroup) {
		const root = find(groups, g);
		let speaker = speakerOfRoot.get(root);
		if (!speaker) {
			const members = membersOf.get(root)!;
			const best = bestNamed(members);
			const name = caseOf(best.name, members, mixedCase);
			let role = members.find((m) => m.role !== null)?.role ?? null;
			if (role && mixedCase) role = role.replace(/\b\p{Lu}{4,}\b/gu, (w) => caseWord(w));
			speaker = {
				id: uniqueId(slug(name), used),
				name,
				role,
				labels: [],
				anonymous: members.some((m) => m.anonymous),
			};
			for (const m of members)
				for (const f of m.forms) if (!speaker.labels.includes(f)) speaker.labels.push(f);
			speakerOfRoot.set(root, speaker);
			speakers.push(speaker);
		}
		ids.set(label, speaker.id);
	}
	return {speakers, ids};
}

function bestNamed(members: Group[]): Group {
	let best = members[0]!;
	for (const m of members) {
		if (m.roleOnly) continue;
		if (best.roleOnly) best = m;
		else if (m.known && !best.known) best = m;
		else if (m.known === best.known && m.name.split(' ').length > best.name.split(' ').length)
			best = m;
	}
	return best;
}

function slug(name: string): string {
	const s = foldKey(name)
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return s || 'speaker';
}

function uniqueId(base: string, used: Set<string>): string {
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}
