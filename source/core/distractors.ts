/**
 * People across a library (same name = same person) and distractor choice for the quiz, by who
 * could plausibly have said the quote: other named speakers of the same transcript first, then
 * people who speak on the same topics (the quote's rarer words in their own remarks) in the same
 * period (years of their transcripts), then people with the same kind of role. Never an anonymous
 * label.
 */
import {countryOfRole} from './countries.js';
import type {Speaker, Transcript} from './model.js';
import {nameWords} from './redact.js';
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
	/** Years of their dated transcripts. */
	years: Set<number>;
	/** Words (4+ letters, lower case) of everything they say. */
	words: Set<string>;
	/** Turns they speak in the library: how well known they are to a blind guesser. */
	turns: number;
	/** Where they come from: the country their role names, else Russia for Kremlin pages. */
	country: string | null;
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
	const scanned = new Map<Person, number>();
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
					years: new Set(),
					words: new Set(),
					turns: 0,
					country: null,
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
			person.country ??=
				countryOfRole(speaker.role) ??
				countryOfRole(speaker.labels.join(' ')) ??
				(source.transcript.format === 'kremlin' ? 'russia' : null);
			const year = yearOf(source.transcript.date);
			if (year !== null) person.years.add(year);
		}
		const byId = new Map(
			source.transcript.speakers.map((s) => [
				s.id,
				s.anonymous ? undefined : people.get(personKey(s)),
			]),
		);
		for (const remark of source.transcript.remarks) {
			const person = remark.speaker === null ? undefined : byId.get(remark.speaker);
			if (!person) continue;
			person.turns++;
			// A vocabulary grows ever slower with more text: the first part of what someone says
			// is enough, and the most talkative need not be read whole (a third of an archive).
			let budget = WORD_BUDGET - (scanned.get(person) ?? 0);
			for (const paragraph of remark.paragraphs) {
				if (budget <= 0) break;
				budget -= paragraph.length;
				for (const w of contentWords(paragraph)) person.words.add(w);
			}
			scanned.set(person, WORD_BUDGET - budget);
		}
	}
	return people;
}

/** Characters of each person's remarks read for their vocabulary. */
const WORD_BUDGET = 20_000;

/** The year of a "YYYY-MM-DD" date, or null. */
export function yearOf(date: string | null): number | null {
	const year = date ? Number(date.slice(0, 4)) : Number.NaN;
	return Number.isInteger(year) && year > 0 ? year : null;
}

/** Words of 4+ letters, lower case: what a quote is about, and what a person talks about. */
function contentWords(text: string): string[] {
	// Latin (with accents) and Cyrillic letters: a plain class is several times quicker than \p{L}.
	return text.toLowerCase().match(/[a-z\u00df-\u024f\u0430-\u045f]{4,}/g) ?? [];
}

/** What a question knows to rank distractors: the quote and when it was said. */
export interface QuoteTopic {
	text: string;
	/** Year of the quote's transcript, or null. */
	year: number | null;
	/**
	 * A penalty (0–1) for people already offered more often than they were the answer, so that
	 * across questions everyone is the answer about as often as any option is.
	 */
	overOffered?: (p: Person) => number;
}

/** How close in time: 1 for the same year, less for years apart, 0.5 when a year is unknown. */
function periodScore(year: number | null, years: ReadonlySet<number>): number {
	if (year === null || years.size === 0) return 0.5;
	let best = Number.POSITIVE_INFINITY;
	for (const y of years) best = Math.min(best, Math.abs(y - year));
	return best === 0 ? 1 : best === 1 ? 0.7 : best <= 3 ? 0.4 : best <= 6 ? 0.15 : 0;
}

/** Distractors drawn at random from at most this many nearly equally plausible people… */
const SHORTLIST = 8;
/** …scoring at most this much below the best of them. */
const MARGIN = 0.12;

/**
 * Everyone in a library, with an index from words to the people who say them, to rank who could
 * plausibly have said a quote: shared topic words (rarer words weigh more), then the period, then
 * the kind of role.
 */
export class DistractorIndex {
	readonly #people: Person[];
	/** Word → indexes into #people of those who say it (common words are left out). */
	readonly #byWord = new Map<string, number[]>();
	/** The median number of turns (+1) a person speaks. */
	readonly #typical: number;

	constructor(people: Iterable<Person>) {
		this.#people = [...people];
		this.#people.forEach((p, i) => {
			for (const w of p.words) {
				const list = this.#byWord.get(w);
				if (list) list.push(i);
				else this.#byWord.set(w, [i]);
			}
		});
		const turns = this.#people.map((p) => p.turns + 1).sort((a, b) => a - b);
		this.#typical = turns[Math.floor(turns.length / 2)] ?? 1;
		// A word nearly everyone says tells nothing.
		const common = Math.max(8, this.#people.length * 0.3);
		for (const [w, list] of this.#byWord) if (list.length > common) this.#byWord.delete(w);
	}

	/**
	 * Everyone but the answer (and `skip`), the most plausible first: topic (0–1: the weight of
	 * the quote's words they also say) + period (0–0.35) + same kind of role (0.15) − how much
	 * more or less they speak than the answer (0–0.6).
	 */
	rank(
		answer: Person,
		topic: QuoteTopic,
		skip: ReadonlySet<string> = new Set(),
	): Array<{p: Person; score: number; plausible: boolean}> {
		const n = this.#people.length;
		const topicScore = new Float64Array(n);
		let total = 0;
		for (const w of new Set(contentWords(topic.text))) {
			const list = this.#byWord.get(w);
			if (!list) continue;
			const weight = Math.log(1 + n / list.length);
			total += weight;
			for (const i of list) topicScore[i]! += weight;
		}
		const scored: Array<{p: Person; score: number; plausible: boolean}> = [];
		this.#people.forEach((p, i) => {
			if (p.key === answer.key || skip.has(p.key)) return;
			const role = p.roleClass === answer.roleClass && p.roleClass !== 'other' ? 0.15 : 0;
			const t = total > 0 ? topicScore[i]! / total : 0;
			// Someone from another kind of document (a play, a briefing) who shares no topic is no
			// real choice: used only when there is nobody else.
			const plausible = t >= 0.1 || [...p.formats].some((f) => answer.formats.has(f));
			// The well-known say most words, so they share most topics: without a check they would
			// fill every question, and "the one I have never heard of" would be a winning blind
			// guess. The check must not depend on who the answer is (that would leak too).
			const fame = Math.min(0.6, 0.12 * Math.max(0, Math.log2((p.turns + 1) / this.#typical)));
			const over = topic.overOffered?.(p) ?? 0;
			const score = t + 0.35 * periodScore(topic.year, p.years) + role - fame - over;
			scored.push({p, score, plausible});
		});
		return scored.sort((a, b) => b.score - a.score);
	}
}

/**
 * Up to `max` distractors for `answer`: same-transcript people first (shuffled), then, drawn at
 * random from a short list of the most plausible others (see DistractorIndex.rank), so that the
 * options are hard ones yet differ from one showing to the next.
 */
export function pickDistractors(
	answer: Person,
	sameTranscript: readonly Person[],
	index: DistractorIndex,
	rng: Rng,
	max = 3,
	topic: QuoteTopic = {text: '', year: null},
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
	if (chosen.length >= max) return chosen;
	const ranked = index.rank(answer, topic, seen);
	const plausible = ranked.filter((x) => x.plausible);
	const pool = plausible.length > 0 || chosen.length > 0 ? plausible : ranked;
	// Draw from the few nearly as plausible as the best left (a short list), then go down.
	let from = 0;
	while (chosen.length < max && from < pool.length) {
		const best = pool[from]!.score;
		let to = from + 1;
		while (to < pool.length && to - from < SHORTLIST && pool[to]!.score >= best - MARGIN) to++;
		for (const x of rng.shuffle(pool.slice(from, to))) if (chosen.length < max) take(x.p);
		from = to;
	}
	return chosen;
}

/** The last word of a person's name, folded ("Recep Tayyip Erdoğan" → "erdogan"). */
export function surname(person: Pick<Person, 'key'>): string {
	return person.key.split(' ').at(-1) ?? person.key;
}

/** Equal, or spelled alike ("brilev"/"brilyov": at most 2 edits between names of 5+ letters). */
function sameSurname(a: string, b: string): boolean {
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
