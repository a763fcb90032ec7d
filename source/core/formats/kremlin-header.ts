/**
 * The top of a Kremlin page: page chrome, the title, the date line (date, time, place).
 */
import {parseDateLine} from './dateline.js';

/** Title, date and place, and where the body starts. */
export interface Header {
	title: string | null;
	date: string | null;
	place: string | null;
	/** Paragraphs before the title (page chrome). */
	chromeEnd: number;
	/** First paragraph after the title and date line. */
	bodyStart: number;
}

/** How many paragraphs from the top may hold the date line. */
export const HEADER_WINDOW = 16;

/** Finds the date line near the top; the title is the paragraph just before it. */
export function readHeader(paras: string[]): Header {
	const limit = Math.min(paras.length, HEADER_WINDOW);
	for (let k = 0; k < limit; k++) {
		const line = parseDateLine(paras[k]!);
		if (!line) continue;
		const hasTitle = k > 0 && isHeading(paras[k - 1]!);
		return {
			title: hasTitle ? paras[k - 1]! : null,
			date: line.date,
			place: line.place,
			chromeEnd: hasTitle ? k - 1 : k,
			bodyStart: k + 1,
		};
	}
	// No date line: the title is the first heading after the page chrome, if any.
	let start = 0;
	for (let k = 0; k < limit; k++) if (isChrome(paras[k]!)) start = k + 1;
	const first = paras[start];
	if (first !== undefined && isHeading(first) && !first.includes(':') && !/[.!?]$/.test(first)) {
		return {title: first, date: null, place: null, chromeEnd: start, bodyStart: start + 1};
	}
	return {title: null, date: null, place: null, chromeEnd: 0, bodyStart: 0};
}

/** Lines of a saved page's menus: "View settings", "Font size:", "Документ /", the site name. */
function isChrome(p: string): boolean {
	if (p.length > 60) return false;
	return (
		/^(?:View settings|Official website of the President of Russia|Text version|Print version)$/i.test(
			p,
		) ||
		/^[\p{Lu}][\p{Ll} ]*:$/u.test(p) ||
		!/[A-Za-z]/.test(p)
	);
}

function isHeading(p: string): boolean {
	return p.length <= 300 && !p.endsWith(':') && !p.endsWith(',');
}
