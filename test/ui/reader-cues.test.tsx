/**
 * Caption cues in Read: consecutive cues of one speaker read as one turn (the name once, the
 * texts flowing on, each cue's time dim in the left margin), at 40 and 100 columns; a find or a
 * search hit in a later cue of a run opens on that cue's text, and the saved place is still the
 * remark (cue) index and an offset into it.
 */
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {type Library, loadLibrary} from '../../source/core/library.js';
import {remarkText} from '../../source/ui/reader/layout.js';
import {makeTestStore, type TestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';

let term: Term | undefined;
afterEach(() => {
	term?.unmount();
	term = undefined;
});

const fixture = (name: string) => join('test', 'fixtures', 'formats', name);

async function open(name: string, columns: number, rows = 16) {
	const library: Library = await loadLibrary([fixture(name)]);
	const store: TestStore = makeTestStore();
	term = renderTerm(<App library={library} store={store} />, {columns, rows});
	const loaded = library.transcripts[0]!;
	await term.waitFor(`turn 1/${loaded.transcript.remarks.length}`);
	return {term, store, loaded};
}

/** The body rows of a Read frame: below the header and the speaker line, above the footer. */
const body = (f: string) => f.split('\n').slice(2, -1);
const count = (f: string, s: string) => f.split(s).length - 1;
/** Margin times at the start of body rows ("00:04 …"). */
const times = (f: string) => body(f).flatMap((l) => /^(\d\d:\d\d) /.exec(l)?.[1] ?? []);

describe.each([
	{file: 'reader-run.vtt', name: 'Maya Lin', other: 'Tom Reyes', quote: 'copper lanterns', cue: 8},
	{file: 'reader-run.srt', name: 'KATE', other: 'RAVI', quote: 'crushed walnut shells', cue: 7},
])('$file', ({file, name, other, quote, cue}) => {
	/** The first page: the run is one turn, the name once, cue times in the margin. */
	function checkPage(f: string, columns: number) {
		const rows = body(f);
		// The first row: the first cue's time, then the name (once for the whole run).
		expect(rows[0]).toMatch(new RegExp(`^00:01 ${name}: `));
		expect(count(rows.join('\n'), `${name}:`)).toBe(2); // the run, and the last cue (a new turn)
		expect(count(rows.join('\n'), `${other}:`)).toBe(1); // two cues, one turn
		// No blank row inside the run: it reads as one turn up to the other speaker.
		const end = rows.findIndex((l) => l.includes(`${other}:`));
		expect(rows.slice(0, end - 1).every((l) => l.trim() !== '')).toBe(true);
		expect(rows[end - 1]!.trim()).toBe('');
		// Times ascend down the margin, more than one per run; every row fits.
		const shown = times(f);
		expect(shown.length).toBeGreaterThan(4);
		expect([...shown].sort()).toEqual(shown);
		for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
	}

	test('40 and 100 columns: one turn per run, its times in the margin; o and s count it once', async () => {
		const {term} = await open(file, 40, 24);
		checkPage(term.frame(), 40);
		term.resize(100, 24);
		checkPage(await term.waitFor((f) => f.split('\n')[0]!.length > 60, 'the wide frame'), 100);
		const f = await step(term, 'o', (x) => x.includes('Outline'));
		const turns = f.split('\n').filter((l) => /^[› ]? *turn \d+ · /.test(l));
		expect(turns).toHaveLength(3);
		expect(turns[0]).toMatch(/turn 1 · /);
		await step(term, keys.escape, (x) => !x.includes('Outline'));
		const list = await step(term, 's', (x) => x.includes('Show one speaker'));
		expect(list).toMatch(new RegExp(`${name} · 2 turns · from turn 1`));
		expect(list).toMatch(new RegExp(`${other} · 1 turn · from turn \\d+`));
	});

	test('/ to a later cue of the run opens on its text; the place saved is that cue', async () => {
		const {term, store, loaded} = await open(file, 40, 10);
		expect(term.frame()).not.toContain(quote.split(' ')[0]!);
		term.press('/');
		await term.waitFor('/█');
		term.press(quote);
		await term.waitFor(`/${quote}█`);
		const f = await step(term, keys.enter, (x) => x.includes('match 1/1'));
		const rows = body(f);
		// The hit's row is the first of the page; the run's name is above it ("(cont.)").
		expect(rows[0]).toContain(quote.split(' ')[0]);
		expect(f.split('\n')[1]).toMatch(new RegExp(`^${name} · turn \\d+/\\d+ \\(cont\\.\\)`));
		expect(f).not.toContain(`${name}:`);
		// The saved place: a remark index and an offset whose text starts the first row.
		store.flush();
		const place = store.getProgress(loaded.key).position!;
		expect([cue - 1, cue]).toContain(place.turn);
		const text = remarkText(loaded.transcript, place.turn).slice(place.offset);
		expect(rows[0]!.replace(/^(\d\d:\d\d)? +/, '').startsWith(text.slice(0, 12))).toBe(true);
		// :N goes to cue N: its text is on the first row.
		term.press(':');
		await term.waitFor('go to turn:');
		await term.type('2');
		const g = await step(term, keys.enter, (x) => !x.includes('go to turn'));
		const second = remarkText(loaded.transcript, 1);
		expect(body(g)[0]).toContain(second.split(' ')[0]);
	});
});

test('a search hit in a later cue opens Read on that cue, highlighted', async () => {
	const library = await loadLibrary([fixture('reader-run.vtt')]);
	term = renderTerm(<App library={library} store={makeTestStore()} initial={{view: 'search'}} />, {
		columns: 40,
		rows: 12,
	});
	await term.waitFor('Type a few words');
	term.press('copper lanterns');
	await term.waitFor((f) => f.includes('Maya Lin') && /1 of 1/.test(f), 'the hit');
	const f = await step(term, keys.enter, (x) => x.includes('(cont.)'));
	// The page ends with the transcript (the top stops at the last full page), the cue on it.
	expect(body(f).join(' ')).toMatch(/copper +(\d\d:\d\d)? *lanterns/);
	expect(body(f).join('\n')).toMatch(/^00:(25|28) /m);
});

test('y copies the run of cues the page shows as one turn, with its first time', async () => {
	const {term, loaded} = await open('reader-run.srt', 60, 10);
	await step(term, '4g', (x) => x.includes('(cont.)'));
	const f = await step(term, 'y', (x) => x.includes('copied turn'));
	expect(f.split('\n').at(-1)).toMatch(/^copied turn 1 \(KATE, \d+ characters\) as a quote/);
	const osc = term.stdout.frames.find((x) => x.includes('\u001B]52;c;'))!;
	const text = Buffer.from(/\]52;c;([^\u0007]+)\u0007/.exec(osc)![1]!, 'base64').toString('utf8');
	const run = loaded.transcript.remarks.slice(0, 9).map((r) => r.paragraphs.join(' '));
	expect(text).toBe(`“${run.join(' ')}” — KATE (turn 1 / 00:00:01)`);
});
