/** The app shell: help, quit, back, restart, frame sizes, resizing, colour off. */
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Store} from '../../source/core/model.js';
import type {AppState} from '../../source/ui/state/app-state.js';
import {views} from '../../source/ui/views/registry.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

function start(
	store: Store,
	size = {columns: 60, rows: 15},
	library = libraryOf(makeTranscript(40)),
	initial?: Partial<AppState>,
) {
	term = renderTerm(<App library={library} store={store} initial={initial} />, size);
	return term;
}
const header = (frame: string) => frame.split('\n')[0]!;
const turnOf = (frame: string) => Number(/turn (\d+)\//.exec(header(frame))?.[1]);
describe('app shell', () => {
	test('? opens help listing every key of the view; Esc closes it', async () => {
		const t = start(makeTestStore(), {columns: 80, rows: 60});
		await t.waitFor('turn 1/40');
		const f = await step(t, '?');
		for (const text of [
			'Read view',
			'page down',
			'go to turn N',
			'find in this transcript',
			'bookmarks: jump',
			'Everywhere',
			'quit',
		]) {
			expect(f).toContain(text);
		}
		// The view keys listed are those of the registered views only.
		const registered = new Set(views.map((v) => v.id));
		for (const id of ['search', 'quiz', 'stats'] as const) {
			const line = `${id[0]!.toUpperCase()}${id.slice(1)} view`;
			if (registered.has(id)) expect(f).toContain(line);
			else expect(f).not.toContain(line);
		}
		const closed = await step(t, keys.escape, (x) => !x.includes('Help'));
		expect(turnOf(closed)).toBe(1);
	});

	test('help scrolls when taller than the window', async () => {
		const t = start(makeTestStore(), {columns: 40, rows: 10});
		await t.waitFor('turn 1/40');
		await step(t, '?');
		expect(t.frame()).not.toContain('quit (progress is saved)');
		for (let i = 0; i < 6 && !t.frame().includes('quit (progress'); i++)
			await step(t, keys.pageDown);
		expect(t.frame()).toContain('quit (progress');
		for (let i = 0; i < 6 && !t.frame().includes('Read view'); i++) await step(t, keys.pageUp);
		expect(t.frame()).toContain('Read view');
	});

	test('position and bookmarks survive a restart (a new store on the same folder)', async () => {
		const store = makeTestStore();
		const t = start(store);
		await t.waitFor('turn 1/40');
		t.press('1');
		t.press('7');
		await step(t, 'g', (f) => turnOf(f) === 17);
		await step(t, 'j');
		await step(t, 'm');
		await t.type('here');
		await t.waitFor('here█');
		await step(t, keys.enter, (f) => f.includes('bookmark saved'));
		const before = t.frame().split('\n').slice(1, -1);
		t.press('q');
		await t.exited;
		t.unmount();

		const reopened = store.reopen();
		const again = start(reopened);
		const f = await again.waitFor('turn 17/40');
		expect(f.split('\n').slice(1, -2)).toEqual(before.slice(0, -1));
		await step(again, "'");
		expect(again.frame()).toMatch(/turn 17 · here/);
	});

	test('Ctrl+C quits and the position is saved', async () => {
		const store = makeTestStore();
		const t = start(store);
		await t.waitFor('turn 1/40');
		await step(t, 'G');
		t.press(keys.ctrlC);
		await t.exited;
		const key = libraryOf(makeTranscript(40)).transcripts[0]!.key;
		expect(store.reopen().getProgress(key).position?.turn).toBeGreaterThan(30);
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
			const t = start(makeTestStore(), size, library);
			await t.waitFor('Library');
			const sequence = [
				keys.down,
				keys.enter,
				' ',
				' ',
				'G',
				'?',
				keys.pageDown,
				keys.escape,
				's',
				keys.escape,
				'o',
				keys.escape,
				'm',
			];
			for (const k of sequence) await t.tap(k);
			await t.type('a note');
			await step(t, keys.enter);
			await step(t, "'");
			await step(t, keys.escape);
			await step(t, '/');
			await t.type('marker');
			await step(t, keys.enter);
			await step(t, keys.escape);
			await step(t, 'q', (f) => f.includes('Library'));
			const frames = t.frames();
			expect(frames.length).toBeGreaterThan(15);
			for (const frame of frames) {
				const lines = frame.split('\n');
				expect(lines.length).toBeLessThanOrEqual(size.rows);
				for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(size.columns);
			}
		});
	}

	test('below 40×10 it asks for a larger window; resizing keeps the turn at the top', async () => {
		const t = start(makeTestStore(), {columns: 100, rows: 30});
		await t.waitFor('turn 1/40');
		t.press('2');
		t.press('3');
		await step(t, 'g', (f) => turnOf(f) === 23);
		t.press(']');
		await t.waitFor((f) => turnOf(f) === 24);
		await step(t, 'j');
		const firstLine = t.frame().split('\n')[1]!;
		t.resize(39, 20);
		await t.waitFor('make the window larger');
		t.resize(60, 9);
		await t.waitFor('make the window larger');
		t.resize(50, 12);
		const f = await t.waitFor((x) => x.includes('turn 24/40'));
		// The same text is at the top, wrapped differently.
		const top = f.split('\n')[1]!;
		expect(firstLine.startsWith(top.split(' ')[0]!)).toBe(true);
		t.resize(100, 30);
		const back = await t.waitFor((x) => x.split('\n')[0]!.length > 60);
		expect(back.split('\n')[1]).toBe(firstLine);
	});

	test('NO_COLOR: speaker names are written in capitals', async () => {
		process.env.NO_COLOR = '';
		try {
			const t = start(makeTestStore());
			await t.waitFor('turn 1/40');
			const f = await step(t, ']');
			expect(f).toContain('VLADIMIR PUTIN (President of Russia): marker2');
		} finally {
			delete process.env.NO_COLOR;
		}
	});

	test('Read opened by another view: highlights its query, Esc or q goes straight back', async () => {
		const library = libraryOf(makeTranscript(40), makeTranscript(12, 'Other'));
		const key = library.transcripts[0]!.key;
		const t = start(makeTestStore(), {columns: 60, rows: 15}, library, {
			view: 'read',
			read: {key, turn: 9, query: 'marker10', returnTo: 'library', serial: 1},
		});
		await t.waitFor('turn 10/40');
		let f = await step(t, 'n', (x) => x.includes('match 1/1'));
		expect(turnOf(f)).toBe(10);
		await step(t, keys.escape, (x) => x.startsWith('Library'));
		f = await step(t, keys.enter, (x) => x.includes('turn '));
		await step(t, 'q', (x) => x.startsWith('Library'));
	});

	test('a transcript without turns says so instead of crashing', async () => {
		const t = start(makeTestStore(), {columns: 60, rows: 15}, libraryOf(makeTranscript(0)));
		await t.waitFor('This transcript has no text.');
	});

	test('Tab and 1 switch between registered views', async () => {
		const library = libraryOf(makeTranscript(40), makeTranscript(12, 'Other'));
		const t = start(makeTestStore(), {columns: 60, rows: 15}, library);
		await t.waitFor('Library');
		await step(t, keys.tab, (f) => f.includes('turn 1/'));
		// Tab goes round every registered view and back to the Library.
		for (let i = 0; i < 6 && !t.frame().startsWith('Library'); i++) await step(t, keys.tab);
		expect(t.frame().startsWith('Library')).toBe(true);
		await step(t, '1', (f) => f.includes('turn 1/'));
		t.press('2');
		await step(t, 'g', (f) => turnOf(f) === 2);
		// Alt+4 switches at once from Read, where a bare digit is a count.
		await step(t, '\u001B4', (f: string) => f.startsWith('Stats'));
	});
});
