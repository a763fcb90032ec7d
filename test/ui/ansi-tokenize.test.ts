import * as original from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import {describe, expect, test} from 'vitest';
import {styledCharsToString} from '../../source/ui/ansi-tokenize.js';

describe('the build’s ansi-tokenize (source/ui/ansi-tokenize.ts)', () => {
	test('styledCharsToString gives the original’s text for plain, styled and nested rows', () => {
		const c = new Chalk({level: 3});
		const lines = [
			'',
			'plain text · with “punctuation” — and more…',
			`${c.bold('bold')} ${c.dim('dim')} ${c.bold.dim('both')} ${c.cyan('cyan')} end`,
			c.dim(`dim ${c.bold('bold in dim')} dim again ${c.underline('under')}`),
			`${c.bgBlue.white(' on blue ')}${c.inverse('inverse')}${c.hex('#ff8800')('true colour')}`,
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
