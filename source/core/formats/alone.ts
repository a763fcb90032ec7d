/**
 * Labels alone on their line, found by evidence: Project Gutenberg plays ("KENT." then the verse),
 * earnings calls ("Operator", "Dara Mohsenian -- Morgan Stanley -- Analyst" then paragraphs),
 * and any transcript that names the speaker on a line of its own with a full stop or nothing.
 *
 * A line is a candidate when it follows a blank line, is short, and reads as a name or role (in
 * any script, upper or title case, optionally "Name -- Role -- Firm"). A candidate is a label
 * when the document supports it: the same label recurs, it has the document's dominant ending
 * (a full stop or none), speech follows it (not another candidate: a participants list or a
 * table of contents is narration), or a cast list names it. Headings (ACT/SCENE, "Questions and
 * Answers:"), stage directions (indented, "Enter …", "… exits.") and cast lists are narration.
 */
import {isGenericLabel} from '../speakers.js';
import {parseDateLine} from './dateline.js';
import {chunks, findDate, indentParagraphs, squeeze} from './scan.js';
import type {Layout, RawBlock, RawDocument} from './types.js';

/** A candidate label line: its key (the label), how it ends, and the role after " -- ". */
interface Candidate {
	label: string;
	/** "." (a full stop), "" (nothing) or "inline" ("Ham. Speech…": the speech follows on the line). */
	end: End;
	dashed: boolean;
	/** For an inline label, the speech after it on the same line. */
	rest?: string;
	/** A dashed label as the document means it: "Robert Chen -- Acme Corp -- CEO". */
	text?: string;
	/** True for "MR. GRANT: …" (a label in capitals with a colon, never a sentence). */
	colon?: boolean;
}

type End = '.' | '' | 'inline';

/** Words that open sentences with a full stop, never an abbreviated speaker ("Yes. I think…"). */
const NOT_INLINE = new Set(
	(
		'yes no well oh ok okay right thanks good sure so and but now then mr mrs ms dr st jr sr ' +
		'gen col lt prof sen rep gov hon rev fr vol fig art sec nos ch pp vs etc inc ltd co corp'
	).split(' '),
);
/** "MR. GRANT: Objection.", "THE WITNESS: Yes." — a deposition's colon labels in capitals. */
const CAPS_COLON = /^((?:MR|MS|MRS|DR)\. [\p{Lu}'’-]+(?: [\p{Lu}'’-]+)?|THE [\p{Lu}]+): +(\S.*)$/u;
const INLINE = /^((?:[\p{Lu}][\p{L}'’]{0,14}\.? ){0,2}[\p{Lu}][\p{L}'’]{0,12})\. +(\S.*)$/u;

/** "Ham. A little more than kin…", "First Cit. We are…", "Q. Did you…": label and speech. */
function inlineCandidate(line: string): Candidate | null {
	const colon = CAPS_COLON.exec(line);
	if (colon) return {label: colon[1]!, end: 'inline', dashed: false, rest: colon[2]!, colon: true};
	const m = INLINE.exec(line);
	if (!m) return null;
	// "A. Yes. I was on shift": the answer's label is "A", not "A. Yes".
	const qa = /^([QA])\. \S/.exec(m[1]!);
	if (qa) return {label: qa[1]!, end: 'inline', dashed: false, rest: line.slice(3)};
	const label = m[1]!.trim();
	if (NOT_INLINE.has(label.toLowerCase()) || STAGE.test(label) || HEADING.test(label)) return null;
	return {label, end: 'inline', dashed: false, rest: m[2]!};
}

const PARTICLES = new Set([
	'of',
	'the',
	'and',
	'de',
	'la',
	'le',
	'du',
	'von',
	'van',
	'da',
	'di',
	'der',
	'den',
	'bin',
	'al',
	'y',
	'&',
]);
/** Words of a stage direction that may look like a label ("Exeunt.", "Flourish."). */
const STAGE =
	/^(?:enter|exit|exeunt|exeunt omnes|re-?enter|manet|manent|flourish|sennet|alarum|alarums|retreat|music|thunder|trumpets|hautboys|dies|sings|song|curtain|finis|the end|end|dumb show)\.?$/i;
const HEADING =
	/^(?:act|scene|actus|scaena|scena|prologue|epilogue|induction|chorus\.?$|part|book|chapter|section|dramatis person|persons represented|the persons|characters|cast|contents|table of contents|transcript|introduction|presentation$|questions and answers$|question-and-answer session$|prepared remarks$)\b/i;
const PLAY_CAST =
	/^(?:dramatis person(?:ae|æ|e)|persons represented|the persons of the play|characters(?: in the play)?|cast(?: of characters)?)\s*:?$/i;
const CAST_HEAD =
	/^(?:dramatis person(?:ae|æ|e)|persons represented|the persons of the play|characters(?: in the play)?|cast(?: of characters)?|(?:call |corporate |company |conference call )?participants|executives|analysts)\s*:?$/i;
/** A capitalised word in any script, an initial, a number, or a run of a caseless script. */
const WORD =
	/^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*|\d{1,3}(?:st|nd|rd|th)?|[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}·・]{1,10})$/u;

/** A name after an honorific or a title: "Mr. Thériault", "Dr Tam", "Senator Wong". */
const TITLED =
	/^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Hon|Rev|Sir|Dame|Lord|Lady|Senator|Minister|Judge|Justice)\.? \p{Lu}/u;

/** A label ending in a surname in capitals: "Mr. BIGGS", "Chair JACKSON LEE". */
const CAPS_TAIL = /(?:^|\s)\p{Lu}[\p{Lu}'’-]+$/u;

/** Reads `line` (trimmed) as a candidate label, or null. */
export function aloneCandidate(written: string): Candidate | null {
	if (written.length < 1 || written.length > 120) return null;
	let line = written;
	// "Robert Chen,  Acme Corp - CEO   [2]" (Thomson StreetEvents): a sequence number after the
	// label, and the firm after a comma, read as "Robert Chen - Acme Corp - CEO".
	if (line.endsWith(']')) line = line.replace(SEQUENCE, '');
	if (line.includes(',') && DASH.test(line)) line = squeeze(line.replace(/,\s+/, ' - '));
	let head = line;
	let dashed = false;
	const dash = line.search(DASH);
	if (dash > 0) {
		head = line.slice(0, dash);
		dashed = true;
		if (head.length > 50) return null;
	} else if (line.length > 42) return null;
	// A screenplay's extension after the name: "MARGARET (CONT'D)", "ANNOUNCER (V.O.)".
	if (head.endsWith(')') && !dashed) {
		const note = /^(.*\S) +\([^()]{1,20}\)$/.exec(head);
		if (!note) return null;
		head = note[1]!;
	}
	let end: '.' | '' = '';
	if (head.endsWith('.')) {
		end = '.';
		head = head.slice(0, -1);
	} else if (/[,;:!?)\]"”’'…-]$/.test(head)) return null;
	head = squeeze(head);
	if (head === '' || STAGE.test(head) || HEADING.test(head)) return null;
	// A full stop inside ("Ber. He.") ends a word, not an initial or a title: not a label line.
	if (
		/(?<!\p{L})(?!(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Hon|Rev|Col|Lt|Capt)\. )\p{L}{2,}\. /u.test(
			head,
		)
	)
		return null;
	const bare = head.replace(/,\s*(?:Jr|Sr|JR|SR|II|III|IV)\.?$/, '');
	const words = bare.split(/[ /]/);
	if (words.length > 5) return null;
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (w === '') return null;
		if (i > 0 && PARTICLES.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
		if (!WORD.test(w)) return null;
	}
	const found: Candidate = {label: head, end, dashed};
	if (dashed) found.text = line.replace(DASHES, ' -- ');
	return found;
}

const SEQUENCE = /\s+\[\d{1,4}\]$/;

/** The separator of "Name -- Role" (Motley Fool), "Name - Role" or "Name – Role" (others). */
const DASH = / (?:--|-|–|—) /;
const DASHES = /\s+(?:--|-|–|—)\s+/g;

/** Lines, the line index where each blank-separated paragraph starts, and the candidates. */
interface Scan {
	lines: string[];
	/** Candidate of each line that follows a blank line (or opens the text), by line index. */
	found: (Candidate | null)[];
	/** Accepted labels. */
	labels: Set<string>;
	/** Lines where an accepted label opens a turn. */
	opens: Set<number>;
	/** Lines of the cast or participants list. */
	cast: string[];
	/** True when the list is a play's (Dramatis Personae, Characters, …). */
	playCast: boolean;
}

function nextNonBlank(lines: readonly string[], i: number): number {
	let j = i + 1;
	while (j < lines.length && lines[j]!.trim() === '') j++;
	return j;
}

/** Finds the label lines of `text` by evidence (see the module comment). */
function scan(lines: string[]): Scan {
	const found: (Candidate | null)[] = new Array(lines.length).fill(null);
	const alt: (Candidate | null)[] = new Array(lines.length).fill(null);
	const counts = new Map<string, number>();
	const ends = {'.': 0, '': 0, inline: 0};
	const cast: string[] = [];
	let castOpen = false;
	let playCast = false;
	let castFrom = 0;
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.trim();
		if (t === '') {
			if (castOpen && cast.length > castFrom) castOpen = false;
			continue;
		}
		if (CAST_HEAD.test(t)) {
			castOpen = true;
			castFrom = cast.length;
			if (PLAY_CAST.test(t)) playCast = true;
			continue;
		}
		if (castOpen) {
			cast.push(t.replace(/^[*•·–-]\s+/, ''));
			continue;
		}
		if (i > 0 && lines[i - 1]!.trim() !== '') continue;
		const inline = inlineCandidate(t);
		let c = aloneCandidate(t);
		if (c && inline) {
			// "A. John Smith." reads both ways: the document's style decides below.
			alt[i] = inline;
			counts.set(inline.label, (counts.get(inline.label) ?? 0) + 1);
		}
		c ??= inline;
		if (!c) continue;
		if (c.end !== 'inline') {
			// Speech must follow: the next line, or after a blank line a line that is not another
			// candidate of the same kind (a participants list, a table of contents).
			const j = nextNonBlank(lines, i);
			if (j >= lines.length) continue;
			if (j > i + 1 && aloneCandidate(lines[j]!.trim())?.end === c.end) continue;
		}
		found[i] = c;
		counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
	}
	const distinct = {'.': new Set<string>(), '': new Set<string>(), inline: new Set<string>()};
	for (const c of [...found, ...alt])
		if (c && (counts.get(c.label) ?? 0) >= 2) {
			ends[c.end]++;
			distinct[c.end].add(c.label);
		}
	// Inline labels ("Ham. …") only where several recur: sentences also open with a word and a stop.
	// (Two do when they are generic: "Q." and "A." in a deposition.)
	const generic = [...distinct.inline].every((label) => isGenericLabel(label));
	if (distinct.inline.size < (generic ? 2 : 3)) ends.inline = 0;
	const end: End =
		ends.inline > ends['.'] && ends.inline > ends[''] ? 'inline' : ends['.'] >= ends[''] ? '.' : '';
	if (end === 'inline') for (let i = 0; i < alt.length; i++) if (alt[i]) found[i] = alt[i]!;
	const castKeys = cast.map((line) => fold(line.split(/,| -{1,2} | – | — /)[0]!));
	// Every recurring label in capitals: a name in capitals that speaks once is one too.
	let capsOnly = true;
	for (const [label, n] of counts) if (n >= 2 && /\p{Ll}/u.test(label)) capsOnly = false;
	const labels = new Set<string>();
	let recurring = 0;
	for (const n of counts.values()) if (n >= 2) recurring++;
	// Where the first recurring label opens a turn: a line in capitals before it is a title.
	const firstTurn = found.findIndex((c) => c !== null && (counts.get(c.label) ?? 0) >= 2);
	for (let i = 0; i < found.length; i++) {
		const c = found[i];
		if (!c || c.end !== end || labels.has(c.label)) continue;
		const n = counts.get(c.label) ?? 0;
		const caps = c.label === c.label.toUpperCase() && /\p{Lu}/u.test(c.label);
		const inCast =
			end !== 'inline' && castKeys.some((k) => castMatch(fold(c.label), k)) && c.label.length > 2;
		if (
			n >= 2 ||
			(c.dashed && recurring >= 1) ||
			inCast ||
			isGenericLabel(c.label) ||
			c.colon === true ||
			(caps && (end === '.' || (capsOnly && i > firstTurn)) && recurring >= 2) ||
			// "Mr. Thériault" speaking once, after the first turn, among recurring labels.
			(end === '' && i > firstTurn && recurring >= 2 && TITLED.test(c.label)) ||
			(end === 'inline' && castKeys.some((k) => castMatch(fold(c.label), k)))
		)
			labels.add(c.label);
	}
	// "Mr. BIGGS." speaking once, where the recurring inline labels end in a surname in capitals
	// (the GPO's convention) in a mixed-case document.
	if (end === 'inline') {
		let caps = 0;
		for (const label of labels) if (CAPS_TAIL.test(label)) caps++;
		if (caps >= 2)
			for (const c of found)
				if (c && c.end === 'inline' && CAPS_TAIL.test(c.label) && /\p{Ll}/u.test(c.label))
					labels.add(c.label);
	}
	const opens = new Set<number>();
	for (let i = 0; i < found.length; i++) {
		const c = found[i];
		if (c && c.end === end && labels.has(c.label)) opens.add(i);
	}
	if (labels.size < 2 && !(labels.size === 1 && opens.size >= 3)) {
		labels.clear();
		opens.clear();
	}
	return {lines, found, labels, opens, cast, playCast};
}

/** "CLAUDIUS" → "Claudius" (a cast list in capitals); mixed case stays. */
function titleCaps(name: string): string {
	if (name !== name.toUpperCase()) return name;
	return name
		.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase())
		.replace(/\b(Of|The|And)\b/g, (w) => w.toLowerCase());
}

function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’']/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * True when a label names a cast entry: each of its words starts a word of the entry, in order
 * ("kent" → "earl of kent", "first cit" → "first citizen", "ham" → "hamlet").
 */
function castMatch(label: string, entry: string): boolean {
	const words = label.split(/[ /]/).filter((w) => w !== '');
	const target = entry.split(' ');
	let k = 0;
	for (const w of words) {
		while (k < target.length && !target[k]!.startsWith(w)) k++;
		if (k >= target.length) return false;
		k++;
	}
	return words.length > 0;
}

/** The cast entry a label names, when exactly one entry not claimed by another label does. */
function castNames(labels: Iterable<string>, cast: readonly string[]): Map<string, string> {
	const entries = cast.map((line) => titleCaps(squeeze(line.split(/,| -{1,2} | – | — /)[0]!)));
	const keys = entries.map(fold);
	// The description too: "KING" is "CLAUDIUS, King of Denmark".
	const whole = cast.map((line) => fold(line.replace(/[,;.]/g, ' ')));
	const options = new Map<string, number[]>();
	for (const label of labels) {
		const parts = label.split('/');
		if (parts.length > 1) continue;
		let hits: number[] = [];
		for (let k = 0; k < keys.length; k++) if (castMatch(fold(label), keys[k]!)) hits.push(k);
		if (hits.length === 0)
			for (let k = 0; k < whole.length; k++) if (castMatch(fold(label), whole[k]!)) hits.push(k);
		if (hits.length > 0 && entries[hits[0]!]!.length <= 60) options.set(label, hits);
		else hits = [];
	}
	const claimed = new Set<number>();
	for (const hits of options.values()) if (hits.length === 1) claimed.add(hits[0]!);
	const names = new Map<string, string>();
	for (const [label, hits] of options) {
		const free = hits.length === 1 ? hits : hits.filter((k) => !claimed.has(k));
		// An exact word match first ("ROBIN" is "Robin Goodfellow" when "STARVELING" has the other).
		if (free.length === 1) names.set(label, entries[free[0]!]!);
	}
	// A joint label ("ALBANY/CORNWALL") names the people of its parts.
	for (const label of labels) {
		const parts = label.split('/');
		if (parts.length < 2) continue;
		const each = parts.map((p) => {
			const hits = keys.flatMap((k, i) => (castMatch(fold(p), k) ? [i] : []));
			return hits.length === 1 ? entries[hits[0]!]! : null;
		});
		if (each.every((e) => e !== null)) names.set(label, each.join(' and '));
	}
	return names;
}

/** A stage direction paragraph: "Enter Kent.", "He exits.", "[_Flourish._] Enter …". */
function isDirection(first: string, indented: boolean): boolean {
	const t = first.replace(/^\[_?[^\]]*_?\]\s*/, '');
	if (/^(?:Enter|Exit|Exeunt|Re-?enter|Manet|Flourish|Sennet|Alarums?|Retreat)\b/.test(t))
		return true;
	if (/\b(?:exits?|exeunt|enters?|dies|sleeps|wakes)\.?$/i.test(t) && t.length < 120) return true;
	return indented;
}

/** A paragraph in brackets, or in capitals where it has three words or more (a heading). */
function isAside(body: readonly string[]): boolean {
	const first = body[0]!;
	if (first.charCodeAt(0) === 91) return /^\[[^\]]*\]$/.test(body.join(' '));
	// Most paragraphs have a lower-case letter early in their first line: no heading.
	if (body.length > 3 || /\p{Ll}/u.test(first)) return false;
	const all = body.join(' ');
	return all.length < 200 && all.split(' ').length >= 3 && !/\p{Ll}/u.test(all);
}

/** A heading alone on its line: "ACT I", "SCENE II.", "Questions and Answers:". */
function isHeading(line: string): boolean {
	if (HEADING.test(line) && line.length < 80 && !/[.?!]\s+\S/.test(line)) return true;
	return line.length < 60 && line.endsWith(':') && !/[.?!]/.test(line);
}

function score(text: string, head?: readonly string[]): number {
	const lines = prepare(head ? [...head] : text.split('\n', 400));
	const s = scan(lines);
	if (s.opens.size < 3) return 0;
	let inline = 0;
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!;
		if (t.trim() === '' || (i > 0 && lines[i - 1]!.trim() !== '')) continue;
		if (/^\S[^:]{0,60}: \S/.test(t)) inline++;
	}
	if (inline > s.opens.size) return 0;
	return Math.min(0.88, 0.6 + s.opens.size * 0.02 + (s.cast.length > 0 ? 0.1 : 0));
}

function parse(text: string): RawDocument {
	const lines = prepare(text.split('\n'));
	const s = scan(lines);
	const blocks: RawBlock[] = [];
	let title: string | null = null;
	let date: string | null = null;
	let current: RawBlock | null = null;
	let play = false;
	// Typical indentation of speech: directions are indented more.
	const narrate = (p: string) => {
		const last = blocks.at(-1);
		if (last && last.label === null) last.paragraphs.push(p);
		else blocks.push({label: null, paragraphs: [p]});
	};
	const groups = chunks(lines);
	let speechIndent = 0;
	for (const [k, group] of groups.entries()) {
		if (!s.opens.has(group.first)) continue;
		const inline = s.found[group.first]?.end === 'inline';
		const at = inline
			? group.first
			: group.lines.length > 1
				? group.first + 1
				: groups[k + 1]?.first;
		const raw = at === undefined ? '' : lines[at]!;
		speechIndent = raw.length - raw.trimStart().length;
		break;
	}
	for (const [index, group] of groups.entries()) {
		const raw = lines[group.first]!;
		const indent = raw.length - raw.trimStart().length;
		let body = group.lines;
		if (s.opens.has(group.first)) {
			const c = s.found[group.first]!;
			current = {
				label: c.text ?? c.label,
				paragraphs: [],
			};
			blocks.push(current);
			body = c.rest === undefined ? group.lines.slice(1) : [c.rest, ...group.lines.slice(1)];
			if (body.length === 0) continue;
			current.paragraphs.push(squeeze(body.join(' ')));
			continue;
		}
		const first = group.lines[0]!;
		const dated =
			group.lines.length === 1 ||
			group.lines.slice(1).every((l) => l.length <= 80 && (findDate(l) ?? parseDateLine(l)));
		if (
			index === 0 &&
			group.lines.length <= 3 &&
			!CAST_HEAD.test(first) &&
			dated &&
			first.length <= 200 &&
			groups.length > 1
		) {
			title = squeeze(first.replace(/^#+\s*/, ''));
			for (const line of group.lines) date ??= findDate(line) ?? parseDateLine(line)?.date ?? null;
			continue;
		}
		if (isHeading(first)) {
			if (/^(?:act|scene)\b/i.test(first)) play = true;
			current = null;
			narrate(squeeze(body.join(' ')));
			continue;
		}
		if (current === null) {
			if (body.length <= 2 && first.length <= 80) date ??= findDate(first);
			narrate(squeeze(body.join(' ')));
			continue;
		}
		// "[The prepared statement of Mr. Biggs follows:]", "STATEMENT OF COLETTE S. PETERS".
		// A screenplay's action, set flush left of the indented dialogue, is narration.
		if (speechIndent >= 4 && indent < speechIndent - 2) {
			current = null;
			narrate(squeeze(body.join(' ')));
			continue;
		}
		const aside = current.paragraphs.length > 0 && isAside(body);
		if (aside || isDirection(first, indent > speechIndent)) {
			if (!aside) play = true;
			current = null;
			narrate(squeeze(body.join(' ')));
			continue;
		}
		current.paragraphs.push(squeeze(body.join(' ')));
	}
	const kind = play || s.playCast ? 'play' : hasDashed(s) || s.cast.length > 0 ? 'call' : 'script';
	const people = new Map<string, {name: string; role: string | null}>();
	for (const [label, name] of castNames(s.labels, s.cast)) people.set(label, {name, role: null});
	for (const block of blocks) {
		if (block.label === null || !block.label.includes(' -- ')) continue;
		const [name, ...role] = block.label.split(' -- ');
		people.set(block.label, {name: name!, role: role.join(', ')});
	}
	const doc: RawDocument = {title, date, place: null, blocks, format: kind};
	if (people.size > 0) doc.people = people;
	return doc;
}

const RULE = /^\s*([-=_*~])\1{9,}\s*$/;

/** Lines as paragraphs: rules ("-----", "=====") separate like blank lines; first-line indents. */
function prepare(lines: string[]): string[] {
	for (let i = 0; i < lines.length; i++) {
		const c = lines[i]!.trimStart().charCodeAt(0);
		// Only lines that open with - = _ * ~ can be rules.
		if ((c === 45 || c === 61 || c === 95 || c === 42 || c === 126) && RULE.test(lines[i]!))
			lines[i] = '';
	}
	return denseCues(indentParagraphs(lines));
}

const CAPS_ALONE = /^\p{Lu}[\p{Lu}'’. -]{1,30}$/u;
const CAPS_INLINE = /^(\p{Lu}[\p{Lu}'’. -]{1,30}?)(?: {2,}|\t)(\S.*)$/u;
const STAGE_START = /^(?:Enter|Exit|Exeunt|Re-?enter)\b/;

/**
 * A play set without blank lines (the Folger texts: "BARNARDO  Who's there?", or "FRANCISCO" alone
 * over the speech): where at least five lines open with a name in capitals, each such line, and
 * each "Enter …", starts a paragraph of its own, the name on a line by itself.
 */
function denseCues(lines: string[]): string[] {
	let blank = 0;
	let cues = 0;
	// The first 400 lines decide.
	for (let i = 0; i < lines.length && i < 400; i++) {
		const line = lines[i]!;
		if (line.trim() === '') blank++;
		else if (CAPS_ALONE.test(line) || CAPS_INLINE.test(line)) cues++;
	}
	if (cues < 5 || blank >= cues) return lines;
	const out: string[] = [];
	for (const line of lines) {
		const inline = CAPS_INLINE.exec(line);
		if (inline && !HEADING.test(inline[1]!)) out.push('', inline[1]!.trim(), inline[2]!);
		else if ((CAPS_ALONE.test(line) && !HEADING.test(line)) || STAGE_START.test(line))
			out.push('', line);
		else out.push(line);
	}
	return out;
}

function hasDashed(s: Scan): boolean {
	for (const i of s.opens) if (s.found[i]?.dashed) return true;
	return false;
}

/** Labels alone on their line: Gutenberg plays, earnings calls, and the like. */
export const alone: Layout = {name: 'script', score, most: 0.88, parse};
