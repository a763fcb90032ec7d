import {styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import slice from '../../source/ui/slice-ansi.js';

/** What Ink makes of a line it writes: its styled characters. */
const drawn = (line: string) => styledCharsFromTokens(tokenize(line));

describe('the build’s slice-ansi (source/ui/slice-ansi.ts)', () => {
	test('gives what slice-ansi gives, as Ink draws it, for whole lines and for cuts', () => {
		const c = new Chalk({level: 3});
		const lines = [
			'',
			'plain text · with “punctuation” — and more…',
			`${c.cyan.bold('›')} 2010-06-09  ${c.bold('Working meeting')}${c.dim(' · Dmitry Medvedev')}`,
			c.dim(`dim ${c.bold('bold in dim')} dim again ${c.underline('under')}`),
			`\u001B[0;1m\u001B[36m\u001B[49m \u001B[0m\u001B[39m\u001B[49m x`,
			'\u001B[1mbold never closed',
			`${c.yellow('日本語')} 한국어 ${c.green('👨‍👩‍👧‍👦')} x`,
		];
		for (const line of lines) {
			const w = stringWidth(line);
			for (const [from, to] of [
				[0, w],
				[0, w + 5],
				[0, undefined],
				[0, Math.max(0, w - 3)],
				[2, w],
			] as const) {
				expect(drawn(slice(line, from, to)), `${line} ${from}-${to}`).toEqual(
					drawn(sliceAnsi(line, from, to)),
				);
			}
			// A line asked for whole comes back as it is, without being cut up.
			expect(slice(line, 0, w)).toBe(line);
		}
	});
});
