/**
 * Text in: decoding bytes (UTF-8 with or without BOM, UTF-16 with BOM or without, Windows-1252
 * only when the bytes are clearly not UTF-8) and cleaning (line ends, Unicode spaces, zero-width
 * and control characters, terminal escape sequences). A cleaned text can never drive the user's
 * terminal. One cleaner, `clean`, serves bytes and strings alike.
 */
import {isUtf8} from 'node:buffer';
import {readFileSync} from 'node:fs';

/** The encodings `detectEncoding` can tell apart. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Which encoding the bytes are in, and how many BOM bytes to skip. */
export function detectEncoding(bytes: Uint8Array): {encoding: Encoding; bom: number} {
	const b0 = bytes[0];
	const b1 = bytes[1];
	if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', bom: 3};
	if (b0 === 0xff && b1 === 0xfe) return {encoding: 'utf-16le', bom: 2};
	if (b0 === 0xfe && b1 === 0xff) return {encoding: 'utf-16be', bom: 2};
	const utf16 = guessUtf16(bytes);
	if (utf16) return {encoding: utf16, bom: 0};
	return {encoding: isUtf8(bytes) || mostlyUtf8(bytes) ? 'utf-8' : 'windows-1252', bom: 0};
}

/**
 * Bytes that are not valid UTF-8 but hold more well-formed multi-byte sequences than stray bytes:
 * UTF-8 with a few damaged bytes (they decode to U+FFFD), not Windows-1252, whose accented
 * letters and quotes are single high bytes that seldom form a valid sequence by chance.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
	let good = 0;
	let bad = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (b < 0x80) continue;
		const need =
			b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		let ok = need > 0 && i + need < bytes.length;
		for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
		if (ok) {
			good++;
			i += need;
		} else bad++;
	}
	return good > bad;
}

/** UTF-16 without a BOM: one byte of every pair is zero in most of the first kilobytes. */
function guessUtf16(bytes: Uint8Array): Encoding | undefined {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return undefined;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
	if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
	return undefined;
}

/**
 * True when the bytes are not text: NUL bytes (outside UTF-16) or mostly control characters.
 * Only the first 64 KB are looked at.
 */
export function isBinary(bytes: Uint8Array): boolean {
	const {encoding} = detectEncoding(bytes);
	if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
	const n = Math.min(bytes.length, 65536);
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if (b === 0) return true;
		if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
	}
	return n > 0 && controls > n * 0.1;
}

/** Decodes bytes to a string without cleaning it (BOM removed). */
export function decode(bytes: Uint8Array): string {
	const {encoding, bom} = detectEncoding(bytes);
	return decodeAs(encoding, bytes.subarray(bom));
}

/** Windows-1252 characters for bytes 0x80–0x9F (the rest of the code page is Latin-1). */
const CP1252 =
	'\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
	'\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function decodeAs(encoding: Encoding, bytes: Uint8Array): string {
	if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
	// Node's TextDecoder reads "windows-1252" as Latin-1, so map 0x80–0x9F here.
	return new TextDecoder('latin1')
		.decode(bytes)
		.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes and cleans bytes: `clean(decode(bytes))`. In UTF-8, no-break spaces (C2 A0, one in
 * thirty characters of a saved Kremlin page) become spaces in the bytes first: the same result,
 * but a string replace of millions of them in a big file takes seconds, a byte loop milliseconds.
 */
export function decodeClean(bytes: Uint8Array): string {
	const {encoding} = detectEncoding(bytes);
	return clean(decode(encoding === 'utf-8' ? spaceNbsp(bytes) : bytes));
}

/** UTF-8 bytes with every no-break space (C2 A0) written as a space (20); a copy when changed. */
function spaceNbsp(bytes: Uint8Array): Uint8Array {
	let i = bytes.indexOf(0xa0);
	if (i < 0) return bytes;
	const out = new Uint8Array(bytes.length);
	let n = 0;
	let from = 0;
	for (; i >= 0; i = bytes.indexOf(0xa0, i + 1)) {
		if (i === 0 || bytes[i - 1] !== 0xc2) continue;
		out.set(bytes.subarray(from, i - 1), n);
		n += i - 1 - from;
		out[n++] = 0x20;
		from = i + 1;
	}
	out.set(bytes.subarray(from), n);
	return out.subarray(0, n + bytes.length - from);
}

/** Reads a whole file's bytes. */
export function readTextFile(path: string): Uint8Array {
	return readFileSync(path);
}

/** Anything `clean` would change; when absent, `clean` returns its input unchanged. */
const DIRTY =
	/[\0-\x08\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
/** Escape sequences: CSI, control strings (OSC, DCS, SOS, PM, APC) and short ESC sequences. */
const ESCAPES =
	/(?:\x1b\[|\x9b)[\x20-\x3f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n\r]*(?:\x07|\x1b\\|\x9c)?|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const NEWLINES = /\r\n?|[\x0b\x0c\x85\u2028\u2029]/g;
const INVISIBLE =
	/[\0-\x08\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/**
 * Cleans a decoded text: CRLF/CR (and VT, FF, NEL, U+2028/9) become LF, Unicode spaces become
 * plain spaces, zero-width and bidi-control characters are dropped, escape sequences are removed
 * with their payload, and every other C0/C1 control except LF and tab is removed.
 */
export function clean(text: string): string {
	if (!DIRTY.test(text)) return text;
	let s = text;
	if (s.includes('\x1b') || /[\x90-\x9f]/.test(s)) s = s.replace(ESCAPES, '');
	return s.replace(NEWLINES, '\n').replace(SPACES, ' ').replace(INVISIBLE, '');
}
