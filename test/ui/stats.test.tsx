/** The Stats view: numbers on a known review log, the heatmap, the empty state, frame heights. */
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {ReviewEntry} from '../../source/core/model.js';
import {newCardRecord} from '../../source/core/schedule.js';
import {computeStats} from '../../source/core/stats.js';
import {lineText} from '../../source/ui/quiz/lines.js';
import {statsLines} from '../../source/ui/quiz/stats-lines.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

const DAY = 24 * 60 * 60 * 1000;
const PUTIN = 'Vladimir Putin';
const NAZARBAYEV = 'Nursultan Nazarbayev';

function review(at: number, chosen: string, correct: string): ReviewEntry {
	return {
		card: `k:${at}`,
		at,
		chosen,
		correct,
		ms: 2000,
		rating: chosen === correct ? 3 : 1,
		previous: null,
	};
}

/** Three reviews (two today, one yesterday), one of them wrong; cards due today, tomorrow, a leech. */
function knownStore() {
	const store = makeTestStore();
	const now = Date.now();
	store.appendReview(review(now - DAY, PUTIN, PUTIN));
	store.appendReview(review(now - 2000, PUTIN, NAZARBAYEV));
	store.appendReview(review(now - 1000, PUTIN, PUTIN));
	store.setCard('due-today', {...newCardRecord(now - DAY), due: now - 60_000});
	store.setCard('due-tomorrow', {...newCardRecord(now), due: now + DAY});
	store.setCard('leech', {...newCardRecord(now), due: now + 30 * DAY, misses: 8, leech: true});
	return store;
}

function open(store = makeTestStore(), size = {columns: 100, rows: 30}) {
	term = renderTerm(
		<App library={libraryOf(makeTranscript(20))} store={store} initial={{view: 'stats'}} />,
		size,
	);
	return term;
}

describe('Stats view', () => {
	test('the numbers of a known review log', async () => {
		const t = open(knownStore());
		const f = await t.waitFor('Reviews per day');
		expect(f).toContain('streak 2 days');
		expect(f).toContain('3 reviews (67% right)');
		expect(f).toContain('due today 1 · tomorrow 1');
		expect(f).toContain('3 cards');
		expect(f).toContain('1 leech');
		expect(f).toMatch(/Vladimir Putin\s+█+\s+100% of 2/);
		expect(f).toMatch(/Nursultan Nazarbayev\s+░+\s+0% of 1/);
		expect(f).toContain('✗ you took Nazarbayev for Putin 1 time');
		// Heatmap: today (2 reviews) darkest, yesterday (1) lighter, other days dotted; a legend.
		const map = f.split('\n').filter((l) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l));
		expect(map).toHaveLength(7);
		expect(map.join('\n')).toContain('██');
		expect(map.join('\n')).toContain('▒▒');
		expect(map.join('\n').match(/··/g)?.length).toBe(84 - 2);
		expect(f).toContain('· none  ░ ▒ ▓ █ up to 2/day');
		expect(f).toMatch(/Acc .*▅▅|Acc .*▆▆/);
	});

	test('heatmap columns are weeks, rows weekdays, today last', () => {
		const now = Date.UTC(2026, 10, 28, 12);
		const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		const log = [review(now, PUTIN, PUTIN), review(now - 7 * DAY, PUTIN, NAZARBAYEV)];
		const stats = computeStats(log, {}, now, dayOf);
		const rows = statsLines(stats, 60).map(lineText);
		const sat = rows.find((l) => l.startsWith('Sat '))!; // 2026-11-28 is a Saturday
		expect(sat.trimEnd().endsWith('██ ██')).toBe(true);
		expect(
			rows
				.find((l) => l.startsWith('Acc '))!
				.trimEnd()
				.endsWith('▁▁ ██'),
		).toBe(true);
	});

	test('no reviews yet: says how to start', async () => {
		const t = open();
		const f = await t.waitFor('no reviews yet');
		expect(f).toContain('no reviews yet — press 3 for the quiz');
		const q = await step(t, '3', (x) => x.includes('Quiz'));
		expect(q.split('\n')[0]).toContain('Quiz');
	});

	test('scrolls when the window is short', async () => {
		const t = open(knownStore(), {columns: 60, rows: 15});
		let f = await t.waitFor('Reviews per day');
		expect(f).not.toContain('Confused most');
		for (let i = 0; i < 30 && !t.frame().includes('Confused most'); i++)
			f = await step(t, keys.pageDown);
		expect(t.frame()).toContain('you took Nazarbayev for Putin');
		f = await step(t, 'k');
		for (let i = 0; i < 30 && !t.frame().includes('streak 2 days'); i++) f = await step(t, keys.up);
		expect(t.frame()).toContain('streak 2 days');
	});

	for (const size of [
		{columns: 40, rows: 10},
		{columns: 60, rows: 15},
		{columns: 100, rows: 30},
	]) {
		test(`no frame is taller or wider than ${size.columns}×${size.rows}`, async () => {
			const t = open(knownStore(), size);
			await t.waitFor('streak');
			if (size.rows < 30) await step(t, keys.pageDown);
			await step(t, '?', (x) => x.includes('Help'));
			await step(t, keys.escape, (x) => !x.includes('Help'));
			for (const frame of t.frames()) {
				const lines = frame.replace(/\n$/, '').split('\n');
				expect(lines.length).toBeLessThanOrEqual(size.rows);
				for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(size.columns);
			}
			if (size.rows >= 30) expect(t.frame()).toContain('Confused most');
		});
	}
});
