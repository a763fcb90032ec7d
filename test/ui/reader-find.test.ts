import {describe, expect, it} from 'vitest';
import type {Transcript} from '../../source/core/model.js';
import {findMatches} from '../../source/ui/reader/find.js';

const transcript: Transcript = {
	title: 'T',
	date: null,
	place: null,
	format: 'plain',
	speakers: [{id: 'a', name: 'Anna', role: null, labels: ['Anna'], anonymous: false}],
	remarks: [
		{speaker: 'a', paragraphs: ['The economy grew, and the Economy will grow.']},
		{speaker: null, paragraphs: ['Energy prices.', 'Sanctions on energy exports.']},
	],
};

const texts = (query: string) =>
	findMatches(transcript, query).map((m) => {
		const r = transcript.remarks[m.turn]!;
		return [m.turn, r.paragraphs.join('\n\n').slice(m.start, m.end), m.close ?? false];
	});

describe('find in a transcript', () => {
	it('finds every occurrence as typed, in any case, across paragraph breaks', () => {
		expect(texts('economy')).toEqual([
			[0, 'economy', false],
			[0, 'Economy', false],
		]);
		expect(texts('prices. sanctions')).toEqual([[1, 'prices.\n\nSanctions', false]]);
	});

	it('finds close matches, marked as such, only when nothing matches as typed', () => {
		expect(texts('ecnomy')).toEqual([
			[0, 'economy', true],
			[0, 'Economy', true],
		]);
		expect(texts('sanctons on enrgy')).toEqual([[1, 'Sanctions on energy', true]]);
	});

	it('does not stretch short words or far-off words into matches', () => {
		expect(texts('thw')).toEqual([]);
		expect(texts('zzzzzz')).toEqual([]);
		expect(texts('everything')).toEqual([]);
		expect(texts('')).toEqual([]);
	});
});
