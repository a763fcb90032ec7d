/**
 * `parseTranscript` and `parseBytes`: text or a file's bytes in, the transcript model (model.ts)
 * out. The JSON printed by `verbatim parse --json` is exactly `Transcript`.
 */
import {UsageError} from './errors.js';
import {detectLayout, detectScored, formatNames, layoutByName} from './formats/detect.js';
import {looksLikeHtml, readHtml} from './formats/html.js';
import type {Layout, RawDocument} from './formats/types.js';
import type {Remark, Speaker, Transcript} from './model.js';
import {resolveSpeakers} from './speakers.js';
import {clean, decodeClean} from './text.js';

/** How a text was recognised: its layout's score (0–1) and whether it was a web page. */
export interface LayoutGuess {
	/** How sure detection is (the winning layout's score), or 1 when `--format` named it. */
	confidence: number;
	html: boolean;
}

/** How detection sees a decoded text (for `verbatim parse`). */
export function guessLayout(decoded: string, opts: ParseOptions = {}): LayoutGuess {
	let text = clean(decoded);
	const html = opts.format === 'html' || (opts.format !== 'text' && looksLikeHtml(text));
	if (html) text = clean(readHtml(text).text);
	const named = opts.format !== undefined && opts.format !== 'html' && opts.format !== 'text';
	return {confidence: named ? 1 : detectScored(text).score, html};
}

/** Options for `parseTranscript` and `parseBytes`. */
export interface ParseOptions {
	/** A layout name ("kremlin", "briefing", …) instead of detection. */
	format?: string;
}

/**
 * Parses a transcript from text: cleans it (see text.ts), picks the layout (or uses
 * `opts.format`), reads blocks and resolves labels into speakers.
 * @throws UsageError when `opts.format` names no layout.
 */
export function parseTranscript(text: string, opts: ParseOptions = {}): Transcript {
	return parseClean(clean(text), opts);
}

/** Parses a transcript from a file's bytes (any encoding text.ts knows). */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): Transcript {
	return parseClean(decodeClean(bytes), opts);
}

function parseClean(text: string, opts: ParseOptions): Transcript {
	if (opts.format === 'html' || (opts.format !== 'text' && looksLikeHtml(text))) {
		const page = readHtml(text);
		const t = parseText(clean(page.text), opts.format === 'html' ? {} : opts, page.labels);
		return {
			...t,
			title: page.title ?? t.title,
			date: page.date ?? t.date,
			place: page.place ?? t.place,
		};
	}
	return parseText(text, opts.format === 'text' ? {} : opts);
}

function parseText(text: string, opts: ParseOptions, hints?: ReadonlySet<string>): Transcript {
	let layout: Layout;
	if (opts.format !== undefined) {
		const named = layoutByName(opts.format);
		if (!named) {
			const known = formatNames.join(', ');
			throw new UsageError(`unknown format "${opts.format}" (known: ${known})`);
		}
		layout = named;
	} else {
		layout = detectLayout(text);
	}
	const raw = layout.parse(text, hints);
	return fromRaw(raw, raw.format ?? layout.name);
}

const MULTI_SPACE = /[ \t\n\r]{2,}|[\t\n\r]/;

/** Turns a layout's raw document into a Transcript: speakers resolved, empty narration dropped. */
export function fromRaw(raw: RawDocument, format: string): Transcript {
	const labels = new Set<string>();
	// Indexed loops: this runs once per file, often before it is optimised, and an unoptimised
	// for-of allocates a result object per step (megabytes for a big file).
	const blocks = raw.blocks;
	for (let k = 0; k < blocks.length; k++) {
		const label = blocks[k]!.label;
		if (label !== null) labels.add(label);
	}
	const mentions = raw.mentions ?? (raw.title ? [raw.title] : []);
	// Labels that say who and what ("Dara Mohsenian -- Morgan Stanley -- Analyst") are people as
	// written; the rest are resolved from the labels' words.
	const own = new Set<string>();
	if (raw.people) for (const label of labels) if (raw.people.get(label)?.role) own.add(label);
	const rest = own.size === 0 ? labels : [...labels].filter((label) => !own.has(label));
	const {speakers, ids} = resolveSpeakers(rest, mentions, {titleCaseCaps: format === 'kremlin'});
	if (own.size > 0) addPeople(speakers, ids, own, raw.people!, labels);
	const tidy = format !== 'kremlin';
	const remarks: Remark[] = [];
	for (let k = 0; k < blocks.length; k++) {
		const block = blocks[k]!;
		let paragraphs = block.paragraphs;
		if (tidy) {
			paragraphs = paragraphs
				.map((p) => (MULTI_SPACE.test(p) ? p.replace(/\s+/g, ' ').trim() : p))
				.filter((p) => p !== '');
		}
		if (block.label === null) {
			if (paragraphs.length === 0) continue;
			const last = remarks[remarks.length - 1];
			if (last && last.speaker === null) last.paragraphs.push(...paragraphs);
			else if (block.time === undefined) remarks.push({speaker: null, paragraphs});
			else remarks.push({speaker: null, paragraphs, time: block.time});
		} else {
			const remark: Remark = {speaker: ids.get(block.label) ?? null, paragraphs};
			if (block.time !== undefined) remark.time = block.time;
			remarks.push(remark);
		}
	}
	if (raw.people) namePeople(speakers, ids, raw.people);
	return {title: raw.title, date: raw.date, place: raw.place, format, speakers, remarks};
}

/** Adds speakers for labels that name a person and role; speakers in order of first label. */
function addPeople(
	speakers: Speaker[],
	ids: Map<string, string>,
	own: ReadonlySet<string>,
	people: NonNullable<RawDocument['people']>,
	order: Iterable<string>,
): void {
	const used = new Set(speakers.map((s) => s.id));
	const byName = new Map<string, Speaker>();
	for (const label of own) {
		const person = people.get(label)!;
		let speaker = byName.get(person.name);
		if (!speaker) {
			const base =
				person.name
					.toLowerCase()
					.normalize('NFD')
					.replace(/[\u0300-\u036f]/g, '')
					.replace(/[^\p{L}\p{N}]+/gu, '-')
					.replace(/^-+|-+$/g, '') || 'speaker';
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			speaker = {id, name: person.name, role: person.role, labels: [], anonymous: false};
			byName.set(person.name, speaker);
			speakers.push(speaker);
		}
		speaker.labels.push(label);
		ids.set(label, speaker.id);
	}
	const first = new Map<string, number>();
	let k = 0;
	for (const label of order) {
		const id = ids.get(label);
		if (id !== undefined && !first.has(id)) first.set(id, k);
		k++;
	}
	speakers.sort((a, b) => (first.get(a.id) ?? 0) - (first.get(b.id) ?? 0));
}

/** Names speakers as the document does (a cast list, "Name -- Role" labels), where all agree. */
function namePeople(
	speakers: Speaker[],
	ids: Map<string, string>,
	people: NonNullable<RawDocument['people']>,
): void {
	const byId = new Map<string, {name: string; role: string | null} | null>();
	for (const [label, id] of ids) {
		const person = people.get(label) ?? null;
		const seen = byId.get(id);
		if (seen === undefined) byId.set(id, person);
		else if (seen !== null && (person === null || person.name !== seen.name)) byId.set(id, null);
	}
	for (const speaker of speakers) {
		const person = byId.get(speaker.id);
		if (!person || speaker.anonymous) continue;
		speaker.name = person.name;
		speaker.role = person.role ?? speaker.role;
	}
}
