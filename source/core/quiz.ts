/**
 * "Who said this?" questions from a library: quote candidates (quotes.ts), fair redaction
 * (redact.ts) and hard distractors (distractors.ts), driven by a seedable random source (rng.ts).
 * Each quote is a card whose id is the transcript's content hash plus a hash of the quote text.
 */
import {
	collectPeople,
	DistractorIndex,
	type Person,
	personKey,
	pickDistractors,
	surname,
	yearOf,
} from './distractors.js';
import {InputError} from './errors.js';
import type {Transcript} from './model.js';
import {type QuoteCandidate, quoteCandidates} from './quotes.js';
import {nameWords, redactQuote} from './redact.js';
import {createRng, type Rng, textHash} from './rng.js';

/** What the quiz needs of a loaded transcript (a subset of library.ts LoadedTranscript). */
export interface QuizSource {
	/** Content hash of the transcript's bytes. */
	key: string;
	file: string;
	transcript: Transcript;
}

/** One question. `quote` is redacted; `original` is the quote as written. */
export interface Question {
	/** Card id: `${transcriptKey}:${hash of the quote text}`. */
	id: string;
	transcriptKey: string;
	file: string;
	/** Remark index of the quoted turn. */
	remark: number;
	paragraph: number;
	quote: string;
	original: string;
	/** 2–4 distinct names, shuffled; one is `answer`. */
	options: string[];
	answer: string;
	answerRole: string | null;
	/** Number of "▁▁▁" in `quote`. */
	redactions: number;
}

/** The contract of `verbatim quiz --json` (DESIGN.md). */
export interface QuestionJson {
	quote: string;
	options: string[];
	answer: string;
	file: string;
	remark: number;
}

/** Shown when the library cannot make a question with at least two options. */
export const NEED_TWO_SPEAKERS =
	'the quiz needs at least two named speakers; load more transcripts (verbatim quiz PATH…)';

interface SourceEntry {
	source: QuizSource;
	/** Candidates by speaker id (only named speakers with at least one candidate). */
	bySpeaker: Map<string, QuoteCandidate[]>;
	/** People of this transcript by speaker id. */
	people: Map<string, Person>;
}

/** Everything needed to make questions from a library; build once per library. */
export interface QuizBank {
	readonly entries: readonly SourceEntry[];
	readonly people: ReadonlyMap<string, Person>;
	readonly distractors: DistractorIndex;
	/** Card id → where its quote lives. */
	readonly cards: ReadonlyMap<string, {entry: SourceEntry; candidate: QuoteCandidate}>;
	/** People by folded surname (4+ letters), to find those a quote names. */
	readonly bySurname: ReadonlyMap<string, Person[]>;
}

/** Card id of a quote. */
function cardId(transcriptKey: string, quote: string): string {
	return `${transcriptKey}:${textHash(quote)}`;
}

/** Indexes a library's quote candidates and people. */
export function buildQuizBank(sources: readonly QuizSource[]): QuizBank {
	const people = collectPeople(sources);
	const entries: SourceEntry[] = [];
	const cards = new Map<string, {entry: SourceEntry; candidate: QuoteCandidate}>();
	for (const source of sources) {
		const entry: SourceEntry = {source, bySpeaker: new Map(), people: new Map()};
		for (const speaker of source.transcript.speakers) {
			const person = speaker.anonymous ? undefined : people.get(personKey(speaker));
			if (person) entry.people.set(speaker.id, person);
		}
		for (const candidate of quoteCandidates(source.transcript)) {
			const id = cardId(source.key, candidate.text);
			if (cards.has(id) || !entry.people.has(candidate.speaker)) continue;
			cards.set(id, {entry, candidate});
			const list = entry.bySpeaker.get(candidate.speaker) ?? [];
			list.push(candidate);
			entry.bySpeaker.set(candidate.speaker, list);
		}
		if (entry.bySpeaker.size > 0) entries.push(entry);
	}
	const bySurname = new Map<string, Person[]>();
	for (const p of people.values()) {
		const last = surname(p);
		if (last.length >= 3) bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
	}
	return {entries, people, cards, bySurname, distractors: new DistractorIndex(people.values())};
}

/**
 * Names of people (not options) the quote names by surname whose country is that of some options
 * but not all: "Prime Minister Abe" would point to the one Japanese option.
 */
function mentionedPeople(bank: QuizBank, text: string, options: readonly Person[]): string[] {
	const countries = new Set(options.map((p) => p.country).filter(Boolean));
	if (countries.size < 2) return [];
	const keys = new Set(options.map((p) => p.key));
	const out: string[] = [];
	for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)) {
		for (const p of bank.bySurname.get(nameWords(m[0]).join(' ')) ?? [])
			if (!keys.has(p.key) && p.country && countries.has(p.country) && !out.includes(p.name))
				out.push(p.name);
	}
	return out;
}

/** A quote with this many hidden names or more is not asked. */
const MAX_REDACTIONS = 3;

/** Makes the question for one quote, or null if it cannot be fair (too few options, leaks). */
function makeQuestion(
	bank: QuizBank,
	entry: SourceEntry,
	candidate: QuoteCandidate,
	rng: Rng,
	overOffered?: (p: Person) => number,
): Question | null {
	const answer = entry.people.get(candidate.speaker);
	if (!answer) return null;
	const same = [...entry.people.values()];
	const distractors = pickDistractors(answer, same, bank.distractors, rng, 3, {
		text: candidate.text,
		year: yearOf(entry.source.transcript.date),
		...(overOffered ? {overOffered} : {}),
	});
	if (distractors.length === 0) return null;
	const options = rng.shuffle([answer, ...distractors]);
	const redaction = redactQuote(
		candidate.text,
		options.map((p) => ({name: p.name, role: p.role, labels: p.labels, country: p.country})),
		mentionedPeople(bank, candidate.text, options),
	);
	if (!redaction) return null;
	// Three or more hidden names leave a guessing game (often a photo caption listing the guests).
	if (redaction.count >= MAX_REDACTIONS) return null;
	// A question to another option that names them gives the asker away.
	if (/\?["”’»)]*$/u.test(candidate.text) && redaction.count > 0) return null;
	return {
		id: cardId(entry.source.key, candidate.text),
		transcriptKey: entry.source.key,
		file: entry.source.file,
		remark: candidate.remark,
		paragraph: candidate.paragraph,
		quote: redaction.text,
		original: candidate.text,
		options: options.map((p) => p.name),
		answer: answer.name,
		// The role they had in this transcript (a minister then may be a president later).
		answerRole:
			entry.source.transcript.speakers.find((s) => s.id === candidate.speaker)?.role ?? null,
		redactions: redaction.count,
	};
}

/** The question for a stored card, or null if its transcript is not loaded or it is unfair now. */
export function questionForCard(bank: QuizBank, id: string, rng: Rng): Question | null {
	const found = bank.cards.get(id);
	return found ? makeQuestion(bank, found.entry, found.candidate, rng) : null;
}

/** Options for `generateQuestions`. */
export interface GenerateOptions {
	count: number;
	seed?: number | string;
	rng?: Rng;
	/** Card ids not to ask (already in the session, or not new). */
	exclude?: ReadonlySet<string>;
}

/**
 * New questions at random: a transcript, then one of its named speakers, then one of their quotes
 * (so a talkative speaker does not crowd out the others). Of a few such draws the one whose
 * speaker is most under-answered wins: someone who is among the options of most questions (the
 * host of every meeting) is then the answer about as often as any other option, so "always the
 * host" and "never the host" are both losing strategies. Deterministic for a seed.
 * Throws InputError when the library has fewer than two named people.
 */
export function generateQuestions(bank: QuizBank, options: GenerateOptions): Question[] {
	if (bank.people.size < 2) throw new InputError(NEED_TWO_SPEAKERS);
	const rng = options.rng ?? createRng(options.seed ?? Date.now());
	const used = new Set(options.exclude ?? []);
	const out: Question[] = [];
	// Remaining candidates per entry and speaker, consumed as they are tried.
	const pool = bank.entries.map((entry) => ({
		entry,
		speakers: [...entry.bySpeaker.entries()].map(([id, list]) => ({id, list: [...list]})),
	}));
	const offered = new Map<string, number>();
	const answered = new Map<string, number>();
	let optionTotal = 0;
	const deficit = (name: string): number => {
		const average = out.length > 0 ? optionTotal / out.length : 3;
		return (offered.get(name) ?? 0) / average - (answered.get(name) ?? 0);
	};
	while (out.length < options.count && pool.length > 0) {
		let best: {e: number; s: number; c: number; score: number} | undefined;
		for (let draw = 0; draw < DRAWS; draw++) {
			const e = rng.int(pool.length);
			const slot = pool[e]!;
			const s = rng.int(slot.speakers.length);
			// The longer of two quotes: more to go on than "I think this is a worthy undertaking."
			const list = slot.speakers[s]!.list;
			const c1 = rng.int(list.length);
			const c2 = rng.int(list.length);
			const c = list[c2]!.text.length > list[c1]!.text.length ? c2 : c1;
			const person = slot.entry.people.get(slot.speakers[s]!.id);
			const score = person ? deficit(person.name) : 0;
			if (!best || score > best.score) best = {e, s, c, score};
		}
		const {e, s, c} = best!;
		const slot = pool[e]!;
		const speaker = slot.speakers[s]!;
		const candidate = speaker.list[c]!;
		speaker.list.splice(c, 1);
		if (speaker.list.length === 0) slot.speakers.splice(s, 1);
		if (slot.speakers.length === 0) pool.splice(e, 1);
		const id = cardId(slot.entry.source.key, candidate.text);
		if (used.has(id)) continue;
		const question = makeQuestion(bank, slot.entry, candidate, rng, (p) =>
			Math.min(1, Math.max(0, deficit(p.name)) * 0.25),
		);
		if (!question) continue;
		used.add(id);
		out.push(question);
		optionTotal += question.options.length;
		for (const name of question.options) offered.set(name, (offered.get(name) ?? 0) + 1);
		answered.set(question.answer, (answered.get(question.answer) ?? 0) + 1);
	}
	return out;
}

/** Draws compared for each new question (see generateQuestions). */
const DRAWS = 3;

/** The JSON contract shape of a question. */
export function toJson(question: Question): QuestionJson {
	return {
		quote: question.quote,
		options: question.options,
		answer: question.answer,
		file: question.file,
		remark: question.remark,
	};
}
