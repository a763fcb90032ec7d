import {describe, expect, it} from 'vitest';
import {play, playLabel} from '../../source/core/formats/play.js';
import {fixture} from '../helpers/formats.js';

describe('play layout', () => {
	const doc = play.parse(fixture('coriolanus.txt'));

	it('opens a turn at every name alone on its line, mixed or upper case, and "All"', () => {
		expect(doc.blocks.map((b) => b.label)).toEqual([
			'First Citizen',
			'All',
			'First Citizen',
			'All',
			'Second Citizen',
			'MENENIUS',
			null,
			'All',
		]);
	});

	it('joins the verse lines of one speech into one paragraph', () => {
		expect(doc.blocks[2]?.paragraphs).toEqual([
			"Let us kill him, and we'll have corn at our own price. Is't a verdict?",
		]);
	});

	it('never opens a turn at a colon inside verse, even at a line end', () => {
		expect(doc.blocks[3]?.paragraphs[0]).toBe("No more talking on't; let it be done: away, away!");
		expect(doc.blocks[5]?.paragraphs[0]).toBe(
			'I shall tell you A pretty tale: it may be you have heard it; Tell me this: But, since it serves my purpose, I will venture',
		);
	});

	it('keeps an unlabelled paragraph (a stage direction) as narration', () => {
		expect(doc.blocks[6]).toEqual({label: null, paragraphs: ['Enter CAIUS MARCIUS']});
	});

	it('scores plays high and prose or "Name: text" transcripts zero', () => {
		expect(play.score(fixture('coriolanus.txt'))).toBeGreaterThan(0.5);
		expect(play.score(fixture('debate.txt'))).toBe(0);
		expect(play.score(fixture('gaggle.md'))).toBe(0);
	});

	it('recognises label shapes', () => {
		expect(playLabel('First Citizen:')).toBe('First Citizen');
		expect(playLabel('LADY MACBETH:')).toBe('LADY MACBETH');
		expect(playLabel('Duke of York:')).toBe('Duke of York');
		expect(playLabel('Hear me, my lords:')).toBeNull();
		expect(playLabel('Against him first: he is')).toBeNull();
		expect(playLabel('To stale it a little more:')).toBeNull();
	});
});

describe('play layout: a known name alone in its paragraph', () => {
	it('takes the next paragraph as the speech', () => {
		const text =
			'ROMEO:\nHe jests at scars.\n\nJULIET:\nAy me!\n\nROMEO:\n\nShe speaks.\nO, speak again.\n\nJULIET:\nRomeo!\n';
		expect(play.parse(text).blocks).toEqual([
			{label: 'ROMEO', paragraphs: ['He jests at scars.']},
			{label: 'JULIET', paragraphs: ['Ay me!']},
			{label: 'ROMEO', paragraphs: ['She speaks. O, speak again.']},
			{label: 'JULIET', paragraphs: ['Romeo!']},
		]);
	});
});

describe('play layout: heading lines', () => {
	it('takes a one-line first paragraph as title and a date line before the first speech', () => {
		const text =
			'The Interview\n\nFebruary 26, 2020\n\nHOST:\nWelcome.\n\nGUEST:\nThanks.\n\nHOST:\nBye.\n';
		const doc = play.parse(text);
		expect(doc.title).toBe('The Interview');
		expect(doc.date).toBe('2020-02-26');
		expect(doc.blocks.map((b) => b.label)).toEqual([null, 'HOST', 'GUEST', 'HOST']);
	});
});
