/**
 * The Kremlin layout: transcripts from en.kremlin.ru as readers save them — optional page chrome,
 * a title, a date line, a lead, then turns opened by labels ("President of Russia Vladimir
 * Putin: …", or the label alone on its line). Captions, stage directions, "* * *", sub-headings,
 * "<…>" and date lines are narration.
 *
 * Linear in the text: one line scan, one pass to weigh labels, one pass to build blocks.
 */
import {collectNames} from '../mentions.js';
import {foldKey} from '../speaker-words.js';
import {parseDateLine} from './dateline.js';
import {HEADER_WINDOW, readHeader} from './kremlin-header.js';
import {paragraphs} from './kremlin-paragraphs.js';
import {type LabelShape, labelShape} from './label-shape.js';
import {captionTest} from './narration.js';

import type {Layout, RawBlock, RawDocument} from './types.js';

/** True for "* * *", "***" and the like: a section break. */
function isBreak(p: string): boolean {
	if (p.charCodeAt(0) !== 42) return false;
	return /^[*\s]+$/.test(p);
}

/** Narration wherever it stands: "<…>", "(Laughter.)", "(The Minister went on …)", a date line. */
function isNarration(p: string): boolean {
	const c = p.charCodeAt(0);
	if (c === 60) return /^<\s*(?:…|\.\.\.)\s*>$/.test(p);
	if (c === 40) return /^\([^()]*\)[.!]?$/.test(p);
	if (c === 91) return /^\[[^[\]]*\][.!]?$/.test(p);
	if (c >= 48 && c <= 57) return p.length <= 140 && parseDateLine(p) !== null;
	if (c >= 65 && c <= 90) {
		// "December 27, 2017…" or "Monday, December 27, …": a digit or a comma at the first space.
		const space = p.indexOf(' ');
		if (space < 0 || space > 10 || p.length > 140) return false;
		const d = p.charCodeAt(space + 1);
		return ((d >= 48 && d <= 57) || p.charCodeAt(space - 1) === 44) && parseDateLine(p) !== null;
	}
	return false;
}

/** The label candidate at the start of a paragraph: the text before its colon, or undefined. */
function labelPrefix(p: string, colon: number): string | undefined {
	if (colon < 1) return undefined;
	const c = p.charCodeAt(0);
	const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
	if (!letter) return undefined;
	const before = p.charCodeAt(colon - 1);
	const after = p.charCodeAt(colon + 1);
	if (before >= 48 && before <= 57 && after >= 48 && after <= 57) return undefined;
	return p.slice(0, colon);
}

/** A possible label: its shape, how often it opens a paragraph, whether a sentence follows it. */
interface Candidate {
	shape: LabelShape | null;
	count: number;
	/** True when the text after the colon starts like a sentence (capital, quote) or is empty. */
	sentence: boolean;
	/** True when the text after the colon opens with a quotation mark. */
	quoted: boolean;
	/** True when the paragraph reads as a heading (see `isHeadingRest`). */
	heading: boolean;
	/** The label as blocks carry it (trimmed), once accepted; one string for all its turns. */
	label: string | null;
}

/**
 * True when the text after the colon is a short line without closing punctuation: the paragraph
 * is a heading ("Speeches at the opening of …: St Petersburg – Vienna"), not a turn.
 */
function isHeadingRest(p: string, colon: number): boolean {
	const rest = p.length - colon - 1;
	return rest > 0 && rest < 120 && !/[.?!…"”»)\],;:]$/.test(p);
}

/** True when the text after a label's colon starts like a new sentence, or there is none. */
function opensSentence(p: string, colon: number): boolean {
	let i = colon + 1;
	while (p.charCodeAt(i) === 32) i++;
	if (i >= p.length) return true;
	const c = p.charCodeAt(i);
	if (c >= 97 && c <= 122) return false;
	return c < 0xc0 || p[i] !== p[i]!.toLowerCase();
}

/** True when the text after a label's colon opens with a quotation mark. */
function opensQuote(p: string, colon: number): boolean {
	let i = colon + 1;
	while (p.charCodeAt(i) === 32) i++;
	const c = p.charCodeAt(i);
	return c === 0x201c || c === 0x201d || c === 0xab || c === 34 || c === 0x2018;
}

/** Decides which label candidates are labels, from their shape and the whole document. */
function acceptLabels(candidates: Map<string, Candidate>, mentions: string[]): Set<string> {
	const book = collectNames(mentions);
	const confirmed = new Set<string>();
	for (const {shape} of candidates.values()) {
		if (!shape) continue;
		if ((shape.kind === 'name' && shape.words >= 2 && !shape.orgEnd) || shape.kind === 'comma')
			confirmed.add(shape.nameKey);
	}
	// Given names of named labels ("Dmitry" of "Dmitry Petrov"): a caller "Dmitry, Moscow" is one.
	const given = new Set<string>();
	for (const {shape} of candidates.values())
		if (shape && (shape.kind === 'name' || shape.kind === 'comma') && shape.words >= 2)
			given.add(foldKey(shape.nameTokens[0]!));
	const accepted = new Set<string>();
	for (const [prefix, {shape, count, sentence, heading, quoted}] of candidates) {
		if (!shape) continue;
		if (heading && count < 2 && shape.kind === 'loose') continue;
		const known = count >= 2 || book.has(shape.nameTokens) || confirmed.has(shape.nameKey);
		let ok = false;
		// "Verkhnyaya Salda, Sverdlovsk Region: “The reform …”": a place introducing a quotation.
		if (shape.kind === 'comma') ok = !quoted || count >= 2 || book.has(shape.nameTokens);
		else if (shape.kind === 'caller') ok = given.has(shape.nameKey) && sentence && !quoted;
		else if (shape.evidenceOnly) ok = known;
		else if (shape.kind === 'generic') ok = true;
		else if (shape.kind === 'name')
			ok = shape.words >= 2 ? !shape.orgEnd || shape.roleStart || known : known;
		else ok = known || (sentence && !shape.orgEnd);
		if (ok) accepted.add(prefix);
	}
	// The same label in another case or spacing ("IVAN PETROV", "ivan  petrov") is a label too.
	const keys = new Set<string>();
	for (const prefix of accepted) keys.add(foldKey(prefix));
	for (const prefix of candidates.keys())
		if (!accepted.has(prefix) && prefix.length <= 80 && keys.has(foldKey(prefix)))
			accepted.add(prefix);
	return accepted;
}

/**
 * Blocks in the making: the open turn, narration waiting to be written, and narration found
 * inside the open turn (captions, stage directions), which follows the turn when it closes.
 */
class Blocks {
	blocks: RawBlock[] = [];
	turn: string[] | null = null;
	label = '';
	deferred: string[] = [];
	constructor(public narration: string[]) {}

	open(label: string, first: string): void {
		this.close();
		this.flush();
		this.label = label;
		this.turn = first ? [first] : [];
	}

	close(): void {
		if (this.turn !== null) this.blocks.push({label: this.label, paragraphs: this.turn});
		this.turn = null;
		if (this.deferred.length > 0) {
			for (const p of this.deferred) this.narration.push(p);
			this.deferred = [];
		}
	}

	flush(): void {
		if (this.narration.length > 0) this.blocks.push({label: null, paragraphs: this.narration});
		this.narration = [];
	}
}

/** Parses a Kremlin transcript into metadata and labelled/narration blocks. */
export function parseKremlin(text: string, hints?: ReadonlySet<string>): RawDocument {
	const {texts: paras, colons, maybeNarration} = paragraphs(text);
	const header = readHeader(paras);
	const {bodyStart} = header;

	// The candidate at the start of each paragraph (by reference, so each prefix is hashed once).
	const found: (Candidate | undefined)[] = new Array(paras.length);
	const candidates = new Map<string, Candidate>();
	for (let k = bodyStart; k < paras.length; k++) {
		const colon = colons[k]!;
		if (colon < 1) continue;
		const p = paras[k]!;
		const prefix = labelPrefix(p, colon);
		if (prefix === undefined) continue;
		let seen = candidates.get(prefix);
		if (seen) seen.count++;
		else {
			seen = {
				shape: labelShape(prefix),
				count: 1,
				sentence: opensSentence(p, prefix.length),
				quoted: opensQuote(p, prefix.length),
				heading: isHeadingRest(p, prefix.length),
				label: null,
			};
			candidates.set(prefix, seen);
		}
		found[k] = seen;
	}

	// The lead: paragraphs between the header and the first plausible label.
	const leadish: string[] = [];
	let leadChars = 0;
	for (let k = bodyStart; k < paras.length && leadish.length < 8 && leadChars < 4000; k++) {
		if (found[k]?.shape) break;
		leadish.push(paras[k]!);
		leadChars += paras[k]!.length;
	}
	const mentions = header.title ? [header.title, ...leadish] : leadish;
	const labels = acceptLabels(candidates, mentions);
	// Labels the page set in bold at a paragraph's start (a saved web page) are labels.
	if (hints)
		for (const [prefix, c] of candidates)
			if (c.shape && hints.has(prefix.trim())) labels.add(prefix);
	for (const prefix of labels) candidates.get(prefix)!.label = prefix.trim();

	const out = new Blocks(paras.slice(0, header.chromeEnd));
	const people = new Set<string>();
	for (const prefix of labels) {
		const shape = candidates.get(prefix)!.shape;
		if (shape) people.add(shape.nameKey);
	}
	const book = collectNames(mentions);
	const captions = captionTest(
		header.title,
		labels,
		(a, b) => {
			const key = foldKey(`${a} ${b}`);
			return people.has(key) || book.hasKey(key);
		},
		leadish,
	);
	for (let k = bodyStart; k < paras.length; k++) {
		const p = paras[k]!;
		const label = found[k]?.label;
		if (label) {
			// The text after the colon (the paragraph's end is trimmed already).
			let from = colons[k]! + 1;
			while (from < p.length && (p.charCodeAt(from) === 32 || p.charCodeAt(from) === 9)) from++;
			out.open(label, p.slice(from));
			continue;
		}
		const turn = out.turn;
		if (turn !== null && turn.length > 0 && !maybeNarration[k]) {
			turn.push(p);
			continue;
		}
		if (turn === null) {
			out.narration.push(p);
			captions.noteHeading(p);
		} else if (isBreak(p)) {
			out.close();
			out.narration.push(p);
		} else if (turn.length === 0) {
			turn.push(p);
		} else if (isNarration(p) || captions.test(p)) {
			out.deferred.push(p);
		} else {
			turn.push(p);
		}
	}
	out.close();
	out.flush();
	const blocks = out.blocks;
	if (blocks.length === 0) blocks.push({label: null, paragraphs: []});
	return {title: header.title, date: header.date, place: header.place, blocks, mentions};
}

/** How much a text looks like a Kremlin page: chrome, a date line near the top, Kremlin labels. */
function scoreKremlin(text: string): number {
	const head = text.slice(0, 4000);
	if (head.includes('Official website of the President of Russia')) return 1;
	const lines = head.split('\n', 40).filter((l) => l.trim() !== '');
	const dated = lines.slice(0, HEADER_WINDOW).some((l) => parseDateLine(l.trim()) !== null);
	const putin = /^(?:President of Russia )?Vladimir Putin:/m.test(text.slice(0, 20000));
	if (dated && putin) return 0.9;
	if (putin) return 0.7;
	// Below the plain layout's floor: text that looks like nothing in particular goes to plain.
	return dated ? 0.6 : 0.01;
}

/** The Kremlin layout. */
export const kremlin: Layout = {
	name: 'kremlin',
	score: scoreKremlin,
	most: 1,
	parse: parseKremlin,
};
