/**
 * "How far you have read": the share of turns up to the last one on screen (100% on the last
 * page), as the Read view's header shows it and the Library repeats it.
 */
import type {Transcript} from '../../core/transcript.js';
import type {Position} from '../../store/types.js';
import {type Cursor, ReaderLayout} from './layout.js';
import {speakerInfo} from './speakers.js';

/** The first and last remark on the page from `top`, and the percentage read. */
export function pageStatus(
	layout: ReaderLayout,
	top: Cursor,
	pageRows: number,
): {first: number; last: number; percent: number} {
	const rows = layout.slice(top, pageRows);
	const first = rows[0]?.turn.turn ?? 0;
	const last = rows.at(-1)?.turn.turn ?? first;
	const total = layout.transcript.remarks.length;
	const atEnd = layout.count === 0 || rows.at(-1)?.index === layout.count - 1;
	const percent = atEnd ? 100 : Math.floor((100 * (last + 1)) / Math.max(1, total));
	return {first, last, percent};
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
