/**
 * View keys act at once: Alt+1–4 from every view (even while Search types and Quiz answers),
 * Tab and Shift+Tab round the views, bare digits in the Library and Stats; in Read digits are
 * counts only, with no waiting, and a count before a key that takes none is dropped with a note.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

const alt = (k: string) => `\u001B${k}`;
const header = (f: string) => f.split('\n')[0]!;
const footer = (f: string) => f.split('\n').at(-1)!;
const turnOf = (f: string) => Number(/turn (\d+)\//.exec(header(f))?.[1]);

let term: Term | undefined;
afterEach(() => term?.unmount());

function start(turns = 40) {
	const library = libraryOf(makeTranscript(turns), makeTranscript(12, 'Other'));
	term = renderTerm(<App library={library} store={makeTestStore()} />, {columns: 70, rows: 15});
	return term;
}

describe('view keys', () => {
	test('Alt+digit switches from every view without delay, even from the Search line', async () => {
		const t = start();
		await t.waitFor('Library');
		await step(t, alt('2'), (f) => header(f).startsWith('Search'));
		await t.type('sanc');
		await t.waitFor('sanc');
		// Typed into the query, Alt+1 still leaves at once.
		await step(t, alt('1'), (f) => f.includes('turn 1/40'));
		// (Stats loads its code on first use: wait for the view itself, not its loading frame.)
		await step(t, alt('4'), (f) => header(f).startsWith('Stats · quiz progress'));
		await step(t, '2', (f) => header(f).startsWith('Search'));
	});

	test('a digit in Read is a count at once; the keys after it never open Search late', async () => {
		const t = start();
		await t.waitFor('Library');
		await step(t, keys.enter, (f) => f.includes('turn 1/40'));
		let f = await step(t, '2', (x) => footer(x).includes('2…'));
		expect(footer(f)).toContain('Alt+2');
		f = await step(t, 'g', (x) => turnOf(x) === 2);
		// "2" then a word: the count is dropped with a note, the letter does nothing.
		f = await step(t, '2', (x) => footer(x).includes('2…'));
		f = await step(t, 's', (x) => footer(x).includes('a count in Read'));
		expect(f).not.toContain('Show one speaker');
		expect(header(f)).not.toMatch(/^Search/);
		expect(turnOf(f)).toBe(2);
	});

	test('Shift+Tab goes round the views backwards', async () => {
		const t = start();
		await t.waitFor('Library');
		await step(t, '\u001B[Z', (f) => header(f).startsWith('Stats'));
		await step(t, '\u001B[Z', (f) => header(f).startsWith('Quiz'));
	});
});
