import Fuse from 'fuse.js';
import {expect, test} from 'vitest';
import {FuzzyPattern} from '../../source/core/search/fuzzy.js';

test('x', () => {
	let seed = 1;
	const r = () => {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		return seed / 0x7fffffff;
	};
	const alpha = 'abcde fgh';
	let bad = 0,
		n = 0,
		matches = 0;
	for (let t = 0; t < 20000; t++) {
		const tl = 1 + Math.floor(r() * 40),
			pl = 1 + Math.floor(r() * (t % 10 === 0 ? 45 : 12));
		let text = '',
			pat = '';
		for (let i = 0; i < tl; i++) text += alpha[Math.floor(r() * alpha.length)];
		for (let i = 0; i < pl; i++) pat += alpha[Math.floor(r() * 8)];
		const f = new Fuse([text], {
			useExtendedSearch: true,
			ignoreLocation: true,
			ignoreFieldNorm: true,
			threshold: 0.5,
			includeScore: true,
		});
		const res = f.search(`"${pat}"`);
		const fs = res[0]?.score ?? -1;
		const mine = new FuzzyPattern(pat).score(text);
		n++;
		if (fs >= 0) matches++;
		if (Math.abs(fs - mine) > 1e-12) {
			bad++;
			if (bad < 10) console.log(JSON.stringify({text, pat, fs, mine}));
		}
	}
	console.log({n, bad, matches});
	expect(bad).toBe(0);
});
