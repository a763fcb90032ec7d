import {fsrs, Rating} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {buildQuizBank} from '../../source/core/quiz.js';
import {buildSession, questionContext} from '../../source/core/quiz-plan.js';
import {createRng} from '../../source/core/rng.js';
import {
	addDays,
	bury,
	dueCards,
	GRADES,
	LEECH_LAPSES,
	LEECH_NOTE,
	makeDayOf,
	newCardsToday,
	nextDue,
	ratingFor,
	recordAnswer,
	setSuspended,
	undoAnswer,
} from '../../source/core/schedule.js';
import {meeting, ministers, presser, source} from '../helpers/quiz-fixtures.js';
import {makeTestStore} from '../helpers/store.js';

const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;
const right = (card: string, at: number, ms = 5000) => ({
	card,
	chosen: 'A',
	correct: 'A',
	ms,
	at,
});
const wrong = (card: string, at: number) => ({card, chosen: 'B', correct: 'A', ms: 5000, at});

describe('ratings', () => {
	it('wrong = Again, a right guess = Hard, right = Good, right within 3 s = Easy', () => {
		expect(ratingFor(true, 1000, true)).toBe(Rating.Hard);
		expect(ratingFor(false, 1000, true)).toBe(Rating.Again);
		expect(ratingFor(false, 1000)).toBe(Rating.Again);
		expect(ratingFor(true, 5000)).toBe(Rating.Good);
		expect(ratingFor(true, 2999)).toBe(Rating.Easy);
		expect(ratingFor(true, 3000)).toBe(Rating.Good);
	});
});

describe('scheduling', () => {
	it('brings a missed card back before a known one', () => {
		const store = makeTestStore();
		recordAnswer(store, right('known', T0));
		recordAnswer(store, right('known', T0 + 20 * MIN));
		recordAnswer(store, wrong('missed', T0 + 21 * MIN));
		const later = T0 + 30 * MIN;
		expect(dueCards(store.allCards(), later)).toEqual(['missed']);
		expect(store.getCard('known')!.due).toBeGreaterThan(store.getCard('missed')!.due);
		// Once both are due, the missed one still comes first.
		expect(dueCards(store.allCards(), T0 + 365 * DAY)[0]).toBe('missed');
	});

	it('keeps cards, dates as numbers, and the log across a restart', () => {
		const store = makeTestStore();
		recordAnswer(store, wrong('c1', T0));
		recordAnswer(store, right('c2', T0 + MIN, 1000));
		const before = store.allCards();
		const again = store.reopen();
		expect(again.allCards()).toEqual(before);
		expect(typeof again.getCard('c1')!.due).toBe('number');
		expect(typeof again.getCard('c2')!.last_review).toBe('number');
		const log = again.getReviewLog();
		expect(log.map((e) => [e.card, e.rating, e.chosen, e.correct])).toEqual([
			['c1', Rating.Again, 'B', 'A'],
			['c2', Rating.Easy, 'A', 'A'],
		]);
	});

	it('makes a card forgotten 8 times a leech, suspended with a note; it is no longer served', () => {
		const store = makeTestStore();
		let t = T0;
		// Right answers at each due date until the card is in review (state 2).
		const learn = () => {
			do {
				t = Math.max(t, store.getCard('hard')?.due ?? t) + MIN;
				recordAnswer(store, right('hard', t));
			} while (store.getCard('hard')!.state !== 2);
		};
		// Each round: a review card forgotten (a lapse), then relearnt.
		const lapse = () => {
			learn();
			t = store.getCard('hard')!.due + MIN;
			recordAnswer(store, wrong('hard', t));
		};
		for (let i = 0; i < LEECH_LAPSES - 1; i++) lapse();
		expect(store.getCard('hard')).toMatchObject({lapses: LEECH_LAPSES - 1, leech: false});
		expect(store.getCard('hard')!.suspended).toBeUndefined();
		lapse();
		expect(store.getCard('hard')).toMatchObject({
			lapses: LEECH_LAPSES,
			leech: true,
			suspended: true,
			note: LEECH_NOTE,
		});
		expect(dueCards(store.allCards(), t + 400 * DAY)).not.toContain('hard');
		// Unsuspended by the user, it stays unsuspended (a leech already noted).
		setSuspended(store, 'hard', false, t);
		recordAnswer(store, wrong('hard', store.getCard('hard')!.due + MIN));
		expect(store.getCard('hard')!.suspended).toBeUndefined();
		expect(dueCards(store.allCards(), t + 400 * DAY)).toContain('hard');
	});

	it('a grade changes the next interval exactly as ts-fsrs says', () => {
		const scheduler = fsrs({enable_fuzz: false});
		const store = makeTestStore();
		recordAnswer(store, right('c', T0));
		const before = store.getCard('c')!;
		const at = before.due + DAY;
		const preview = nextDue(before, at);
		const expected = scheduler.repeat(
			{...before, due: new Date(before.due), last_review: new Date(before.last_review!)},
			new Date(at),
		);
		for (const grade of GRADES) {
			expect(preview[grade]).toBe(expected[grade].card.due.getTime());
			const s = makeTestStore();
			s.setCard('c', before);
			recordAnswer(s, {...right('c', at), rating: grade});
			expect(s.getCard('c')!.due).toBe(expected[grade].card.due.getTime());
			expect(s.getReviewLog()[0]!.rating).toBe(grade);
		}
		// Again < Hard < Good < Easy.
		const dues = GRADES.map((g) => preview[g]!);
		expect([...dues].sort((a, b) => a - b)).toEqual(dues);
		expect(new Set(dues).size).toBe(4);
	});

	it('a suspended card is never due; a buried one comes back the next local day', () => {
		const store = makeTestStore();
		const dayOf = makeDayOf('UTC');
		recordAnswer(store, wrong('s', T0));
		recordAnswer(store, wrong('b', T0));
		setSuspended(store, 's', true, T0);
		bury(store, 'b', T0 + MIN, dayOf);
		expect(dueCards(store.allCards(), T0 + 30 * MIN)).toEqual([]);
		expect(store.getCard('b')!.buriedUntil).toBe(Date.UTC(2026, 2, 11));
		expect(dueCards(store.allCards(), Date.UTC(2026, 2, 11))).toEqual(['b']);
		// A card never answered can be suspended too: it is then never served as new.
		setSuspended(store, 'fresh', true, T0);
		expect(store.getCard('fresh')).toMatchObject({suspended: true, reps: 0});
		setSuspended(store, 's', false, T0);
		expect(dueCards(store.allCards(), T0 + 30 * MIN)).toEqual(['s']);
	});

	it('undo restores the previous card and pops the log entry', () => {
		const store = makeTestStore();
		recordAnswer(store, right('c', T0));
		const after1 = store.getCard('c');
		recordAnswer(store, wrong('c', T0 + DAY));
		expect(store.getReviewLog()).toHaveLength(2);
		undoAnswer(store);
		expect(store.getCard('c')).toEqual(after1);
		expect(store.getReviewLog()).toHaveLength(1);
		undoAnswer(store);
		expect(store.getCard('c')).toBeUndefined();
		expect(store.getReviewLog()).toHaveLength(0);
		expect(undoAnswer(store)).toBeUndefined();
	});

	it('counts new cards per local day and limits a session to the daily allowance', () => {
		const bank = buildQuizBank([
			source('k1', meeting),
			source('k2', presser),
			source('k3', ministers),
		]);
		const store = makeTestStore();
		store.setSettings({newPerDay: 2});
		const dayOf = makeDayOf('UTC');
		const first = buildSession(bank, store, {count: 10, now: T0, rng: createRng(1), dayOf});
		expect(first.map((i) => i.isNew)).toEqual([true, true]);
		recordAnswer(store, wrong(first[0]!.question.id, T0 + MIN));
		recordAnswer(store, right(first[1]!.question.id, T0 + 2 * MIN));
		expect(newCardsToday(store.getReviewLog(), T0 + 3 * MIN, dayOf)).toBe(2);
		// Later the same day: no new cards left, only the missed card, which is due again.
		const second = buildSession(bank, store, {
			count: 10,
			now: T0 + 5 * MIN,
			rng: createRng(2),
			dayOf,
		});
		expect(second.map((i) => [i.question.id, i.isNew])).toEqual([[first[0]!.question.id, false]]);
		// The next day: due cards first, then new ones again.
		const third = buildSession(bank, store, {count: 10, now: T0 + DAY, rng: createRng(3), dayOf});
		expect(third[0]!.question.id).toBe(first[0]!.question.id);
		expect(third.filter((i) => i.isNew)).toHaveLength(2);
	});

	it('never asks a suspended card, due or new; a buried one waits for the next day', () => {
		const bank = buildQuizBank([
			source('k1', meeting),
			source('k2', presser),
			source('k3', ministers),
		]);
		const store = makeTestStore();
		const dayOf = makeDayOf('UTC');
		const all = buildSession(bank, store, {count: 100, now: T0, rng: createRng(1), dayOf});
		const [due, fresh, buried] = all.map((i) => i.question.id);
		recordAnswer(store, wrong(due!, T0));
		setSuspended(store, due!, true, T0);
		setSuspended(store, fresh!, true, T0);
		recordAnswer(store, wrong(buried!, T0));
		bury(store, buried!, T0, dayOf);
		for (let seed = 0; seed < 5; seed++) {
			const ids = buildSession(bank, store, {
				count: 100,
				now: T0 + 30 * MIN,
				rng: createRng(seed),
				dayOf,
			}).map((i) => i.question.id);
			expect(ids).not.toContain(due);
			expect(ids).not.toContain(fresh);
			expect(ids).not.toContain(buried);
		}
		const tomorrow = buildSession(bank, store, {
			count: 100,
			now: T0 + DAY,
			rng: createRng(9),
			dayOf,
		});
		expect(tomorrow[0]!.question.id).toBe(buried);
		expect(tomorrow.map((i) => i.question.id)).not.toContain(due);
	});

	it('adds calendar days by Y-M-D across month ends and DST', () => {
		expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
		const ny = makeDayOf('America/New_York');
		// 2026-03-08 is 23 hours long in New York.
		expect(ny(Date.UTC(2026, 2, 8, 5, 0))).toBe('2026-03-08');
		expect(ny(Date.UTC(2026, 2, 9, 3, 59))).toBe('2026-03-08');
		expect(ny(Date.UTC(2026, 2, 9, 4, 0))).toBe('2026-03-09');
	});

	it('gives the spoken turns around a quote for the answer screen', () => {
		const c = questionContext(meeting, 2);
		expect(c.turn?.speaker).toBe('Nursultan Nazarbayev');
		expect(c.before).toMatchObject({remark: 1, speaker: 'Vladimir Putin'});
		expect(c.after).toMatchObject({remark: 3, speaker: 'Vladimir Putin'});
		expect(questionContext(meeting, 1).before).toBeNull();
	});
});
