/**
 * The Search view: typing shows results, moving (arrows, Ctrl+N/P), the preview, Enter opens Read
 * at the hit highlighted and Esc/q comes back to the same search, operators, smart case, @speaker,
 * history (↑ on an empty line, Ctrl+R), Esc clears then leaves, "indexing…" while the index builds,
 * answers to stale queries dropped, frame heights. The searcher runs in this thread (the
 * in-process fallback of createSearcher: the source has no bundled worker beside it).
 */

import chalk from 'chalk';
import stringWidth from 'string-width';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Library} from '../../source/core/library.js';
import type {Store} from '../../source/core/model.js';
import {
	buildIndex,
	createSearcher,
	type SearchResult,
	searchSync,
} from '../../source/core/search.js';
import type {SearcherFactory} from '../../source/ui/search/session.js';
import type {AppState} from '../../source/ui/state/app-state.js';
import {LibrarySessions} from '../../source/ui/state/sessions.js';
import {handLibrary} from '../helpers/search-fixtures.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

const ctrl = (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96);

let term: Term | undefined;
/** How the next app opened makes its searcher (a test may replace it before `open`). */
const defaultFactory: SearcherFactory = (library) => createSearcher(library);
let factory = defaultFactory;
/** The per-library sessions of the app last opened. */
let sessions = new LibrarySessions(factory);
afterEach(() => {
	term?.unmount();
	term = undefined;
	factory = defaultFactory;
});
// Colours on, so that highlights can be checked in the raw frames.
const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

/** A fresh library (a new object: a new search session) of two small transcripts. */
function talks(): Library {
	return handLibrary([
		[
			'Talks on energy',
			[
				[null, 'The talks took place in the Kremlin.'],
				[
					'Vladimir Putin',
					'We discussed energy issues at length. New rockets will be launched at Baikonur.',
				],
				[
					'Nursultan Nazarbayev',
					'Kazakhstan supports the space programme. Energy prices are stable now.',
				],
				['Question', 'What about Syria?'],
				[
					'Vladimir Putin',
					'Syria needs a political settlement.\nWe also talked about trade with syria.',
				],
			],
		],
		[
			'Press conference on the economy',
			[
				['Vladimir Putin', 'The Energy Strategy is ambitious.'],
				['Nursultan Nazarbayev', 'Trade grew by 3.5 percent last year.'],
				['Vladimir Putin', 'Gas supplies to Europe continue.'],
			],
		],
	]);
}

function open(
	library: Library,
	store: Store = makeTestStore(),
	size = {columns: 100, rows: 20},
	initial: Partial<AppState> = {view: 'search'},
) {
	sessions = new LibrarySessions(factory);
	term = renderTerm(
		<App library={library} store={store} initial={initial} sessions={sessions} />,
		size,
	);
	return term;
}

const lines = (f: string) => f.split('\n');
const header = (f: string) => lines(f)[0]!;
const queryLine = (f: string) => lines(f)[1]!.trimEnd();
/** The result rows (marked or not) of a frame. */
const resultRows = (f: string) => lines(f).filter((l) => /^[› ] \S.* · /.test(l));
const selectedRow = (f: string) => lines(f).find((l) => l.startsWith('› ')) ?? '';

/** Types a query and waits for its results (the count in the header, for this very line). */
async function search(t: Term, query: string, count?: string): Promise<string> {
	await t.type(query);
	return t.waitFor(
		(f) =>
			queryLine(f).endsWith(query) &&
			(count ? header(f).endsWith(count) : /(\d+ of [\d,]+\+?|no matches)$/.test(header(f))),
		`results of ${JSON.stringify(query)}${count ? ` (${count})` : ''}`,
	);
}

/** Clears the line (Esc) and waits for the empty-line guide. */
async function clear(t: Term): Promise<void> {
	t.press(keys.escape);
	await t.waitFor((f) => /^\/ +words/.test(queryLine(f)) && f.includes('Type a few words'));
}

async function step(t: Term, key: string, test: (f: string) => boolean): Promise<string> {
	t.press(key);
	return t.waitFor(test, `a frame after ${JSON.stringify(key)}`);
}

describe('Search view', () => {
	test('typing shows live results: speaker · title · the sentence, and the count', async () => {
		const t = open(talks());
		await t.waitFor('Type a few words');
		const f = await search(t, 'enegry isues', '1 of 1');
		expect(selectedRow(f)).toBe(
			'› Vladimir Putin · Talks on energy · We discussed energy issues at length.',
		);
		expect(resultRows(f)).toHaveLength(1);
		// A narrower query narrows the list.
		const g = await search(t, ' length', '1 of 1');
		expect(resultRows(g)).toHaveLength(1);
	});

	test('↑/↓ and Ctrl+N/Ctrl+P move the selection; the keys are not typed', async () => {
		const t = open(talks());
		const f = await search(t, 'energy', '3 of 3');
		const rows = resultRows(f).map((r) => r.slice(2));
		const at = (i: number) => (x: string) => selectedRow(x) === `› ${rows[i]}`;
		expect(at(0)(f)).toBe(true);
		await step(t, keys.down, at(1));
		await step(t, ctrl('n'), at(2));
		await step(t, ctrl('n'), at(2));
		await step(t, ctrl('p'), at(1));
		const g = await step(t, keys.up, at(0));
		expect(queryLine(g)).toBe('/ energy');
		expect(header(g)).toMatch(/3 of 3$/);
		await step(t, keys.end, at(2));
		await step(t, keys.home, at(0));
	});

	test('keys typed in a burst (before the app redraws) all land, in order', async () => {
		const t = open(talks());
		await t.waitFor('Type a few words');
		for (const ch of 'enegrx') t.press(ch);
		t.press(keys.backspace);
		for (const ch of 'y isues') t.press(ch);
		const f = await t.waitFor((x) => /1 of 1$/.test(header(x)));
		expect(queryLine(f)).toBe('/ enegry isues');
		// ← moves the cursor: typing goes there.
		for (let i = 0; i < 5; i++) t.press('\u001B[D');
		t.press('s');
		await t.waitFor((x) => queryLine(x).startsWith('/ enegry sisues'));
	});

	test('keys typed right after switching to Search land in the line', async () => {
		const t = open(talks(), makeTestStore(), {columns: 100, rows: 20}, {view: 'library'});
		await t.waitFor('Library');
		t.press('2');
		// The view is drawn; its input listener subscribes a moment later (a passive effect).
		while (!header(t.frame()).startsWith('Search')) await new Promise((r) => setImmediate(r));
		for (const ch of 'gas') t.press(ch);
		await t.waitFor((x) => queryLine(x) === '/ gas');
	});

	test('Enter right after typing opens the first hit of that query once it comes', async () => {
		const t = open(talks());
		await t.waitFor('Type a few words');
		for (const ch of "'Baikonur") t.press(ch);
		t.press(keys.enter);
		const read = await t.waitFor((x) => header(x).startsWith('Talks on energy'));
		expect(read).toContain('New rockets will be launched at Baikonur.');
	});

	test('Tab shows the turns around the selected hit, and hides them', async () => {
		const t = open(talks());
		await search(t, "'trade !syria", '1 of 1');
		const f = await step(t, keys.tab, (x) => x.includes('── Press conference on the economy'));
		expect(f).toContain('turn 2');
		expect(f).toContain('Vladimir Putin: The Energy Strategy is ambitious.');
		expect(f).toContain('› Nursultan Nazarbayev: Trade grew by 3.5 percent last year.');
		expect(f).toContain('Vladimir Putin: Gas supplies to Europe continue.');
		const g = await step(t, keys.tab, (x) => !x.includes('──'));
		expect(selectedRow(g)).toContain('Trade grew by 3.5 percent last year.');
	});

	test('Enter opens Read at the hit, highlighted; q and Esc come back to the same search', async () => {
		const library = talks();
		const store = makeTestStore();
		const t = open(library, store);
		const f = await search(t, 'syria');
		const row = resultRows(f).findIndex((r) =>
			r.includes('We also talked about trade with syria.'),
		);
		expect(row).toBeGreaterThan(0);
		for (let i = 0; i < row; i++) await t.tap(keys.down);
		await t.waitFor((x) => selectedRow(x).includes('trade with syria'));
		const read = await step(t, keys.enter, (x) => header(x).startsWith('Talks on energy'));
		expect(read).toContain('Vladimir Putin: Syria needs a political settlement.');
		expect(read).toContain('We also talked about trade with syria.');
		// The matched word is highlighted (the reader's yellow), not the other "Syria".
		const raw = t.stdout.frames.at(-1)!;
		expect(raw).toMatch(/\u001B\[43m(?:\u001B\[\d+m)*syria/);
		expect(raw).not.toMatch(/\u001B\[43m(?:\u001B\[\d+m)*Syria needs/);
		expect(store.getSearchHistory()).toEqual(['syria']);

		const back = await step(t, 'q', (x) => header(x).startsWith('Search'));
		expect(queryLine(back)).toBe('/ syria');
		expect(selectedRow(back)).toContain('trade with syria');
		expect(resultRows(back)).toEqual(
			resultRows(f)
				.map((r) => r.replace(/^› /, '  '))
				.map((r, i) => (i === row ? `› ${r.slice(2)}` : r)),
		);

		// Esc in Read: the first clears the highlight, then it goes back.
		await step(t, keys.enter, (x) => header(x).startsWith('Talks on energy'));
		for (let i = 0; i < 2 && !header(t.frame()).startsWith('Search'); i++) {
			const drawn = t.stdout.frames.length;
			t.press(keys.escape);
			await t.waitFor(() => t.stdout.frames.length > drawn, 'a frame after Esc');
		}
		const again = await t.waitFor((x) => header(x).startsWith('Search'));
		expect(queryLine(again)).toBe('/ syria');
		expect(selectedRow(again)).toContain('trade with syria');
	});

	test("Enter opens Read with the hit's turn at the top of a long transcript", async () => {
		const t = open(libraryOf(makeTranscript(60), makeTranscript(30, 'Other')));
		const f = await search(t, "'marker42", '1 of 1');
		expect(selectedRow(f)).toContain('marker42');
		const read = await step(t, keys.enter, (x) => !header(x).startsWith('Search'));
		expect(header(read)).toContain('turn 42/60');
		expect(lines(read)[1]).toMatch(/^Vladimir Putin, President of Russia · turn 42\/60/);
		expect(lines(read)[2]).toMatch(/^Vladimir Putin: marker42 /);
		expect(t.stdout.frames.at(-1)).toMatch(/\u001B\[43m(?:\u001B\[\d+m)*marker42/);
	});

	test("operators: 'exact, !not, a | b; smart case", async () => {
		const t = open(talks());
		// Lower case: case-insensitive.
		let f = await search(t, "'syria", '3 of 3');
		expect(f).toContain('What about Syria?');
		expect(f).toContain('Syria needs a political settlement.');
		expect(f).toContain('We also talked about trade with syria.');
		await clear(t);
		// A capital: case-sensitive.
		f = await search(t, "'Syria", '2 of 2');
		expect(f).toContain('What about Syria?');
		expect(f).toContain('Syria needs a political settlement.');
		expect(f).not.toContain('trade with syria');
		await clear(t);
		f = await search(t, "'trade !syria", '1 of 1');
		expect(selectedRow(f)).toContain('Trade grew by 3.5 percent last year.');
		await clear(t);
		f = await search(t, "'Gas | 'Baikonur", '2 of 2');
		expect(f).toContain('Gas supplies to Europe continue.');
		expect(f).toContain('New rockets will be launched at Baikonur.');
		await clear(t);
		f = await search(t, "'zanzibar", 'no matches');
		expect(f).toContain(`nothing matches "'zanzibar"`);
	});

	test('matched characters are marked (bold underline), the hit row by ›', async () => {
		const t = open(talks());
		const f = await search(t, "'rockets", '1 of 1');
		expect(selectedRow(f)).toContain('New rockets will be launched at Baikonur.');
		expect(t.stdout.frames.at(-1)).toMatch(/\u001B\[4m(?:\u001B\[\d+m)*rockets/);
	});

	test('NO_COLOR (no styles at all): the cursor is a block, › marks the hit row and its preview row', async () => {
		process.env.NO_COLOR = '';
		chalk.level = 0;
		try {
			const t = open(talks());
			await t.type('energy');
			let f = await t.waitFor((x) => /3 of 3$/.test(header(x)));
			expect(queryLine(f)).toBe('/ energy█');
			expect(f).not.toContain('\u001B[');
			f = await step(t, keys.tab, (x) => x.includes('── '));
			const marked = lines(f).filter((l) => l.startsWith('› '));
			expect(marked).toHaveLength(2);
			expect(marked[0]).toContain('We discussed energy issues at length.');
			expect(marked[1]).toContain('VLADIMIR PUTIN: We discussed energy issues at length.');
		} finally {
			delete process.env.NO_COLOR;
			chalk.level = 1;
		}
	});

	test('@speaker keeps one speaker (fuzzy on the name)', async () => {
		const t = open(talks());
		let f = await search(t, '@nazar energy', '1 of 1');
		expect(selectedRow(f)).toMatch(/^› (Nursultan )?Nazarbayev · Talks on energy · Energy prices/);
		await clear(t);
		f = await search(t, '@putin energy', '2 of 2');
		for (const row of resultRows(f)) expect(row.slice(2)).toMatch(/^Vladimir Putin · /);
	});

	test('history: ↑ on an empty line walks it, ↓ comes back; Ctrl+R from any line', async () => {
		const store = makeTestStore();
		store.pushSearchHistory('gas');
		store.pushSearchHistory("'Syria");
		const t = open(talks(), store);
		let f = await t.waitFor('Recent');
		expect(f).toContain("  'Syria");
		f = await step(t, keys.up, (x) => queryLine(x) === "/ 'Syria" && /2 of 2$/.test(header(x)));
		f = await step(t, keys.up, (x) => queryLine(x) === '/ gas' && / of /.test(header(x)));
		expect(f).toContain('Gas supplies to Europe continue.');
		await step(t, keys.down, (x) => queryLine(x) === "/ 'Syria");
		await step(t, keys.down, (x) => x.includes('Type a few words'));
		// Ctrl+R over a typed line: the newest query, and no "r" typed.
		await search(t, 'energy');
		f = await step(t, ctrl('r'), (x) => queryLine(x) === "/ 'Syria");
		f = await step(t, ctrl('r'), (x) => queryLine(x) === '/ gas');
		// ↓ goes back to what was typed.
		await step(t, keys.down, (x) => queryLine(x) === "/ 'Syria");
		await step(t, keys.down, (x) => queryLine(x) === '/ energy');
		// Enter puts the query first.
		await step(
			t,
			keys.enter,
			(x) => header(x).startsWith('Talks on energy') || header(x).startsWith('Press'),
		);
		expect(store.getSearchHistory()).toEqual(['energy', "'Syria", 'gas']);
	});

	test('Esc clears the query, then leaves to the previous view; q and digits are typed', async () => {
		const t = open(talks(), makeTestStore(), {columns: 100, rows: 20}, {view: 'library'});
		await t.waitFor('Library');
		await step(t, '2', (x) => header(x).startsWith('Search'));
		const f = await search(t, 'q2');
		expect(header(f)).toMatch(/^Search/);
		await clear(t);
		// Ctrl+W deletes the word before the cursor, Ctrl+U the line; neither leaves.
		await search(t, 'gas supplies');
		await step(t, ctrl('w'), (x) => queryLine(x) === '/ gas');
		await step(t, ctrl('u'), (x) => x.includes('Type a few words'));
		expect(header(t.frame())).toMatch(/^Search/);
		await step(t, keys.escape, (x) => header(x).startsWith('Library'));
		// Back in Search, the session is the same (empty line); ? on an empty line opens help.
		await step(t, '2', (x) => header(x).startsWith('Search'));
		await step(t, '?', (x) => header(x).startsWith('Help · Search'));
	});

	test('while the index builds: "indexing…", the line still takes keys, then results', async () => {
		const library = talks();
		let open_!: () => void;
		const gate = new Promise<void>((resolve) => {
			open_ = resolve;
		});
		factory = (lib) => {
			const inner = createSearcher(lib, {inWorker: false});
			return {
				ready: gate.then(() => inner.ready),
				search: async (query, options) => {
					await gate;
					return inner.search(query, options);
				},
				close: () => inner.close(),
			};
		};
		const t = open(library);
		await t.waitFor((f) => header(f).endsWith('indexing…'));
		await t.type('gas');
		const f = await t.waitFor((x) => queryLine(x) === '/ gas' && x.includes('searching…'));
		expect(header(f)).toMatch(/indexing…$/);
		open_();
		const g = await t.waitFor((x) => / of /.test(header(x)));
		expect(g).toContain('Gas supplies to Europe continue.');
	});

	test('answers to stale queries are dropped', async () => {
		const library = talks();
		const index = buildIndex(library);
		const calls: Array<{query: string; answer: () => void}> = [];
		factory = () => ({
			ready: Promise.resolve(),
			search: (query, options) =>
				new Promise<SearchResult | null>((resolve) => {
					calls.push({query, answer: () => resolve(searchSync(index, query, options))});
				}),
			close: () => {},
		});
		const t = open(library);
		await t.waitFor('Type a few words');
		await t.type('gas');
		await t.waitFor((x) => queryLine(x) === '/ gas');
		expect(calls.map((c) => c.query)).toEqual(['g', 'ga', 'gas']);
		calls[2]!.answer();
		const f = await t.waitFor((x) => / of /.test(header(x)));
		calls[0]!.answer();
		calls[1]!.answer();
		// Let the stale answers arrive; the frame and the session keep the answer to "gas".
		await t.tap('');
		expect(sessions.of(library).search.store.getState().result?.query).toBe('gas');
		expect(resultRows(t.frame())).toEqual(resultRows(f));
	});

	for (const size of [
		{columns: 40, rows: 10},
		{columns: 100, rows: 30},
	]) {
		test(`no frame is taller or wider than ${size.columns}×${size.rows}`, async () => {
			const library = libraryOf(
				makeTranscript(60),
				makeTranscript(30, 'A second meeting with a much longer title than the window is wide'),
			);
			const t = open(library, makeTestStore(), size);
			await search(t, 'energy cooperation');
			for (let i = 0; i < 12; i++) await t.tap(keys.down);
			await t.tap(keys.pageDown);
			await t.tap(keys.tab);
			await t.tap(ctrl('n'));
			await t.waitFor((f) => f.includes('── '));
			await step(t, keys.enter, (f) => !header(f).startsWith('Search'));
			await step(t, 'q', (f) => header(f).startsWith('Search'));
			await t.tap(keys.tab);
			await clear(t);
			await t.tap(keys.up);
			await t.tap(keys.escape);
			await step(t, keys.escape, (f) => header(f).startsWith('Library'));
			const frames = t.frames();
			expect(frames.length).toBeGreaterThan(10);
			for (const frame of frames) {
				const rows = lines(frame);
				expect(rows.length).toBeLessThanOrEqual(size.rows);
				for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(size.columns);
			}
		});
	}
});
