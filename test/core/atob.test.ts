import {describe, expect, test} from 'vitest';
import {quickAtob} from '../../source/core/atob.js';

/** atob's answer, or the name of what it threw. */
function outcome(decode: (s: string) => string, input: string): string {
	try {
		return `ok ${decode(input)}`;
	} catch (error) {
		return `threw ${(error as Error).name}`;
	}
}

describe('quickAtob (source/core/atob.ts)', () => {
	test('decodes and rejects as atob does', () => {
		const samples = [
			'',
			'YQ',
			'YQ=',
			'YQ==',
			'YWI',
			'YWI=',
			'YWJj',
			'Y',
			'YQ===',
			'=YQ',
			'Y=Q=',
			' Y W\nJ j\t',
			'YW Jj\r\f',
			'YW\u000BJj', // a vertical tab is not ASCII whitespace here
			'YWJj!',
			'YWJj-_',
			'////',
			'+/+/',
			'AGFzbQEAAAAB',
			'é',
			'YWJj\u00A0',
		];
		for (const s of samples)
			expect(outcome(quickAtob, s), JSON.stringify(s)).toBe(outcome(atob, s));
	});

	test('agrees with atob on random strings of base64 characters, padding and spaces', () => {
		const alphabet = 'ABCXYZabcxyz0189+/= \n';
		let seed = 11;
		for (let n = 0; n < 2000; n++) {
			let s = '';
			const length = n % 13;
			for (let i = 0; i < length; i++) {
				seed = (seed * 1103515245 + 12345) % 2 ** 31;
				s += alphabet[seed % alphabet.length];
			}
			expect(outcome(quickAtob, s), JSON.stringify(s)).toBe(outcome(atob, s));
		}
	});

	test('decodes a long input byte for byte', () => {
		const bytes = Buffer.alloc(100_000);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
		const b64 = bytes.toString('base64');
		expect(quickAtob(b64)).toBe(atob(b64));
	});
});
