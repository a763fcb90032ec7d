import * as original from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import {describe, expect, test} from 'vitest';
import {
	styledCharsFromTokens,
	styledCharsToString,
	tokenize,
} from '../../source/ui/ansi-tokenize.js';

const c = new Chalk({level: 3});
/** Plain, styled and nested lines, as Ink writes them. */
const styled = [
	'',
	'plain text · with “punctuation” — and more…',
	`${c.bold('bold')} ${c.dim('dim')} ${c.bold.dim('both')} ${c.cyan('cyan')} end`,
	c.dim(`dim ${c.bold('bold in dim')} dim again ${c.underline('under')}`),
	`${c.bgBlue.white(' on blue ')}${c.inverse('inverse')}${c.hex('#ff8800')('true colour')}`,
];

describe('the build’s ansi-tokenize (source/ui/ansi-tokenize.ts)', () => {
	test('styledCharsToString gives the original’s text for plain, styled and nested rows', () => {
		const lines = [
			...styled,
			c.red('red to the end'),
			`${c.yellow('日本語')} 한국어 ${c.green('👨‍👩‍👧‍👦')} x`,
			'\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007 after',
		];
		for (const line of lines) {
			const chars = original.styledCharsFromTokens(original.tokenize(line));
			expect(styledCharsToString(chars)).toBe(original.styledCharsToString(chars));
			// Rows of Ink's grid are made of characters from several writes.
			const mixed = [...chars.slice(3), ...chars.slice(0, 5), ...chars.slice(2, 4)];
			expect(styledCharsToString(mixed)).toBe(original.styledCharsToString(mixed));
		}
	});
});

describe('the build’s tokenize (source/ui/ansi-tokenize.ts)', () => {
	test('gives the original’s tokens for plain, styled, wide, marked and linked lines', () => {
		const lines = [
			...styled,
			`${c.yellow('日本語')} 한국어 ${c.green('👨‍👩‍👧‍👦')} x`,
			'Путин: Добрый день! Ελληνικά ─│ ｶﾞ か\u3099',
			'café ä́b\r\nnext\ttab',
			'\u001B]8;;https://example.com\u0007link\u001B]8;;\u0007 after',
			'\u001B[m reset \u001B[1;31mred bold\u001B[0m',
			'\u001B[31', // unfinished
			'\u001B[3x1m not a code',
			'\u001BMx',
			'\u009B31m eight-bit CSI',
			`m\u0301 ${c.red('a')}\u0301 after a code`,
		];
		for (const line of lines) {
			for (const end of [undefined, 0, 1, 3, 7, 1000])
				expect(tokenize(line, end), `${JSON.stringify(line)} ${end}`).toEqual(
					original.tokenize(line, end),
				);
			const tokens = original.tokenize(line);
			expect(styledCharsFromTokens(tokens), JSON.stringify(line)).toEqual(
				original.styledCharsFromTokens(tokens),
			);
		}
	});

	test('agrees with the original on random lines of characters, codes and fragments', () => {
		const pool = [
			'a',
			' ',
			'·',
			'Я',
			'日',
			'\u0301',
			'\u001B[31m',
			'\u001B[0m',
			'\u001B[',
			'm',
			';',
			'1',
			'👍',
			'\r',
			'\n',
		];
		let seed = 5;
		for (let n = 0; n < 1000; n++) {
			let line = '';
			for (let i = 0; i < n % 11; i++) {
				seed = (seed * 1103515245 + 12345) % 2 ** 31;
				line += pool[seed % pool.length];
			}
			expect(tokenize(line), JSON.stringify(line)).toEqual(original.tokenize(line));
			expect(tokenize(line, 2), JSON.stringify(line)).toEqual(original.tokenize(line, 2));
		}
	});
});
