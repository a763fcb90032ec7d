/**
 * The plain layout: a fallback for other real transcripts. It reads debate and interview texts
 * ("Name: text", "**Name:** text"), podcast and meeting exports ("Name (00:01:02): text",
 * "[00:01:02] Name: text", "Name  00:01" on its own line with the text below) and plain prose
 * with no labels (one narration block). A "Name:" without a time stamp opens a turn only when the
 * evidence says it is a label: it recurs, is a generic word, or is a full name among other labels.
 */
import {chunks, findDate, headLines, squeeze} from './scan.js';
import type {Layout, RawBlock, RawDocument} from './types.js';

/** A label found at the start of a line. */
export interface LineLabel {
	label: string;
	rest: string;
	/** True when a time stamp came with the label (always a label). */
	stamped: boolean;
}

const STAMP = String.raw`\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,3})?`;
const STAMP_FIRST = new RegExp(String.raw`^\[?${STAMP}\]?\s+(?:-\s+)?([^:]{1,60}):\s*(.*)$`);
const STAMP_AFTER = new RegExp(String.raw`^([^:()]{1,60}?)\s*[([]${STAMP}[)\]]\s*:?\s*(.*)$`);
const STAMP_ALONE = new RegExp(String.raw`^\[?([^:()[\]]{1,60}?)\]?\s+\[?${STAMP}\]?$`);
const COLON = /^([^:]{1,60}):(?:\s+(.*))?$/;
const GENERIC =
	/^(?:Q|A|Question|Answer|Interviewer|Interviewee|Host|Co-host|Guest|Moderator|Narrator|Audience|Voice|Voices|Reporter|Journalist|Participant|Unidentified \w+|Speaker(?: \w{1,3})?)$/i;
/** Two to four capitalised words: "Anna Ivanova", "Jean-Luc Picard". */
const FULL_NAME = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){1,3}$/;
const PARTICLES = new Set([
	'of',
	'the',
	'de',
	'la',
	'le',
	'van',
	'von',
	'der',
	'den',
	'da',
	'di',
	'bin',
	'al',
]);

/** "Lester Holt", "SEN. SMITH", "Speaker 2", "Dr. Jane O'Neil (via interpreter)". */
export function nameLike(name: string): boolean {
	const bare = name.replace(/\s*\([^)]{0,40}\)$/, '').trim();
	if (bare === '' || bare.length > 50) {
		return false;
	}
	const words = bare.split(/\s+/);
	if (words.length > 5) {
		return false;
	}
	return words.every(
		(word, index) =>
			/^(?:[A-Z][\w'’.-]*|\d{1,3}|#\d{1,3})$/u.test(word) || (index > 0 && PARTICLES.has(word)),
	);
}

/** The label at the start of `line` by shape alone (evidence is checked by the caller). */
export function plainLabel(line: string): LineLabel | null {
	let s = line.trim();
	// Every label form has a colon (in the label or its time stamp) near the start.
	if (!s.slice(0, 100).includes(':')) {
		return null;
	}
	const bold = /^\*\*([^*]{1,70})\*\*\s*(:?)\s*/.exec(s);
	if (bold) {
		const inner = bold[1].trim();
		s = `${inner.endsWith(':') ? inner : `${inner}${bold[2]}`} ${s.slice(bold[0].length)}`.trim();
	}
	for (const pattern of [STAMP_FIRST, STAMP_AFTER, STAMP_ALONE]) {
		const m = pattern.exec(s);
		if (m && nameLike(m[1].trim())) {
			return {label: squeeze(m[1]), rest: (m[2] ?? '').trim(), stamped: true};
		}
	}
	const m = COLON.exec(s);
	if (m && nameLike(m[1].trim())) {
		return {label: squeeze(m[1]), rest: (m[2] ?? '').trim(), stamped: false};
	}
	return null;
}

/**
 * Labels that the whole document supports. In a time-stamped export only time-stamped labels
 * count; otherwise a label is generic, recurs, or is a full name among other labels.
 */
function acceptedLabels(lines: readonly string[]): Set<string> {
	const counts = new Map<string, number>();
	const stamped = new Set<string>();
	const accepted = new Set<string>();
	for (const line of lines) {
		const found = line.length > 0 ? plainLabel(line) : null;
		if (!found) {
			continue;
		}
		const count = (counts.get(found.label) ?? 0) + 1;
		counts.set(found.label, count);
		if (found.stamped) {
			stamped.add(found.label);
		} else if (count >= 2 || GENERIC.test(found.label)) {
			accepted.add(found.label);
		}
	}
	if (stamped.size > 0) {
		return stamped;
	}
	if (accepted.size >= 2) {
		for (const label of counts.keys()) {
			if (FULL_NAME.test(label)) {
				accepted.add(label);
			}
		}
	}
	return accepted;
}

function score(text: string, head: readonly string[] = headLines(text, 200)): number {
	let stamped = 0;
	for (const line of head) {
		if (line.length > 0 && plainLabel(line)?.stamped) {
			stamped++;
		}
	}
	return stamped >= 2 ? 0.8 : 0.02;
}

/** A paragraph that is only a stage direction: "(Applause)", "[Laughter]". */
function isDirection(text: string): boolean {
	return /^(?:\([^()]{1,200}\)|\[[^[\]]{1,200}\])\.?$/.test(text);
}

function parse(text: string): RawDocument {
	const lines = text.split('\n');
	const accepted = acceptedLabels(lines);
	const groups = chunks(lines);
	const blankLines = lines.length - groups.reduce((sum, group) => sum + group.lines.length, 0);
	// With no blank lines between paragraphs, every line is a paragraph.
	const lineMode = blankLines * 20 < lines.length;
	const blocks: RawBlock[] = [];
	let current: RawBlock | null = null;
	let pending: string[] = [];
	let paragraph: string[] = [];
	let title: string | null = null;
	let date: string | null = null;
	const endParagraph = () => {
		if (paragraph.length === 0) {
			return;
		}
		const joined = squeeze(paragraph.join(' '));
		paragraph = [];
		if (current && isDirection(joined)) {
			pending.push(joined);
		} else if (current) {
			current.paragraphs.push(...pending, joined);
			pending = [];
		} else {
			const last = blocks.at(-1);
			if (last && last.label === null) {
				last.paragraphs.push(joined);
			} else {
				blocks.push({label: null, paragraphs: [joined]});
			}
		}
	};
	const open = (label: string | null) => {
		endParagraph();
		if (pending.length > 0) {
			blocks.push({label: null, paragraphs: pending});
			pending = [];
		}
		current = label === null ? null : {label, paragraphs: []};
		if (current) {
			blocks.push(current);
		}
	};
	for (const [index, group] of groups.entries()) {
		if (index === 0 && accepted.size > 0 && group.lines.length === 1 && groups.length > 1) {
			const only = group.lines[0];
			if (only.length <= 200 && !accepted.has(plainLabel(only)?.label ?? '')) {
				title = only.replace(/^#+\s*/, '');
				date = findDate(only);
				continue;
			}
		}
		for (const line of group.lines) {
			const found = plainLabel(line);
			if (found && accepted.has(found.label)) {
				open(found.label);
				if (found.rest !== '') {
					paragraph.push(found.rest);
				}
			} else {
				date ??= current === null && line.length < 80 ? findDate(line) : null;
				paragraph.push(line);
			}
			if (lineMode) {
				endParagraph();
			}
		}
		endParagraph();
	}
	open(null);
	return {title, date, place: null, blocks};
}

/** The plain layout: generic "Name: text" transcripts, time-stamped exports, and prose. */
export const plain: Layout = {name: 'plain', score, most: 0.8, parse};
