/**
 * The WebVTT layout. Speakers come from voice tags (`<v Roger Bingham>`, `<v.loud Esme>`, closed
 * or not); a cue without one may still name its speaker ("NAME: …") or mark a change with "- ".
 * Every cue is its own turn. NOTE, STYLE and REGION blocks are not text; a NOTE may give the
 * place, title or date ("NOTE Place: New York City").
 */
import {
	cueBlocks,
	cueStart,
	lineBlocks,
	recurringNames,
	type Segment,
	splitSpeakers,
	timingLine,
	unroll,
} from './cues.js';
import {findDate, squeeze} from './scan.js';
import type {Layout, RawDocument} from './types.js';

/** A cue timing line: "00:11.000 --> 00:13.000 align:right", Teams' "0:0:0.0 --> 0:0:3.52". */
export const TIMING =
	/^\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}/;
const VOICE = /<v(?:\.[^\s>]{0,60})?(?:[ \t]+([^>]{0,200}))?>/g;

/**
 * Splits a cue payload by its voice tags. A `<v Name>` anywhere in a cue names the speaker of the
 * whole cue (text before it, such as an opening `<i>`, included); a cue with two different voices
 * is split where the second begins.
 */
function voiceSegments(lines: readonly string[], known: ReadonlySet<string>): Segment[] {
	const payload = lines.join('\n');
	if (!/<v[\s.>]/.test(payload)) {
		return splitSpeakers(lines, known);
	}
	const segments: Segment[] = [];
	let voice: string | null = null;
	let last = 0;
	let before = '';
	const push = (part: string) => {
		const clean = part.replace(/<\/v>/g, '').trim();
		if (clean === '') return;
		const same = segments.at(-1);
		if (same && same.voice === voice) same.lines.push(clean);
		else segments.push({voice, lines: [clean]});
	};
	for (const match of payload.matchAll(VOICE)) {
		const part = payload.slice(last, match.index);
		const name = squeeze(match[1] ?? '') || null;
		if (voice === null && segments.length === 0) before += part;
		else push(part);
		voice = name ?? voice;
		if (before !== '' && voice !== null) {
			push(before);
			before = '';
		}
		last = match.index + match[0].length;
	}
	if (before !== '') push(before);
	push(payload.slice(last));
	return segments;
}

/** WebVTT by its signature only: "WEBVTT" (after an optional BOM), then a space, tab or line end. */
function score(text: string): number {
	const head = text.slice(0, 20).replace(/^\uFEFF/, '');
	return /^WEBVTT(?:[ \t\n]|$)/.test(head) ? 1 : 0;
}

interface NoteMeta {
	title: string | null;
	date: string | null;
	place: string | null;
}

function readNote(lines: readonly string[], meta: NoteMeta): void {
	for (const raw of lines) {
		const line = raw.replace(/^NOTE\b/, '').trim();
		const field = /^(place|location|venue|recorded (?:at|in)|title|date)\s*[:\-–]\s*(.+)$/i.exec(
			line,
		);
		if (!field) {
			continue;
		}
		const [, name = '', rest = ''] = field;
		const key = name.toLowerCase();
		const value = squeeze(rest);
		if (key === 'title') {
			meta.title ??= value;
		} else if (key === 'date') {
			meta.date ??= findDate(value);
		} else {
			meta.place ??= value;
		}
	}
}

function parse(text: string): RawDocument {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const meta: NoteMeta = {title: null, date: null, place: null};
	// The first line with text; past the end (lines[i] undefined) when there is none.
	let i = lines.findIndex((line) => line.trim() !== '');
	if (i < 0) {
		i = lines.length;
	}
	const signature = lines[i]?.trim();
	if (signature !== undefined && /^WEBVTT(?:[ \t]|$)/.test(signature)) {
		const header = squeeze(signature.slice(6).replace(/^\s*[-–—:]?\s*/, ''));
		meta.title = header === '' || header === 'FILE' ? null : header;
		while ((lines[i] ?? '').trim() !== '') {
			i++;
		}
	}
	const payloads: string[][] = [];
	const times: (number | undefined)[] = [];
	for (const block of lineBlocks(lines, i, true)) {
		const first = block[0]!.trim();
		if (/^NOTE(?:\s|$)/.test(first)) {
			readNote(block, meta);
			continue;
		}
		const timing = timingLine(block, TIMING);
		if (timing >= 0) {
			// A line with "-->" ends the cue's text (the spec's rule); the rest is not this cue.
			const payload = block.slice(timing + 1);
			const stop = payload.findIndex((line) => line.includes('-->'));
			payloads.push(stop < 0 ? payload : payload.slice(0, stop));
			times.push(cueStart(block[timing]!));
		}
	}
	const cueLines = unroll(payloads);
	const known = recurringNames(cueLines.flat());
	const cues = cueLines.map((payload) => voiceSegments(payload, known));
	return {...meta, blocks: cueBlocks(cues, times)};
}

/** The WebVTT layout: one turn per cue, speakers from voice tags. */
export const vtt: Layout = {name: 'vtt', score, most: 1, parse};
