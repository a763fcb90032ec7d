/**
 * Text shaping for the quiz and stats screens: wrapping to a width, clipping to a number of rows
 * with an ellipsis, bars and a progress bar — so each screen knows its exact height in advance.
 */
import {
	columnsEnd,
	columnsStart,
	drawnText,
	ELLIPSIS,
	textWidth,
	truncateText,
	wrapText,
} from '../../core/wrap.js';

/** `text` wrapped to `width` columns, one string per row. */
export function wrapLines(text: string, width: number): string[] {
	const w = Math.max(1, width);
	return wrapText(text, w).map((r) => drawnText(text, r));
}

function withEllipsis(line: string, width: number, atStart: boolean): string {
	if (textWidth(line) + 2 <= width) return atStart ? `… ${line}` : `${line} …`;
	// Whole clusters make room for the "…" (never half an emoji or a base without its marks).
	return atStart
		? ELLIPSIS + line.slice(columnsStart(line, line.length, width - 1))
		: line.slice(0, columnsEnd(line, 0, width - 1)) + ELLIPSIS;
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
export const truncate = (text: string, width: number): string => truncateText(text, width);
