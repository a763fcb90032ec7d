/**
 * Read's remaining habits: less's control keys, percent jumps and h; the one-speaker note that
 * stays; the outline of every speaker's turns; matches visible under NO_COLOR; page chrome hidden.
 */
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeLibrary} from '../helpers/library.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

const ctrl = (letter: string) => String.fromCharCode(letter.charCodeAt(0) - 96);
const header = (f: string) => f.split('\n')[0]!;
const footer = (f: string) => f.split('\n').at(-1)!;
const body = (f: string) => f.split('\n').slice(2, -1);
const turnOf = (f: string) => Number(/turn (\d+)\//.exec(header(f))?.[1]);
const percentOf = (f: string) => Number(/(\d+)%/.exec(header(f))?.[1]);

let term: Term | undefined;
afterEach(() => term?.unmount());

async function open(turns = 40) {
	term = renderTerm(<App library={libraryOf(makeTranscript(turns))} store={makeTestStore()} />, {
		columns: 60,
		rows: 15,
	});
	await term.waitFor(`turn 1/${turns}`);
	return term;
}

describe('less habits in Read', () => {
	test('Ctrl+F/B a page, Ctrl+D/U half a page, Ctrl+E/Y a line', async () => {
		const t = await open();
		const p1 = body(t.frame());
		const p2 = body(await step(t, ctrl('f')));
		expect(p2[0]).toBe(p1.at(-1));
		expect(body(await step(t, ctrl('b')))).toEqual(p1);
		const half = Math.floor(p1.length / 2);
		expect(body(await step(t, ctrl('d')))[0]).toBe(p1[half]);
		expect(body(await step(t, ctrl('u')))).toEqual(p1);
		expect(body(await step(t, ctrl('e')))[0]).toBe(p1[1]);
		expect(body(await step(t, ctrl('y')))).toEqual(p1);
	});

	test('50% and 50p go to the middle of the text, p alone to the start; h is help', async () => {
		const t = await open();
		let f = await step(t, '50%', (x) => turnOf(x) > 1);
		expect(turnOf(f)).toBeGreaterThanOrEqual(18);
		expect(turnOf(f)).toBeLessThanOrEqual(24);
		expect(percentOf(f)).toBeGreaterThanOrEqual(50);
		f = await step(t, 'p', (x) => turnOf(x) === 1);
		f = await step(t, '90p', (x) => turnOf(x) > 30);
		f = await step(t, 'h', (x) => header(x).startsWith('Help'));
		expect(f).toContain('Ctrl+F');
	});
});

describe('lists and notes', () => {
	test('the one-speaker note stays while the filter is on', async () => {
		const t = await open();
		await step(t, 's', (f) => f.includes('Show one speaker'));
		await step(t, keys.down);
		let f = await step(t, keys.enter, (x) => footer(x).includes('only Nursultan Nazarbayev'));
		for (const k of ['j', ' ', ']', 'k']) {
			f = await step(t, k);
			expect(footer(f)).toContain('only Nursultan Nazarbayev (s: show all)');
		}
		f = await step(t, 's', (x) => footer(x).includes('showing every speaker'));
		f = await step(t, 'j');
		expect(footer(f)).not.toContain('only');
	});

	test('o lists each speaker with their turns and first words; Enter on a turn goes there', async () => {
		const t = await open();
		let f = await step(t, 'o', (x) => x.includes('Outline'));
		expect(f).toMatch(/Vladimir Putin · 20 turns/);
		expect(f).toMatch(/ {2}turn 2 · marker2 trade energy/);
		expect(f).toMatch(/ {2}turn 4 · marker4 /);
		for (let i = 0; i < 3; i++) f = await step(t, keys.down);
		expect(f).toMatch(/› {3}turn 6 · marker6/);
		f = await step(t, keys.enter, (x) => !x.includes('Outline'));
		expect(turnOf(f)).toBe(6);
		// Opened again, it starts on the turn at the top.
		f = await step(t, 'o', (x) => x.includes('Outline'));
		expect(f).toMatch(/› {3}turn 6 · marker6/);
	});
});

describe('NO_COLOR', () => {
	test('find matches are reversed (current) and underlined (others)', async () => {
		process.env.NO_COLOR = '';
		try {
			const t = await open();
			await step(t, '/');
			await t.type('marker3');
			await step(t, keys.enter, (x) => footer(x).includes('match 1/11'));
			await step(t, '/');
			await t.type('trade');
			const f = await step(
				t,
				keys.enter,
				(x) => /match \d+\//.test(footer(x)) && !footer(x).includes('/11'),
			);
			expect(f).toContain('trade');
			const raw = t.stdout.frames.at(-1)!;
			expect(raw).toMatch(/\u001B\[7mtrade\u001B\[27m/);
			expect(raw).toMatch(/\u001B\[4mtrade\u001B\[24m/);
		} finally {
			delete process.env.NO_COLOR;
		}
	});
});

describe('page chrome (bundled sample)', () => {
	const sample = readFileSync(
		new URL('../../data/kremlin-2017-12-27-nazarbayev.txt', import.meta.url),
		'utf8',
	);
	const chrome = ['View settings', 'Font size:', 'Site colours:', 'Official website', 'Документ'];

	test('hidden on the first screen; c shows it and hides it again', async () => {
		term = renderTerm(
			<App library={makeLibrary([{name: 's.txt', text: sample}])} store={makeTestStore()} />,
			{columns: 80, rows: 20},
		);
		const t = term;
		let f = await t.waitFor('turn 1/');
		for (const c of chrome) expect(f).not.toContain(c);
		expect(body(f)[0]).toMatch(/^Vladimir Putin had a meeting/);
		expect(f.split('\n')[1]).toContain('page chrome hidden (c)');
		f = await step(t, 'c', (x) => x.includes('View settings'));
		for (const c of chrome) expect(f).toContain(c);
		expect(body(f)[0]).toBe('View settings');
		f = await step(t, 'c', (x) => !x.includes('View settings'));
		expect(body(f)[0]).toMatch(/^Vladimir Putin had a meeting/);
	});
});
