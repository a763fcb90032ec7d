/** `/` in the Read view forgives a typo: close matches are found and said to be close. */
import {afterEach, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

test('/ with a typo finds the close matches and says so', async () => {
	const library = libraryOf(makeTranscript(40));
	term = renderTerm(<App library={library} store={makeTestStore()} />, {columns: 60, rows: 15});
	await term.waitFor('turn 1/40');
	term.press('/');
	await term.waitFor('/█');
	await term.type('secnd paragraph');
	await term.waitFor('/secnd paragraph█');
	const f = await step(term, keys.enter, (x) => /close match 1\/\d+/.test(x));
	expect(f).toContain('Second paragraph of turn 7');
});
