/**
 * The reader's page model: which turns are shown (all, or one speaker's), each turn wrapped once
 * per width and cached, and movement by screen rows between positions. A position is a turn and a
 * character offset into the turn's text, never a screen row, so a resize keeps the same place.
 * Nothing here wraps more turns than the rows it is asked to walk.
 */

import type {Position, Transcript} from '../../core/model.js';
import {type LineRange, wrapText} from '../../core/wrap.js';

/** A turn as displayed: label prefix + text, wrapped to the layout width. */
export interface WrappedTurn {
	/** Index in Transcript.remarks. */
	turn: number;
	/** The label ("Name (role): ") followed by the remark text. */
	display: string;
	/**
	 * Where the remark's text starts in `display`: the label's length, or minus the characters
	 * hidden at its start (page chrome), so that offset = display index − prefixLen always.
	 */
	prefixLen: number;
	lines: LineRange[];
	/** Rows the turn takes: its lines plus a blank row after every turn but the last shown. */
	rows: number;
}

/** A screen row: turn `index` in the shown order, row `row` in that turn. */
export interface Cursor {
	index: number;
	row: number;
}

/** One row of the visible slice; `line` is null for the blank row between turns. */
export interface SliceRow {
	turn: WrappedTurn;
	line: LineRange | null;
	index: number;
	row: number;
}

/** Joins a remark's paragraphs as positions and find offsets count them. */
export function remarkText(transcript: Transcript, turn: number): string {
	return transcript.remarks[turn]?.paragraphs.join('\n\n') ?? '';
}

export class ReaderLayout {
	readonly order: number[];
	private readonly cache = new Map<number, WrappedTurn>();
	private readonly indexOfTurn: Map<number, number> | null;

	/**
	 * @param order remark indices to show, in order (all, or one speaker's turns); not empty
	 * @param prefix the label shown before a turn's text ("" for narration)
	 * @param hidden characters hidden at the start of a turn's text (page chrome; default none)
	 */
	constructor(
		readonly transcript: Transcript,
		readonly width: number,
		order: number[] | null,
		private readonly prefix: (turn: number) => string,
		private readonly hidden: (turn: number) => number = () => 0,
	) {
		this.order = order ?? transcript.remarks.map((_, i) => i);
		this.indexOfTurn = order ? new Map(order.map((t, i) => [t, i])) : null;
	}

	get count(): number {
		return this.order.length;
	}

	/** The wrapped turn at `index` in the shown order (wrapped on first use, then cached). */
	at(index: number): WrappedTurn {
		const turn = this.order[index]!;
		let wrapped = this.cache.get(turn);
		if (!wrapped) {
			const prefix = this.prefix(turn);
			const skip = this.hidden(turn);
			const display = prefix + remarkText(this.transcript, turn).slice(skip);
			const lines = wrapText(display, this.width);
			const rows = lines.length + (index < this.order.length - 1 ? 1 : 0);
			wrapped = {turn, display, prefixLen: prefix.length - skip, lines, rows};
			this.cache.set(turn, wrapped);
		}
		return wrapped;
	}

	/** The shown index of a remark, or of the first shown remark after it (clamped). */
	indexAtOrAfter(turn: number): number {
		if (!this.indexOfTurn) return clamp(turn, 0, this.count - 1);
		const exact = this.indexOfTurn.get(turn);
		if (exact !== undefined) return exact;
		let lo = 0;
		let hi = this.count;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.order[mid]! < turn) lo = mid + 1;
			else hi = mid;
		}
		return Math.min(lo, this.count - 1);
	}

	/** True when the remark is shown. */
	shows(turn: number): boolean {
		return this.indexOfTurn ? this.indexOfTurn.has(turn) : turn >= 0 && turn < this.count;
	}

	/** The row holding a position (the line whose text starts at or before the offset). */
	cursorOf(position: Position): Cursor {
		const index = this.indexAtOrAfter(position.turn);
		const wrapped = this.at(index);
		if (wrapped.turn !== position.turn) return {index, row: 0};
		const target = position.offset + wrapped.prefixLen;
		let row = 0;
		for (let i = 1; i < wrapped.lines.length; i++) {
			if (wrapped.lines[i]!.start <= target && position.offset > 0) row = i;
			else break;
		}
		return {index, row};
	}

	/** The position of a row: its turn and the text offset of its first character. */
	positionOf(cursor: Cursor): Position {
		const wrapped = this.at(cursor.index);
		const line = wrapped.lines[Math.min(cursor.row, wrapped.lines.length - 1)]!;
		const offset = cursor.row >= wrapped.lines.length ? line.end : line.start;
		return {turn: wrapped.turn, offset: Math.max(0, offset - wrapped.prefixLen)};
	}

	/** Moves by `delta` rows, stopping at the first row and at the last full page. */
	move(cursor: Cursor, delta: number, pageRows: number): Cursor {
		let {index, row} = cursor;
		if (delta > 0) {
			let left = delta;
			while (left > 0) {
				const rows = this.at(index).rows;
				if (row + left < rows) {
					row += left;
					left = 0;
				} else if (index + 1 < this.count) {
					left -= rows - row;
					index++;
					row = 0;
				} else {
					row = rows - 1;
					left = 0;
				}
			}
			// Never backwards: a page that starts past the last full page (a jump to a late turn)
			// stays where it is.
			const down = this.clampTop({index, row}, pageRows);
			return compare(down, cursor) < 0 ? cursor : down;
		}
		let left = -delta;
		while (left > 0) {
			if (row - left >= 0) {
				row -= left;
				left = 0;
			} else if (index > 0) {
				left -= row + 1;
				index--;
				row = this.at(index).rows - 1;
			} else {
				row = 0;
				left = 0;
			}
		}
		return {index, row};
	}

	/** The top row of the last full page. */
	lastTop(pageRows: number): Cursor {
		const index = this.count - 1;
		const end = {index, row: this.at(index).rows - 1};
		return this.move(end, -(pageRows - 1), pageRows);
	}

	/**
	 * Where `G` goes: the last turn's first row at the top, or the last full page when the last
	 * turn is longer than a page — so that the page always starts in the last turn.
	 */
	endTop(pageRows: number): Cursor {
		const last = this.lastTop(pageRows);
		const start = {index: this.count - 1, row: 0};
		return compare(start, last) > 0 ? start : last;
	}

	/**
	 * `cursor`, or the last page's top if `cursor` is below it — except the first row of a turn,
	 * which may start a page below the last full one (a jump to a late turn puts it at the top).
	 */
	clampTop(cursor: Cursor, pageRows: number): Cursor {
		const last = this.lastTop(pageRows);
		if (compare(cursor, last) <= 0) return cursor;
		return cursor.row === 0 && cursor.index < this.count ? cursor : last;
	}

	/** The rows from `top` down, at most `pageRows` of them. */
	slice(top: Cursor, pageRows: number): SliceRow[] {
		const out: SliceRow[] = [];
		let {index, row} = top;
		while (out.length < pageRows && index < this.count) {
			const turn = this.at(index);
			if (row < turn.rows) {
				out.push({turn, line: turn.lines[row] ?? null, index, row});
				row++;
			} else {
				index++;
				row = 0;
			}
		}
		return out;
	}
}

/** Orders two cursors: negative, zero or positive. */
function compare(a: Cursor, b: Cursor): number {
	return a.index === b.index ? a.row - b.row : a.index - b.index;
}

function clamp(n: number, lo: number, hi: number): number {
	return Math.max(lo, Math.min(hi, n));
}
