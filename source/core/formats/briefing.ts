/**
 * The briefing layout: White House style press briefings, gaggles, background calls and joint press
 * conferences. Labels are upper case and open a paragraph ("MS. JEAN-PIERRE:", "PRIME MINISTER
 * LEE:", "SENIOR ADMINISTRATION OFFICIAL:"); questions are "Q" with no colon, just spaces. Lines are
 * hard-wrapped and paragraphs are separated by whitespace-only lines; time stamps ("1:43 P.M. EDT")
 * and "END" are narration. Markdown exports carry YAML front matter (title, date) and backslash
 * escapes ("\[" → "[").
 */
import {isNarrationLine, isTimeStamp, type Prelude, placeOf, readPrelude} from './briefing-meta.js';
import {readFrontMatter} from './frontmatter.js';
import {isFullName} from './plain.js';
import {
	type Chunk,
	chunks,
	findDate,
	headLines,
	joinLines,
	squeeze,
	unescapeMarkdown,
} from './scan.js';
import type {Layout, RawBlock, RawDocument} from './types.js';

/**
 * An upper-case label, optionally with a role after a comma (NPR's "NINA TOTENBERG, BYLINE", CNN's
 * "SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE") and a note in parentheses: "THE PRESIDENT
 * (via interpreter)".
 */
const CAPS_LABEL =
	/^[A-Z][A-Z0-9.'’\-#&/ ]*(?:\([^)0-9]{0,12}\))?(?:, [A-Z][A-Z0-9.'’\- ]*)?(?:\([^)0-9]{0,60}\))?$/;
/** Upper-case words before a colon that are not speakers. */
const NOT_LABELS = new Set([
	'NOTE',
	'NOTES',
	"EDITOR'S NOTE",
	'EDITOR’S NOTE',
	'UPDATE',
	'UPDATED',
	'CORRECTION',
	'PARTICIPANTS',
	'APPEARANCES',
	'CONTENTS',
	'INDEX',
	'PROCEEDINGS',
	'EXHIBITS',
	'ATTENDEES',
	'SOURCE',
	'SUBJECT',
	'RE',
	'FROM',
	'TO',
	'CC',
	'DATE',
	'TIME',
	'LOCATION',
	'WHEN',
	'WHERE',
	'EMBARGOED',
	'FOR IMMEDIATE RELEASE',
	'PS',
	'P.S.',
]);
/** A label and the text after it on the same line. */
interface Labelled {
	label: string;
	rest: string;
}

/** Splits "LABEL: text" or "Q   text" at the start of a paragraph; null when it has no label. */
export function splitBriefingLabel(text: string): Labelled | null {
	const q = /^Q(?::|\s|$)/.exec(text);
	if (q) {
		return {label: 'Q', rest: text.slice(1).replace(/^:/, '').trim()};
	}
	// A deposition's or a trial's "Q." and "A." (with the full stop, never a sentence's "A").
	const qa = /^([QA])\.\s+(?=\S)/.exec(text);
	if (qa) return {label: qa[1]!, rest: text.slice(qa[0].length).trim()};
	const first = text.charAt(0);
	if (text.length < 2 || first < 'A' || first > 'Z') {
		return null;
	}
	const colon = text.slice(0, 90).indexOf(':');
	if (colon < 1) {
		return null;
	}
	const label = squeeze(text.slice(0, colon));
	const after = text.slice(colon + 1);
	if (after !== '' && !/^\s/.test(after)) {
		return null;
	}
	if (!isCapsLabel(label)) {
		return null;
	}
	return {label, rest: after.trim()};
}

function isCapsLabel(label: string): boolean {
	// "BY MS. PARK:" heads an examination; it is not a turn.
	if (!CAPS_LABEL.test(label) || NOT_LABELS.has(label) || label.startsWith('BY ')) {
		return false;
	}
	const bare = label.replace(/\([^)]*\)/g, '');
	const letters = bare.replace(/[^A-Z]/g, '').length;
	const words = bare.split(' ').filter((word) => word !== '').length;
	return letters >= 2 && words <= 7;
}

/**
 * A label alone on the first line of a header paragraph, said once in the document, over a short
 * line of names ("MODERATOR:" / "Chris Wallace (Fox News)"): a participants list.
 */
function isListHead(lines: readonly string[], label: string, counts: Map<string, number>): boolean {
	if ((counts.get(label) ?? 0) > 1 || lines.length < 2) return false;
	if (!/:\s*$/.test(lines[0]!)) return false;
	const rest = lines.slice(1).join(' ');
	return rest.length <= 200 && !/[.?!]$/.test(rest);
}

/**
 * "John G. Roberts, Jr.: …" among capitals labels: a full name in mixed case opening a paragraph
 * is a label too (a captioner's first mention of a speaker later called "CHIEF JUSTICE ROBERTS").
 */
function fullNameLabel(text: string): Labelled | null {
	const colon = text.indexOf(': ');
	if (colon < 3 || colon > 58) return null;
	const label = text.slice(0, colon);
	return isFullName(label) ? {label, rest: text.slice(colon + 2).trim()} : null;
}

/** A paragraph that is only a stage direction in capitals: "(APPLAUSE)", "[CROSSTALK]". */
const DIRECTION = /^(?:\([^()a-z]{2,60}\)|\[[^[\]a-z]{2,60}\])$/;

/** An upper-case heading between turns: "ORAL ARGUMENT OF PAUL M. SMITH ON BEHALF OF …". */
function isCapsHeading(p: string): boolean {
	return (
		p.length >= 12 &&
		p.length <= 200 &&
		p.includes(' ') &&
		!/[:?!]|\.$/.test(p) &&
		p === p.toUpperCase() &&
		/\p{Lu}{3}/u.test(p)
	);
}

/** How well `text` looks like a briefing: upper-case labels, "Q" lines, time stamps. */
function score(text: string, head: readonly string[] = headLines(text, 200)): number {
	let labels = 0;
	let questions = 0;
	let times = 0;
	for (const raw of head) {
		const line = raw.trim();
		if (line === '') {
			continue;
		}
		if (isTimeStamp(line)) {
			times++;
			continue;
		}
		const found = splitBriefingLabel(line);
		// Only labels with speech on the same line: a name alone on its line is a play's habit.
		if (found && found.rest !== '') {
			if (found.label === 'Q') {
				questions++;
			} else {
				labels++;
			}
		}
	}
	const total = labels + questions;
	if (labels === 0 || total < 2) {
		return 0;
	}
	let result = 0.45 + Math.min(total, 10) * 0.03;
	if (times > 0) {
		result += 0.1;
	}
	if (questions > 0) {
		result += 0.1;
	}
	if (/whitehouse\.gov|briefing-room/.test(text.slice(0, 4000))) {
		result += 0.1;
	}
	return Math.min(0.95, result);
}

/**
 * Paragraphs as groups of lines: blank lines separate them, and so does a label at the start of a
 * line after a line that ends a sentence (turns not separated by a blank line). In a text with
 * almost no blank lines and long lines (a page copied with one paragraph a line), every line is a
 * paragraph.
 */
function paragraphChunks(lines: readonly string[], from: number): Chunk[] {
	const groups = chunks(lines, from);
	let filled = 0;
	let length = 0;
	for (const group of groups) {
		filled += group.lines.length;
		for (const line of group.lines) {
			length += line.length;
		}
	}
	const lineMode = groups.length * 5 < filled && length > filled * 80;
	const out: Chunk[] = [];
	for (const group of groups) {
		let current: Chunk = {first: group.first, lines: []};
		out.push(current);
		for (const [index, line] of group.lines.entries()) {
			const raw = lines[group.first + index - 1] ?? '';
			const breaks =
				index > 0 &&
				(lineMode ||
					((/[.?!:;)"”’—-]$/.test(group.lines[index - 1] ?? '') || /\S {2,}$/.test(raw)) &&
						splitBriefingLabel(line)?.rest &&
						// "Q and A will follow." is prose; a question label has a colon or wide spacing.
						!/^Q(?!:|\s{2}|\.\s)/.test(line)));
			if (breaks) {
				current = {first: group.first + index, lines: []};
				out.push(current);
			}
			current.lines.push(line);
		}
	}
	return out;
}

function parse(text: string): RawDocument {
	const lines = text.split('\n');
	const front = readFrontMatter(lines);
	const meta: Prelude = {
		title: front?.fields.get('title') || null,
		date: front ? findDate(front.fields.get('date') ?? '') : null,
		place: [],
		timeSeen: false,
		lists: [],
	};
	const blocks: RawBlock[] = [];
	let current: RawBlock | null = null;
	let labelled = false;
	const narrate = (paragraph: string) => {
		const last = blocks.at(-1);
		if (last && last.label === null) {
			last.paragraphs.push(paragraph);
		} else {
			blocks.push({label: null, paragraphs: [paragraph]});
		}
	};
	const all = paragraphChunks(lines, front?.end ?? 0);
	const counts = new Map<string, number>();
	for (const chunk of all) {
		const label = splitBriefingLabel(chunk.lines[0]!)?.label;
		if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
	}
	const listed: string[] = [];
	const pending: string[] = [];
	for (const chunk of all) {
		const paragraph = unescapeMarkdown(joinLines(chunk.lines));
		const found = splitBriefingLabel(paragraph) ?? fullNameLabel(paragraph);
		if (found && chunk === all[0] && chunk.lines.length >= 3 && counts.get(found.label) === 1) {
			// "NBA FINALS: WARRIORS vs CELTICS" over a date and a name: a heading, not a turn.
			const narration: string[] = [];
			readPrelude(chunk.lines, meta, narration);
			for (const item of narration) narrate(item);
		} else if (found && !labelled && isListHead(chunk.lines, found.label, counts)) {
			// "MODERATOR:" over a line of names in the header: who takes part, not a turn.
			listed.push(found.rest);
			narrate(paragraph);
		} else if (found) {
			labelled = true;
			for (const p of pending.splice(0)) narrate(p);
			current = {label: found.label, paragraphs: found.rest === '' ? [] : [found.rest]};
			blocks.push(current);
		} else if (!labelled) {
			const narration: string[] = [];
			readPrelude(chunk.lines, meta, narration);
			for (const item of narration) {
				narrate(item);
			}
		} else if (isNarrationLine(paragraph) || isCapsHeading(paragraph)) {
			for (const p of pending.splice(0)) narrate(p);
			current = null;
			narrate(paragraph);
		} else if (current && DIRECTION.test(paragraph)) {
			// "(APPLAUSE)", "(CROSSTALK)": in the turn if its speaker goes on, else narration.
			pending.push(paragraph);
		} else if (current) {
			current.paragraphs.push(...pending.splice(0), paragraph);
		} else {
			narrate(paragraph);
		}
	}
	for (const p of pending) narrate(p);
	const place = placeOf(meta.place, meta.title);
	const mentions = [meta.title, place, ...listed, ...meta.lists].filter((item): item is string =>
		Boolean(item),
	);
	return {title: meta.title, date: meta.date, place, blocks, mentions};
}

/** The briefing layout (White House briefings, gaggles, background calls, press conferences). */
export const briefing: Layout = {name: 'briefing', score, most: 0.95, parse};
