/**
 * The Kremlin layout's line scan: trimmed, single-spaced paragraphs (one per line) and where each
 * one's first colon is — one pass over the text.
 */
import {MAX_SHAPED} from './caption-shape.js';
import {MAX_LABEL} from './label-shape.js';

/** Paragraphs of a text, and where each one's first colon is (or -1 past `MAX_LABEL`). */
export interface Paragraphs {
	texts: string[];
	/** Per paragraph, its first colon (-1 if none). (Typed arrays: the collector never copies them.) */
	colons: Int32Array;
	/**
	 * Per paragraph, 1 when it may be narration inside a turn (see `mayBeNarration`). Others are
	 * plain speech, and need no second look.
	 */
	maybeNarration: Uint8Array;
}

/** Paragraphs at most this long may be captions or date lines (narration.ts, caption-shape.ts). */
const SHORT = MAX_SHAPED;

/**
 * Splits text into trimmed, single-spaced non-empty lines (each line is one paragraph) and notes
 * the first colon of each within `MAX_LABEL` characters. One pass: colons, double spaces and tabs
 * are found with cursors that only move forward, so each search covers the text once.
 */
export function paragraphs(text: string): Paragraphs {
	const texts: string[] = [];
	let colons = new Int32Array(1024);
	let maybeNarration = new Uint8Array(1024);
	const n = text.length;
	let colon = -2;
	let double = -2;
	let tab = -2;
	let i = 0;
	while (i < n) {
		let j = text.indexOf('\n', i);
		if (j < 0) j = n;
		let a = i;
		let b = j;
		while (a < b && isBlankChar(text.charCodeAt(a))) a++;
		while (b > a && isBlankChar(text.charCodeAt(b - 1))) b--;
		let squeeze = false;
		if (b > a) {
			if (double < a && double !== -1) double = text.indexOf('  ', a);
			if (tab < a && tab !== -1) tab = text.indexOf('\t', a);
			squeeze = (double >= 0 && double < b) || (tab >= 0 && tab < b);
		}
		if (b > a) {
			if (colon < a && colon !== -1) colon = text.indexOf(':', a);
			let p = text.slice(a, b);
			let at = colon >= 0 && colon < b && colon - a <= MAX_LABEL ? colon - a : -1;
			if (squeeze) {
				p = p.replace(/[ \t]+/g, ' ');
				at = at < 0 ? -1 : p.indexOf(':');
			}
			const k = texts.length;
			if (k === colons.length) {
				colons = grow(colons, new Int32Array(k * 2));
				maybeNarration = grow(maybeNarration, new Uint8Array(k * 2));
			}
			texts.push(p);
			colons[k] = at;
			maybeNarration[k] = mayBeNarration(p) ? 1 : 0;
		}
		i = j + 1;
	}
	const count = texts.length;
	return {
		texts,
		colons: colons.subarray(0, count),
		maybeNarration: maybeNarration.subarray(0, count),
	};
}

/**
 * False when a paragraph inside a turn is surely speech, while its text is still in the cache:
 * it is no break ("*"), no "<…>", "(…)" or "[…]", no date line (kremlin.ts `isNarration`: at most
 * 140 characters, a digit first, or a digit after the first word of a capital, or a comma before
 * it), and no caption (narration.ts: at most `SHORT` characters, a capital first, a full stop
 * last).
 */
function mayBeNarration(p: string): boolean {
	const c = p.charCodeAt(0);
	if (c === 42 || c === 40 || c === 91 || c === 60) return true;
	const n = p.length;
	if (n > SHORT) return false;
	if (n <= 140) {
		if (c >= 48 && c <= 57) return true;
		if (c >= 65 && c <= 90) {
			const space = p.indexOf(' ');
			if (space >= 0 && space <= 10) {
				const d = p.charCodeAt(space + 1);
				if ((d >= 48 && d <= 57) || p.charCodeAt(space - 1) === 44) return true;
			}
		}
	}
	return p.charCodeAt(n - 1) === 46 && ((c >= 65 && c <= 90) || c >= 0xc0);
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
	to.set(from);
	return to;
}

function isBlankChar(c: number): boolean {
	return c === 32 || c === 9 || c === 13;
}
