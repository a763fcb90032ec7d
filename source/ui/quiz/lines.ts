/**
 * Screens as rows of styled segments (pure): the quiz summary and the stats are built as lists of
 * rows, fitted to the window's height block by block, then drawn one Ink <Text> per row — so no
 * frame is ever taller than the terminal.
 */

/** A run of text with one style; colour is dropped under NO_COLOR (marks carry the meaning). */
export interface Segment {
	text: string;
	bold?: boolean;
	dim?: boolean;
	colour?: 'green' | 'red' | 'cyan' | 'yellow' | 'gray';
}

/** One screen row. */
export type Line = Segment[];

/** A plain row from strings or segments. */
export function line(...parts: Array<string | Segment>): Line {
	return parts.map((p) => (typeof p === 'string' ? {text: p} : p));
}

/** The text of a row without styles. */
export function lineText(row: Line): string {
	return row.map((s) => s.text).join('');
}

/** A part of a screen: rows that may be cut down to `min` rows (0: may be dropped). */
export interface Block {
	lines: Line[];
	min: number;
	/** Rows to show when cut to `n` (default: the first n). */
	cut?: (lines: Line[], n: number) => Line[];
	/** An empty row before this block when there is room. */
	gap?: boolean;
}

/**
 * Fits blocks into `rows`: first the gaps go (last first), then the longest block loses rows one
 * at a time down to its `min`, then blocks are dropped from the end.
 */
export function fitBlocks(blocks: readonly Block[], rows: number): Line[] {
	const counts = blocks.map((b) => b.lines.length);
	const gaps = blocks.map((b, i) => Boolean(b.gap) && i > 0 && b.lines.length > 0);
	const total = () =>
		counts.reduce((n, c) => n + c, 0) + gaps.filter((g, i) => g && counts[i]! > 0).length;
	for (let i = gaps.length - 1; i >= 0 && total() > rows; i--) gaps[i] = false;
	while (total() > rows) {
		let best = -1;
		for (let i = 0; i < blocks.length; i++)
			if (counts[i]! > blocks[i]!.min && (best < 0 || counts[i]! > counts[best]!)) best = i;
		if (best < 0) break;
		counts[best]!--;
	}
	for (let i = blocks.length - 1; i >= 0 && total() > rows; i--) counts[i] = 0;
	const out: Line[] = [];
	blocks.forEach((b, i) => {
		const n = counts[i]!;
		if (n <= 0) return;
		if (gaps[i]) out.push([]);
		out.push(...(n < b.lines.length ? (b.cut ?? ((l, k) => l.slice(0, k)))(b.lines, n) : b.lines));
	});
	return out.slice(0, Math.max(0, rows));
}
