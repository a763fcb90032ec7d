/**
 * Hashes. SHA-256 names content (transcript keys, library ids, card ids); node:crypto is required
 * at the first such hash rather than imported, because loading it costs ~5 ms of start-up and a
 * start whose files are all as the caches last saw them hashes no content. (A `require` made
 * here, so that it works in any bundle or test, with or without a global `require`.)
 */
import type * as Crypto from 'node:crypto';
import {createRequire as requireFrom} from 'node:module';

// (Named so as not to meet the `createRequire` and `require` that bundles declare in a banner.)
const requireHere = requireFrom(import.meta.url);

/** The SHA-256 of `data` (a string as UTF-8), in hex. */
export function sha256Hex(data: string | Uint8Array): string {
	const {createHash} = requireHere('node:crypto') as typeof Crypto;
	return createHash('sha256').update(data).digest('hex');
}

/**
 * A quick 53-bit hash of a string, in hex (cyrb53, public domain), where a clash costs only a
 * cache miss: it names the file that says which content a list of paths held last time.
 */
export function quickHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
