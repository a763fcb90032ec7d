import {describe, expect, it} from 'vitest';
import {briefing, splitBriefingLabel} from '../../source/core/formats/briefing.js';
import {fixture, turns} from '../helpers/formats.js';

describe('briefing layout: Markdown export with front matter', () => {
	const doc = briefing.parse(fixture('gaggle.md'));

	it('reads title and date from the front matter, decoding YAML escapes and folds', () => {
		expect(doc.title).toBe(
			'Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre En Route Philadelphia, PA',
		);
		expect(doc.date).toBe('2021-07-13');
	});

	it('derives the place of an en-route gaggle from the title', () => {
		expect(doc.place).toBe('Aboard Air Force One en route Philadelphia, PA');
	});

	it('finds "Q" without a colon and ALL-CAPS labels, each turn as written', () => {
		expect(turns(doc)).toEqual([
			'MS. JEAN-PIERRE | In the birthplace of American ',
			'Q | Yesterday, Senator Sanders cam',
			'MS. JEAN-PIERRE | They — look, we leave that pro',
			'Q | Thank you, Karine.',
		]);
	});

	it('re-joins hard-wrapped lines and splits paragraphs at whitespace-only lines', () => {
		const first = doc.blocks[1];
		expect(first?.paragraphs).toEqual([
			'In the birthplace of American democracy, President Biden will articulate how to meet the greatest threat to the right to vote.',
			'The President will highlight that the greatest irony of the 28 voter suppression laws is this: the 2020 election stands as a model.',
			'With that, I will take the first question.',
		]);
	});

	it('keeps time stamps as narration around the turns', () => {
		expect(doc.blocks[0]).toEqual({label: null, paragraphs: ['1:43 P.M. EDT']});
		expect(doc.blocks.at(-1)).toEqual({label: null, paragraphs: ['1:55 P.M. EDT']});
	});

	it('removes Markdown escapes', () => {
		expect(doc.blocks[2]?.paragraphs[0]).toContain('an update on [the bill]?');
	});
});

describe('briefing layout: page saved as text', () => {
	const doc = briefing.parse(fixture('presser.txt'));

	it('takes the first line as title, the date line and the room as place', () => {
		expect(doc.title).toBe(
			'Remarks by President Biden and Prime Minister Lee Hsien Loong of Singapore in Joint Press Conference',
		);
		expect(doc.date).toBe('2022-03-29');
		expect(doc.place).toBe('East Room, White House');
	});

	it('keeps a moderator line inside the turn, a laugh as a whole turn, labels as written', () => {
		expect(doc.blocks.filter((b) => b.label).map((b) => [b.label, b.paragraphs])).toEqual([
			[
				'PRESIDENT BIDEN',
				[
					'Welcome back to the White House. I’m honored to welcome Prime Minister Lee.',
					'Darlene Superville, Associated Press.',
				],
			],
			['PRIME MINISTER LEE', ['Thank you, President Biden.']],
			['PRESIDENT BIDEN', ['(Laughs.)']],
			['SENIOR ADMINSTRATION OFFICIAL', ['Yes, go ahead.']],
			['Q', ['Thanks. I wanted to ask about Northern Ireland.']],
			['PRIME MINISTER LEE', ['Thank you.']],
		]);
	});

	it('makes a time stamp in the middle narration that ends the turn, and END narration', () => {
		const labels = doc.blocks.map((b) => b.label ?? b.paragraphs.join(' / '));
		expect(labels.slice(-5)).toEqual([
			'SENIOR ADMINSTRATION OFFICIAL',
			'12:54 P.M. BST',
			'Q',
			'PRIME MINISTER LEE',
			'END 1:42 P.M. EDT',
		]);
	});
});

describe('splitBriefingLabel', () => {
	it('accepts upper-case labels and Q, rejects prose, times and mixed case', () => {
		expect(splitBriefingLabel('THE PRESIDENT (via interpreter):  Yes.')).toEqual({
			label: 'THE PRESIDENT (via interpreter)',
			rest: 'Yes.',
		});
		expect(splitBriefingLabel('Q:  Why?')).toEqual({label: 'Q', rest: 'Why?'});
		expect(splitBriefingLabel('Q')).toEqual({label: 'Q', rest: ''});
		expect(splitBriefingLabel('Vladimir Putin: Thank you.')).toBeNull();
		expect(splitBriefingLabel('So, I’ll say this, Weijia: The Texas')).toBeNull();
		expect(splitBriefingLabel('NOTE: this call is on background.')).toBeNull();
		expect(splitBriefingLabel('1:43 P.M. EDT')).toBeNull();
		expect(splitBriefingLabel('Quite: so')).toBeNull();
		expect(splitBriefingLabel('US:EU trade')).toBeNull();
	});
});

describe('briefing layout: metadata lines of a saved page', () => {
	it('keeps a title that holds a date, and takes the date line and briefing room', () => {
		const doc = briefing.parse(fixture('psaki.txt'));
		expect(doc.title).toBe('Press Briefing by Press Secretary Jen Psaki, May 4, 2021');
		expect(doc.date).toBe('2021-05-04');
		expect(doc.place).toBe('James S. Brady Press Briefing Room, White House');
		expect(doc.blocks.map((b) => b.label)).toEqual([null, 'MS. PSAKI', 'Q', 'MS. PSAKI']);
	});

	it('joins "Aboard Air Force One" and "En Route …" into one place', () => {
		const text =
			'Press Gaggle by Press Secretary Jen Psaki\nJune 2, 2021\n\nAboard Air Force One\nEn Route Tulsa, Oklahoma\n\n11:03 A.M. CDT\n\nMS. PSAKI:  Hi.\n\nQ    Hello.\n';
		const doc = briefing.parse(text);
		expect(doc.place).toBe('Aboard Air Force One en route Tulsa, Oklahoma');
		expect(doc.date).toBe('2021-06-02');
		expect(doc.blocks[0]).toEqual({label: null, paragraphs: ['11:03 A.M. CDT']});
	});
});

describe('briefing score', () => {
	it('is high on briefings and zero on plays, mixed-case transcripts and prose', () => {
		expect(briefing.score(fixture('gaggle.md'))).toBeGreaterThan(0.6);
		expect(briefing.score(fixture('psaki.txt'))).toBeGreaterThan(0.6);
		expect(briefing.score(fixture('coriolanus.txt'))).toBe(0);
		expect(briefing.score(fixture('debate.txt'))).toBe(0);
		expect(briefing.score(fixture('prose.txt'))).toBe(0);
	});
});

describe('briefing layout without blank lines', () => {
	it('opens turns at labels after a finished sentence, never inside a wrapped sentence', () => {
		const text =
			'MS. PSAKI:  Hi, everyone.  We have\nthree items today.\nQ    Thanks, Jen.  On the\nFAA: what next?\nMS. PSAKI:  Sure.  Then the second quarter.\nQ and A will follow.';
		expect(turns(briefing.parse(text), 60)).toEqual([
			'MS. PSAKI | Hi, everyone. We have three items today.',
			'Q | Thanks, Jen. On the FAA: what next?',
			'MS. PSAKI | Sure. Then the second quarter. Q and A will follow.',
		]);
	});

	it('makes every long line a paragraph in a page copied one paragraph a line', () => {
		const long =
			'This is a long paragraph of the briefing that goes on and on about policy. '.repeat(2);
		const text = `MS. PSAKI:  ${long}\n${long}\nQ    ${long}\nMS. PSAKI:  ${long}\n${long}\n${long}`;
		const doc = briefing.parse(text);
		expect(doc.blocks.map((b) => [b.label, b.paragraphs.length])).toEqual([
			['MS. PSAKI', 2],
			['Q', 1],
			['MS. PSAKI', 3],
		]);
	});
});
