/**
 * Court transcripts as PDF text (`pdftotext -layout` of a Supreme Court or deposition transcript):
 * every line of a page carries a line number (1–25), pages have running headers and footers
 * ("Official - Subject to Final Review", the reporter's name and phone, a page number), and a turn
 * opens with an indented "JUSTICE SCALIA:" on a numbered line. Page furniture is everything
 * without a line number; the rest is read as a briefing (upper-case labels with a colon), with
 * indentation opening paragraphs and upper-case headings ("ORAL ARGUMENT OF …") as narration.
 */
import {briefing} from './briefing.js';
import {findDate} from './scan.js';
import type {Layout, RawDocument} from './types.js';

const NUMBERED = /^\s{0,6}(\d{1,2})(?=\s|$)(.*)$/;

/** Line numbers that run 1, 2, 3 … and start again on every page. */
interface Numbering {
	/** Numbered lines with their text after the number; null for furniture. */
	body: (string | null)[];
	numbered: number;
}

function numbering(lines: readonly string[]): Numbering {
	const body: (string | null)[] = new Array(lines.length).fill(null);
	let numbered = 0;
	let previous = 0;
	for (let i = 0; i < lines.length; i++) {
		const m = NUMBERED.exec(lines[i]!);
		if (!m) continue;
		const n = Number(m[1]);
		// The number must follow the last one or start a page; a lone number is a page number.
		if (n !== previous + 1 && n !== 1) continue;
		if (m[2]!.trim() === '' && n !== previous + 1) continue;
		previous = n;
		body[i] = m[2]!;
		numbered++;
	}
	return {body, numbered};
}

/** True when most non-blank lines carry a running line number. */
function isNumbered(lines: readonly string[]): boolean {
	let filled = 0;
	for (const line of lines) if (line.trim() !== '') filled++;
	const {numbered} = numbering(lines);
	return numbered >= 20 && numbered >= filled * 0.6;
}

/**
 * The transcript without page furniture: line numbers, headers, footers and page numbers go;
 * a line indented more than the page's usual text starts a paragraph; upper-case lines without a
 * colon ("ORAL ARGUMENT OF PAUL M. SMITH") stand as paragraphs of their own.
 */
export function withoutFurniture(text: string): string {
	const lines = text.split('\n');
	const {body} = numbering(lines);
	const indents = new Map<number, number>();
	for (const b of body) {
		if (b === null || b.trim() === '') continue;
		const indent = b.length - b.trimStart().length;
		indents.set(indent, (indents.get(indent) ?? 0) + 1);
	}
	let base = 0;
	let most = 0;
	for (const [indent, n] of indents)
		if (n > most) {
			most = n;
			base = indent;
		}
	const out: string[] = [];
	let wasHeading = false;
	for (const b of body) {
		if (b === null) continue;
		// Case caption columns: "Brown v. Entertainment Merchants      :", "- - - - x".
		const t = b
			.replace(/\s{2,}:.*$/, '')
			.replace(/^[-\s]+x?$/, '')
			.replace(/^:\s+/, '')
			.trim();
		if (t === '') {
			out.push('');
			continue;
		}
		const indent = b.length - b.trimStart().length;
		const heading =
			t.length >= 6 && t === t.toUpperCase() && /\p{Lu}{3}/u.test(t) && !t.includes(':');
		if (indent > base + 1 || heading !== wasHeading) out.push('');
		out.push(t);
		wasHeading = heading;
	}
	return out.join('\n');
}

function score(text: string, head?: readonly string[]): number {
	return isNumbered(head ?? text.split('\n', 200)) ? 0.92 : 0;
}

/**
 * The case caption of the cover, between its rules ("- - - x"), left of the colon column:
 * "Brown v. Entertainment Merchants Association", "SMITH, Petitioner, v. JONES" → "Smith v. Jones".
 */
function caption(body: readonly (string | null)[]): string | null {
	const lines = body.filter((b): b is string => b !== null).slice(0, 40);
	const rules: number[] = [];
	for (let i = 0; i < lines.length && rules.length < 2; i++)
		if (/^\s*(?:- ?){5,}x?\s*$/.test(lines[i]!)) rules.push(i);
	let part: string[];
	if (rules.length === 2) part = lines.slice(rules[0]! + 1, rules[1]);
	else {
		const at = lines.findIndex((l) => /\sv\.?\s/.test(` ${l} `) && l.includes(':'));
		if (at < 0) return null;
		part = lines.slice(at, at + 2);
	}
	const text = part
		.map((l) => l.replace(/:.*$/, '').trim())
		.join(' ')
		.replace(
			/\b(?:Petitioners?|Respondents?|Appellants?|Appellees?|Plaintiffs?|Defendants?)\b,?/g,
			'',
		)
		.replace(/\s*,\s*(?=v\.)/, ' ')
		.replace(/\s+/g, ' ')
		.replace(/[\s,.;]+$/, '')
		.trim();
	if (!/\sv\.?\s/.test(text) || text.length > 200) return null;
	const letters = text.replace(/\sv\.?\s/, ' ');
	return letters === letters.toUpperCase()
		? text.replace(/\p{Lu}+/gu, (w) => (w === 'V' ? 'v' : w[0] + w.slice(1).toLowerCase()))
		: text;
}

/** The names under "APPEARANCES:" on the cover, as a reader writes them (for speakers' names). */
function appearances(clean: string): string | null {
	const at = clean.indexOf('APPEARANCES:');
	if (at < 0) return null;
	const rest = clean.slice(at + 12, at + 3000);
	const end = rest.search(/\n\s*(?:C O N T E N T S|P R O C E E D I N G S|CONTENTS|PROCEEDINGS)\b/);
	return (end < 0 ? rest : rest.slice(0, end))
		.replace(/\s+/g, ' ')
		.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_, a: string, b: string) => a + b.toLowerCase());
}

/** The place line just above the date line of the cover ("Washington, D.C."). */
function coverPlace(text: string): string | null {
	const lines = text.split('\n', 60).map((l) => l.trim());
	for (let i = 1; i < lines.length; i++) {
		if (lines[i]!.length > 60 || findDate(lines[i]!) === null) continue;
		let j = i - 1;
		while (j > 0 && lines[j] === '') j--;
		const place = lines[j]!;
		return place.length <= 40 && /^\p{Lu}[\p{L}. ,]+$/u.test(place) ? place : null;
	}
	return null;
}

function parse(text: string): RawDocument {
	const clean = withoutFurniture(text);
	const doc = briefing.parse(clean);
	const title = caption(numbering(text.split('\n')).body);
	const listed = appearances(clean);
	const mentions = [...(doc.mentions ?? []), ...(listed ? [listed] : [])];
	return {...doc, title: title ?? doc.title, place: coverPlace(clean), mentions, format: 'court'};
}

/** Court transcripts with line numbers and page furniture. */
export const court: Layout = {name: 'court', score, most: 0.92, parse};
