// The engine against a plain full Fuse.js scan (FUSE_OPTIONS) on the same sentences, on sampled
// queries with and without typos: all matches (limit 0) are Fuse's, with Fuse's scores. The best ten
// found through the index (limit 10) are the best ten of all matches in our ranking, unless one of
// them matches a term only across a space (the index walks words; the test prints how often).
import Fuse from 'fuse.js';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/core/library.js';
import {compile, substringErrors} from '../../source/core/search/fuzzy.js';
import {
	buildIndex,
	FUSE_OPTIONS,
	parseQuery,
	type SearchIndex,
	searchSync,
} from '../../source/core/search.js';
import {archiveSample, corpusDir, hasShared, rng} from '../helpers/search-fixtures.js';

let index: SearchIndex;
let fuseLower: Fuse<string>;
let fuseCased: Fuse<string>;
const queries: string[] = [];

function swap(word: string, r: () => number): string {
	if (word.length < 3) return word;
	const i = 1 + Math.floor(r() * (word.length - 2));
	return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

beforeAll(async () => {
	if (!hasShared) return;
	const a = await loadLibrary([corpusDir]);
	const b = await archiveSample(40);
	index = buildIndex({transcripts: [...a.transcripts, ...b.transcripts], skipped: 0, errors: []});
	fuseLower = new Fuse(index.texts, FUSE_OPTIONS);
	fuseCased = new Fuse(index.texts, {...FUSE_OPTIONS, isCaseSensitive: true});
	const r = rng(4);
	for (let i = 0; i < 25; i++) {
		const words = index.lowers[Math.floor(r() * index.count)]!.split(' ')
			.map((w) => w.replace(/[^a-z]/g, ''))
			.filter((w) => w.length >= 3);
		if (words.length < 2) continue;
		const w1 = words[Math.floor(r() * words.length)]!;
		const w2 = words[Math.floor(r() * words.length)]!;
		queries.push(w1, `${w1} ${w2}`, swap(w1, r), `${swap(w1, r)} ${swap(w2, r)}`);
		queries.push(w1.slice(0, 3), `${w2} ${w1.slice(0, 2)}`);
	}
	queries.push(
		'enegry isues',
		'baikonur rockets new',
		'nuclear weapons',
		"'russia !moscow",
		'^thank',
		'much.$',
		'gas | oil pipeline',
		'"thank you very much"',
		'Russia',
		'President Putin',
		'=thank you.',
		'n',
		'xq',
	);
}, 60_000);

/** Whether a fuzzy term of `q` matches `text` with fewer errors across a space than in any word. */
function acrossWords(q: string, text: string): boolean {
	const parsed = parseQuery(q);
	const t = parsed.caseSensitive ? text : text.toLowerCase();
	for (const group of parsed.groups)
		for (const term of group) {
			if (term.type !== 'fuzzy' || term.pattern.includes(' ') || term.pattern.length > 32) continue;
			const p = compile(term.pattern);
			const whole = substringErrors(p, t, 0, t.length, 99);
			const inWord = Math.min(...t.split(' ').map((w) => substringErrors(p, w, 0, w.length, 99)));
			if (whole < inWord && whole <= p.k) return true;
		}
	return false;
}

describe.skipIf(!hasShared)('recall against a full Fuse scan', () => {
	it('finds exactly the sentences Fuse finds, with the same scores, and the same best ten', () => {
		let checked = 0;
		let sameTop = 0;
		let across = 0;
		for (const q of queries) {
			const fuse = parseQuery(q).caseSensitive ? fuseCased : fuseLower;
			const expected = fuse.search(q).map((r) => ({s: r.refIndex, score: r.score!}));
			const all = searchSync(index, q, {limit: 0}).hits;
			const mine = new Map(all.map((h) => [h.sentence, h.score]));
			expect(all.length, q).toBe(expected.length);
			const fuseOf = new Map(all.map((h) => [h.sentence, h.fuseScore]));
			for (const e of expected) {
				expect(mine.has(e.s), `${q} #${e.s}`).toBe(true);
				expect(fuseOf.get(e.s), `${q} #${e.s}`).toBeCloseTo(e.score, 9);
			}
			checked++;
			const top = searchSync(index, q, {limit: 10}).hits;
			const best = all.slice(0, 10);
			const key = (h: {score: number}) => h.score.toFixed(9);
			if (top.map(key).join() === best.map(key).join()) {
				sameTop++;
				const kth = top[top.length - 1]?.score ?? 1;
				const ids = new Set(top.map((h) => h.sentence));
				for (const h of all) if (h.score < kth - 1e-9) expect(ids.has(h.sentence), q).toBe(true);
				continue;
			}
			// Allowed only when the best ten hold a match across words that the index does not see.
			expect(
				best.some((h) => acrossWords(q, h.text)),
				q,
			).toBe(true);
			across++;
		}
		console.log(
			`recall: ${checked} queries, all matches identical in ${checked}; best ten identical in ` +
				`${sameTop}; ${across} differ by matches across words`,
		);
		expect(checked).toBeGreaterThan(140);
	}, 120_000);
});
