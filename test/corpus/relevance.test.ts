// Relevance over the real transcripts: sampled sentences (seeded) searched by (a) four consecutive
// words, (b) the same with two adjacent letters swapped in two of the words, (c) three of its longer
// words in another order. The sentence (or one with the same text) must be in the top 5 for at least
// 95% of the cases of each kind. The three figures are printed.
import {beforeAll, describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/core/library.js';
import {buildIndex, type SearchIndex, searchSync} from '../../source/core/search.js';
import {archiveDir, corpusDir, hasShared, rng} from '../helpers/search-fixtures.js';

const SAMPLES = 400;
let index: SearchIndex;

beforeAll(async () => {
	if (!hasShared) return;
	const library = await loadLibrary([corpusDir, archiveDir]);
	index = buildIndex(library);
}, 60_000);

/** The words of a sentence as a user would type them: lower case, no surrounding punctuation. */
function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((w) => w !== '');
}

/** Swaps two adjacent, different letters of `word` at a random place. */
function swapLetters(word: string, r: () => number): string {
	const places: number[] = [];
	for (let i = 0; i + 1 < word.length; i++)
		if (word[i] !== word[i + 1] && /\p{L}/u.test(word[i]!) && /\p{L}/u.test(word[i + 1]!))
			places.push(i);
	if (places.length === 0) return word;
	const i = places[Math.floor(r() * places.length)]!;
	return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function found(s: number, query: string): boolean {
	const hits = searchSync(index, query, {limit: 5}).hits;
	return hits.some((h) => h.sentence === s || h.text === index.texts[s]);
}

describe.skipIf(!hasShared)('relevance', () => {
	it('finds sampled sentences in the top 5 by four words, with typos, and by three words in another order', () => {
		const r = rng(20261128);
		const tally = {a: [0, 0], b: [0, 0], c: [0, 0]};
		const misses: string[] = [];
		let tries = 0;
		while (tally.a[1]! < SAMPLES && tries++ < SAMPLES * 20) {
			const s = Math.floor(r() * index.count);
			const words = wordsOf(index.texts[s]!);
			if (words.length < 5) continue;
			const at = Math.floor(r() * (words.length - 3));
			const four = words.slice(at, at + 4);
			const a = four.join(' ');
			const typo = [...four];
			const candidates = four.map((_, i) => i).filter((i) => four[i]!.length >= 3);
			for (let k = 0; k < 2 && candidates.length > 0; k++) {
				const i = candidates.splice(Math.floor(r() * candidates.length), 1)[0]!;
				typo[i] = swapLetters(typo[i]!, r);
			}
			const b = typo.join(' ');
			const longer = [...new Set(words)].sort((x, y) => y.length - x.length).slice(0, 3);
			const inText = [...longer].sort((x, y) => words.indexOf(x) - words.indexOf(y));
			const c = longer.length === 3 ? [inText[2], inText[0], inText[1]].join(' ') : null;
			for (const [kind, q] of [
				['a', a],
				['b', b],
				['c', c],
			] as const) {
				if (q === null) continue;
				const ok = found(s, q);
				tally[kind][0]! += ok ? 1 : 0;
				tally[kind][1]! += 1;
				if (!ok && misses.length < 30) misses.push(`(${kind}) "${q}" → ${index.texts[s]}`);
			}
		}
		const pct = (t: number[]) => (100 * t[0]!) / t[1]!;
		console.log(
			`relevance top-5 over ${index.count} sentences: (a) four words ${pct(tally.a).toFixed(1)}% ` +
				`of ${tally.a[1]}, (b) two swaps ${pct(tally.b).toFixed(1)}% of ${tally.b[1]}, ` +
				`(c) three words reordered ${pct(tally.c).toFixed(1)}% of ${tally.c[1]}`,
		);
		if (process.env.RELEVANCE_MISSES) console.log(misses.join('\n'));
		expect(pct(tally.a)).toBeGreaterThanOrEqual(95);
		expect(pct(tally.b)).toBeGreaterThanOrEqual(95);
		expect(pct(tally.c)).toBeGreaterThanOrEqual(95);
	}, 120_000);
});
