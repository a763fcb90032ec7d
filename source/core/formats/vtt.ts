/**
 * The WebVTT layout. Speakers come from voice tags (`<v Roger Bingham>`, `<v.loud Esme>`, closed
 * or not); a cue without one may still name its speaker ("NAME: …") or mark a change with "- ".
 * Every cue is its own turn. NOTE, STYLE and REGION blocks are not text; a NOTE may give the
 * place, title or date ("NOTE Place: New York City").
 */
import {
	cueBlocks,
	lineBlocks,
	recurringNames,
	type Segment,
	splitSpeakers,
	timingLine,
} from './cues.js';
import {findDate, headLines, squeeze} from './scan.js';
import type {Layout, RawDocument} from './types.js';

/** A cue timing line: "00:11.000 --> 00:13.000 align:right", Teams' "0:0:0.0 --> 0:0:3.52". */
export const TIMING =
	/^\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}/;
const VOICE = /<v(?:\.[^\s>]{0,60})?(?:[ \t]+([^>]{0,200}))?>/g;

/** Splits a cue payload at its voice tags; text before the first tag has no voice. */
export function voiceSegments(lines: readonly string[], known: ReadonlySet<string>): Segment[] {
	const payload = lines.join('\n');
	if (!/<v[\s.>]/.test(payload)) {
		return splitSpeakers(lines, known);
	}
	const segments: Segment[] = [];
	let voice: string | null = null;
	let last = 0;
	const push = (part: string) => {
		const clean = part.replace(/<\/v>/g, '').trim();
		if (clean !== '') {
			segments.push({voice, lines: [clean]});
		}
	};
	for (const match of payload.matchAll(VOICE)) {
		push(payload.slice(last, match.index));
		voice = squeeze(match[1] ?? '') || null;
		last = match.index + match[0].length;
	}
	push(payload.slice(last));
	return segments;
}

function score(text: string, lines?: readonly string[]): number {
	const head = text
		.slice(0, 20)
		.replace(/^\uFEFF/, '')
		.trimStart();
	if (/^WEBVTT(?:[ \t\n]|$)/.test(head)) {
		return 1;
	}
	let timings = 0;
	let voices = 0;
	for (const line of lines ?? headLines(text, 200)) {
		if (TIMING.test(line) && !/^\s*\d{1,2}:\d{2}:\d{2},/.test(line)) {
			timings++;
		}
		if (line.includes('<v ')) {
			voices++;
		}
	}
	return timings >= 3 ? Math.min(0.8, 0.5 + voices * 0.05) : 0;
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
		const key = field[1].toLowerCase();
		const value = squeeze(field[2]);
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
	let i = 0;
	while (i < lines.length && lines[i].trim() === '') {
		i++;
	}
	if (i < lines.length && /^WEBVTT(?:[ \t]|$)/.test(lines[i].trim())) {
		const header = squeeze(
			lines[i]
				.trim()
				.slice(6)
				.replace(/^\s*[-–—:]?\s*/, ''),
		);
		meta.title = header === '' || header === 'FILE' ? null : header;
		while (i < lines.length && lines[i].trim() !== '') {
			i++;
		}
	}
	const payloads: string[][] = [];
	for (const block of lineBlocks(lines, i)) {
		const first = block[0].trim();
		if (/^NOTE(?:\s|$)/.test(first)) {
			readNote(block, meta);
			continue;
		}
		const timing = timingLine(block, TIMING);
		if (timing >= 0) payloads.push(block.slice(timing + 1));
	}
	const known = recurringNames(payloads.flat());
	const cues = payloads.map((payload) => voiceSegments(payload, known));
	return {...meta, blocks: cueBlocks(cues)};
}

/** The WebVTT layout: one turn per cue, speakers from voice tags. */
export const vtt: Layout = {name: 'vtt', score, most: 1, parse};
