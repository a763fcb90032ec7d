/**
 * The preview under the results: the turns around the selected hit, wrapped to the window's
 * width, as rows of styled segments (speaker labels, the hit's sentence, its matched characters),
 * cut to a number of rows so that the hit's sentence shows a third of the way down (or, in a
 * short preview, its first match does).
 */
import type {LoadedTranscript} from '../../core/library.js';
import type {SearchHit} from '../../core/search.js';
import {drawnText, wrapText} from '../../core/wrap.js';
import {type SpeakerInfo, speakerInfo} from '../reader/speakers.js';

/** A run of a preview row. */
interface PreviewSegment {
	text: string;
	/** Part of a speaker's label (drawn bold in `colour`). */
	label?: boolean;
	colour?: string;
	/** 1: in the hit's sentence, 2: a matched character of it. */
	mark?: 0 | 1 | 2;
}

export type PreviewRow = PreviewSegment[];

/** Turns taken on each side of the hit's before cutting to the rows asked. */
const AROUND = 3;

interface Mark {
	start: number;
	end: number;
	kind: 1 | 2;
}

function rowSegments(
	display: string,
	from: number,
	to: number,
	labelEnd: number,
	marks: readonly Mark[],
	colour: string | undefined,
): PreviewRow {
	const cuts = new Set([from, to]);
	const cut = (at: number) => {
		if (at > from && at < to) cuts.add(at);
	};
	cut(labelEnd);
	for (const m of marks) {
		cut(m.start);
		cut(m.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const row: PreviewRow = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		let mark: 0 | 1 | 2 = 0;
		for (const m of marks) if (m.start <= a && m.end >= b && m.kind > mark) mark = m.kind;
		const label = a < labelEnd;
		// Soft hyphens drawn as the reader draws them: hidden, "-" where a row ends at one.
		const text = drawnText(display, {start: from, end: to}, a, b);
		row.push({text, label, colour: label ? colour : undefined, mark});
	}
	return row;
}

/**
 * The rows of the preview of `hit` in `width` columns, at most `rows` of them, and the index of
 * the row of the hit's first match among them. `info`: the transcript's speakers (the view keeps
 * it while the hit stays in one transcript).
 */
export function previewRows(
	loaded: LoadedTranscript,
	hit: SearchHit,
	width: number,
	rows: number,
	info: SpeakerInfo = speakerInfo(loaded.transcript, false),
): {rows: PreviewRow[]; hitRow: number} {
	const {transcript} = loaded;
	const all: PreviewRow[] = [];
	let hitRow = 0;
	let sentenceRow = 0;
	const first = Math.max(0, hit.remark - AROUND);
	const last = Math.min(transcript.remarks.length - 1, hit.remark + AROUND);
	for (let t = first; t <= last; t++) {
		const remark = transcript.remarks[t]!;
		const prefix = info.prefix(t);
		const display = prefix + remark.paragraphs.join('\n');
		const colour = remark.speaker === null ? undefined : info.colour.get(remark.speaker);
		const marks: Mark[] = [];
		let sentenceAt = -1;
		let matchAt = -1;
		if (t === hit.remark) {
			sentenceAt = prefix.length + hit.start;
			const first = hit.matches.length > 0 ? Math.min(...hit.matches.map((m) => m[0])) : 0;
			matchAt = sentenceAt + first;
			marks.push({start: sentenceAt, end: sentenceAt + hit.text.length, kind: 1});
			for (const [s, e] of hit.matches)
				marks.push({start: sentenceAt + s, end: sentenceAt + e, kind: 2});
		}
		for (const line of wrapText(display, width)) {
			// The sentence (its first match) is on the last line that starts at or before it.
			if (sentenceAt >= 0 && line.start <= sentenceAt) sentenceRow = all.length;
			if (matchAt >= 0 && line.start <= matchAt) hitRow = all.length;
			all.push(rowSegments(display, line.start, line.end, prefix.length, marks, colour));
		}
	}
	const count = Math.max(0, rows);
	if (all.length <= count) return {rows: all, hitRow};
	// The sentence's start a third of the way down, unless that hides its first match.
	let top = sentenceRow - Math.floor(count / 3);
	if (hitRow >= top + count) top = hitRow - Math.floor(count / 3);
	top = Math.max(0, Math.min(all.length - count, top));
	return {rows: all.slice(top, top + count), hitRow: hitRow - top};
}
