import {createHash} from 'node:crypto';
import {describe, expect, test} from 'vitest';
import {quickHash, sha256Hex} from '../../source/core/hash.js';

describe('hashes (source/core/hash.ts)', () => {
	test('sha256Hex is node:crypto’s SHA-256 of bytes and of text as UTF-8', () => {
		for (const data of ['', 'abc', 'Путин\n日本語 👍', new Uint8Array([0, 1, 2, 255])])
			expect(sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
	});

	test('quickHash is stable, 14 hex digits, and tells apart near strings', () => {
		expect(quickHash('/a/b\u0000/c')).toBe(quickHash('/a/b\u0000/c'));
		expect(quickHash('')).toMatch(/^[0-9a-f]{14}$/);
		const seen = new Set<string>();
		for (let i = 0; i < 20_000; i++) seen.add(quickHash(`/home/user/transcripts/${i}`));
		expect(seen.size).toBe(20_000);
		expect(quickHash('ab')).not.toBe(quickHash('ba'));
	});
});
