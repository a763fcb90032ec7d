/**
 * The place history: every jump records the place it left; '' swaps back, Ctrl+O goes back,
 * Ctrl+I (Tab) forward; and leaving Search returns to where you were reading unless you stayed
 * in a hit you opened.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

const ctrlO = '\u000F';
const alt = (k: string) => `\u001B${k}`;
const header = (f: string) => f.split('\n')[0]!;
const turnOf = (f: string) => Number(/turn (\d+)\//.exec(header(f))?.[1]);

let term: Term | undefined;
afterEach(() => {
	term?.unmount();
	term = undefined;
});

function start(turns = 81) {
	const library = libraryOf(makeTranscript(turns), makeTranscript(12, 'Other'));
	const key = library.transcripts[0]!.key;
	term = renderTerm(
		<App
			library={library}
			store={makeTestStore()}
			initial={{view: 'read', read: {key, returnTo: 'library', serial: 1}}}
		/>,
		{columns: 80, rows: 20},
	);
	return term;
}

describe('place history in Read', () => {
	test("'' swaps with the place before the last jump; Ctrl+O back, Tab forward", async () => {
		const t = start();
		await t.waitFor('turn 1/81');
		await step(t, '20g', (f) => turnOf(f) === 20);
		await step(t, 'j');
		await step(t, 'G', (f) => turnOf(f) === 81);
		// '' back to turn 20 (the row it was on), '' again to the end.
		let f = await step(t, "''", (x) => turnOf(x) === 20);
		expect(f).toContain('(cont.)');
		f = await step(t, "''", (x) => turnOf(x) === 81);
		await step(t, ':');
		await t.type('40');
		await step(t, keys.enter, (x) => turnOf(x) === 40);
		await step(t, '/');
		await t.type('marker70');
		await step(t, keys.enter, (x) => turnOf(x) === 70);
		// Ctrl+O walks back through the jumps: 40, 81 (G), ...
		await step(t, ctrlO, (x) => turnOf(x) === 40);
		await step(t, ctrlO, (x) => turnOf(x) === 81);
		// Tab (Ctrl+I) goes forward again while there is a place ahead...
		await step(t, keys.tab, (x) => turnOf(x) === 40);
		await step(t, keys.tab, (x) => turnOf(x) === 70);
		// ...and then is the view key again.
		await step(t, keys.tab, (x) => header(x).startsWith('Search'));
	});

	test('a bookmark jump is a place too', async () => {
		const t = start();
		await t.waitFor('turn 1/81');
		await step(t, '30g', (f) => turnOf(f) === 30);
		await step(t, 'm');
		await t.type('x');
		await step(t, keys.enter, (f) => f.includes('bookmark saved'));
		await step(t, '5g', (f) => turnOf(f) === 5);
		await step(t, "'", (f) => f.includes('Bookmarks'));
		await step(t, keys.enter, (f) => turnOf(f) === 30);
		await step(t, ctrlO, (f) => turnOf(f) === 5);
	});
});

describe('Search and the place you were reading', () => {
	test('reading at 60/81, Search, Enter, Esc, Esc: back at turn 60', async () => {
		const t = start();
		await t.waitFor('turn 1/81');
		await step(t, '60g', (f) => turnOf(f) === 60);
		await step(t, alt('2'), (f) => header(f).startsWith('Search'));
		await t.type("'marker5 ");
		await t.waitFor((f) => /^› .*Meeting 81 · marker5 /m.test(f), 'the hit in turn 5');
		await step(t, keys.enter, (f) => turnOf(f) === 5);
		await step(t, keys.escape, (f) => header(f).startsWith('Search'));
		await step(t, keys.escape, (f) => !f.split('\n')[1]!.includes('marker5'));
		const f = await step(t, keys.escape, (x) => !header(x).startsWith('Search'));
		expect(turnOf(f)).toBe(60);
	});

	test("a hit you stay in is where Read is; '' goes back to where you were", async () => {
		const t = start();
		await t.waitFor('turn 1/81');
		await step(t, '60g', (f) => turnOf(f) === 60);
		await step(t, alt('2'), (f) => header(f).startsWith('Search'));
		await t.type("'marker5 ");
		await t.waitFor((f) => /^› .*Meeting 81 · marker5 /m.test(f), 'the hit in turn 5');
		await step(t, keys.enter, (f) => turnOf(f) === 5);
		await step(t, 'j');
		// Away and back: Read resumes in the hit's transcript where it was left (not at the hit).
		// (Stats loads its code on first use: wait for the view itself, not its loading frame.)
		await step(t, alt('4'), (f) => header(f).startsWith('Stats · quiz progress'));
		await step(t, alt('1'), (f) => turnOf(f) === 5 && f.includes('(cont.)'));
		const f = await step(t, "''", (x) => turnOf(x) === 60);
		expect(f).toContain('turn 60/81');
	});
});
