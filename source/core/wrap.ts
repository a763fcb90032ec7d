/**
 * Word wrapping for the terminal: splits text into lines no wider than a number of columns and
 * returns each line as a range of the original string, so that callers can map screen lines back
 * to character offsets (reading positions, highlights) without copying text.
 *
 * Widths are terminal columns as `string-width` (Ink's own measure) counts them, per grapheme
 * cluster: a wide (CJK) character or an emoji — with skin tone, variation selector or ZWJ family —
 * is two columns and never split; combining marks ride on their base character.
 */
import stringWidth from 'string-width';
import {QuickSegmenter} from './segmenter.js';

/** One wrapped line: the characters `text.slice(start, end)` (trailing spaces excluded). */
export interface LineRange {
	start: number;
	end: number;
}

/** The soft hyphen: invisible, but a place to break a word (drawn as "-" at a line's end). */
export const SOFT_HYPHEN = '\u00AD';

/** Columns taken by a string. */
export function textWidth(text: string): number {
	return stringWidth(text);
}

/**
 * The width of a code unit that is a whole grapheme cluster on its own whenever the next unit is
 * also one of these (Latin, Greek, Cyrillic, common punctuation, CJK ideographs, Hangul
 * syllables) — 1 or 2 — or 0 when it is not such a unit and needs segmenting. A shortcut that
 * agrees with string-width on every code point it answers for (tested exhaustively).
 */
export function quickWidth(code: number): number {
	if (code < 0x300)
		return code >= 0x20 && code !== 0x7f && code !== 0xad && (code < 0x80 || code >= 0xa0) ? 1 : 0;
	if (code < 0x483) return code >= 0x370 ? 1 : 0;
	if (code < 0x530) return code >= 0x48a ? 1 : 0;
	if (code >= 0x2010 && code <= 0x205e)
		return code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) ? 0 : 1;
	if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) return 2;
	return 0;
}

const segmenter = new QuickSegmenter(undefined, {granularity: 'grapheme'});
const clusterWidths = new Map<string, number>();

/**
 * The grapheme cluster starting at `i` (a cluster boundary): its length in UTF-16 units times 1024
 * plus its width, in one number (`>> 10` and `& 1023` take them apart): a pair would be made and
 * taken apart for each character of every line wrapped.
 */
function clusterAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	const quick = quickWidth(code);
	if (
		quick > 0 &&
		(i + 1 >= text.length ||
			quickWidth(text.charCodeAt(i + 1)) > 0 ||
			text.charCodeAt(i + 1) === 10)
	)
		return 1024 + quick;
	if (code === 0xad) return 1024;
	// Segment from this boundary: a cluster is short, so a small window is enough.
	const first = segmenter
		.segment(text.slice(i, i + 64))
		[Symbol.iterator]()
		.next().value;
	const segment = first?.segment ?? text[i]!;
	let width = clusterWidths.get(segment);
	if (width === undefined) {
		width = stringWidth(segment);
		if (clusterWidths.size < 10_000) clusterWidths.set(segment, width);
	}
	return segment.length * 1024 + Math.min(width, 1023);
}

/**
 * Wraps `text` to `width` columns. Breaks at spaces, and at a soft hyphen (leaving room for the
 * "-" drawn there); a word longer than the width is cut between clusters. A "\n" ends a line, so
 * "\n\n" between paragraphs gives an empty line. Always returns at least one line.
 */
export function wrapText(text: string, width: number): LineRange[] {
	const cols = Math.max(1, Math.floor(width));
	const lines: LineRange[] = [];
	let start = 0;
	const n = text.length;
	while (start <= n) {
		let col = 0;
		let i = start;
		// Where the line may end (exclusive) and the next one start, at the last break that fits.
		let breakEnd = -1;
		let breakNext = -1;
		let end = -1;
		let next = -1;
		while (i < n) {
			const code = text.charCodeAt(i);
			if (code === 10) {
				end = i;
				next = i + 1;
				break;
			}
			const cluster = clusterAt(text, i);
			const size = cluster >> 10;
			const w = cluster & 1023;
			if (code === 32) {
				if (col + 1 > cols) {
					// The space itself overflows: break here and skip the run of spaces.
					end = i;
					next = i;
					while (next < n && text.charCodeAt(next) === 32) next++;
					break;
				}
				if (i > start) {
					breakEnd = i;
					breakNext = i + 1;
				}
			} else if (code === 0xad && size === 1) {
				// A soft hyphen: break after it if the drawn "-" still fits.
				if (col + 1 <= cols && i > start) {
					breakEnd = i + 1;
					breakNext = i + 1;
				}
			} else if (col + w > cols) {
				if (breakEnd > start) {
					end = breakEnd;
					next = breakNext;
				} else {
					end = i === start ? i + size : i;
					next = end;
				}
				while (next < n && text.charCodeAt(next) === 32) next++;
				break;
			}
			col += w;
			i += size;
		}
		if (end === -1) {
			lines.push({start, end: trimEnd(text, start, n)});
			break;
		}
		lines.push({start, end: trimEnd(text, start, end)});
		if (next >= n && text.charCodeAt(n - 1) !== 10) break;
		start = next;
	}
	return lines;
}

/**
 * How a wrapped line of `text` is drawn: soft hyphens removed, and a "-" where the line ends at
 * one. `from`/`to` (default: the whole line) draw a part of the line the same way.
 */
export function drawnText(text: string, line: LineRange, from = line.start, to = line.end): string {
	const part = text.slice(from, to);
	if (!part.includes(SOFT_HYPHEN)) return part;
	const shown = part.replaceAll(SOFT_HYPHEN, '');
	return to === line.end && text.charCodeAt(line.end - 1) === 0xad ? `${shown}-` : shown;
}

function trimEnd(text: string, start: number, end: number): number {
	let e = end;
	while (e > start && text.charCodeAt(e - 1) === 32) e--;
	return e;
}

/** Grapheme clusters of `text` as [start, end) ranges with their widths (soft hyphens: 0). */
function clusterList(text: string): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	for (let i = 0; i < text.length; ) {
		const cluster = clusterAt(text, i);
		const size = cluster >> 10;
		out.push([i, i + size, text.charCodeAt(i) === 10 ? 0 : cluster & 1023]);
		i += size;
	}
	return out;
}

/** The index after taking at most `cols` columns of `text` from `from`, whole clusters only. */
export function columnsEnd(text: string, from: number, cols: number): number {
	let used = 0;
	let end = from;
	while (end < text.length) {
		const cluster = clusterAt(text, end);
		const w = text.charCodeAt(end) === 10 ? 0 : cluster & 1023;
		if (used + w > cols) break;
		used += w;
		end += cluster >> 10;
	}
	return end;
}

/** The index before taking at most `cols` columns of `text` back from `to`, whole clusters only. */
export function columnsStart(text: string, to: number, cols: number): number {
	const clusters = clusterList(text.slice(0, to));
	let used = 0;
	let start = to;
	for (let k = clusters.length - 1; k >= 0; k--) {
		const [a, , w] = clusters[k]!;
		if (used + w > cols) break;
		used += w;
		start = a;
	}
	return start;
}

/** The ellipsis that marks cut text (one column). */
export const ELLIPSIS = '…';

/**
 * `text` in at most `width` columns: whole when it fits, else cut between clusters with "…" at
 * the end (or, with `atStart`, its end with "…" first). The one truncation every view uses.
 */
export function truncateText(text: string, width: number, atStart = false): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	if (atStart) return ELLIPSIS + text.slice(columnsStart(text, text.length, width - 1)).trimStart();
	return text.slice(0, columnsEnd(text, 0, width - 1)).trimEnd() + ELLIPSIS;
}

/**
 * Parts of one line (drawn in different styles) in at most `width` columns, as `truncateText` cuts
 * the whole line: all of them when they fit, else the part where the cut falls ends with "…" and
 * those after it are empty. (A view that cuts its own rows spares Ink cutting them, which it does
 * character by character on every frame.)
 */
export function truncateParts(parts: readonly string[], width: number): string[] {
	const widths = parts.map((p) => stringWidth(p));
	if (widths.reduce((a, b) => a + b, 0) <= width) return [...parts];
	const out = parts.map(() => '');
	let left = width;
	for (let k = 0; k < parts.length && left > 0; k++) {
		// A part that fits is kept whole only if a column is left after it for what follows.
		if (widths[k]! < left) {
			out[k] = parts[k]!;
			left -= widths[k]!;
			continue;
		}
		out[k] = truncateText(`${parts[k]}${ELLIPSIS}`, left);
		// As truncateText: no white space before the "…", even at the end of the parts before.
		for (let j = k - 1; j >= 0 && out[k] === ELLIPSIS; j--) {
			out[j] = out[j]!.trimEnd();
			if (out[j] !== '') break;
		}
		break;
	}
	return out;
}

/** `text` padded with spaces to `width` columns (unchanged when it is as wide or wider). */
export function padText(text: string, width: number): string {
	const w = stringWidth(text);
	return w >= width ? text : text + ' '.repeat(width - w);
}

/** The index after the grapheme cluster at `at` (an emoji family or a letter with its marks). */
export function clusterAfter(text: string, at: number): number {
	if (at >= text.length) return text.length;
	const s = segmenter.segment(text).containing(Math.max(0, at));
	return s ? s.index + s.segment.length : at + 1;
}

/** The index where the grapheme cluster before `at` starts. */
export function clusterBefore(text: string, at: number): number {
	if (at <= 0) return 0;
	const s = segmenter.segment(text).containing(Math.min(text.length, at) - 1);
	return s ? s.index : at - 1;
}
