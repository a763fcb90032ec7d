/**
 * A small seedable random source (mulberry32) and string hashing, so quiz sessions are
 * reproducible with `--seed` and card ids are stable across runs.
 */
import {sha256Hex} from './hash.js';

/** A deterministic random source: `next()` returns a float in [0, 1). */
export interface Rng {
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	/** A new array with the items in random order (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** One item, or undefined for an empty list. */
	pick<T>(items: readonly T[]): T | undefined;
}

/** A 32-bit FNV-1a hash of a string (for seeding). */
function hash32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A short stable hex digest of a text (12 hex digits of SHA-256), used in card ids. */
export function textHash(text: string): string {
	return sha256Hex(text).slice(0, 12);
}

/** A random source seeded from a number or string; the same seed gives the same sequence. */
export function createRng(seed: number | string): Rng {
	let state = typeof seed === 'number' ? seed >>> 0 : hash32(seed);
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	return {
		next,
		int,
		shuffle<T>(items: readonly T[]): T[] {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[out[i], out[j]] = [out[j] as T, out[i] as T];
			}
			return out;
		},
		pick<T>(items: readonly T[]): T | undefined {
			return items.length === 0 ? undefined : items[int(items.length)];
		},
	};
}
