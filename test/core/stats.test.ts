import {describe, expect, it} from 'vitest';
import type {CardRecord, ReviewEntry} from '../../source/core/model.js';
import {makeDayOf, newCardRecord} from '../../source/core/schedule.js';
import {computeStats, HEATMAP_DAYS} from '../../source/core/stats.js';

const tz = 'America/New_York';
const dayOf = makeDayOf(tz);
const hourOf = new Intl.DateTimeFormat('en-US', {timeZone: tz, hour: 'numeric', hourCycle: 'h23'});
/** A New York wall-clock time as epoch ms (EST, or EDT from 8 March 2026 at 3:00). */
function ny(y: number, m: number, d: number, h = 12): number {
	const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	for (const offset of [5, 4]) {
		const t = Date.UTC(y, m - 1, d, h + offset);
		if (dayOf(t) === day && Number(hourOf.format(t)) === h) return t;
	}
	throw new Error(`no such time ${day} ${h}:00`);
}

function entry(at: number, chosen: string, correct: string): ReviewEntry {
	return {
		card: `c${at}`,
		at,
		chosen,
		correct,
		ms: 4000,
		rating: chosen === correct ? 3 : 1,
		previous: null,
	};
}

const P = 'Vladimir Putin';
const N = 'Nursultan Nazarbayev';
const E = 'Recep Tayyip Erdogan';

// Reviews on 6, 7, 8 (DST starts), 9 and 10 March 2026 (New York), and one long before.
const log: ReviewEntry[] = [
	entry(ny(2025, 10, 1), P, P),
	entry(ny(2026, 3, 6), P, N),
	entry(ny(2026, 3, 6), P, N),
	entry(ny(2026, 3, 7), P, P),
	entry(ny(2026, 3, 8, 0), P, N),
	entry(ny(2026, 3, 8, 23), N, N),
	entry(ny(2026, 3, 9), E, P),
	entry(ny(2026, 3, 10, 1), P, N),
	entry(ny(2026, 3, 10, 22), P, P),
];
const now = ny(2026, 3, 10, 23);

function card(due: number, leech = false): CardRecord {
	return {...newCardRecord(due), leech};
}

const cards: Record<string, CardRecord> = {
	a: card(ny(2026, 3, 1)),
	b: card(ny(2026, 3, 10, 23)),
	c: card(ny(2026, 3, 11, 0)),
	d: card(ny(2026, 3, 11, 23), true),
	e: card(ny(2026, 3, 12, 1)),
};

describe('stats', () => {
	const s = computeStats(log, cards, now, dayOf);

	it('counts reviews per local day over 84 days, ending today', () => {
		expect(s.today).toBe('2026-03-10');
		expect(s.days).toHaveLength(HEATMAP_DAYS);
		expect(s.days.at(-1)).toEqual({day: '2026-03-10', reviews: 2, correct: 1});
		expect(s.days.at(-3)).toEqual({day: '2026-03-08', reviews: 2, correct: 1});
		expect(s.days[0]!.day).toBe('2025-12-17');
		expect(s.days.reduce((n, d) => n + d.reviews, 0)).toBe(8);
	});

	it('gives accuracy per week, overall and per speaker', () => {
		expect(s.weeks).toHaveLength(12);
		expect(s.weeks.at(-1)).toMatchObject({start: '2026-03-04', reviews: 8, correct: 3});
		expect(s.weeks[0]!.accuracy).toBeNull();
		expect(s.totalReviews).toBe(9);
		expect(s.accuracy).toBeCloseTo(4 / 9);
		expect(s.speakers).toEqual([
			{speaker: N, reviews: 5, correct: 1, accuracy: 0.2},
			{speaker: P, reviews: 4, correct: 3, accuracy: 0.75},
		]);
	});

	it('lists the confused pairs, most frequent first', () => {
		expect(s.confused.map((c) => c.text)).toEqual([
			'you took Nazarbayev for Putin 4 times',
			'you took Putin for Erdogan 1 time',
		]);
		expect(s.confused[0]).toMatchObject({chosen: P, correct: N, count: 4});
	});

	it('counts cards due today and tomorrow in local days, and leeches', () => {
		expect(s.dueToday).toBe(2);
		expect(s.dueTomorrow).toBe(2);
		expect(s.cards).toBe(5);
		expect(s.leeches).toBe(1);
	});

	it('counts the streak in local days across the DST change', () => {
		expect(s.streak).toBe(5);
		// Before reviewing today, yesterday's streak still stands.
		const morning = computeStats(log.slice(0, -2), cards, ny(2026, 3, 10, 8), dayOf);
		expect(morning.streak).toBe(4);
		// A missed day breaks it.
		const gap = computeStats(
			log.filter((e) => dayOf(e.at) !== '2026-03-09'),
			cards,
			now,
			dayOf,
		);
		expect(gap.streak).toBe(1);
		expect(computeStats([], {}, now, dayOf)).toMatchObject({
			streak: 0,
			accuracy: null,
			totalReviews: 0,
		});
	});
});
