/** The Library view: lists transcripts with progress, filters as you type, Enter opens Read. */
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

const library = libraryOf(
	makeTranscript(40, 'Meeting with President of Kazakhstan'),
	makeTranscript(12, 'Press conference in Osaka'),
	makeTranscript(8, 'Interview to China Central Television'),
);

async function open(store = makeTestStore()) {
	term = renderTerm(<App library={library} store={store} />, {columns: 80, rows: 12});
	await term.waitFor('3 transcripts');
	return {t: term, store};
}
describe('Library view', () => {
	test('Ctrl+W deletes the last word of the filter, Ctrl+U clears it, as in fzf', async () => {
		const {t} = await open();
		await step(t, 'press osaka', (x) => x.includes('filter: press osaka█'));
		let f = await step(t, '\u0017', (x) => x.includes('filter: press █'));
		expect(f).toContain('Press conference in Osaka');
		f = await step(t, '\u0015', (x) => x.includes('filter: █'));
		expect(f).toContain('Interview to China');
	});

	test('> sorts: newest first, by title, last read first, file order; the cursor stays put', async () => {
		const dated = libraryOf(
			{...makeTranscript(10, 'Beta talks'), date: '2019-01-01'},
			{...makeTranscript(10, 'Alpha talks'), date: '2021-01-01'},
			{...makeTranscript(10, 'Gamma talks'), date: null},
		);
		term = renderTerm(<App library={dated} store={makeTestStore()} />, {columns: 80, rows: 12});
		await term.waitFor('3 transcripts');
		const order = (f: string) =>
			f
				.split('\n')
				.map((l) => /(Alpha|Beta|Gamma) talks/.exec(l)?.[1])
				.filter(Boolean);
		let f = await step(term, '>', (x) => x.includes('newest first'));
		expect(order(f)).toEqual(['Alpha', 'Beta', 'Gamma']);
		// The cursor stayed on Beta (the first row before sorting).
		expect(f).toMatch(/› .*Beta talks/);
		f = await step(term, '>', (x) => x.includes('by title'));
		expect(order(f)).toEqual(['Alpha', 'Beta', 'Gamma']);
		f = await step(term, '>', (x) => x.includes('last read first'));
		f = await step(term, '>', (x) => !x.includes('·') || x.includes('3 transcripts'));
		expect(order(f)).toEqual(['Beta', 'Alpha', 'Gamma']);
	});

	test('opens with the cursor on the transcript read last', async () => {
		const store = makeTestStore();
		store.markOpened(library.transcripts[2]!.key, 8);
		store.markOpened(library.transcripts[1]!.key, 12);
		// The later of the two is the one read last.
		const later = library.transcripts[1]!.key;
		const earlier = library.transcripts[2]!.key;
		const at = (key: string) => store.getProgress(key).lastOpened ?? 0;
		const last = at(later) >= at(earlier) ? 'Press conference in Osaka' : 'Interview to China';
		const {t} = await open(store);
		expect(t.frame()).toMatch(new RegExp(`› .*${last}`));
	});

	test('lists every transcript with date, title, speakers, turns and progress', async () => {
		const {t} = await open();
		const f = t.frame();
		expect(f).toMatch(/› 2017-12-27 {2}Meeting with President of Kazakhstan · Vladimir P/);
		expect(f).toContain('Press conference in Osaka');
		expect(f).toMatch(/39 turns {2}new/);
		expect(f).toMatch(/11 turns {2}new/);
	});

	test('Enter opens the selected transcript; q there returns to the Library with progress shown', async () => {
		const {t} = await open();
		await step(t, keys.down);
		let f = await step(t, keys.enter, (x) => x.includes('turn 1/12'));
		expect(f).toContain('Press conference in Osaka');
		await step(t, 'G');
		f = await step(t, 'q', (x) => x.includes('3 transcripts'));
		expect(f).toMatch(/› .*Press conference in Osaka.*100%/);
		expect(f).toMatch(/Kazakhstan.*new/);
	});

	test('typing filters (also when the letters arrive in one chunk); Esc clears', async () => {
		const {t} = await open();
		let f = await step(t, 'china', (x) => x.includes('1/3'));
		expect(f).toContain('Interview to China');
		expect(f).not.toContain('Osaka');
		f = await step(t, keys.backspace, (x) => x.includes('filter: chin█'));
		f = await step(t, keys.escape, (x) => x.includes('3 transcripts'));
		expect(f).toContain('Osaka');
		f = await step(t, '/');
		f = await step(t, '2017', (x) => x.includes('3/3'));
		f = await step(t, 'q', (x) => x.includes('0/3'));
		expect(f).toContain('nothing matches "2017q"');
		await step(t, keys.escape, (x) => x.includes('3 transcripts'));
		const opened = await step(t, 'osaka');
		expect(opened).toContain('1/3');
		await step(t, keys.enter, (x) => x.includes('turn 1/12'));
	});

	test('q quits from the Library', async () => {
		const {t} = await open();
		t.press('q');
		await t.exited;
	});
});
