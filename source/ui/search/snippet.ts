/**
 * A found sentence cut to fit one row: the window starts a little before the first matched
 * characters (at a word start), "…" marks each cut side, and the text comes back as runs of
 * plain and matched characters so the row can style them.
 */
import type {Range} from '../../core/search.js';
import {
	columnsEnd,
	columnsStart,
	ELLIPSIS,
	SOFT_HYPHEN,
	textWidth,
	truncateText,
} from '../../core/wrap.js';

/** A run of a row's text; `mark` is true for characters that matched the query. */
export interface Run {
	text: string;
	mark: boolean;
}

/** Index after taking at most `cols` columns from `from` (forward, whole clusters). */
const advance = columnsEnd;

/** Index before taking at most `cols` columns backwards from `to` (whole clusters). */
const retreat = columnsStart;

/** Splits `text[from, to)` into runs by the matched ranges. */
export function markRuns(
	text: string,
	matches: readonly Range[],
	from = 0,
	to = text.length,
): Run[] {
	const runs: Run[] = [];
	const push = (a: number, b: number, mark: boolean) => {
		if (b <= a) return;
		const last = runs.at(-1);
		if (last && last.mark === mark) last.text += text.slice(a, b);
		else runs.push({text: text.slice(a, b), mark});
	};
	let at = from;
	const sorted = [...matches].sort((x, y) => x[0] - y[0]);
	for (const [s, e] of sorted) {
		const a = Math.max(at, s, from);
		const b = Math.min(e, to);
		if (b <= a) continue;
		push(at, a, false);
		push(a, b, true);
		at = b;
	}
	push(at, to, false);
	return runs;
}

/** Moves a window start forward to a word start, if one comes before `limit`. */
function wordStart(text: string, from: number, limit: number): number {
	if (from <= 0 || text[from - 1] === ' ') return from;
	const space = text.indexOf(' ', from);
	return space >= 0 && space < limit ? space + 1 : from;
}

/** How well `[from, to)` shows the matches: whole matches first, then characters of cut ones. */
function covered(matches: readonly Range[], from: number, to: number): number {
	let n = 0;
	for (const [s, e] of matches) {
		if (s >= from && e <= to) n += 1000 * (e - s);
		else n += Math.max(0, Math.min(e, to) - Math.max(s, from));
	}
	return n;
}

/**
 * The sentence fitted to `width` columns around its matches: whole when it fits, else the window
 * that shows the most matched characters (whole matches first), starting up to a third of the
 * width before a match (at a word start); "…" marks each cut side.
 */
export function snippet(text: string, matches: readonly Range[], width: number): Run[] {
	const clean = text.replace(/[\t\n\r]/g, ' ');
	const cols = Math.max(1, width);
	if (textWidth(clean) <= cols) return drawn(markRuns(clean, matches));
	if (cols <= 2) return [{text: ELLIPSIS, mark: false}];
	const wide = Math.min(Math.floor(cols / 3), 30);
	const window = (at: number, lead = wide): [number, number] => {
		let from = at === 0 ? 0 : wordStart(clean, retreat(clean, at, lead), at);
		let to = advance(clean, from, cols - (from > 0 ? 1 : 0) - 1);
		if (to >= clean.length) {
			// The end is in view: use the whole width, reaching further back.
			to = clean.length;
			from = retreat(clean, to, cols - 1);
			if (from > 0) from = wordStart(clean, from, Math.min(at, from + 12));
		}
		return [from, to];
	};
	let best = window(matches.length > 0 ? Math.min(...matches.map((m) => m[0])) : 0);
	let most = covered(matches, ...best);
	for (const [s] of matches) {
		for (const lead of [wide, 4]) {
			const candidate = window(s, lead);
			const n = covered(matches, ...candidate);
			if (n > most) {
				best = candidate;
				most = n;
			}
		}
	}
	const [from, to] = best;
	const runs = markRuns(clean, matches, from, to);
	if (from > 0) runs.unshift({text: ELLIPSIS, mark: false});
	if (to < clean.length) runs.push({text: ELLIPSIS, mark: false});
	return drawn(runs);
}

/** Runs as drawn: soft hyphens (no columns, but Ink's output grid gives them a cell) dropped. */
function drawn(runs: Run[]): Run[] {
	for (const run of runs) run.text = run.text.replaceAll(SOFT_HYPHEN, '');
	return runs;
}

/** `text` cut to `width` columns, "…" at the end when cut. */
export const clip = truncateText;
