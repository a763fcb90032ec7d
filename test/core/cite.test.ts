import {describe, expect, test} from 'vitest';
import {
	citeMarkdown,
	citeText,
	citeTurn,
	formatCitations,
	osc52,
	paragraphAt,
} from '../../source/core/cite.js';
import type {Transcript} from '../../source/core/model.js';

const transcript: Transcript = {
	title: 'Meeting with Nursultan Nazarbayev',
	date: '2017-12-27',
	place: null,
	format: 'plain',
	speakers: [
		{
			id: 'putin',
			name: 'Vladimir Putin',
			role: 'President of Russia',
			labels: [],
			anonymous: false,
		},
	],
	remarks: [
		{speaker: null, paragraphs: ['The talks began.']},
		{speaker: 'putin', paragraphs: ['Our trade grew, "a lot".', 'Second, more.']},
	],
};

describe('quotes to take away', () => {
	test('one line: “quote” — Speaker, Title, date (turn N / time)', () => {
		expect(citeText(citeTurn(transcript, 1, {range: {start: 0, end: 24}}))).toBe(
			'“Our trade grew, "a lot".” — Vladimir Putin, Meeting with Nursultan Nazarbayev, 2017-12-27 (turn 2)',
		);
		const timed = {
			...transcript,
			remarks: transcript.remarks.map((r) => ({...r, time: 754})),
		};
		expect(citeText(citeTurn(timed, 0))).toBe(
			'“The talks began.” — Meeting with Nursultan Nazarbayev, 2017-12-27 (turn 1 / 00:12:34)',
		);
	});

	test('the paragraph at a bookmark offset', () => {
		expect(paragraphAt(transcript, 1, 3)).toEqual({start: 0, end: 24});
		expect(paragraphAt(transcript, 1, 30)).toEqual({start: 26, end: 39});
	});

	test('Markdown, CSV (quoted fields) and JSON', () => {
		const c = citeTurn(transcript, 1, {range: {start: 0, end: 24}, note: 'trade', file: 'a.txt'});
		expect(citeMarkdown(c)).toBe(
			'> Our trade grew, "a lot".\n>\n> — **Vladimir Putin**, *Meeting with Nursultan Nazarbayev*, 2017-12-27 (turn 2)\n\nNote: trade',
		);
		expect(formatCitations([c], 'csv')).toBe(
			'quote,speaker,role,title,date,turn,time,file,note\r\n"Our trade grew, ""a lot"".",Vladimir Putin,President of Russia,Meeting with Nursultan Nazarbayev,2017-12-27,2,,a.txt,trade\r\n',
		);
		expect(JSON.parse(formatCitations([c], 'json'))).toEqual([
			{
				quote: 'Our trade grew, "a lot".',
				speaker: 'Vladimir Putin',
				role: 'President of Russia',
				title: 'Meeting with Nursultan Nazarbayev',
				date: '2017-12-27',
				turn: 2,
				time: null,
				file: 'a.txt',
				note: 'trade',
			},
		]);
	});

	test('OSC 52 carries the text base64-encoded', () => {
		expect(osc52('“hé”')).toBe(`\u001B]52;c;${Buffer.from('“hé”').toString('base64')}\u0007`);
	});
});
