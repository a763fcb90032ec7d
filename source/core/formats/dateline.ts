/**
 * Date lines: "December 27, 2017, The Kremlin, Moscow", "October 3, 2018, 11:05, The Kremlin,
 * Moscow", "May 8, 2021 - 18:10 - The Kremlin, Moscow", "27 December 2017", "2017-12-27".
 */

const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12,
};

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;
const MONTH_FIRST = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
const SEPARATOR = /^\s*[,–—-]?\s*/;
const TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?/i;

/** A date line's parts: `date` as YYYY-MM-DD, `place` or null. */
export interface DateLine {
	date: string;
	place: string | null;
}

function iso(year: number, month: number | undefined, day: number): string | null {
	if (!month || day < 1 || day > 31 || year < 1000) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a whole line as a date line, or returns null. After the date may come a time and a place,
 * separated by commas or dashes; the place must be short and read like a place, not a sentence.
 */
export function parseDateLine(line: string): DateLine | null {
	const c = line.charCodeAt(0);
	const digit = c >= 48 && c <= 57;
	if (line.length > 140 || !(digit || (c >= 65 && c <= 90))) return null;
	const s = line.replace(WEEKDAY, '');
	let date: string | null = null;
	let rest = '';
	const monthFirst = MONTH_FIRST.exec(s);
	const dayFirst = monthFirst ? null : DAY_FIRST.exec(s);
	const isoDate = monthFirst || dayFirst ? null : ISO.exec(s);
	if (monthFirst) {
		date = iso(Number(monthFirst[3]), MONTHS[monthFirst[1]!.toLowerCase()], Number(monthFirst[2]));
		rest = s.slice(monthFirst[0].length);
	} else if (dayFirst) {
		date = iso(Number(dayFirst[3]), MONTHS[dayFirst[2]!.toLowerCase()], Number(dayFirst[1]));
		rest = s.slice(dayFirst[0].length);
	} else if (isoDate) {
		date = iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
		rest = s.slice(isoDate[0].length);
	}
	if (!date) return null;
	rest = rest.replace(SEPARATOR, '');
	const time = TIME.exec(rest);
	if (time) rest = rest.slice(time[0].length).replace(SEPARATOR, '');
	rest = rest.trim();
	if (rest === '') return {date, place: null};
	if (rest.length > 80 || /[.?!;:]$/.test(rest) || !/^[A-Z]/.test(rest)) return null;
	return {date, place: rest};
}
