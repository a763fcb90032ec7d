/**
 * "Where am I": the turn and speaker of the first line on screen, and how far you have read — the
 * share of the transcript's text up to the end of the last line on screen (100% on the last
 * page), as the Read view shows it and the Library repeats it.
 */
import type {Position, Transcript} from '../../core/model.js';
import {type Cursor, ReaderLayout, remarkText} from './layout.js';
import {speakerInfo} from './speakers.js';

/** Where a page is. */
export interface PageStatus {
	/** The remark of the first line of text on the page (0-based). */
	first: number;
	/** True when that line is not the first of its turn. */
	cont: boolean;
	/** The remark of the last line on the page. */
	last: number;
	percent: number;
}

const starts = new WeakMap<Transcript, number[]>();

/** Characters of text before each remark (and the total at the end), computed once. */
function textStarts(transcript: Transcript): number[] {
	let list = starts.get(transcript);
	if (!list) {
		list = [0];
		for (let i = 0; i < transcript.remarks.length; i++)
			list.push(list[i]! + remarkText(transcript, i).length);
		starts.set(transcript, list);
	}
	return list;
}

/** The place `percent` of the way through the text (clamped to 0–100). */
export function positionAtPercent(transcript: Transcript, percent: number): Position {
	const before = textStarts(transcript);
	const target = Math.floor((Math.max(0, Math.min(100, percent)) / 100) * before.at(-1)!);
	let turn = 0;
	while (turn + 1 < transcript.remarks.length && before[turn + 1]! <= target) turn++;
	return {turn, offset: Math.max(0, target - before[turn]!)};
}

/** The first and last remark on the page from `top`, and the percentage read. */
export function pageStatus(layout: ReaderLayout, top: Cursor, pageRows: number): PageStatus {
	const rows = layout.slice(top, pageRows);
	const text = rows.find((r) => r.line !== null) ?? rows[0];
	const first = text ? layout.positionIn(text.turn, text.line?.start ?? 0).turn : 0;
	// The name is not on the page: the line is not its block's first, or a run's later block.
	const cont = text ? text.row > 0 || text.turn.cont : false;
	const lastRow = rows.at(-1);
	const end = lastRow
		? layout.positionIn(lastRow.turn, lastRow.line?.end ?? lastRow.turn.display.length)
		: null;
	const last = end?.turn ?? first;
	const atEnd = layout.count === 0 || rows.at(-1)?.index === layout.count - 1;
	let percent = 100;
	if (!atEnd && end) {
		const before = textStarts(layout.transcript);
		const total = Math.max(1, before.at(-1)!);
		percent = Math.min(99, Math.floor((100 * (before[last]! + end.offset)) / total));
	}
	return {first, cont, last, percent};
}

const layouts = new WeakMap<Transcript, ReaderLayout>();

/** The percentage the Read view would show at `position` in a window of this size. */
export function percentRead(
	transcript: Transcript,
	position: Position,
	width: number,
	pageRows: number,
): number {
	if (transcript.remarks.length === 0) return 100;
	let layout = layouts.get(transcript);
	if (!layout || layout.width !== width) {
		layout = new ReaderLayout(transcript, width, null, speakerInfo(transcript).prefix);
		layouts.set(transcript, layout);
	}
	const top = layout.clampTop(layout.cursorOf(position), pageRows);
	return pageStatus(layout, top, pageRows).percent;
}
