/** Drives every Read view key through the real app and reads the frames. */
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

const size = {columns: 60, rows: 15};
let term: Term | undefined;
afterEach(() => term?.unmount());

async function open(turns = 40) {
	const store = makeTestStore();
	const library = libraryOf(makeTranscript(turns));
	term = renderTerm(<App library={library} store={store} />, size);
	await term.waitFor(`turn 1/${turns}`);
	return {t: term, store, key: library.transcripts[0]!.key};
}

/** The text rows: after the header and the speaker line, before the footer. */
const body = (frame: string) => frame.split('\n').slice(2, -1);
const header = (frame: string) => frame.split('\n')[0]!;
const footer = (frame: string) => frame.split('\n').at(-1)!;
const turnOf = (frame: string) => Number(/turn (\d+)\//.exec(header(frame))?.[1]);

describe('Read view keys', () => {
	test('j / down move one line, k / up move back', async () => {
		const {t} = await open();
		const first = body(t.frame());
		let f = await step(t, 'j');
		expect(body(f)[0]).toBe(first[1]);
		f = await step(t, keys.down);
		expect(body(f)[0]).toBe(first[2]);
		f = await step(t, 'k');
		expect(body(f)[0]).toBe(first[1]);
		f = await step(t, keys.up);
		expect(body(f)).toEqual(first);
	});

	test('a count repeats a line move (5j)', async () => {
		const {t} = await open();
		const first = body(t.frame());
		t.press('5');
		const f = await step(t, 'j');
		expect(body(f)[0]).toBe(first[5]);
	});

	test('Space, f and PgDn turn a page keeping one line; b and PgUp turn back', async () => {
		const {t} = await open();
		const p1 = body(t.frame());
		const p2 = body(await step(t, ' '));
		expect(p2[0]).toBe(p1.at(-1));
		const p3 = body(await step(t, 'f'));
		expect(p3[0]).toBe(p2.at(-1));
		const p4 = body(await step(t, keys.pageDown));
		expect(p4[0]).toBe(p3.at(-1));
		expect(body(await step(t, 'b'))).toEqual(p3);
		expect(body(await step(t, keys.pageUp))).toEqual(p2);
	});

	test('d and u move half a page', async () => {
		const {t} = await open();
		const p1 = body(t.frame());
		const half = Math.floor(p1.length / 2);
		expect(body(await step(t, 'd'))[0]).toBe(p1[half]);
		expect(body(await step(t, 'u'))).toEqual(p1);
	});

	test('G / End go to the end (100%), g / Home to the start', async () => {
		const {t} = await open();
		let f = await step(t, 'G');
		expect(header(f)).toContain('100%');
		expect(f).toContain('marker40');
		f = await step(t, 'g');
		expect(turnOf(f)).toBe(1);
		f = await step(t, keys.end);
		expect(header(f)).toContain('100%');
		f = await step(t, keys.home);
		expect(turnOf(f)).toBe(1);
	});

	test('42g and :42 Enter go to a turn (1-based)', async () => {
		const {t} = await open();
		t.press('2');
		t.press('0');
		let f = await step(t, 'g');
		expect(turnOf(f)).toBe(20);
		expect(body(f)[0]).toContain('marker20');
		t.press(':');
		await t.waitFor('go to turn:');
		await t.type('12');
		await t.waitFor('go to turn: 12');
		f = await step(t, keys.enter, (x) => turnOf(x) === 12);
		expect(body(f)[0]).toContain('marker12');
	});

	test('keys that arrive in one chunk act one by one (12g)', async () => {
		const {t} = await open();
		let f = await step(t, '12g', (x) => turnOf(x) === 12);
		expect(body(f)[0]).toContain('marker12');
		f = await step(t, '/marker30\r', (x) => x.includes('match 1/1'));
		expect(turnOf(f)).toBe(30);
	});

	test('] and [ go to the next and previous turn', async () => {
		const {t} = await open();
		let f = await step(t, ']');
		expect(turnOf(f)).toBe(2);
		expect(body(f)[0]).toMatch(/^Vladimir Putin \(President of Russia\): marker2/);
		f = await step(t, ']');
		expect(turnOf(f)).toBe(3);
		f = await step(t, '[');
		expect(turnOf(f)).toBe(2);
	});

	test('} and { go to the same speaker’s next and previous turn', async () => {
		const {t} = await open();
		await step(t, ']'); // turn 2: Putin
		let f = await step(t, '}');
		expect(turnOf(f)).toBe(4);
		expect(body(f)[0]).toMatch(/^Vladimir Putin: marker4/);
		f = await step(t, '}');
		expect(turnOf(f)).toBe(6);
		f = await step(t, '{');
		expect(turnOf(f)).toBe(4);
	});

	test('/ finds with n and N between matches', async () => {
		const {t} = await open();
		t.press('/');
		await t.waitFor('/█');
		await t.type('marker3');
		await t.waitFor('/marker3█');
		// marker3, marker30..39: 11 matches
		let f = await step(t, keys.enter, (x) => footer(x).includes('match 1/11'));
		expect(turnOf(f)).toBe(3);
		f = await step(t, 'n', (x) => footer(x).includes('match 2/11'));
		expect(body(f)[0]).toContain('marker30');
		f = await step(t, 'N', (x) => footer(x).includes('match 1/11'));
		expect(turnOf(f)).toBe(3);
		t.press('/');
		await t.type('nowhere');
		await t.waitFor('/nowhere█');
		f = await step(t, keys.enter);
		expect(footer(f)).toContain('not found: nowhere');
	});

	test('s shows one speaker only; s again shows everyone', async () => {
		const {t} = await open();
		let f = await step(t, 's');
		expect(f).toContain('Show one speaker');
		expect(f).toContain('Nursultan Nazarbayev');
		await step(t, keys.down);
		f = await step(t, keys.enter, (x) => x.includes('only Nursultan Nazarbayev'));
		expect(f).not.toContain('Vladimir Putin');
		expect(body(f)[0]).toMatch(/^Nursultan Nazarbayev/);
		f = await step(t, ']');
		expect(turnOf(f)).toBe(7);
		f = await step(t, 's', (x) => x.includes('showing every speaker'));
		expect(turnOf(f)).toBe(7);
		f = await step(t, ']');
		expect(body(f)[0]).toMatch(/^Vladimir Putin: marker8/);
	});

	test('o lists speakers with turn counts; Enter on a speaker goes to their first turn', async () => {
		const {t} = await open();
		let f = await step(t, 'o');
		expect(f).toContain('Outline');
		// Speakers come in order of first appearance, each followed by their turns.
		for (let i = 0; i < 40 && !/› Question · 9 turns/.test(f); i++) f = await step(t, keys.down);
		expect(f).toMatch(/› Question · 9 turns · from turn 5/);
		f = await step(t, keys.enter, (x) => !x.includes('Outline'));
		expect(turnOf(f)).toBe(5);
		expect(body(f)[0]).toMatch(/^Question: marker5/);
		f = await step(t, 'o');
		f = await step(t, keys.escape, (x) => !x.includes('Outline'));
		expect(turnOf(f)).toBe(5);
	});

	test("m bookmarks with a note, ' lists bookmarks and jumps, x deletes", async () => {
		const {t, store, key} = await open();
		t.press('9');
		await step(t, 'g');
		await step(t, 'm');
		await t.waitFor('bookmark note');
		await t.type('tea');
		await t.waitFor('tea█');
		await step(t, keys.enter, (x) => x.includes('bookmark saved at turn 9'));
		expect(store.getProgress(key).bookmarks).toMatchObject([{turn: 8, note: 'tea'}]);
		await step(t, 'g');
		let f = await step(t, "'");
		expect(f).toContain('Bookmarks');
		expect(f).toMatch(/turn 9 · tea/);
		f = await step(t, keys.enter, (x) => !x.includes('Bookmarks'));
		expect(turnOf(f)).toBe(9);
		await step(t, "'");
		await step(t, 'x', (x) => x.includes('bookmark deleted'));
		expect(store.getProgress(key).bookmarks).toEqual([]);
	});

	test('Esc closes a prompt without leaving the reader; q quits', async () => {
		const {t} = await open();
		t.press('/');
		await t.waitFor('/█');
		await t.type('q');
		await t.waitFor('/q█');
		const f = await step(t, keys.escape, (x) => !x.includes('█'));
		expect(turnOf(f)).toBe(1);
		t.press('q');
		await t.exited;
	});
});
