/**
 * Quotes to take away: a passage with who said it, where and when, as one line of text
 * ("“quote” — Speaker, Title, date (turn N / 00:12:34)"), Markdown, CSV or JSON records, and the
 * terminal's clipboard escape (OSC 52) that carries it. Used by Read's `y` and by
 * `verbatim bookmarks`; nothing here knows about the UI or the store.
 */
import type {Remark, Transcript} from './model.js';

/** A quote and where it comes from. */
export interface Citation {
	quote: string;
	/** The speaker's name, or null for narration. */
	speaker: string | null;
	role: string | null;
	title: string | null;
	/** YYYY-MM-DD or null. */
	date: string | null;
	/** Remark index (0-based; shown 1-based). */
	turn: number;
	/** The turn's start in seconds, where the transcript has times. */
	time: number | null;
	/** The file it was read from, where known. */
	file?: string;
	/** A bookmark's note. */
	note?: string;
}

/** The export formats of `--format`. */
export const citeFormats = ['text', 'markdown', 'csv', 'json'] as const;
export type CiteFormat = (typeof citeFormats)[number];

/** A remark's start time in seconds, where the transcript has one. */
export function remarkTime(remark: Remark | undefined): number | null {
	const time = (remark as (Remark & {time?: unknown}) | undefined)?.time;
	return typeof time === 'number' && Number.isFinite(time) ? time : null;
}

/**
 * The citation of a turn: its whole text, or `range` of it (offsets into the paragraphs joined
 * by "\n\n", as reading positions count them), or a `quote` taken from it (a search hit's sentence).
 */
export function citeTurn(
	transcript: Transcript,
	turn: number,
	opts: {range?: {start: number; end: number}; quote?: string; file?: string; note?: string} = {},
): Citation {
	const remark = transcript.remarks[turn];
	const text = remark?.paragraphs.join('\n\n') ?? '';
	const quote = opts.quote ?? (opts.range ? text.slice(opts.range.start, opts.range.end) : text);
	const speaker = remark?.speaker ? transcript.speakers.find((s) => s.id === remark.speaker) : null;
	return {
		quote: quote.trim(),
		speaker: remark?.speaker ? (speaker?.name ?? remark.speaker) : null,
		role: speaker?.role ?? null,
		title: transcript.title,
		date: transcript.date,
		turn,
		time: remarkTime(remark),
		...(opts.file === undefined ? {} : {file: opts.file}),
		...(opts.note ? {note: opts.note} : {}),
	};
}

/** The paragraph of a turn that holds `offset` (a bookmark's place), as a range. */
export function paragraphAt(
	transcript: Transcript,
	turn: number,
	offset: number,
): {start: number; end: number} {
	let start = 0;
	for (const p of transcript.remarks[turn]?.paragraphs ?? []) {
		const end = start + p.length;
		if (offset <= end) return {start, end};
		start = end + 2;
	}
	return {start: 0, end: start};
}

/** Seconds as "00:12:34". */
export function clock(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** "turn 12 / 00:12:34" or "turn 12". */
function placeOf(c: Citation): string {
	return c.time === null ? `turn ${c.turn + 1}` : `turn ${c.turn + 1} / ${clock(c.time)}`;
}

/** "Speaker, Title, date": the parts that are known. */
function source(c: Citation): string {
	return [c.speaker, c.title, c.date].filter((x) => x).join(', ');
}

/** “quote” — Speaker, Title, date (turn N / 00:12:34) */
export function citeText(c: Citation): string {
	const from = source(c);
	return `“${c.quote}” — ${from ? `${from} ` : ''}(${placeOf(c)})`;
}

/** A Markdown block quote with its source line (and the note, if any). */
export function citeMarkdown(c: Citation): string {
	const quote = c.quote
		.split('\n')
		.map((l) => (l ? `> ${l}` : '>'))
		.join('\n');
	const parts = [c.speaker ? `**${c.speaker}**` : null, c.title ? `*${c.title}*` : null, c.date];
	const from = parts.filter((x) => x).join(', ');
	const note = c.note ? `\n\nNote: ${c.note}` : '';
	return `${quote}\n>\n> — ${from ? `${from} ` : ''}(${placeOf(c)})${note}`;
}

const csvColumns = ['quote', 'speaker', 'role', 'title', 'date', 'turn', 'time', 'file', 'note'];

function csvField(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const s = String(value);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The JSON record of a citation (turn 1-based, time as "00:12:34" or null). */
function citeRecord(c: Citation) {
	return {
		quote: c.quote,
		speaker: c.speaker,
		role: c.role,
		title: c.title,
		date: c.date,
		turn: c.turn + 1,
		time: c.time === null ? null : clock(c.time),
		file: c.file ?? null,
		note: c.note ?? null,
	};
}

/** Citations in one of the export formats, ending with a newline ("" for none, but JSON's []). */
export function formatCitations(list: Citation[], format: CiteFormat): string {
	if (list.length === 0 && format !== 'json') return '';
	switch (format) {
		case 'json':
			return `${JSON.stringify(list.map(citeRecord), null, 2)}\n`;
		case 'csv': {
			const rows = list.map((c) => {
				const r = citeRecord(c);
				return csvColumns.map((k) => csvField(r[k as keyof typeof r])).join(',');
			});
			return `${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
		}
		case 'markdown':
			return `${list.map(citeMarkdown).join('\n\n')}\n`;
		default:
			return `${list.map((c) => (c.note ? `${citeText(c)} [${c.note}]` : citeText(c))).join('\n')}\n`;
	}
}

/** The terminal's clipboard escape (OSC 52) that puts `text` on the system clipboard. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
