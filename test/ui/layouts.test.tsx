/**
 * Every layout the parser knows works in the app: for a small fixture of each (test/fixtures/
 * formats, written to that layout's conventions), one app opens it, finds a known quote with `/`
 * in Read (highlighted), finds it in Search (the hit names the right speaker), and asks a Quiz
 * question whose options include the speaker of its quote.
 */
import {join} from 'node:path';
import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {loadLibrary} from '../../source/core/library.js';
import type {Transcript} from '../../source/core/model.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';

let term: Term | undefined;
afterEach(() => {
	term?.unmount();
	term = undefined;
});
// Colours on, so that the find highlight (reverse video) can be read in the raw frames.
const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

interface Case {
	layout: string;
	file: string;
	/** Words of one turn, found by `/` and by Search. */
	quote: string;
	/** How the speaker of that turn is named (a part of the name, any case). */
	speaker: string;
}

const cases: Case[] = [
	{
		layout: 'kremlin',
		file: 'ui-kremlin.txt',
		quote: 'Eleven hundred people work there',
		speaker: 'Orlov',
	},
	{
		layout: 'briefing',
		file: 'ui-briefing.txt',
		quote: 'confident the votes are there',
		speaker: 'Whitfield',
	},
	{
		layout: 'play (Gutenberg)',
		file: 'ui-gutenberg.txt',
		quote: 'second barrel from the cellar',
		speaker: 'Martha',
	},
	{layout: 'play (plain)', file: 'ui-play.txt', quote: 'wintered on the ice', speaker: 'Second'},
	{
		layout: 'court (Supreme Court)',
		file: 'ui-court.txt',
		quote: 'a stay needs someone who stays',
		speaker: 'Marsh',
	},
	{layout: 'earnings call', file: 'ui-earnings.txt', quote: 'third less fuel', speaker: 'Bell'},
	{layout: 'WebVTT', file: 'reader-run.vtt', quote: 'copper lanterns', speaker: 'Maya Lin'},
	{layout: 'SubRip', file: 'reader-run.srt', quote: 'crushed walnut shells', speaker: 'kate'},
	{
		layout: 'export-bracket',
		file: 'ui-export.txt',
		quote: 'volunteers for the Saturday morning shift',
		speaker: 'Haddad',
	},
	{
		layout: 'markdown-bold',
		file: 'ui-markdown.md',
		quote: 'heirloom beans on four acres',
		speaker: 'Rosa',
	},
	{
		layout: 'debate',
		file: 'ui-debate.txt',
		quote: 'more drivers and fewer consultants',
		speaker: 'Victor Ford',
	},
	{
		layout: 'HTML page',
		file: 'ui-page.html',
		quote: 'two orchards in the valley',
		speaker: 'Morris',
	},
	{
		layout: 'plain text',
		file: 'ui-plain.txt',
		quote: 'good lock before you buy',
		speaker: 'Leo Martin',
	},
];

const ansi = /\u001B\[[0-9;]*m/g;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text drawn in reverse video (the current find match) in the last raw frame. */
function reversed(t: Term): string {
	const raw = t.stdout.frames.at(-1) ?? '';
	const parts = [...raw.matchAll(/\u001B\[7m(.*?)\u001B\[27m/g)].map((m) =>
		m[1]!.replace(ansi, ''),
	);
	return squash(parts.join(' '));
}

/** The quoted text of a quiz question (inside its box), on one line. */
function quizQuote(f: string): string {
	const inside = f
		.split('\n')
		.filter((l) => l.startsWith('│'))
		.map((l) => l.replace(/^│|│$/g, ''))
		.join(' ');
	return squash(/“(.*)”/s.exec(inside)?.[1] ?? '');
}

/** The speakers offered as answers ("1. Name"). */
const options = (f: string) =>
	f.split('\n').flatMap((l) => /^[› ] \d\. (.+?)\s*$/.exec(l)?.[1] ?? []);

/**
 * The speaker (name) of the turn holding `quote`, or null: consecutive remarks of one speaker are
 * searched as one text (a caption quote runs on over cues).
 */
function speakerOf(transcript: Transcript, quote: string): string | null {
	// Names in a quiz quote are hidden ("▁▁▁"): look for its longest part without one.
	const parts = quote.replace(/…$/, '').split(/▁+/);
	const probe = parts
		.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '')
		.slice(0, 40);
	const {remarks} = transcript;
	for (let r = 0; r < remarks.length; r++) {
		const speaker = remarks[r]!.speaker;
		let text = '';
		for (let t = r; t < remarks.length && remarks[t]!.speaker === speaker; t++)
			text += ` ${remarks[t]!.paragraphs.join(' ')}`;
		if (squash(text).includes(probe)) {
			return transcript.speakers.find((x) => x.id === speaker)?.name ?? null;
		}
	}
	return null;
}

test.each(cases)(
	'$layout ($file): found in Read, Search and Quiz',
	async ({file, quote, speaker}) => {
		const library = await loadLibrary([join('test', 'fixtures', 'formats', file)]);
		const {transcript} = library.transcripts[0]!;
		term = renderTerm(<App library={library} store={makeTestStore()} />, {
			columns: 100,
			rows: 16,
		});
		const t = term;
		const who = new RegExp(speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');

		// Read: / finds the quote, highlighted.
		await t.waitFor(`turn 1/${transcript.remarks.length}`);
		t.press('/');
		await t.waitFor('/█');
		// Typed as one chunk (a paste): one render per step keeps the file fast.
		t.press(quote);
		await t.waitFor(`/${quote}█`);
		await step(t, keys.enter, (f) => /match 1\/\d+/.test(f));
		expect(reversed(t)).toBe(squash(quote));

		// Search: the words find the turn, and the first hit names its speaker.
		await step(t, '\u001B2', (f) => f.includes('Type a few words'));
		t.press(quote);
		const hits = await t.waitFor(
			(f) => f.split('\n')[1]!.trimEnd().endsWith(quote) && /\d+ of \d+/.test(f.split('\n')[0]!),
			'search results',
		);
		const first = hits.split('\n').find((l) => l.startsWith('› ')) ?? '';
		expect(first.split(' · ')[0]).toMatch(who);
		expect(squash(first)).toContain(squash(quote).split(' ').slice(-2).join(' '));

		// Quiz: a question (drawn at random), and its quote's speaker among the options.
		t.press('\u001B3');
		const q = await t.waitFor(
			(f) => f.includes('who said this?') && options(f).length >= 2,
			'a question',
		);
		const said = speakerOf(transcript, quizQuote(q));
		expect(said, `the quote of:\n${q}`).not.toBeNull();
		expect(options(q)).toContain(said);
	},
);
