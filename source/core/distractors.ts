/**
 * People across a library (same name = same person) and distractor choice for the quiz: other
 * named speakers of the same transcript first, then people from other transcripts with a similar
 * role or shared topic words. Never an anonymous label.
 */

import type {Speaker, Transcript} from './model.js';
import {fold, nameWords} from './redact.js';
import type {Rng} from './rng.js';

/** A rough class of role, to pair heads of state with heads of state, ministers with ministers. */
export type RoleClass = 'head' | 'minister' | 'governor' | 'business' | 'journalist' | 'other';

/** One named person, merged across every transcript they speak in. */
export interface Person {
	/** Folded name: the identity of the person across transcripts. */
	key: string;
	name: string;
	role: string | null;
	roleClass: RoleClass;
	/** Every label form seen in any transcript. */
	labels: string[];
	/** Content words of the titles of their transcripts and of their role. */
	topics: Set<string>;
	/** Keys of the transcripts they speak in. */
	transcripts: Set<string>;
	/** Layouts of those transcripts ("kremlin", "briefing", …): a hint of where they come from. */
	formats: Set<string>;
}

/** Classifies a role phrase ("President of Russia" → head). */
export function classifyRole(role: string | null): RoleClass {
	if (!role) return 'other';
	const r = role.toLowerCase();
	if (
		/\b(?:journalist|correspondent|editor|press secretary|spokesperson|spokesman|spokeswoman|anchor|host|interviewer|reporter|presenter|columnist|commentator|news|tv|radio|press agency)\b/u.test(
			r,
		)
	)
		return 'journalist';
	if (
		/\b(?:ceo|chief executive|company|corporation|bank|group|holding|chairman of the board|board of directors|business|entrepreneur|founder|owner|investor|industrialist|llc|plc|inc|ojsc|pjsc)\b/u.test(
			r,
		)
	)
		return 'business';
	if (
		/\b(?:governor|mayor|head of the republic|head of the .*(?:region|republic|territory|district)|acting head of|regional|plenipotentiary)\b/u.test(
			r,
		)
	)
		return 'governor';
	if (/\b(?:deputy prime minister|vice[- ]president|vice[- ]premier)\b/u.test(r)) return 'minister';
	if (
		/\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state|head of government|crown prince|monarch)\b/u.test(
			r,
		)
	)
		return 'head';
	if (
		/\b(?:minister|secretary of state|foreign secretary|secretary of|commissioner|head of the federal|director of the federal|prosecutor|chief of (?:the )?general staff)\b/u.test(
			r,
		)
	)
		return 'minister';
	return 'other';
}

const STOP = new Set(
	'the and with for from into about meeting meetings talks conversation telephone visit working session opening remarks remark statement statements press conference joint news during after before their other between over under at of on in to a an by as is are was were be this that these those its his her our your president minister russian russia federation'.split(
		' ',
	),
);

function topicWords(text: string | null): string[] {
	if (!text) return [];
	return nameWords(text).filter((w) => w.length >= 5 && !STOP.has(w) && !/^\d+$/u.test(w));
}

/** The identity of a speaker across transcripts. */
export function personKey(speaker: Pick<Speaker, 'name'>): string {
	return nameWords(speaker.name).join(' ');
}

/** Collects the named people of a set of transcripts. */
export function collectPeople(
	sources: ReadonlyArray<{key: string; transcript: Transcript}>,
): Map<string, Person> {
	const people = new Map<string, Person>();
	for (const source of sources) {
		const topics = topicWords(source.transcript.title);
		for (const speaker of source.transcript.speakers) {
			if (speaker.anonymous) continue;
			const key = personKey(speaker);
			if (key.length === 0) continue;
			let person = people.get(key);
			if (!person) {
				person = {
					key,
					name: speaker.name,
					role: speaker.role,
					roleClass: classifyRole(speaker.role),
					labels: [],
					topics: new Set(),
					transcripts: new Set(),
					formats: new Set(),
				};
				people.set(key, person);
			}
			if (person.role === null && speaker.role) {
				person.role = speaker.role;
				person.roleClass = classifyRole(speaker.role);
			}
			for (const label of speaker.labels)
				if (!person.labels.includes(label)) person.labels.push(label);
			for (const w of [...topics, ...topicWords(speaker.role)]) person.topics.add(w);
			person.transcripts.add(source.key);
			person.formats.add(source.transcript.format);
		}
	}
	return people;
}

function similarity(a: Person, b: Person): number {
	let score = 0;
	if (a.roleClass === b.roleClass && a.roleClass !== 'other') score += 3;
	for (const f of a.formats) if (b.formats.has(f)) score += 2;
	let shared = 0;
	for (const w of a.topics) if (b.topics.has(w)) shared++;
	return score + Math.min(shared, 3);
}

/** For each answer, everyone else grouped by similarity, most similar group first (cached). */
export class DistractorIndex {
	readonly #people: Person[];
	readonly #cache = new Map<string, Person[][]>();

	constructor(people: Iterable<Person>) {
		this.#people = [...people];
	}

	/** Groups of equally similar people, best first; the last group holds the dissimilar ones. */
	groups(answer: Person): Person[][] {
		let groups = this.#cache.get(answer.key);
		if (groups) return groups;
		const byScore = new Map<number, Person[]>();
		for (const p of this.#people) {
			if (p.key === answer.key) continue;
			const score = similarity(answer, p);
			const list = byScore.get(score) ?? [];
			list.push(p);
			byScore.set(score, list);
		}
		groups = [...byScore.entries()].sort((a, b) => b[0] - a[0]).map(([, list]) => list);
		if (!byScore.has(0)) groups.push([]);
		this.#cache.set(answer.key, groups);
		return groups;
	}
}

/**
 * Up to `max` distractors for `answer`: same-transcript people first (shuffled), then the most
 * similar people from elsewhere (ties broken at random). Dissimilar people are used only when the
 * answer would otherwise have no distractor at all.
 */
export function pickDistractors(
	answer: Person,
	sameTranscript: readonly Person[],
	index: DistractorIndex,
	rng: Rng,
	max = 3,
): Person[] {
	const chosen: Person[] = [];
	// One surname per question: "Alexandar Vucic" and "Aleksandar Vucic" are one person, and two
	// Ivanovs would both hide behind the same ▁▁▁.
	const seen = new Set([answer.key]);
	const surnames = [surname(answer)];
	const take = (p: Person): boolean => {
		const last = surname(p);
		if (seen.has(p.key) || surnames.some((s) => sameSurname(s, last))) return false;
		seen.add(p.key);
		surnames.push(last);
		chosen.push(p);
		return true;
	};
	for (const p of rng.shuffle(sameTranscript)) {
		if (chosen.length >= max) break;
		take(p);
	}
	const groups = index.groups(answer);
	groups.forEach((group, g) => {
		if (chosen.length >= max) return;
		if (g === groups.length - 1 && chosen.length > 0) return;
		// Random picks without shuffling the whole group (groups can hold hundreds of people).
		const tried = new Set<number>();
		while (chosen.length < max && tried.size < group.length) {
			const k = rng.int(group.length);
			if (tried.has(k)) continue;
			tried.add(k);
			take(group[k]!);
		}
	});
	return chosen;
}

/** The last word of a person's name, folded ("Recep Tayyip Erdoğan" → "erdogan"). */
export function surname(person: Pick<Person, 'key'>): string {
	return person.key.split(' ').at(-1) ?? person.key;
}

/** Equal, or spelled alike ("brilev"/"brilyov": at most 2 edits between names of 5+ letters). */
export function sameSurname(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 2) return false;
	let row = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
		}
		row = next;
	}
	return row[b.length]! <= 2;
}

/** Folded words of a person's name, for tests and checks. */
export function personNameWords(person: Person): string[] {
	return nameWords(fold(person.name));
}
