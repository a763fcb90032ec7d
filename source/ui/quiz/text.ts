/**
 * Text shaping for the quiz and stats screens: wrapping to a width, clipping to a number of rows
 * with an ellipsis, bars and a progress bar — so each screen knows its exact height in advance.
 */
import {textWidth, wrapText} from '../../core/wrap.js';

/** `text` wrapped to `width` columns, one string per row. */
export function wrapLines(text: string, width: number): string[] {
	const w = Math.max(1, width);
	return wrapText(text, w).map((r) => text.slice(r.start, r.end));
}

function withEllipsis(line: string, width: number, atStart: boolean): string {
	if (atStart) return textWidth(line) + 2 <= width ? `… ${line}` : `…${line.slice(2)}`;
	return textWidth(line) + 2 <= width ? `${line} …` : `${line.slice(0, -2)}…`;
}

/** The first `rows` lines; the last shown line ends with "…" when some were cut. */
export function clipHead(lines: readonly string[], rows: number, width: number): string[] {
	if (rows <= 0) return [];
	if (lines.length <= rows) return [...lines];
	const out = lines.slice(0, rows);
	out[rows - 1] = withEllipsis(out[rows - 1]!, width, false);
	return out;
}

/** The last `rows` lines; the first shown line starts with "…" when some were cut. */
export function clipTail(lines: readonly string[], rows: number, width: number): string[] {
	if (rows <= 0) return [];
	if (lines.length <= rows) return [...lines];
	const out = lines.slice(lines.length - rows);
	out[0] = withEllipsis(out[0]!, width, true);
	return out;
}

/** A bar of `width` cells for a fraction 0..1: filled "█", empty "░". */
export function bar(fraction: number, width: number): string {
	const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
	return '█'.repeat(filled) + '░'.repeat(Math.max(0, width - filled));
}

/** A whole percentage, or "–" for none. */
export function percent(x: number | null): string {
	return x === null ? '–' : `${Math.round(x * 100)}%`;
}

/** `text` cut to `width` columns with "…" (one row). */
export function truncate(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	let out = '';
	for (const ch of text) {
		if (textWidth(out + ch) > width - 1) break;
		out += ch;
	}
	return `${out}…`;
}
