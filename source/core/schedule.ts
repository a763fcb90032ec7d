/**
 * Spaced repetition over ts-fsrs: a card state in, the next due date out. After each answer the
 * user grades it Again / Hard / Good / Easy as in Anki; the default grade is inferred (wrong =
 * Again, "I guessed" = Hard, right = Good, right within 3 s = Easy). Cards are stored with dates
 * as epoch milliseconds (CardRecord); every answer appends a ReviewEntry (with the card before
 * it, so undo is exact). Cards can be suspended (never asked) or buried until the next day; a
 * card that lapses 8 times (a leech) is suspended with a note, as Anki does.
 */
import {type Card, createEmptyCard, fsrs, type Grade, Rating, type State} from 'ts-fsrs';
import type {CardRecord, ReviewEntry, Store} from './model.js';

/** A right answer faster than this is rated Easy. */
export const EASY_MS = 3000;
/** Lapses (a known card forgotten) after which a card is a leech and suspended, as in Anki. */
export const LEECH_LAPSES = 8;
/** The note a leech gets when it is suspended. */
export const LEECH_NOTE = 'leech: forgotten 8 times; suspended (edit or unsuspend it)';

const scheduler = fsrs({enable_fuzz: false});

/** The four grades in key order (1–4), as ts-fsrs numbers them. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

/** Names of the grades, as Anki shows them. */
export const GRADE_NAMES: Record<number, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy',
};

/**
 * The default grade of an answer: wrong = Again, a right guess = Hard, right = Good, right within
 * 3 s = Easy.
 */
export function ratingFor(correct: boolean, ms: number, guessed = false): Grade {
	if (!correct) return Rating.Again;
	if (guessed) return Rating.Hard;
	return ms < EASY_MS ? Rating.Easy : Rating.Good;
}

/** A new, never reviewed card due now. */
export function newCardRecord(now: number): CardRecord {
	return toRecord(createEmptyCard(new Date(now)), 0, false);
}

function toRecord(card: Card, misses: number, leech: boolean): CardRecord {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.last_review ? card.last_review.getTime() : null,
		misses,
		leech,
	};
}

function toCard(record: CardRecord): Card {
	return {
		due: new Date(record.due),
		stability: record.stability,
		difficulty: record.difficulty,
		elapsed_days: record.elapsed_days,
		scheduled_days: record.scheduled_days,
		learning_steps: record.learning_steps,
		reps: record.reps,
		lapses: record.lapses,
		state: record.state as State,
		...(record.last_review === null ? {} : {last_review: new Date(record.last_review)}),
	};
}

/** The card after one answer (pure). A card reaching 8 lapses becomes a suspended leech. */
function scheduleCard(previous: CardRecord | undefined, rating: Grade, now: number): CardRecord {
	const card = previous ? toCard(previous) : createEmptyCard(new Date(now));
	const next = scheduler.next(card, new Date(now), rating).card;
	const misses = (previous?.misses ?? 0) + (rating === Rating.Again ? 1 : 0);
	const wasLeech = previous?.leech ?? false;
	const leech = wasLeech || next.lapses >= LEECH_LAPSES;
	const record = toRecord(next, misses, leech);
	// Flags the user set stay; a new leech is suspended with a note (once: unsuspending sticks).
	if (previous?.suspended) record.suspended = true;
	if (previous?.note) record.note = previous.note;
	if (leech && !wasLeech) {
		record.suspended = true;
		record.note = LEECH_NOTE;
	}
	return record;
}

/** When each grade would bring the card back: epoch ms of the next due date, by grade. */
export function nextDue(previous: CardRecord | undefined, now: number): Record<number, number> {
	const card = previous ? toCard(previous) : createEmptyCard(new Date(now));
	const preview = scheduler.repeat(card, new Date(now));
	const out: Record<number, number> = {};
	for (const grade of GRADES) out[grade] = preview[grade].card.due.getTime();
	return out;
}

/** One answer as the quiz reports it. */
export interface Answer {
	card: string;
	chosen: string;
	correct: string;
	/** Milliseconds from showing the question to answering. */
	ms: number;
	/** Epoch milliseconds of the answer. */
	at: number;
	/** The grade the user chose (default: inferred by `ratingFor`). */
	rating?: Grade;
}

/** Records an answer: schedules the card, stores it and appends the review. Returns the entry. */
export function recordAnswer(store: Store, answer: Answer): ReviewEntry {
	const previous = store.getCard(answer.card);
	const rating = answer.rating ?? ratingFor(answer.chosen === answer.correct, answer.ms);
	store.setCard(answer.card, scheduleCard(previous, rating, answer.at));
	const entry: ReviewEntry = {
		card: answer.card,
		at: answer.at,
		chosen: answer.chosen,
		correct: answer.correct,
		ms: answer.ms,
		rating,
		previous: previous ?? null,
	};
	store.appendReview(entry);
	return entry;
}

/** Undoes the newest answer: restores the card as it was (or removes a new one) and pops the log. */
export function undoAnswer(store: Store): ReviewEntry | undefined {
	const entry = store.popReview();
	if (!entry) return undefined;
	if (entry.previous) store.setCard(entry.card, entry.previous);
	else store.deleteCard(entry.card);
	return entry;
}

/** True when a card may be asked at `now`: not suspended, not buried until later. */
function askable(card: CardRecord, now: number): boolean {
	return !card.suspended && !(card.buriedUntil !== undefined && card.buriedUntil > now);
}

/** Ids of cards due at `now` (suspended and buried ones left out), the most overdue first. */
export function dueCards(cards: Record<string, CardRecord>, now: number): string[] {
	return Object.entries(cards)
		.filter(([, c]) => c.due <= now && askable(c, now))
		.sort((a, b) => a[1].due - b[1].due || (a[0] < b[0] ? -1 : 1))
		.map(([id]) => id);
}

/** Local calendar day "YYYY-MM-DD" of an instant (the machine's time zone by default). */
export type DayOf = (ms: number) => string;

const pad = (n: number) => String(n).padStart(2, '0');

/** Day function for a time zone (IANA name), or the machine's local time when omitted. */
export function makeDayOf(timeZone?: string): DayOf {
	if (!timeZone) {
		return (ms) => {
			const d = new Date(ms);
			return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
		};
	}
	const format = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	});
	return (ms) => {
		const parts = format.formatToParts(new Date(ms));
		const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
		return `${get('year')}-${get('month')}-${get('day')}`;
	};
}

/** The day `n` calendar days after `day` (negative for before), by Y-M-D, never by 24 h steps. */
export function addDays(day: string, n: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const t = new Date(Date.UTC(y, m - 1, d + n));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** New cards first answered on the local day of `now` (from the review log). */
export function newCardsToday(log: readonly ReviewEntry[], now: number, dayOf: DayOf): number {
	const today = dayOf(now);
	return log.filter((e) => e.previous === null && dayOf(e.at) === today).length;
}

/** The start of the local day after `now` (epoch ms), where a buried card comes back. */
function tomorrow(now: number, dayOf: DayOf = makeDayOf()): number {
	const next = addDays(dayOf(now), 1);
	// Step by hours until the local day changes (time zones are not whole days from UTC).
	let t = now;
	while (dayOf(t) !== next) t += 3_600_000;
	// Back to the first minute of that day.
	while (dayOf(t - 60_000) === next) t -= 60_000;
	return t;
}

/** Suspends or unsuspends a card (a card never answered gets a new record, suspended). */
export function setSuspended(store: Store, id: string, suspended: boolean, now: number): void {
	const card = store.getCard(id) ?? newCardRecord(now);
	const next: CardRecord = {...card, suspended};
	if (!suspended) delete next.suspended;
	store.setCard(id, next);
}

/** Buries a card until the next local day (a card never answered gets a new record, buried). */
export function bury(store: Store, id: string, now: number, dayOf: DayOf = makeDayOf()): void {
	const card = store.getCard(id) ?? newCardRecord(now);
	store.setCard(id, {...card, buriedUntil: tomorrow(now, dayOf)});
}

/** What a session should serve. */
export interface SessionPlan {
	/** Due cards (ids) available in the library, most overdue first. */
	due: string[];
	/** How many new cards may still be introduced today. */
	newAllowed: number;
}

/**
 * Due cards first (only those the library can still ask), then up to settings.newPerDay new ones
 * per local day.
 */
export function planSession(
	store: Store,
	now: number,
	available: (id: string) => boolean,
	dayOf: DayOf = makeDayOf(),
): SessionPlan {
	const due = dueCards(store.allCards(), now).filter(available);
	const newAllowed = Math.max(
		0,
		store.getSettings().newPerDay - newCardsToday(store.getReviewLog(), now, dayOf),
	);
	return {due, newAllowed};
}
