/**
 * The numbers behind the Stats view, computed from the review log and the cards alone (pure):
 * reviews per local day over 12 weeks, accuracy per week, accuracy per speaker, the pairs of
 * speakers you confuse most, cards due today and tomorrow, and the streak in local days.
 * Days are local calendar days (Y-M-D), so daylight-saving changes never shift a count.
 */
import type {CardRecord, ReviewEntry} from './model.js';
import {addDays, type DayOf, makeDayOf} from './schedule.js';

/** Days in the heatmap (12 weeks). */
export const HEATMAP_DAYS = 84;

/** Reviews on one local day. */
interface DayCount {
	day: string;
	reviews: number;
	correct: number;
}

/** Accuracy of one 7-day slice of the heatmap. */
interface WeekAccuracy {
	/** First day of the week slice. */
	start: string;
	reviews: number;
	correct: number;
	/** correct / reviews, or null without reviews. */
	accuracy: number | null;
}

/** Accuracy on the quotes of one speaker. */
interface SpeakerAccuracy {
	speaker: string;
	reviews: number;
	correct: number;
	accuracy: number;
}

/** A wrong answer pattern: the quote was by `correct`, you chose `chosen`, `count` times. */
interface ConfusedPair {
	chosen: string;
	correct: string;
	count: number;
	/** "you took Nazarbayev for Putin 4 times". */
	text: string;
}

/** Everything the Stats view and `verbatim stats` show. */
export interface QuizStats {
	today: string;
	totalReviews: number;
	totalCorrect: number;
	/** totalCorrect / totalReviews, or null. */
	accuracy: number | null;
	/** 84 local days, oldest first, ending today. */
	days: DayCount[];
	/** 12 week slices of `days`, oldest first. */
	weeks: WeekAccuracy[];
	/** Most reviewed speakers first. */
	speakers: SpeakerAccuracy[];
	/** Most frequent first (at most 10). */
	confused: ConfusedPair[];
	cards: number;
	leeches: number;
	dueToday: number;
	dueTomorrow: number;
	/** Consecutive local days with a review, ending today (or yesterday if none yet today). */
	streak: number;
}

/** Last word of a name, for short phrases ("Vladimir Putin" → "Putin"). */
function short(name: string): string {
	return name.split(/\s+/u).at(-1) ?? name;
}

/** Computes the stats at `now`; `dayOf` maps an instant to its local "YYYY-MM-DD". */
export function computeStats(
	log: readonly ReviewEntry[],
	cards: Readonly<Record<string, CardRecord>>,
	now: number,
	dayOf: DayOf = makeDayOf(),
): QuizStats {
	const today = dayOf(now);
	const first = addDays(today, -(HEATMAP_DAYS - 1));
	const byDay = new Map<string, DayCount>();
	const days: DayCount[] = [];
	for (let i = 0; i < HEATMAP_DAYS; i++) {
		const cell = {day: addDays(first, i), reviews: 0, correct: 0};
		days.push(cell);
		byDay.set(cell.day, cell);
	}
	const reviewedDays = new Set<string>();
	const speakers = new Map<string, SpeakerAccuracy>();
	const pairs = new Map<string, ConfusedPair>();
	let totalCorrect = 0;
	for (const e of log) {
		const day = dayOf(e.at);
		reviewedDays.add(day);
		const right = e.chosen === e.correct;
		if (right) totalCorrect++;
		const cell = byDay.get(day);
		if (cell) {
			cell.reviews++;
			if (right) cell.correct++;
		}
		const s = speakers.get(e.correct) ?? {speaker: e.correct, reviews: 0, correct: 0, accuracy: 0};
		s.reviews++;
		if (right) s.correct++;
		speakers.set(e.correct, s);
		if (!right) {
			const key = `${e.chosen}\u0000${e.correct}`;
			const p = pairs.get(key) ?? {chosen: e.chosen, correct: e.correct, count: 0, text: ''};
			p.count++;
			pairs.set(key, p);
		}
	}
	const weeks: WeekAccuracy[] = [];
	for (let w = 0; w < HEATMAP_DAYS / 7; w++) {
		const slice = days.slice(w * 7, w * 7 + 7);
		const reviews = slice.reduce((n, d) => n + d.reviews, 0);
		const correct = slice.reduce((n, d) => n + d.correct, 0);
		weeks.push({
			start: slice[0]!.day,
			reviews,
			correct,
			accuracy: reviews ? correct / reviews : null,
		});
	}
	for (const s of speakers.values()) s.accuracy = s.correct / s.reviews;
	const confused = [...pairs.values()]
		.sort((a, b) => b.count - a.count || a.correct.localeCompare(b.correct))
		.slice(0, 10)
		.map((p) => ({
			...p,
			text: `you took ${short(p.correct)} for ${short(p.chosen)} ${p.count} ${p.count === 1 ? 'time' : 'times'}`,
		}));
	const tomorrow = addDays(today, 1);
	let dueToday = 0;
	let dueTomorrow = 0;
	let leeches = 0;
	const all = Object.values(cards);
	for (const c of all) {
		const day = dayOf(c.due);
		if (day <= today) dueToday++;
		else if (day === tomorrow) dueTomorrow++;
		if (c.leech) leeches++;
	}
	let streak = 0;
	let day = reviewedDays.has(today) ? today : addDays(today, -1);
	while (reviewedDays.has(day)) {
		streak++;
		day = addDays(day, -1);
	}
	return {
		today,
		totalReviews: log.length,
		totalCorrect,
		accuracy: log.length ? totalCorrect / log.length : null,
		days,
		weeks,
		speakers: [...speakers.values()].sort(
			(a, b) => b.reviews - a.reviews || a.speaker.localeCompare(b.speaker),
		),
		confused,
		cards: all.length,
		leeches,
		dueToday,
		dueTomorrow,
		streak,
	};
}
