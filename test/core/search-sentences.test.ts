import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../source/core/sentences.js';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
	it('splits at full stops, question and exclamation marks before a new sentence', () => {
		expect(split('We agreed. Did you? Yes! Good.')).toEqual([
			'We agreed.',
			'Did you?',
			'Yes!',
			'Good.',
		]);
	});

	it('keeps titles, initials, dotted abbreviations and decimals inside the sentence', () => {
		expect(
			split('Mr Putin met Ms Merkel. Dr. Smith and Mrs. Jones came to St. Petersburg.'),
		).toEqual(['Mr Putin met Ms Merkel.', 'Dr. Smith and Mrs. Jones came to St. Petersburg.']);
		expect(split('V. Putin spoke with the U.S. President. Growth was 3.5 percent.')).toEqual([
			'V. Putin spoke with the U.S. President.',
			'Growth was 3.5 percent.',
		]);
		expect(split('See Resolution No. 5 of the council. It passed.')).toEqual([
			'See Resolution No. 5 of the council.',
			'It passed.',
		]);
	});

	it('does not split at ellipses or before a lower-case word', () => {
		expect(split('Well… we will see. And... they came. It is etc. and so on.')).toEqual([
			'Well… we will see.',
			'And... they came.',
			'It is etc. and so on.',
		]);
	});

	it('keeps closing quotes and brackets with the sentence they end', () => {
		expect(split('He said: “We will win.” Then he left. (Applause.) Thank you.')).toEqual([
			'He said: “We will win.”',
			'Then he left.',
			'(Applause.)',
			'Thank you.',
		]);
		expect(split('"Why?" he asked. "Because."')).toEqual(['"Why?" he asked.', '"Because."']);
	});

	it('returns trimmed offsets and one sentence for text without an end', () => {
		expect(splitSentences('  no end here ')).toEqual([[2, 13]]);
		expect(splitSentences('')).toEqual([]);
	});
});
