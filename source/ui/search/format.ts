/**
 * What a hit looks like in the result list and where it opens in Read: the speaker and title
 * columns (their widths from the window's), the count in the header, and the Read request with
 * the sentence's offsets converted to the reader's (paragraphs joined by "\n\n").
 */

import type {LoadedTranscript} from '../../core/library.js';
import {sanitize} from '../../core/sanitize.js';
import type {SearchHit, SearchResult} from '../../core/search.js';
import {textWidth} from '../../core/wrap.js';
import {speakerPalette} from '../reader/speakers.js';
import type {ReadRequest} from '../state/app-state.js';
import {clip, type Run, snippet} from './snippet.js';

/** One result row, fitted: the cursor column is drawn by the list. */
export interface HitRow {
	speaker: string;
	/** The transcript's title, or "" when the window is too narrow for it. */
	title: string;
	runs: Run[];
}

const SEP = ' · ';

/** A transcript's name for a hit: its title, else its file name. */
export function hitTitle(hit: SearchHit): string {
	return sanitize(hit.title ?? hit.file.split(/[\\/]/).at(-1) ?? hit.key);
}

/** The row of a hit in `width` columns (after the list's two cursor columns). */
export function hitRow(hit: SearchHit, width: number): HitRow {
	const speaker = speakerLabel(hit.speaker, Math.max(8, Math.floor(width * 0.2)));
	let used = textWidth(speaker) + SEP.length;
	let title = '';
	if (width >= 70) {
		title = clip(hitTitle(hit), Math.floor(width * 0.22));
		used += textWidth(title) + SEP.length;
	}
	// A sentence without some of the typed words says which (it ranks after those with all).
	const lacks = hit.missing?.length ? `(no ${hit.missing.join(', ')}) ` : '';
	const runs = snippet(hit.text, hit.matches, width - used - textWidth(lacks));
	return {speaker, title, runs: lacks ? [{text: lacks, mark: false}, ...runs] : runs};
}

/** A speaker's name in at most `width` columns: whole, else the surname, else cut. */
function speakerLabel(name: string | null, width: number): string {
	const full = name ?? 'narration';
	if (textWidth(full) <= width) return full;
	const surname = full.trim().split(/\s+/u).at(-1) ?? full;
	return clip(surname, width);
}

/** The row as plain text (tests, plain output). */
export function hitRowText(row: HitRow): string {
	return [row.speaker, row.title, row.runs.map((r) => r.text).join('')].filter(Boolean).join(SEP);
}

/** A stable colour for a speaker's name across the library. */
export function speakerColour(name: string | null): string | undefined {
	if (name === null) return undefined;
	let h = 0;
	for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
	return speakerPalette[Math.abs(h) % speakerPalette.length];
}

const number = (n: number) => n.toLocaleString('en-US');

/**
 * "12 of 3,400" (hits listed of matches found; "+" when the count is a lower bound), or, for an
 * `@name` that names nobody, `no speaker "name" · closest: …`.
 */
export function countText(result: SearchResult): string {
	const unknown = result.unknownSpeakers?.[0];
	if (unknown) {
		const closest = unknown.closest.length > 0 ? ` · closest: ${unknown.closest.join(', ')}` : '';
		return `no speaker "${unknown.name}"${closest}`;
	}
	if (result.total === 0 && result.exhaustive) return 'no matches';
	return `${number(result.hits.length)} of ${number(result.total)}${result.exhaustive ? '' : '+'}`;
}

/** Where a hit's sentence starts in its remark's text as the reader joins it ("\n\n"). */
export function readerOffset(hit: SearchHit): number {
	// `start` counts one "\n" between paragraphs; the reader counts two.
	return hit.start + hit.paragraph;
}

/** Where the hit's paragraph starts in the reader's text of the remark. */
function paragraphStart(paragraphs: readonly string[], paragraph: number): number {
	let at = 0;
	for (let p = 0; p < paragraph && p < paragraphs.length; p++) at += paragraphs[p]!.length + 2;
	return at;
}

/**
 * The Read request for a hit: its turn, the matched characters highlighted (the whole sentence
 * when nothing was marked), and the top line as early as still shows the first match in a third of
 * the page: the turn's label, else the paragraph's start, else the sentence's, else the match.
 */
export function readRequest(
	hit: SearchHit,
	loaded: LoadedTranscript | undefined,
	columns: number,
	rows = 24,
): ReadRequest {
	const base = readerOffset(hit);
	const ranges = hit.matches.length > 0 ? hit.matches : [[0, hit.text.length] as const];
	const highlights = ranges.map(([s, e]) => ({turn: hit.remark, start: base + s, end: base + e}));
	const paragraphs = loaded?.transcript.remarks[hit.remark]?.paragraphs ?? [];
	// Characters in a third of the page (lines are not full: count 80% of the width).
	const near = Math.max(40, Math.floor(columns * 0.8) * Math.max(1, Math.floor(rows / 3)));
	const para = paragraphStart(paragraphs, hit.paragraph);
	const first = base + Math.min(...ranges.map((r) => r[0]));
	let offset = first;
	if (first < near) offset = 0;
	else if (first - para < near) offset = para;
	else if (first - base < near) offset = base;
	return {key: hit.key, turn: hit.remark, offset, highlights, returnTo: 'search'};
}
