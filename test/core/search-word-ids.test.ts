// The index's word ids (search/word-ids.ts) cut sentences exactly as foldWords does, by its
// port on character codes or by foldWords itself, and find repeats case aside.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {foldWords} from '../../source/core/search/fold.js';
import {Growing, WordIds} from '../../source/core/search/word-ids.js';

const tricky = [
	'Niinistö’s $66 billion, 66,000 roubles, 1.5%',
	"Russia's U.S. e.g. a.b.c. 3.5 percent, 1,2345 and 12,345,678 or 1,23.",
	"rock 'n' roll, it's `quoted` 'single' ’curly’ ‘open’ O’Neil ’90s 'til",
	"end with an apostrophe' and a dot. And ellipses... and — dashes – “quotes” «guillemets»",
	'€5, £3, ¥100, ₽20, 5 %, $ 7, 100$, #hash @at x.y.z 1.2.3 a..b ..a',
	'Rouble, roubles, ROUBLES, percents, Percents, rubles, ruble',
	'Ünïcödé Straße İstanbul ΣΟΦΙΑ naïve café 𝐀𝐁𝐂 emoji 👍 tab\tsep\u00a0nbsp',
	"Mr. O'Brien's 2nd-to-last x's, 'a, a', ''b, a'' 4's 3,14 1,000x",
	"U.S.A.'s I.M.F. 5.'s .5 5. a.5 5.a A. B.",
	'',
	'...',
];

function wordsOf(texts: string[]): string[][] {
	const ids = new WordIds();
	const words = texts.map((t) => {
		const out = new Growing();
		ids.sentence(t, out);
		return [...out.done()].map((id) => ids.words[id]!);
	});
	// Each word once in the vocabulary.
	expect(new Set(ids.words).size).toBe(ids.words.length);
	return words;
}

describe('word ids', () => {
	it('cut every sentence into the words of foldWords', () => {
		expect(wordsOf(tricky)).toEqual(tricky.map(foldWords));
		const lines: string[] = [];
		for (const dir of ['data', 'test/fixtures/formats'])
			for (const f of readdirSync(dir).sort())
				if (/\.(txt|srt|vtt|md)$/.test(f))
					lines.push(...readFileSync(join(dir, f), 'utf8').split('\n'));
		expect(lines.length).toBeGreaterThan(100);
		expect(wordsOf(lines)).toEqual(lines.map(foldWords));
	});

	it('cut a sentence from its paragraph as they cut it alone', () => {
		const para =
			"U.S. and 66,000 roubles. It's 3.5 x.y. Ab.c, a 'quote' — e.g. Café's 1,000. $5, 7%.";
		const ids = new WordIds();
		for (let from = 0; from < para.length; from++)
			for (let end = from; end <= para.length; end++) {
				const whole = new Growing();
				const part = new Growing();
				const h = ids.sentence(para.slice(from, end), whole);
				expect(ids.sentence(para, part, from, end)).toBe(h);
				expect([...part.done()]).toEqual([...whole.done()]);
			}
	});

	it('give a sentence the hash of its lower-cased text, whichever way it is cut', () => {
		const ids = new WordIds();
		const hash = (t: string) => ids.sentence(t, new Growing());
		expect(hash('Thank you.')).toBe(hash('THANK YOU.'));
		expect(hash('Café, merci.')).toBe(hash('CAFÉ, MERCI.'));
		expect(hash('Thank you.')).not.toBe(hash('Thank you!'));
	});
});
