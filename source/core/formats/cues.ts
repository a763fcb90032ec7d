/**
 * Shared by the caption layouts (vtt.ts, srt.ts): cue text clean-up and turning cues into blocks.
 * Every cue is its own turn: consecutive cues of one speaker are never merged, because captions
 * from two speakers may overlap in time and a merged turn would swallow the other's words.
 */
import {decodeHTML} from 'entities';
import {squeeze} from './scan.js';
import type {RawBlock} from './types.js';

/** One part of a cue spoken by one voice (null: unknown), with its text lines as written. */
export interface Segment {
	voice: string | null;
	lines: string[];
	/** True when the text marks a new speaker without naming one ("- …" or ">> …"). */
	dash?: boolean;
}

/** Decodes character references (&amp; &copy; &lrm; &#x2019; …, the HTML set WebVTT uses). */
function decodeEntities(text: string): string {
	if (!text.includes('&')) {
		return text;
	}
	return (
		decodeHTML(text)
			// Direction marks and controls that a reference may produce are not text.
			.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
			.replace(/\u00a0/g, ' ')
	);
}

/**
 * Removes cue markup: every WebVTT tag (`<i>`, `<b>`, `<u>`, `<c.x>`, `<ruby>`, `<rt>`, `<lang>`,
 * `<v>`, time stamps `<00:00:01.000>`; a tag runs to its `>` or the end of the text), SubRip's
 * `<font>` and `{\an8}` positioning.
 */
function stripCueMarkup(text: string): string {
	if (!text.includes('<') && !text.includes('{')) return text;
	return text
		.replace(/<rt(?:[.\s][^>]*)?>[^<]*(?:<\/rt>)?/g, '')
		.replace(/<[^>]*(?:>|$)/g, '')
		.replace(/\{\\[^{}]{0,40}\}/g, '');
}

/** A cue timing's start in seconds: "00:01:02.500" → 62.5, "01:02,5" → 62.5. */
export function cueStart(timing: string): number | undefined {
	const m = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})/.exec(timing);
	if (!m) return undefined;
	const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
	return seconds + Number(`0.${m[4]}`);
}

/** A generational or degree suffix after a comma: "John G. Roberts, Jr.". */
const SUFFIX = String.raw`(?:,? (?:Jr|Sr|JR|SR|II|III|IV|Esq|ESQ|PhD|MD)\.?)?`;
/** "JOHN G. ROBERTS, JR.:", "MARY:", "ÉLODIE:" (a colon, or a full-width one). */
const CAPS_NAME = new RegExp(
	String.raw`^(\p{Lu}[\p{Lu}\p{M}0-9.'’\- ]{0,40}?[\p{Lu}\p{M}0-9.]${SUFFIX}|\p{Lu})\s?[:：]\s*(.*)$`,
	'u',
);
/** "John G. Roberts, Jr.: …", "José Álvarez: …", "李明：…" (only when the name recurs). */
const TITLE_NAME = new RegExp(
	String.raw`^((?:\p{Lu}(?:[\p{Ll}\p{M}.]|['’-]\p{Lu}?){0,20}(?: (?:\p{Lu}(?:[\p{Ll}\p{M}.]|['’-]\p{Lu}?){0,20}|de|da|di|du|la|le|van|von|der|den|bin|al)){0,4}${SUFFIX})|[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}·・]{1,8})\s?(?::\s+|：\s*)(.*)$`,
	'u',
);

/** "JOHN: text" (upper case, always) or "John Smith: text" (only when `known` holds the name). */
function nameAtStart(
	line: string,
	known: ReadonlySet<string> | null,
): {name: string; rest: string} | null {
	const [, caps, capsRest = ''] = CAPS_NAME.exec(line) ?? [];
	if (caps !== undefined && /\p{Lu}{2}|^\p{Lu}$/u.test(caps)) {
		return {name: squeeze(caps), rest: capsRest};
	}
	const [, title, titleRest = ''] = TITLE_NAME.exec(line) ?? [];
	if (title !== undefined && (known === null || known.has(title))) {
		return {name: title, rest: titleRest};
	}
	return null;
}

/**
 * Splits cue lines with no voice tag into segments by "NAME:" at a line start, "- " dialogue dashes
 * and ">>" speaker-change marks.
 */
export function splitSpeakers(lines: readonly string[], known: ReadonlySet<string>): Segment[] {
	const segments: Segment[] = [];
	for (const raw of lines) {
		// Markup first: "<font color=…>- Who's there?</font>" opens with a dialogue dash.
		let line = (raw.includes('<') ? stripCueMarkup(raw) : raw).trim();
		let mark = false;
		const dash = /^(?:>>+|&gt;&gt;|[-–—])\s*/.exec(line);
		if (dash) {
			line = line.slice(dash[0].length);
			mark = true;
		}
		const named = nameAtStart(line, known);
		if (named) {
			segments.push({voice: named.name, lines: named.rest === '' ? [] : [named.rest]});
		} else if (mark || segments.length === 0) {
			segments.push({voice: null, lines: line === '' ? [] : [line], dash: mark});
		} else {
			segments.at(-1)!.lines.push(line);
		}
	}
	return segments;
}

/**
 * Rolling captions (YouTube's automatic ones): each cue repeats the last line of the cue before it
 * and then adds one. Where most cues do so, the repeated line is dropped, and a cue that only
 * repeats is dropped whole, so that every word is read once.
 */
export function unroll(payloads: string[][]): string[][] {
	const toPlain = (p: string[]) => p.map((line) => squeeze(stripCueMarkup(line)));
	// Automatic captions roll from the start: fifty cues without it are enough to know.
	const plain = payloads.slice(0, 50).map(toPlain);
	const lastOf = (k: number) => plain[k]?.findLast((line) => line !== '') ?? null;
	// Cues that repeat the line before and add one, and cues that only repeat it.
	let grows = 0;
	let repeats = 0;
	for (let k = 1; k < payloads.length; k++) {
		if (k === plain.length) {
			if (grows === 0) return payloads;
			for (let j = k; j < payloads.length; j++) plain.push(toPlain(payloads[j]!));
		}
		const said = plain[k]!.filter((line) => line !== '');
		if (said.length === 0 || said[0] !== lastOf(k - 1)) continue;
		if (said.length > 1) grows++;
		else repeats++;
	}
	if (grows < 2 || grows * 2 < payloads.length - repeats) return payloads;
	return payloads.map((payload, k) => {
		const last = lastOf(k - 1);
		let from = 0;
		while (from < payload.length && plain[k]![from] === '') from++;
		if (from < payload.length && plain[k]![from] === last) from++;
		return payload.slice(from).filter((_, i) => plain[k]![from + i] !== '');
	});
}

/**
 * Title-case names that open cue lines at least twice, counting the upper-case form too
 * ("MARY:" then "Mary:"): the evidence that "Name:" is a label and not a sentence.
 */
export function recurringNames(cueLines: Iterable<string>): Set<string> {
	const counts = new Map<string, number>();
	const titled = new Set<string>();
	for (const raw of cueLines) {
		const line = raw.trim().replace(/^(?:>>+|[-–—])\s*/, '');
		const found = nameAtStart(line, null);
		if (found) {
			const key = found.name.toUpperCase();
			counts.set(key, (counts.get(key) ?? 0) + 1);
			if (found.name !== key) {
				titled.add(found.name);
			}
		}
	}
	const recurring = new Set(
		[...titled].filter((name) => (counts.get(name.toUpperCase()) ?? 0) >= 2),
	);
	// Among two or more recurring names, a full name ("Samuel A. Alito, Jr.") that speaks once is
	// a label too: sentences rarely open with two capitalised words and a colon.
	if (recurring.size >= 2)
		for (const name of titled) if (/\S \p{Lu}/u.test(name)) recurring.add(name);
	return recurring;
}

/** A cue that is only a sound description: "[music]", "(laughs)", "♪ … ♪". */
function isSound(text: string): boolean {
	return /^(?:\[[^\]]*\]|\([^)]*\)|♪.*|<i>\s*[[(♪].*)$/.test(text);
}

/**
 * Turns each cue's segments into blocks, one block per segment. A cue with no speaker mark, in a
 * document that names speakers, continues the previous cue's speaker (as its own turn).
 */
export function cueBlocks(
	cues: readonly Segment[][],
	times: readonly (number | undefined)[] = [],
): RawBlock[] {
	const labelled = cues.some((cue) => cue.some((segment) => segment.voice !== null));
	const blocks: RawBlock[] = [];
	let previous: string | null = null;
	for (const [at, cue] of cues.entries()) {
		const time = times[at];
		for (const [index, segment] of cue.entries()) {
			const text = squeeze(decodeEntities(stripCueMarkup(segment.lines.join(' '))));
			let voice = segment.voice;
			if (voice === null && labelled && index === 0 && !segment.dash && !isSound(text)) {
				voice = previous;
			}
			if (text === '' && voice === null) {
				continue;
			}
			const block: RawBlock = {label: voice, paragraphs: text === '' ? [] : [text]};
			if (time !== undefined) block.time = time;
			blocks.push(block);
			if (voice !== null || segment.dash || !isSound(text)) {
				previous = voice;
			}
		}
	}
	return blocks;
}

/**
 * The blocks of non-blank lines from line `from` on (blank or white-space lines separate them; with
 * `strict`, as in WebVTT, only empty lines do: YouTube's " " line is part of a cue).
 */
export function lineBlocks(lines: readonly string[], from = 0, strict = false): string[][] {
	const blocks: string[][] = [];
	const blank = strict ? (line: string) => line === '' : (line: string) => line.trim() === '';
	let i = from;
	while (i < lines.length) {
		if (blank(lines[i]!)) {
			i++;
			continue;
		}
		const block: string[] = [];
		while (i < lines.length && !blank(lines[i]!)) block.push(lines[i++]!);
		blocks.push(block);
	}
	return blocks;
}

/** Where a cue's timing line is: its first line, its second (after a cue id), or -1. */
export function timingLine(block: readonly string[], timing: RegExp): number {
	if (timing.test(block[0]!)) return 0;
	return block.length > 1 && timing.test(block[1]!) ? 1 : -1;
}

/**
 * A caption file's bytes with every NUL replaced by U+FFFD, as the WebVTT parser does (a caption
 * with a stray NUL is still a caption, not a binary file); null when `bytes` is not a UTF-8 or
 * ASCII caption file (a WEBVTT signature, or a SubRip cue number and timing line at the top).
 */
export function captionBytes(bytes: Uint8Array): Uint8Array | null {
	if (!bytes.includes(0)) return null;
	let from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const head = Buffer.from(bytes.subarray(from, from + 200)).toString('latin1');
	const vtt = /^WEBVTT(?:[ \t\r\n]|$)/.test(head);
	const srt = /^\s*\d{1,6}\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/.test(head);
	if (!vtt && !srt) return null;
	const out: number[] = [];
	for (from = 0; from < bytes.length; from++) {
		const b = bytes[from]!;
		if (b === 0) out.push(0xef, 0xbf, 0xbd);
		else out.push(b);
	}
	return Uint8Array.from(out);
}
