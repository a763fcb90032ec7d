/**
 * Which label groups are one speaker: the same name, a label ending with a bare-name label
 * ("President of Russia Vladimir Putin" / "Vladimir Putin"), spelling variants ("Alexandar" /
 * "Aleksandar"), initials ("A. Voronin"), a unique surname ("Peskov"), a role-only label ("THE
 * PRESIDENT"), a misspelt generic label ("SENIOR ADMINSTRATION OFFICIAL"). Two people who share
 * a surname stay apart. Pairs are compared within buckets (same last word), never all against all.
 */
import {foldKey, isPureName, similarWord, splitJoined} from './speaker-words.js';

/** Labels that differ only in case, spacing or notes, and what speakers.ts made of them. */
export interface Group {
	key: string;
	forms: string[];
	anonymous: boolean;
	name: string;
	role: string | null;
	/** True when `name` was confirmed by the title/lead or by another label. */
	known: boolean;
	/** A label made only of role words ("THE PRESIDENT"). */
	roleOnly: boolean;
	parent: number;
}

export function find(groups: Group[], i: number): number {
	let r = i;
	while (groups[r]!.parent !== r) r = groups[r]!.parent;
	groups[i]!.parent = r;
	return r;
}

function union(groups: Group[], a: number, b: number): void {
	const ra = find(groups, a);
	const rb = find(groups, b);
	if (ra !== rb) groups[Math.max(ra, rb)]!.parent = Math.min(ra, rb);
}

/** Joins groups that are one speaker: same name, spelling variants, a unique surname, a role. */
export function mergeGroups(groups: Group[]): void {
	const suffixes = groups.map((g) => SUFFIX.exec(foldKey(g.name))?.[1] ?? '');
	// Names without a generational suffix: "John G. Roberts, Jr." is filed under "roberts".
	const words = groups.map((g) => translit(foldKey(g.name).replace(SUFFIX, '')).split(' '));
	const labelWords = groups.map((g) => g.key.split(' '));
	const pure = groups.map((g) => !g.anonymous && isPureName(splitJoined(g.forms[0]!)));
	const persons: number[] = [];
	for (let a = 0; a < groups.length; a++) {
		const ga = groups[a]!;
		if (ga.anonymous) {
			for (let b = 0; b < groups.length; b++)
				if (b !== a && sameGeneric(labelWords[a]!, labelWords[b]!)) union(groups, a, b);
		} else if (!ga.roleOnly) persons.push(a);
	}
	// Pairs that can be one person share the last word of their names or of their labels.
	const byName = bucket(persons, (a) => words[a]!.at(-1)!);
	for (const list of byName.values()) {
		// With both "Jr." and "Sr." present, a name without a suffix could be either: it stays.
		const strict = new Set(list.map((a) => suffixes[a]!).filter((x) => x !== '')).size > 1;
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [suffixes[list[i]!]!, suffixes[list[j]!]!];
				if (samePerson(words[list[i]!]!, words[list[j]!]!) && (strict ? a === b : sameSuffix(a, b)))
					union(groups, list[i]!, list[j]!);
			}
	}
	// "A. Voronin" is the one Voronin whose given name starts with A.
	for (const list of byName.values()) {
		for (const a of list) {
			const first = words[a]![0]!;
			if (words[a]!.length !== 2 || !/^\p{L}\.$/u.test(first)) continue;
			const full = list.filter(
				(b) =>
					b !== a &&
					words[b]!.length >= 2 &&
					words[b]![0]![0] === first[0] &&
					!words[b]![0]!.endsWith('.'),
			);
			const roots = new Set(full.map((b) => find(groups, b)));
			if (roots.size === 1) union(groups, a, full[0]!);
		}
	}
	const byLabel = bucket(persons, (a) => labelWords[a]!.at(-1)!);
	for (const list of byLabel.values())
		for (const a of list)
			for (const b of list)
				if (pure[b] && a !== b && endsWith(labelWords[a]!, labelWords[b]!)) union(groups, a, b);
	// A bare surname ("MENENIUS", "Jean-Pierre") joins the one person with that surname, if unique.
	for (const a of persons) {
		if (words[a]!.length !== 1) continue;
		const others = (byName.get(words[a]![0]!) ?? []).filter((b) => words[b]!.length > 1);
		const roots = new Set(others.map((b) => find(groups, b)));
		if (roots.size === 1) union(groups, a, others[0]!);
	}
	// A label of role words only ("THE PRESIDENT") joins the one person with that role, if unique.
	for (let a = 0; a < groups.length; a++) {
		const ga = groups[a]!;
		if (!ga.roleOnly || ga.anonymous) continue;
		const role = foldKey(ga.name).replace(/^the /, '');
		const others = persons.filter(
			(b) => groups[b]!.role !== null && foldKey(groups[b]!.role!).replace(/^the /, '') === role,
		);
		const roots = new Set(others.map((b) => find(groups, b)));
		if (roots.size === 1) union(groups, a, others[0]!);
	}
}

/** ", Jr." and the like ending a folded name; group 1 is the suffix without its dot. */
const SUFFIX = /,? (jr|sr|ii|iii|iv)\.?$/;

/** "Jr." and "Sr." are two people; a name without a suffix may be either. */
function sameSuffix(a: string, b: string): boolean {
	return a === '' || b === '' || a === b;
}

/**
 * Folds the ways one Russian name is spelled in English ("Zhulyov"/"Zhulev", "Falyakhov"/
 * "Falyahov", "Shakhidjanyan"/"Shakhijanyan", "Dmitriyev"/"Dmitriev", "Sergey"/"Sergei",
 * "Aleksei"/"Alexei").
 */
export function translit(folded: string): string {
	return folded
		.replace(/ks/g, 'x')
		.replace(/dzh|dj/g, 'j')
		.replace(/kh/g, 'h')
		.replace(/y[oe]/g, 'e')
		.replace(/y/g, 'i')
		.replace(/ii/g, 'i');
}

function bucket(items: number[], keyOf: (item: number) => string): Map<string, number[]> {
	const map = new Map<string, number[]>();
	for (const item of items) {
		const key = keyOf(item);
		const list = map.get(key);
		if (list) list.push(item);
		else map.set(key, [item]);
	}
	return map;
}

/** True when label `long` ends with the whole of `short` (two words or more). */
function endsWith(long: string[], short: string[]): boolean {
	if (short.length < 2 || long.length <= short.length) return false;
	const off = long.length - short.length;
	return short.every((w, i) => long[off + i] === w);
}

/** Two multi-word names of one person: same surname and similar given names. */
function samePerson(full: string[], other: string[]): boolean {
	// Middle initials do not tell people apart: "Adnan Z. Amin" is "Adnan Amin".
	const a = full.length > 2 ? full.filter((w, i) => i === 0 || !/^\p{L}\.$/u.test(w)) : full;
	const b = other.length > 2 ? other.filter((w, i) => i === 0 || !/^\p{L}\.$/u.test(w)) : other;
	if (a.length !== b.length) return false;
	if (a.join(' ') === b.join(' ')) return true;
	if (a.length < 2 || a.at(-1) !== b.at(-1)) return false;
	return a.every((w, i) => similarWord(w, b[i]!));
}

/** Two spellings of one generic label: one long word misspelled ("ADMINSTRATION"). */
function sameGeneric(a: string[], b: string[]): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) {
		if (a[i] === b[i]) continue;
		if (a[i]!.length < 6 || !similarWord(a[i]!, b[i]!)) return false;
		diff++;
	}
	return diff <= 1;
}
