import {describe, expect, test} from 'vitest';
import {alone, QuickSegmenter} from '../../source/core/segmenter.js';

const icu = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const quick = new QuickSegmenter(undefined, {granularity: 'grapheme'});
const split = (s: Intl.Segments) => [...s].map((x) => [x.segment, x.index]);

/** Every code unit `alone` says is a cluster on its own: whole small ranges, big ones strided. */
const units: number[] = [];
for (let c = 0; c < 0x10000; c += c >= 0x3400 && c < 0xd800 ? 37 : 1) if (alone(c)) units.push(c);
/** Neighbours for them: the edges of every range, and a few inside. */
const partners: number[] = [];
for (let c = 0; c < 0x10000; c++)
	if (alone(c) && (!alone(c - 1) || !alone(c + 1) || c % 257 === 0)) partners.push(c);

describe('QuickSegmenter (source/core/segmenter.ts)', () => {
	test('each code unit alone says stands alone is a cluster beside every other', () => {
		const wrong: string[] = [];
		for (const list of [
			[units, partners],
			[partners, units],
		] as const)
			for (const a of list[0]) {
				// a b1 a b2 a …: a boundary before and after every b (in short strings: ICU is slow
				// on long ones).
				for (let i = 0; i < list[1].length; i += 32) {
					const text = list[1]
						.slice(i, i + 32)
						.map((b) => String.fromCharCode(a, b))
						.join('');
					if ([...icu.segment(text)].length !== text.length) wrong.push(a.toString(16));
				}
			}
		expect(wrong).toEqual([]);
		expect(units.length).toBeGreaterThan(2000);
	});

	test('gives Intl.Segmenter’s segments for plain, marked, emoji and CR LF text', () => {
		const samples = [
			'',
			'plain ASCII text, with punctuation… “quotes” — and ·',
			'Путин: Добрый день! Ελληνικά 日本語のテキスト 한국어 ─│╭╮',
			'\u001B[1mbold\u001B[22m\ttab\nline',
			'café ä́b',
			'👨‍👩‍👧‍👦 👍🏽 🇷🇺 ✔️ ©️',
			'line\r\nnext',
			'か\u3099 ｶﾞ',
			'\u1100\u1161\u11a8 각',
			'zero\u200bwidth\u200d join',
			'soft\u00adhyphen',
			'\ud83d', // a lone surrogate
		];
		for (const s of samples) {
			expect(split(quick.segment(s)), s).toEqual(split(icu.segment(s)));
			for (let i = -1; i <= s.length; i++)
				expect(quick.segment(s).containing(i), `${s} @${i}`).toEqual(icu.segment(s).containing(i));
		}
		const s = 'abc';
		expect(quick.segment(s).containing()).toEqual(icu.segment(s).containing());
		expect(quick.segment(s).containing(Number.NaN)).toEqual(icu.segment(s).containing(Number.NaN));
		expect(quick.segment(s).containing(1.7)).toEqual(icu.segment(s).containing(1.7));
	});

	test('random strings of every kind of unit segment as with Intl.Segmenter', () => {
		const pool = [...'aZ ·…—\r\n\t\u0301\u200d\ufe0f\u3099ｶﾞ각\u1161', '👍', '🏽', '🇷', 'Я', '日'];
		let seed = 7;
		const next = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed;
		};
		for (let n = 0; n < 500; n++) {
			let s = '';
			const len = next() % 12;
			for (let i = 0; i < len; i++) s += pool[next() % pool.length];
			expect(split(quick.segment(s)), JSON.stringify(s)).toEqual(split(icu.segment(s)));
		}
	});

	test('word and sentence segmenting, and the options, are Intl’s own', () => {
		const words = new QuickSegmenter('en', {granularity: 'word'});
		const text = 'Hello there, world.';
		expect([...words.segment(text)]).toEqual([
			...new Intl.Segmenter('en', {granularity: 'word'}).segment(text),
		]);
		expect(words.resolvedOptions().granularity).toBe('word');
		expect(new QuickSegmenter().resolvedOptions().granularity).toBe('grapheme');
	});
});
