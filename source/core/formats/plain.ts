/**
 * The plain layout: a fallback for other real transcripts. It reads debate and interview texts
 * ("Name: text", "**Name:** text"), podcast and meeting exports ("Name (00:01:02): text",
 * "[00:01:02] Name: text", "Name  00:01" on its own line with the text below) and plain prose
 * with no labels (one narration block). A "Name:" without a time stamp opens a turn only when the
 * evidence says it is a label: it recurs, is a generic word, or is a full name among other labels.
 */
import {chunks, findDate, headLines, squeeze, unescapeMarkdown} from './scan.js';
import type {Layout, RawBlock, RawDocument} from './types.js';

/** A label found at the start of a line. */
export interface LineLabel {
	label: string;
	rest: string;
	/** True when a time stamp came with the label (always a label). */
	stamped: boolean;
	/** The time stamp in seconds, when there is one. */
	time?: number;
	/** True when the label was set in bold (`**Name:**`). */
	bold?: boolean;
}

const STAMP_ANY = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.(\d{1,3}))?/;

/** "01:02:03" → 3723, "04:07" → 247 (minutes and seconds), undefined when there is none. */
function stampSeconds(text: string): number | undefined {
	const m = STAMP_ANY.exec(text);
	if (!m) return undefined;
	const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
	const whole = c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
	return m[4] === undefined ? whole : whole + Number(`0.${m[4]}`);
}

const STAMP = String.raw`\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,3})?`;
const STAMP_FIRST = new RegExp(String.raw`^\[?${STAMP}\]?\s+(?:-\s+)?([^:：]{1,60})[:：]\s*(.*)$`);
const STAMP_AFTER = new RegExp(String.raw`^([^:()]{1,60}?)\s*[([]${STAMP}[)\]]\s*:?\s*(.*)$`);
/** "00:00:07 Piotr Nowak" alone on its line, the text below (Happy Scribe, Trint). */
const STAMP_NAME = new RegExp(String.raw`^\[?${STAMP}\]?\s+(?:-\s+)?([^:：()[\]]{1,60})$`);
const STAMP_ALONE = new RegExp(String.raw`^\[?([^:()[\]]{1,60}?)\]?\s+\[?${STAMP}\]?$`);
const COLON = /^([^:：]{1,80})(?::(?:\s+(.*))?|：\s*(.*))$/;
/** ", Jr." and the like after a name. */
const SUFFIX = /,\s*(?:Jr|Sr|JR|SR|II|III|IV|Esq|PhD|MD)\.?$/;
/** A capitalised word in any script, a number, or a run of characters of a script without case. */
const NAME_WORD =
	/^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.-]*|\d{1,3}|#\d{1,3}|[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Thai}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}·・]{1,12})$/u;
const GENERIC =
	/^(?:Q|A|Question|Answer|Interviewer|Interviewee|Host|Co-host|Guest|Moderator|Narrator|Audience|Voice|Voices|Reporter|Journalist|Participant|Unidentified \w+|Speaker(?: \w{1,3})?)$/i;
/** Two to four capitalised words: "Anna Ivanova", "Jean-Luc Picard". */
const FULL_NAME =
	/^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’.-]*){1,3}(?:,? (?:Jr|Sr|II|III|IV)\.?)?$/u;
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
	const bare = labelKey(name).replace(SUFFIX, '').trim();
	if (bare === '' || bare.length > 50) {
		return false;
	}
	const words = bare.split(/\s+/);
	if (words.length > 5) {
		return false;
	}
	return words.every((word, index) => NAME_WORD.test(word) || (index > 0 && PARTICLES.has(word)));
}

const DASH_LABEL = /^([^:–—.]{1,150}?)\.\s+[–—]\s+(.*)$/;
const QUESTION_NUMBER = /^[QT]\d{1,3}\.\s+/;
const NOTES = /(?:\s*\([^()]{0,40}\)){1,3}$/;

/**
 * A label without its trailing notes: "Mr. Nebenzia (Russian Federation) (spoke in Russian)" and
 * "Keir Starmer (Holborn and St Pancras) (Lab)" count as "Mr. Nebenzia" and "Keir Starmer".
 */
function labelKey(label: string): string {
	return label.includes('(') ? label.replace(NOTES, '') : label;
}

/** The label at the start of `line` by shape alone (evidence is checked by the caller). */
export function plainLabel(line: string): LineLabel | null {
	let s = line.trim();
	// Every label form has a colon (in the label or its time stamp) near the start.
	const head = s.slice(0, 160);
	const dash = head.includes('. –') || head.includes('. —');
	if (!head.includes(':') && !head.includes('：') && !dash) {
		return null;
	}
	const bold = /^\*\*([^*]{1,70})\*\*\s*(:?)\s*/.exec(s);
	if (bold) {
		const [whole, name = '', colon = ''] = bold;
		const inner = name.trim();
		s = `${inner.endsWith(':') ? inner : `${inner}${colon}`} ${s.slice(whole.length)}`.trim();
	}
	for (const pattern of [STAMP_FIRST, STAMP_AFTER, STAMP_ALONE, STAMP_NAME]) {
		const [, name, rest = ''] = pattern.exec(s) ?? [];
		if (name !== undefined && nameLike(name.trim())) {
			return {
				label: squeeze(name),
				rest: rest.trim(),
				stamped: true,
				time: stampSeconds(s),
			};
		}
	}
	// A question number before the label, as Hansard prints it: "Q1. Dr Rupa Huq (…) (Lab): …".
	if (s.charCodeAt(0) === 81 || s.charCodeAt(0) === 84) s = s.replace(QUESTION_NUMBER, '');
	// The European Parliament's "President. – …", "Manfred Weber, on behalf of the PPE Group. – …".
	if (dash) {
		const [, who, said = ''] = DASH_LABEL.exec(s) ?? [];
		if (who !== undefined && nameLike(who.split(', ')[0]!.trim()))
			return {label: squeeze(who), rest: said.trim(), stamped: false};
	}
	const [, name, rest, wideRest] = COLON.exec(s) ?? [];
	if (name !== undefined && nameLike(name.trim())) {
		const found: LineLabel = {
			label: squeeze(name),
			rest: (rest ?? wideRest ?? '').trim(),
			stamped: false,
		};
		if (bold) found.bold = true;
		return found;
	}
	return null;
}

/**
 * Labels that the whole document supports. In a time-stamped export only time-stamped labels
 * count; otherwise a label is generic, recurs, or is a full name among other labels.
 */
function acceptedLabels(lines: readonly string[], once?: Set<string>): Set<string> {
	const counts = new Map<string, number>();
	const stamped = new Set<string>();
	const accepted = new Set<string>();
	const bold = new Set<string>();
	/** Labels that open a paragraph, with the line where each first does. */
	const openers: [string, number, boolean][] = [];
	let bolded = 0;
	let names = 0;
	let paragraphs = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const opens = line.trim() !== '' && (i === 0 || lines[i - 1]!.trim() === '');
		if (opens) paragraphs++;
		const found = line.length > 0 ? plainLabel(line) : null;
		if (!found) {
			continue;
		}
		const key = labelKey(found.label);
		// Speech after the label, not a header's "President: Mr. França Danese (Brazil)".
		if (opens) openers.push([key, i, found.rest.length >= 60]);
		if (opens && isFullName(key)) names++;
		if (found.bold) {
			bold.add(key);
			bolded++;
		}
		const count = (counts.get(key) ?? 0) + 1;
		counts.set(key, count);
		if (found.stamped) {
			stamped.add(key);
		} else if (count >= 2 || GENERIC.test(key)) {
			accepted.add(key);
		}
	}
	if (once) for (const [key, n] of counts) if (n === 1) once.add(key);
	if (stamped.size > 0) {
		return stamped;
	}
	// Labels set in bold by Markdown markup, where the document sets several so.
	if (bolded >= 3 && bold.size >= 2) for (const label of bold) accepted.add(label);
	// Full names ("Zoë Müller", "王芳") that speak once are labels beside labels that recur, or
	// when such names open most paragraphs (a short exchange where each person speaks once).
	if (accepted.size >= 1 || (names >= 2 && names * 2 >= paragraphs)) {
		for (const label of counts.keys()) {
			if (isFullName(label)) {
				accepted.add(label);
			}
		}
	}
	// Where labels open most paragraphs, any label-shaped opener after the first turn is one too
	// ("Mr. Pedersen:", "Д.Песков:" speaking once); before it, only one with a sentence after it,
	// not a header line ("President: Mr. França Danese (Brazil)").
	let recurring = 0;
	for (const label of accepted) if ((counts.get(label) ?? 0) >= 2) recurring++;
	// Every paragraph opens with a label and one recurs: each is a speaker ("Boris:", "Carla:").
	if (recurring >= 1 && paragraphs >= 3 && openers.length === paragraphs)
		for (const [key] of openers) if (!NOT_SPEAKERS.test(key)) accepted.add(key);
	if (recurring >= 2 && openers.length * 2 >= paragraphs) {
		const first = openers.find(([key]) => accepted.has(key))?.[1] ?? lines.length;
		for (const [key, at, long] of openers)
			if ((at > first || long) && personLike(key)) accepted.add(key);
	}
	return accepted;
}

/** Words before a colon that head a note, never a speaker ("Summary:", "Photo credit:"). */
const NOTE_WORDS =
	'note|notes|summary|update|updated|correction|source|sources|photo|photos|photo credit|credit|' +
	"credits|editor'?s note|disclaimer|transcript|related|tags|share|see also|read more|agenda|" +
	'subject|date|time|location|re|cc|ps';
const NOT_SPEAKERS = new RegExp(`^(?:${NOTE_WORDS})$`, 'i');
const NOTE_HEAD = new RegExp(
	`^(?:(?:${NOTE_WORDS}):\\s|(?:transcribed|transcript|transcription) (?:by|powered by) )`,
	'i',
);

/**
 * A label that may speak once: more than one word ("Mr. Pedersen", "Hon. Members"), an initial
 * ("Д.Песков"), or a word in capitals; not a note's heading.
 */
function personLike(label: string): boolean {
	if (NOT_SPEAKERS.test(label)) return false;
	return label.includes(' ') || label.includes('.') || !/\p{Ll}/u.test(label);
}

const CASELESS_NAME = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}·・]{2,8}$/u;

/** A personal name of two to four capitalised words (", Jr." allowed), or a caseless-script name. */
export function isFullName(label: string): boolean {
	return FULL_NAME.test(label) || CASELESS_NAME.test(label);
}

function score(text: string, head: readonly string[] = headLines(text, 200)): number {
	let stamped = 0;
	let caps = 0;
	const counts = new Map<string, number>();
	for (let i = 0; i < head.length; i++) {
		const line = head[i]!;
		const found = line.length > 0 ? plainLabel(line) : null;
		if (!found) continue;
		if (found.stamped) stamped++;
		else if (i === 0 || head[i - 1]!.trim() === '') {
			const key = labelKey(found.label);
			counts.set(key, (counts.get(key) ?? 0) + 1);
			if (!/\p{Ll}/u.test(key)) caps++;
		}
	}
	if (stamped >= 2) return 0.8;
	// "Name: text" paragraphs with labels that recur, some in capitals ("MODERATOR:", "MS. SMITH:"),
	// which a Kremlin page never sets: more than a bare date line near the top (0.6).
	let recurring = 0;
	for (const n of counts.values()) if (n >= 2) recurring++;
	return recurring >= 2 && caps >= 2 ? 0.62 : 0.02;
}

/** A paragraph that is only a stage direction: "(Applause)", "[Laughter]". */
function isDirection(text: string): boolean {
	return /^(?:\([^()]{1,200}\)|\[[^[\]]{1,200}\])\.?$/.test(text);
}

const LEAD_STAMP = new RegExp(String.raw`^\\?[[(](${STAMP})\\?[\])]\s*`);

/** A time stamp opening a paragraph ("\\[04:07\\] text", "[00:01:02] text"): its seconds and the rest. */
function leadStamp(text: string): {time: number | undefined; rest: string} {
	const m = LEAD_STAMP.exec(text);
	return m
		? {time: stampSeconds(m[1]!), rest: text.slice(m[0].length)}
		: {time: undefined, rest: text};
}

/** Markdown undone: backslash escapes, and emphasis (`**bold**`, `*em*`, `_em_`). */
function unmarkdown(text: string): string {
	let out = text;
	if (out.includes('*') || out.includes('_')) {
		out = out
			.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
			.replace(/(?<![\w*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
			.replace(/(?<![\w\\])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1');
	}
	return unescapeMarkdown(out);
}

function parse(text: string, hints?: ReadonlySet<string>): RawDocument {
	const lines = text.split('\n');
	const once = new Set<string>();
	const accepted = acceptedLabels(lines, once);
	// Labels the source marked (bold at a paragraph's start in a web page) are labels.
	if (hints)
		for (const line of lines) {
			const found = line.length > 0 ? plainLabel(line) : null;
			if (found && hints.has(found.label)) accepted.add(labelKey(found.label));
		}
	let boldLines = 0;
	for (let i = 0; i < lines.length && boldLines < 2; i++)
		if (lines[i]!.startsWith('**')) boldLines++;
	const markdown = boldLines >= 2;
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
		let joined = squeeze(paragraph.join(' '));
		paragraph = [];
		const c = joined.charCodeAt(0);
		const stamp =
			c === 91 || c === 92 || c === 40 ? leadStamp(joined) : {time: undefined, rest: joined};
		if (stamp.time !== undefined) {
			joined = stamp.rest;
			if (current && current.paragraphs.length === 0 && current.time === undefined)
				current.time = stamp.time;
		}
		if (markdown) joined = unmarkdown(joined);
		if (joined === '') return;
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
	const open = (label: string | null, time?: number) => {
		endParagraph();
		if (pending.length > 0) {
			blocks.push({label: null, paragraphs: pending});
			pending = [];
		}
		current = label === null ? null : {label, paragraphs: []};
		if (current && time !== undefined) current.time = time;
		if (current) {
			blocks.push(current);
		}
	};
	for (const [index, group] of groups.entries()) {
		// A title (and a date line) alone before the first turn.
		if (index === 0 && accepted.size > 0 && group.lines.length <= 3 && groups.length > 1) {
			const head = group.lines;
			const dated = head.length === 1 || head.slice(1).some((l) => l.length <= 100 && findDate(l));
			// A heading with a colon and a date under it ("访谈：人工智能与教育") is a title.
			const label = (l: string) => labelKey(plainLabel(l)?.label ?? '');
			const titled = head.length > 1 && once.has(label(head[0]!));
			if (
				dated &&
				head.every((l, k) => l.length <= 200 && ((k === 0 && titled) || !accepted.has(label(l))))
			) {
				title = head[0]!.replace(/^#+\s*/, '');
				for (const l of head) date ??= findDate(l);
				if (head.length > 1) blocks.push({label: null, paragraphs: head.slice(1)});
				continue;
			}
		}
		for (const line of group.lines) {
			const found = plainLabel(line);
			if (found && accepted.has(labelKey(found.label))) {
				open(found.label, found.time);
				if (found.rest !== '') {
					paragraph.push(found.rest);
				}
			} else {
				// "Photo credit: …", "Summary: …", "Transcribed by https://otter.ai" opening a
				// paragraph end the turn before it.
				if (current && line === group.lines[0] && NOTE_HEAD.test(line)) open(null);
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
	return {title, date, place: null, blocks: silentLabels(blocks)};
}

/**
 * A label none of whose turns holds a word of speech ("**Break:** \\[17:37\\]", a sponsor slot)
 * is not a speaker: its turns become narration.
 */
function silentLabels(blocks: RawBlock[]): RawBlock[] {
	const spoken = new Set<string>();
	const seen = new Set<string>();
	for (const block of blocks) {
		if (block.label === null) continue;
		seen.add(block.label);
		if (block.paragraphs.length > 0) spoken.add(block.label);
	}
	if (spoken.size === seen.size) return blocks;
	return blocks.map((block) =>
		block.label !== null && !spoken.has(block.label)
			? {label: null, paragraphs: [block.label]}
			: block,
	);
}

/** The plain layout: generic "Name: text" transcripts, time-stamped exports, and prose. */
export const plain: Layout = {name: 'plain', score, most: 0.8, parse};
