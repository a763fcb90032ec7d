import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import width from '../../source/ui/string-width.js';

describe('the build’s string-width (source/ui/string-width.ts)', () => {
	test('gives string-width’s answer for plain text, punctuation, CJK, marks, emoji and escapes', () => {
		const samples = [
			'',
			'plain ASCII',
			'Meeting · 2017-12-27 · The Kremlin… turn 1/6 · 26%',
			'“Quoted” — dash – en ‘single’ ‹›',
			'Путин: Добрый день! Ελληνικά',
			'日本語のテキスト 한국어',
			'café ä́b', // a combining mark
			'👨‍👩‍👧‍👦 👍🏽 🇷🇺 ✔️',
			'\u001B[1mbold\u001B[22m · x',
			'\u001B[38;2;10;20;30m—\u001B[39m \u001B[2m…\u001B[22m',
			'\u001B[1', // an unfinished code
			'\u001B[1;\u0301m',
			'\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007',
			'\u001BMx',
			'soft\u00ADhyphen',
			'zero\u200Bwidth\u200D',
			'tab\there',
			'\u0007bell',
		];
		for (const s of samples) expect(width(s), s).toBe(stringWidth(s));
		expect(width('ab', {ambiguousIsNarrow: false})).toBe(2);
		expect(width('·', {ambiguousIsNarrow: false})).toBe(
			stringWidth('·', {ambiguousIsNarrow: false}),
		);
	});

	test('agrees on every pair of code points from the Basic Multilingual Plane’s first blocks', () => {
		const wrong: string[] = [];
		const codes = [];
		for (let c = 0; c < 0x600; c += 9) codes.push(c);
		for (let c = 0x2000; c < 0x2070; c++) codes.push(c);
		codes.push(0x4e00, 0x9fff, 0xac00, 0xd7a3, 0x1100, 0x1161, 0x11a8, 0xfe0f, 0x200d);
		for (const a of codes)
			for (const b of codes) {
				const s = String.fromCharCode(a, b);
				if (width(s) !== stringWidth(s)) wrong.push(`${a.toString(16)} ${b.toString(16)}`);
			}
		expect(wrong).toEqual([]);
	});
});
