/**
 * The layouts found by evidence (issue 11), on fixtures written to each layout's published
 * conventions: Project Gutenberg plays, earnings calls, court transcripts as PDF text, Markdown
 * podcast transcripts, saved web pages, WebVTT/SubRip captions, and labels in any script.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {aloneCandidate} from '../../source/core/formats/alone.js';
import {withoutFurniture} from '../../source/core/formats/court.js';
import {looksLikeHtml, readHtml} from '../../source/core/formats/html.js';
import type {Transcript} from '../../source/core/model.js';
import {parseBytes, parseTranscript} from '../../source/core/transcript.js';

const dir = join('test', 'fixtures', 'formats');
const read = (name: string): Transcript => parseBytes(readFileSync(join(dir, name)));
/** "name | first words" of every turn; narration as "- | …". */
function rows(t: Transcript, n = 24): string[] {
	const names = new Map(t.speakers.map((s) => [s.id, s.name]));
	return t.remarks.map(
		(r) =>
			`${r.speaker === null ? '-' : names.get(r.speaker)} | ${r.paragraphs.join(' ').slice(0, n)}`,
	);
}
const turns = (t: Transcript, n = 24) => rows(t, n).filter((r) => !r.startsWith('- |'));

describe('Project Gutenberg play', () => {
	const t = read('gutenberg-play.txt');

	it('is a play: labels alone on their line with a full stop, the title from the top', () => {
		expect(t.format).toBe('play');
		expect(t.title).toBe('The Tragedy of Hamlet, Prince of Denmark');
		expect(turns(t, 16)).toEqual([
			'Claudius | But now, my cous',
			'Hamlet | [_Aside._] A lit',
			'Claudius | How is it that t',
			'Hamlet | Not so, my lord,',
			'Gertrude | Good Hamlet, cas',
			'Hamlet | O that this too ',
			'Horatio | Hail to your lor',
			'First Player | Nothing.',
			'Hamlet | Horatio, or I do',
		]);
	});

	it('maps labels to the cast list (by name or by the role it describes), keeping labels', () => {
		const king = t.speakers.find((s) => s.labels.includes('KING'));
		expect(king?.name).toBe('Claudius');
		expect(t.speakers.find((s) => s.labels.includes('QUEEN'))?.name).toBe('Gertrude');
	});

	it('keeps cast list, ACT/SCENE headings and stage directions out of the turns', () => {
		const narration = t.remarks.filter((r) => r.speaker === null).flatMap((r) => r.paragraphs);
		expect(narration).toContain('ACT I');
		expect(narration).toContain('Exeunt all but Hamlet.');
		expect(narration).toContain('Enter Horatio.');
		expect(turns(t, 400).join(' ')).not.toMatch(/Exeunt|Dramatis|SCENE/);
	});

	it('keeps an in-speech direction in the speech', () => {
		expect(turns(t, 400)[5]).toContain('[_He sits._]');
	});

	it('reads a label line only by its shape, never a heading or a stage verb', () => {
		expect(aloneCandidate('KENT.')).toMatchObject({label: 'KENT', end: '.'});
		expect(aloneCandidate('ALBANY/CORNWALL.')).toMatchObject({label: 'ALBANY/CORNWALL'});
		expect(aloneCandidate('SCENE II.')).toBeNull();
		expect(aloneCandidate('Exeunt.')).toBeNull();
		expect(aloneCandidate('He exits.')).toBeNull();
	});
});

describe('earnings call', () => {
	const t = read('earnings-call.txt');

	it('finds "Operator" and "Name -- Role" lines as labels, the participants list as narration', () => {
		expect(t.format).toBe('call');
		expect(turns(t, 12)).toEqual([
			'Operator | Good day, an',
			'Jane Roe | Thank you, o',
			'John Doe | Thanks, Jane',
			'Operator | [Operator in',
			'Ann Lee | Hi, thanks. ',
			'John Doe | Sure. Margin',
			'Unidentified Analyst | And pricing?',
			'John Doe | Pricing was ',
			'Operator | [Operator si',
		]);
		expect(t.remarks.at(-1)?.speaker).toBeNull();
	});

	it('splits name and role, keeps the label as written, Operator anonymous', () => {
		const ann = t.speakers.find((s) => s.name === 'Ann Lee');
		expect(ann).toMatchObject({
			role: 'Big Bank, Analyst',
			labels: ['Ann Lee -- Big Bank -- Analyst'],
		});
		expect(t.speakers.find((s) => s.name === 'Operator')?.anonymous).toBe(true);
		expect(t.speakers.find((s) => s.name === 'Unidentified Analyst')?.anonymous).toBe(true);
	});
});

describe('court transcript (PDF text)', () => {
	const t = read('court.txt');

	it('drops line numbers, page headers, footers and page numbers', () => {
		const text = withoutFurniture(readFileSync(join(dir, 'court.txt'), 'utf8'));
		expect(text).not.toMatch(/Official - Subject|Heritage Reporting|^\s*\d+\s*$/m);
		expect(t.format).toBe('court');
	});

	it('reads turns across pages, cover and headings as narration, names from APPEARANCES', () => {
		expect(turns(t, 20)).toEqual([
			'Roberts | We will hear argumen',
			'Anna Bell | Mr. Chief Justice, a',
			'Thomas | Is it?',
			'Anna Bell | --It is, Your Honor.',
			'Kagan | But the history is m',
			'Anna Bell | Not on this point.',
			'Roberts | Thank you, counsel. ',
			'Carl Dunn | Mr. Chief Justice, t',
		]);
		expect(t.remarks.at(-2)).toEqual({
			speaker: null,
			paragraphs: ['ORAL ARGUMENT OF CARL DUNN ON BEHALF OF THE RESPONDENT'],
		});
	});

	it('takes the case caption as title, the cover date and place', () => {
		expect(t).toMatchObject({
			title: 'Smith v. Jones',
			date: '2021-03-01',
			place: 'Washington, D.C.',
		});
	});
});

describe('Markdown podcast transcript', () => {
	const t = read('podcast.md');

	it('keeps time stamps as time in seconds, never in the text', () => {
		expect(t.remarks.map((r) => r.time ?? null)).toEqual([null, 45, null, 90, null, 247, null]);
		expect(JSON.stringify(t.remarks)).not.toMatch(/\d:\d\d/);
	});

	it('undoes Markdown escapes and emphasis; "**Break:**" is narration', () => {
		expect(t.remarks[0]?.paragraphs).toEqual([
			'Welcome to the show. Today we talk about open source.',
		]);
		expect(t.remarks[3]?.paragraphs).toEqual([
			'It started as a weekend project [laughs].',
			'Then it grew, and people sent pull requests.',
		]);
		expect(t.remarks[4]).toEqual({speaker: null, paragraphs: ['Break']});
		expect(t.speakers.map((s) => s.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
	});
});

describe('saved web page', () => {
	const html = readFileSync(join(dir, 'page.html'), 'utf8');

	it('is told from a transcript by its markup', () => {
		expect(looksLikeHtml(html)).toBe(true);
		expect(looksLikeHtml('Q: Is <b> a tag?\n\nA: Yes.')).toBe(false);
	});

	it('drops head, scripts, styles, navigation, footer and hidden text; decodes entities', () => {
		const page = readHtml(html);
		expect(page.text).not.toMatch(/color: red|var speaker|Home|All rights|Skip to/);
		expect(page.text).toContain('Good evening & welcome. The plan costs €2 million.');
		expect(page.labels).toEqual(
			new Set(['Mayor Lisa Park', 'Resident', 'Mayor Lisa Park (via interpreter)']),
		);
	});

	it('parses the turns, title, date and place of the page', () => {
		const t = read('page.html');
		expect(t).toMatchObject({
			title: 'Town Hall on Water Policy',
			date: '2023-05-17',
			place: 'City Hall, Springfield',
		});
		expect(turns(t, 16)).toEqual([
			'Lisa Park | Good evening & w',
			'Resident | Will rates go up',
			'Lisa Park | Only by 2%—less ',
			'Resident | Thank you.',
		]);
	});
});

describe('captions by the WebVTT rules', () => {
	it('removes cue markup, decodes references, a voice anywhere names the cue, keeps times', () => {
		const t = read('spec.vtt');
		expect(t.format).toBe('vtt');
		expect(t.remarks.map((r) => [r.time, r.paragraphs.join(' ')])).toEqual([
			[1, 'Welcome & hello'],
			[3.5, 'Thanks, Dana © 2024'],
			[5, '漢 then more'],
			[60, 'Bye.'],
		]);
		expect(turns(t, 8)[0]).toBe('Dana Cho | Welcome ');
	});

	it('reads a file without the WEBVTT signature as not WebVTT', () => {
		expect(read('unsigned.vtt').format).not.toBe('vtt');
	});

	it('reads a single-cue .srt as SubRip', () => {
		const t = read('single.srt');
		expect(t.format).toBe('srt');
		expect(t.remarks).toEqual([{speaker: null, paragraphs: ['Hello, world.'], time: 1}]);
	});
});

describe('labels in any script', () => {
	const t = read('any-script.txt');

	it('finds accented, Cyrillic and Chinese names (full-width colon) and names with ", Jr."', () => {
		expect(t.speakers.map((s) => s.name)).toEqual([
			'José Álvarez',
			'Zoë Müller',
			'Владимир Путин',
			'李明',
			'John G. Roberts, Jr.',
		]);
		expect(turns(t, 12)).toHaveLength(7);
		expect(t.speakers.map((s) => s.id)).toContain('владимир-путин');
	});

	it('keeps a one-time speaker of a short exchange', () => {
		const short = parseTranscript(
			'Anna Smith: Hello there.\n\nBob Jones: Thanks for having me.\n\nCarla Diaz: One question.\n',
		);
		expect(short.speakers.map((s) => s.name)).toEqual(['Anna Smith', 'Bob Jones', 'Carla Diaz']);
	});
});
