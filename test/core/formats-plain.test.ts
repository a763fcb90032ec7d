import {describe, expect, it} from 'vitest';
import {briefing} from '../../source/core/formats/briefing.js';
import {nameLike, plain, plainLabel} from '../../source/core/formats/plain.js';
import {fixture} from '../helpers/formats.js';

const rows = (name: string) =>
	plain.parse(fixture(name)).blocks.map((b) => [b.label, b.paragraphs.join(' / ')]);

describe('plain layout', () => {
	it('reads "Name (00:01:02): text" exports and keeps a prose colon inside the turn', () => {
		const doc = plain.parse(fixture('podcast.txt'));
		expect(doc.title).toBe('Episode 12: Reading transcripts');
		expect(rows('podcast.txt')).toEqual([
			['Lex Fridman', 'Welcome to the podcast. Today we talk about parsers.'],
			['Jane Doe', 'Thanks for having me. The question is: what is a label?'],
			['Lex Fridman', 'Good question.'],
		]);
	});

	it('reads "[00:00:05] Name: text" lines, one paragraph a line', () => {
		expect(rows('meeting.txt')).toEqual([
			['Alice Smith', "Let's start."],
			['Bob Jones', 'Sure. Here it is: the agenda.'],
			['Alice Smith', 'Thanks, Bob.'],
		]);
	});

	it('reads "Name  0:03" header lines with the text below', () => {
		expect(rows('otter.txt')).toEqual([
			['Alice Smith', "Let's start with the budget. It is late."],
			['Bob Jones', 'Sure: the numbers are in.'],
			['Alice Smith', 'Thanks.'],
		]);
	});

	it('reads debates: recurring names, stage directions between turns as narration', () => {
		const doc = plain.parse(fixture('debate.txt'));
		expect(doc.title).toBe('Presidential Debate, September 29, 2020');
		expect(doc.date).toBe('2020-09-29');
		expect(rows('debate.txt')).toEqual([
			['Chris Wallace', "Good evening from Cleveland. I'm Chris Wallace."],
			[null, '(Applause)'],
			['Joe Biden', 'How are you, man?'],
			['Donald Trump', 'How are you doing?'],
			[
				'Chris Wallace',
				'Gentlemen, a lot of people have been waiting. The question is: who decides?',
			],
			[null, '(Crosstalk)'],
			['Chris Wallace', 'Mr. President, go ahead.'],
			['Donald Trump', 'Thank you very much. Note: I won.'],
		]);
	});

	it('keeps a stage direction inside a turn when the same speaker goes on', () => {
		const text = 'A: Hello.\n\n(Laughter.)\n\nAnd welcome.\n\nB: Thanks.\n\nA: Bye.\n\nB: Bye.\n';
		expect(plain.parse(text).blocks).toEqual([
			{label: 'A', paragraphs: ['Hello.', '(Laughter.)', 'And welcome.']},
			{label: 'B', paragraphs: ['Thanks.']},
			{label: 'A', paragraphs: ['Bye.']},
			{label: 'B', paragraphs: ['Bye.']},
		]);
	});

	it('makes prose with no labels one narration block', () => {
		const doc = plain.parse(fixture('prose.txt'));
		expect(doc.blocks).toEqual([
			{
				label: null,
				paragraphs: [
					'A walk in the park',
					'It was a bright cold day in April: the clocks were striking thirteen. Winston Smith slipped quickly through the glass doors.',
					'Nothing else happened.',
				],
			},
		]);
	});

	it('never takes a one-off colon sentence for a label', () => {
		const text =
			'Note: this is prose.\n\nHere it is: I do not see it.\n\nThe question is: what now?\n';
		expect(plain.parse(text).blocks.every((b) => b.label === null)).toBe(true);
	});

	it('scores time-stamped exports above the Kremlin fallback, other text near zero', () => {
		expect(plain.score(fixture('podcast.txt'))).toBeGreaterThan(0.5);
		expect(plain.score(fixture('otter.txt'))).toBeGreaterThan(0.5);
		expect(plain.score(fixture('debate.txt'))).toBeLessThan(0.1);
		expect(plain.score(fixture('prose.txt'))).toBeLessThan(0.1);
	});

	it('tells names from sentences', () => {
		expect(nameLike('Lester Holt')).toBe(true);
		expect(nameLike('Speaker 2')).toBe(true);
		expect(nameLike("Dr. Jane O'Neil (via interpreter)")).toBe(true);
		expect(nameLike('Ludwig van Beethoven')).toBe(true);
		expect(nameLike('The question is')).toBe(false);
		expect(nameLike('Here it is')).toBe(false);
		expect(plainLabel('**Kara Swisher:** Hi.')).toEqual({
			label: 'Kara Swisher',
			rest: 'Hi.',
			stamped: false,
			bold: true,
		});
	});
});

describe('plain layout: meeting exports', () => {
	it('reads "[Name] 10:01:02" header lines, the time in seconds', () => {
		const text = '[Alice Smith] 10:01:02\nHello all.\n\n[Bob Jones] 10:01:09\nHi.\n';
		expect(plain.parse(text).blocks).toEqual([
			{label: 'Alice Smith', paragraphs: ['Hello all.'], time: 36062},
			{label: 'Bob Jones', paragraphs: ['Hi.'], time: 36069},
		]);
	});
});

describe('plain layout against the briefing layout', () => {
	it('wins on time-stamped exports with upper-case names', () => {
		const text =
			'JOHN SMITH (00:00:01): Hello.\n\nMARY LEE (00:00:05): Hi.\n\nJOHN SMITH (00:00:09): Bye.\n';
		expect(plain.score(text)).toBeGreaterThan(briefing.score(text));
		expect(plain.parse(text).blocks.map((b) => b.label)).toEqual([
			'JOHN SMITH',
			'MARY LEE',
			'JOHN SMITH',
		]);
	});
});
