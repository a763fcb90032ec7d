/** `y` in Read copies the turn the speaker line names, as a quote, through OSC 52. */
import {afterEach, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

test('y copies “quote” — Speaker, Title, date (turn N) and says so in one line', async () => {
	const transcript = makeTranscript(40);
	term = renderTerm(<App library={libraryOf(transcript)} store={makeTestStore()} />, {
		columns: 70,
		rows: 15,
	});
	const t = term;
	await t.waitFor('turn 1/40');
	await step(t, '9g', (f) => f.includes('turn 9/40'));
	const f = await step(t, 'y', (x) => x.includes('copied turn 9'));
	expect(f.split('\n').at(-1)).toMatch(/^copied turn 9 \(Question, \d+ characters\) as a quote/);
	const osc = t.stdout.frames.find((x) => x.includes('\u001B]52;c;'));
	expect(osc).toBeDefined();
	const base64 = /\u001B\]52;c;([A-Za-z0-9+/=]+)\u0007/.exec(osc!)![1]!;
	const text = Buffer.from(base64, 'base64').toString('utf8');
	const turn = transcript.remarks[8]!.paragraphs.join('\n\n');
	expect(text).toBe(`“${turn}” — Question, Meeting 40, 2017-12-27 (turn 9)`);
});

test('Ctrl+Y in Search copies the selected hit as a quote', async () => {
	const transcript = makeTranscript(40);
	term = renderTerm(
		<App library={libraryOf(transcript)} store={makeTestStore()} initial={{view: 'search'}} />,
		{columns: 70, rows: 15},
	);
	const t = term;
	await t.waitFor((f) => f.startsWith('Search'));
	await t.type("'marker9 ");
	await t.waitFor((f) => /^› .*marker9 /m.test(f), 'the hit');
	const f = await step(t, '\u0019', (x) => x.includes('copied the hit'));
	expect(f.split('\n').at(-1)).toMatch(/^copied the hit \(turn 9\) as a quote/);
	const osc = t.stdout.frames.find((x) => x.includes('\u001B]52;c;'))!;
	const text = Buffer.from(/\]52;c;([^\u0007]+)\u0007/.exec(osc)![1]!, 'base64').toString('utf8');
	expect(text).toMatch(/^“marker9 .*\.” — Question, Meeting 40, 2017-12-27 \(turn 9\)$/);
});
