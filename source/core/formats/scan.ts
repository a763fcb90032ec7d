/**
 * Small line and metadata helpers shared by the non-Kremlin layouts (briefing, play, vtt, plain).
 * Everything here is linear in the input and never throws.
 */

/** The first `max` lines of `text`, without splitting the rest (for cheap `score` functions). */
export function headLines(text: string, max = 200): string[] {
	const lines: string[] = [];
	let start = 0;
	while (lines.length < max && start <= text.length) {
		const end = text.indexOf('\n', start);
		if (end < 0) {
			lines.push(text.slice(start));
			break;
		}
		lines.push(text.slice(start, end));
		start = end + 1;
	}
	return lines;
}

/**
 * Groups lines into chunks separated by blank (whitespace-only) lines. Each chunk keeps the index of
 * its first line, and its lines trimmed at both ends.
 */
export interface Chunk {
	first: number;
	lines: string[];
}

/** Splits lines into blank-line separated chunks of trimmed lines. */
export function chunks(lines: readonly string[], from = 0): Chunk[] {
	const out: Chunk[] = [];
	let current: Chunk | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '') {
			current = null;
			continue;
		}
		if (!current) {
			current = {first: i, lines: []};
			out.push(current);
		}
		current.lines.push(line);
	}
	return out;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Paragraphs marked by a first-line indent instead of blank lines (the GPO's hearings: "    Mr.
 * BIGGS. Thank you…" with the wrapped lines flush left): a blank line is put before each such
 * first line, where the document holds at least five. Other texts are returned as they are.
 */
export function indentParagraphs(lines: string[]): string[] {
	let openers = 0;
	for (let i = 1; i + 1 < lines.length && openers < 5; i++) {
		const line = lines[i]!;
		if (line === '' || line.charCodeAt(0) !== 32) continue;
		const indent = indentOf(line);
		const before = lines[i - 1]!;
		const after = lines[i + 1]!;
		if (indent < 2 || indent > 8 || before.trim() === '' || after.trim() === '') continue;
		if (indentOf(before) < indent && indentOf(after) < indent) openers++;
	}
	if (openers < 5) return lines;
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const indent = indentOf(line);
		if (i > 0 && indent >= 2 && indent <= 8 && line.trim() !== '') {
			if (lines[i - 1]!.trim() !== '') out.push('');
		}
		out.push(line);
	}
	return out;
}

/** Joins hard-wrapped lines into one paragraph with single spaces. */
export function joinLines(lines: readonly string[]): string {
	return squeeze(lines.join(' '));
}

/** Collapses runs of whitespace into one space and trims. */
export function squeeze(text: string): string {
	// Only runs of two or more, and single tabs or newlines, need replacing (fewer matches).
	return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Removes CommonMark backslash escapes of ASCII punctuation: `\[` → `[`, `\*` → `*`. */
export function unescapeMarkdown(text: string): string {
	return text.includes('\\') ? text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : text;
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

const MONTH_FIRST =
	/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b/i;
const DAY_FIRST =
	/\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4})\b/i;
/** "2023年5月4日" (Chinese and Japanese). */
const CJK = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
/** "15 июня 2021" (Russian, months in the genitive). */
const RUSSIAN =
	/(?<!\d)(\d{1,2})\s+(январ|феврал|марта|апрел|мая|июня|июля|августа|сентябр|октябр|ноябр|декабр)\p{L}*\s+(\d{4})/iu;
const RUSSIAN_MONTHS =
	'январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр'.split(' ');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(year: string, month: number, day: string): string | null {
	const d = Number(day);
	if (month < 1 || month > 12 || d < 1 || d > 31) {
		return null;
	}
	return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written in `line` ("July 13, 2021", "13 July 2021", "2021-07-13") as YYYY-MM-DD, or null. */
export function findDate(line: string): string | null {
	if (line.length > 400) {
		return null;
	}
	const monthFirst = MONTH_FIRST.exec(line);
	if (monthFirst) {
		const [, month = '', day = '', year = ''] = monthFirst;
		return iso(year, MONTHS.indexOf(month.toLowerCase()) + 1, day);
	}
	const dayFirst = DAY_FIRST.exec(line);
	if (dayFirst) {
		const [, day = '', month = '', year = ''] = dayFirst;
		return iso(year, MONTHS.indexOf(month.toLowerCase()) + 1, day);
	}
	const cjk = CJK.exec(line);
	if (cjk) return iso(cjk[1]!, Number(cjk[2]), cjk[3]!);
	const russian = RUSSIAN.exec(line);
	if (russian) {
		const month = RUSSIAN_MONTHS.findIndex((m) => russian[2]!.toLowerCase().startsWith(m)) + 1;
		return iso(russian[3]!, month, russian[1]!);
	}
	const isoDate = ISO.exec(line);
	if (isoDate) {
		const [, year = '', month = '', day = ''] = isoDate;
		return iso(year, Number(month), day);
	}
	return null;
}
