/**
 * The reader's page model: which turns are shown (all, or one speaker's), each turn wrapped once
 * per width and cached, and movement by screen rows between positions. A position is a turn and a
 * character offset into the turn's text, never a screen row, so a resize keeps the same place.
 * Nothing here wraps more turns than the rows it is asked to walk. Consecutive timed remarks of
 * one speaker (caption cues) are drawn as one block (cues.ts); positions still name the remark.
 */

import {joinsNext} from '../../core/cues.js';
import type {Position, Transcript} from '../../core/model.js';
import {type LineRange, wrapText} from '../../core/wrap.js';
import {cueSeparator, hasTimes, marginText, marginWidth, maxBlockChars} from './cues.js';

/**
 * A block as displayed: a turn — or a run of consecutive timed remarks of one speaker (caption
 * cues, cues.ts) drawn as one turn — label prefix + text, wrapped to the layout's text width.
 */
export interface WrappedTurn {
	/** Index in Transcript.remarks of the block's first remark. */
	turn: number;
	/** Index of its last remark (`turn` unless remarks are joined); they are consecutive. */
	last: number;
	/** The label ("Name (role): ") followed by the remarks' texts. */
	display: string;
	/** Characters of `display` that are the label (0 for narration and a run's later blocks). */
	labelLen: number;
	/**
	 * Per remark `turn`…`last`: where its text's offset 0 is in `display` (the label's length, or
	 * minus the characters hidden at its start — page chrome), so offset = display index − start.
	 */
	starts: number[];
	/** `starts[0]`: where the first remark's text starts. */
	prefixLen: number;
	lines: LineRange[];
	/**
	 * Per line, for the time margin: the remark its first character is in, where that is not the
	 * remark of the line above; -1 otherwise.
	 */
	begins: number[];
	/** Rows the block takes: its lines plus a blank row after every turn but the last shown. */
	rows: number;
	/** True for a later block of a run too long for one (no label, no blank row before it). */
	cont: boolean;
}

/** A screen row: block `index` in the shown order, row `row` in that block. */
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

/** Characters of a remark's text (its paragraphs joined by "\n\n"), without joining them. */
function textLength(transcript: Transcript, turn: number): number {
	const paragraphs = transcript.remarks[turn]?.paragraphs ?? [];
	let n = Math.max(0, 2 * (paragraphs.length - 1));
	for (const p of paragraphs) n += p.length;
	return n;
}

/** Where each block starts in `order`, and which continue a run; null: a block per remark. */
interface Blocks {
	start: number[];
	cont: boolean[];
}

function buildBlocks(transcript: Transcript, order: number[]): Blocks | null {
	if (!hasTimes(transcript)) return null;
	const start: number[] = [];
	const cont: boolean[] = [];
	let size = 0;
	for (let i = 0; i < order.length; i++) {
		const t = order[i]!;
		const length = textLength(transcript, t);
		const joined = i > 0 && order[i - 1] === t - 1 && joinsNext(transcript, t - 1);
		if (joined && size + length <= maxBlockChars) {
			size += length + 1;
			continue;
		}
		start.push(i);
		cont.push(joined);
		size = length;
	}
	return start.length === order.length ? null : {start, cont};
}

export class ReaderLayout {
	readonly order: number[];
	/** Columns of the time margin left of the text (0 when no remark has a time). */
	readonly margin: number;
	private readonly cache = new Map<number, WrappedTurn>();
	private readonly indexOfTurn: Map<number, number> | null;
	private readonly blocks: Blocks | null;
	private readonly separator: string;

	/**
	 * @param width the columns of a row (the time margin, if any, is taken from them)
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
		this.blocks = buildBlocks(transcript, this.order);
		this.indexOfTurn = order && !this.blocks ? new Map(order.map((t, i) => [t, i])) : null;
		this.margin = marginWidth(transcript, width);
		this.separator = cueSeparator(transcript);
	}

	/** Blocks shown (turns, with joined cues counted once). */
	get count(): number {
		return this.blocks ? this.blocks.start.length : this.order.length;
	}

	/** The first and last remark of block `index`. */
	private range(index: number): [number, number] {
		if (!this.blocks) {
			const turn = this.order[index]!;
			return [turn, turn];
		}
		const {start} = this.blocks;
		const end = index + 1 < start.length ? start[index + 1]! : this.order.length;
		return [this.order[start[index]!]!, this.order[end - 1]!];
	}

	/** The first remark of block `index`. */
	turnAt(index: number): number {
		return this.range(index)[0];
	}

	/** The wrapped block at `index` in the shown order (wrapped on first use, then cached). */
	at(index: number): WrappedTurn {
		let wrapped = this.cache.get(index);
		if (!wrapped) {
			const [first, last] = this.range(index);
			const cont = this.blocks?.cont[index] ?? false;
			const prefix = cont ? '' : this.prefix(first);
			let display = prefix;
			const starts: number[] = [];
			for (let t = first; t <= last; t++) {
				if (t > first) display += this.separator;
				const skip = this.hidden(t);
				starts.push(display.length - skip);
				display += remarkText(this.transcript, t).slice(skip);
			}
			const lines = wrapText(display, this.width - this.margin);
			// A row's time is that of the remark its first character is in, when that remark is
			// not the one the row above started in (rows inside one long cue show it once).
			const begins = lines.map(() => -1);
			for (let i = 0, k = 0, shown = -1; i < lines.length; i++) {
				const line = lines[i]!;
				while (k + 1 < starts.length && starts[k + 1]! <= line.start) k++;
				if (line.end > line.start && k !== shown) {
					begins[i] = first + k;
					shown = k;
				}
			}
			const gap = index < this.count - 1 && !this.blocks?.cont[index + 1];
			wrapped = {
				turn: first,
				last,
				display,
				labelLen: prefix.length,
				starts,
				prefixLen: starts[0]!,
				lines,
				begins,
				rows: lines.length + (gap ? 1 : 0),
				cont,
			};
			this.cache.set(index, wrapped);
		}
		return wrapped;
	}

	/** The margin drawn left of a row: the time of the remark it starts in (`begins`), or blanks. */
	marginOf(row: SliceRow): string {
		if (this.margin === 0) return '';
		const turn = row.line ? (row.turn.begins[row.row] ?? -1) : -1;
		return marginText(this.transcript, this.margin, turn);
	}

	/** The last block whose first remark is at or before `turn` (-1 when none). */
	private blockAtOrBefore(turn: number): number {
		let lo = 0;
		let hi = this.count;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.turnAt(mid) <= turn) lo = mid + 1;
			else hi = mid;
		}
		return lo - 1;
	}

	/** The shown index of a remark's block, or of the first shown block after it (clamped). */
	indexAtOrAfter(turn: number): number {
		if (this.blocks) {
			const b = this.blockAtOrBefore(turn);
			if (b >= 0 && this.range(b)[1] >= turn) return b;
			return Math.min(b + 1, this.count - 1);
		}
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
		if (this.blocks) {
			const b = this.blockAtOrBefore(turn);
			return b >= 0 && this.range(b)[1] >= turn;
		}
		return this.indexOfTurn ? this.indexOfTurn.has(turn) : turn >= 0 && turn < this.count;
	}

	/** The row holding a position (the line whose text starts at or before the offset). */
	cursorOf(position: Position): Cursor {
		const index = this.indexAtOrAfter(position.turn);
		const wrapped = this.at(index);
		if (position.turn < wrapped.turn || position.turn > wrapped.last) return {index, row: 0};
		const k = position.turn - wrapped.turn;
		if (k === 0 && position.offset <= 0) return {index, row: 0};
		const target = wrapped.starts[k]! + position.offset;
		let row = 0;
		for (let i = 1; i < wrapped.lines.length; i++) {
			if (wrapped.lines[i]!.start <= target) row = i;
			else break;
		}
		return {index, row};
	}

	/** The position of a row: its remark and the text offset of its first character. */
	positionOf(cursor: Cursor): Position {
		const wrapped = this.at(cursor.index);
		const line = wrapped.lines[Math.min(cursor.row, wrapped.lines.length - 1)]!;
		return this.positionIn(wrapped, cursor.row >= wrapped.lines.length ? line.end : line.start);
	}

	/** The remark and text offset at index `at` of a block's `display`. */
	positionIn(wrapped: WrappedTurn, at: number): Position {
		let k = 0;
		while (k + 1 < wrapped.starts.length && wrapped.starts[k + 1]! <= at) k++;
		const turn = wrapped.turn + k;
		const offset = Math.max(
			0,
			Math.min(at - wrapped.starts[k]!, textLength(this.transcript, turn)),
		);
		return {turn, offset};
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
