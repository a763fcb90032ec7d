// Our Bitap scorer (Myers' bit vectors) against Fuse.js's own, on random texts and patterns,
// patterns longer than 32 characters included (Fuse cuts those into chunks).
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {FuzzyPattern, maxErrors} from '../../source/core/search/fuzzy.js';
import {FUSE_OPTIONS} from '../../source/core/search.js';
import {rng} from '../helpers/search-fixtures.js';

describe('FuzzyPattern', () => {
	it('scores exactly as Fuse scores a fuzzy term (threshold 0.5, location ignored)', () => {
		const r = rng(1);
		const alphabet = 'abcde fgh';
		let matches = 0;
		for (let t = 0; t < 20_000; t++) {
			const textLength = 1 + Math.floor(r() * 40);
			const patternLength = 1 + Math.floor(r() * (t % 10 === 0 ? 45 : 12));
			let text = '';
			let pattern = '';
			for (let i = 0; i < textLength; i++) text += alphabet[Math.floor(r() * alphabet.length)];
			for (let i = 0; i < patternLength; i++) pattern += alphabet[Math.floor(r() * 8)];
			// Fuse does not index blank strings; sentences never are.
			if (text.trim() === '') continue;
			const fuse = new Fuse([text], FUSE_OPTIONS);
			const expected = fuse.search(`"${pattern}"`)[0]?.score ?? -1;
			const mine = new FuzzyPattern(pattern).score(text);
			if (expected >= 0) matches++;
			expect(mine, JSON.stringify({text, pattern})).toBeCloseTo(expected, 12);
		}
		expect(matches).toBeGreaterThan(5000);
	});

	it('allows as many errors as Fuse: half the pattern, fewer than its length', () => {
		expect([1, 2, 3, 4, 5, 6, 11].map((m) => maxErrors(m))).toEqual([0, 1, 1, 2, 2, 3, 5]);
		expect(new FuzzyPattern('energy').score('the enegry sector')).toBeCloseTo(2 / 6, 12);
		expect(new FuzzyPattern('energy').score('energy')).toBe(0);
		expect(new FuzzyPattern('energy').score('more energy')).toBe(0.001);
		expect(new FuzzyPattern('energy').score('xyz')).toBe(-1);
	});
});
