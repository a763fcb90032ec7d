/**
 * Always knowing where you are in Read: the speaker line names the speaker of the first line on
 * screen, the percentage follows the text, and G, :N and ] reach the last turn.
 */
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Transcript} from '../../source/core/model.js';
import {makeLibrary} from '../helpers/library.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript, putin} from '../helpers/ui-transcripts.js';

const sample = readFileSync(
	new URL('../../data/kremlin-2017-12-27-nazarbayev.txt', import.meta.url),
	'utf8',
);
let term: Term | undefined;
afterEach(() => term?.unmount());

const header = (f: string) => f.split('\n')[0]!;
const speakerRow = (f: string) => f.split('\n')[1]!;
const turnOf = (f: string) => Number(/turn (\d+)\//.exec(header(f))?.[1]);
const percentOf = (f: string) => Number(/(\d+)%/.exec(header(f))?.[1]);

async function openSample(size = {columns: 80, rows: 20}) {
	term = renderTerm(
		<App library={makeLibrary([{name: 'sample.txt', text: sample}])} store={makeTestStore()} />,
		size,
	);
	await term.waitFor('turn 1/');
	return term;
}

/** One long turn by Putin between two short ones, and times on every turn. */
function longTurn(): Transcript {
	const t = makeTranscript(6);
	const long = Array.from({length: 60}, (_, i) => `Sentence ${i + 1} of the long answer.`);
	t.remarks[3] = {speaker: putin.id, paragraphs: long};
	t.remarks.forEach((r, i) => {
		Object.assign(r, {time: 754 + i * 60});
	});
	return t;
}

describe('the speaker line', () => {
	test('names the speaker, role, turn and time of the first line, with (cont.) inside a turn', async () => {
		term = renderTerm(<App library={libraryOf(longTurn())} store={makeTestStore()} />, {
			columns: 80,
			rows: 15,
		});
		const t = term;
		await t.waitFor('turn 1/6');
		expect(speakerRow(t.frame())).toMatch(/^narration · turn 1\/6 · 00:12:34/);
		let f = await step(t, '4g', (x) => turnOf(x) === 4);
		expect(speakerRow(f)).toBe(
			'Vladimir Putin, President of Russia · turn 4/6 · 00:15:34'.padEnd(80, ' ').trimEnd(),
		);
		f = await step(t, ' ');
		expect(speakerRow(f)).toMatch(/^Vladimir Putin, President of Russia · turn 4\/6 \(cont\.\)/);
		// The text rows below it do not start with a label.
		expect(f.split('\n')[2]).not.toMatch(/^Vladimir Putin/);
		f = await step(t, ' ');
		expect(speakerRow(f)).toContain('turn 4/6 (cont.)');
	});

	test('the percentage follows the text, not the turn count', async () => {
		term = renderTerm(<App library={libraryOf(longTurn())} store={makeTestStore()} />, {
			columns: 80,
			rows: 15,
		});
		const t = term;
		await t.waitFor('turn 1/6');
		const seen: number[] = [];
		let f = await step(t, '4g', (x) => turnOf(x) === 4);
		for (let i = 0; i < 4; i++) {
			seen.push(percentOf(f));
			f = await step(t, ' ');
		}
		// Paging inside one long turn moves the percentage every page.
		for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
	});
});

describe('the end is in reach (bundled sample)', () => {
	test('G shows the last turn at 100%', async () => {
		const t = await openSample();
		const f = await step(t, 'G');
		expect(header(f)).toMatch(/turn 6\/6 · 100%/);
		expect(speakerRow(f)).toMatch(/· turn 6\/6/);
	});

	test(':5 and 5g show turn 5; ] goes on to turn 6', async () => {
		const t = await openSample();
		await step(t, ':');
		await t.type('5');
		let f = await step(t, keys.enter, (x) => turnOf(x) === 5);
		expect(speakerRow(f)).toMatch(/turn 5\/6/);
		f = await step(t, ']', (x) => turnOf(x) === 6);
		f = await step(t, 'g', (x) => turnOf(x) === 1);
		f = await step(t, '5g', (x) => turnOf(x) === 5);
		await step(t, ']', (x) => turnOf(x) === 6);
		// ] on the last turn stays there.
		await t.tap(']');
		expect(turnOf(t.frame())).toBe(6);
	});
});
