/**
 * Metadata of a briefing from the lines before its first label: title (when there is no front
 * matter), date line, place lines ("East Room", "Aboard Air Force One" + "En Route …"), and the
 * time stamps and "END" lines that are narration.
 */
import {findDate, joinLines, squeeze, unescapeMarkdown} from './scan.js';

/** "1:43 P.M. EDT", "12:54 p.m. BST", "10:02 A.M.", optionally after "END". */
const TIME = /^(?:END\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?$/;
const END = /^(?:END|###|\*\s?\*\s?\*)$/;

/** True for a time stamp ("1:43 P.M. EDT"), "END" or "###": narration, never part of a turn. */
export function isNarrationLine(text: string): boolean {
	return TIME.test(text) || END.test(text);
}

/** True for a time stamp line alone. */
export function isTimeStamp(text: string): boolean {
	return TIME.test(text);
}

/** Page chrome above a saved briefing, never its title or place. */
const CHROME = new Set([
	'the white house',
	'briefing room',
	'press briefings',
	'speeches and remarks',
	'statements and releases',
	'background press calls',
	'office of the press secretary',
	'for immediate release',
]);
/** Rooms that are in the White House itself, so a bare room name gains ", White House". */
const WH_ROOMS =
	/^(?:East Room|State Dining Room|Roosevelt Room|Oval Office|Rose Garden|South Lawn|Cabinet Room|Blue Room|Green Room|Red Room|Diplomatic Reception Room|James S\. Brady Press Briefing Room|Brady Press Briefing Room|Grand Foyer|Cross Hall|State Floor)$/;

/** Metadata collected from the lines before the first label. */
export interface Prelude {
	title: string | null;
	date: string | null;
	place: string[];
	timeSeen: boolean;
	/** Lists of people in the header ("PARTICIPANTS:" and the names under it), for names. */
	lists: string[];
}

/** Handles one paragraph before the first label: metadata lines are taken, the rest is narration. */
export function readPrelude(lines: string[], meta: Prelude, narration: string[]): void {
	for (const [i, raw] of lines.entries()) {
		const line = unescapeMarkdown(raw);
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		if (heading && meta.title === null) {
			meta.title = squeeze(heading[1] ?? '');
			continue;
		}
		if (CHROME.has(line.toLowerCase())) {
			continue;
		}
		if (
			/^(?:PARTICIPANTS|APPEARANCES|MODERATORS?|PANELISTS?|SPEAKERS|ATTENDEES):\s*$/i.test(line)
		) {
			// Names in capitals ("ZACKERY P. MORAZZINI, …") as a reader writes them.
			const list = joinLines(lines.slice(i + 1).map(unescapeMarkdown)).replace(
				/\b(\p{Lu})(\p{Lu}+)\b/gu,
				(_, a: string, b: string) => a + b.toLowerCase(),
			);
			meta.lists.push(list);
			narration.push(joinLines(lines.slice(i).map(unescapeMarkdown)));
			return;
		}
		if (isNarrationLine(line)) {
			meta.timeSeen = true;
			narration.push(line);
			continue;
		}
		const date = line.length < 300 ? findDate(line) : null;
		// A date line is short ("July 13, 2021", "MAY 4, 2021•PRESS BRIEFINGS"); a title may hold a date.
		if (date && line.length < 60 && line.split(/\s+/).length <= 6) {
			meta.date ??= date;
			continue;
		}
		if (meta.title === null && line.length <= 300) {
			meta.title = squeeze(line.replace(/^#+\s*/, ''));
			meta.date ??= date;
			continue;
		}
		if (!meta.timeSeen && line.length <= 80 && !/[.!?:;]$/.test(line) && meta.place.length < 3) {
			meta.place.push(squeeze(line));
			continue;
		}
		narration.push(joinLines(lines.slice(i).map(unescapeMarkdown)));
		return;
	}
}

/** Joins place lines: "Aboard Air Force One" + "En Route Philadelphia, PA" → "… en route …". */
export function placeOf(parts: string[], title: string | null): string | null {
	let place = '';
	for (const part of parts) {
		if (place === '') {
			place = part;
		} else if (/^en route\b/i.test(part)) {
			place += ` en route${part.slice(8)}`;
		} else {
			place += `, ${part}`;
		}
	}
	if (place === '' && title) {
		const route = /\ben route\s+(.+)$/i.exec(title);
		if (route) {
			return `Aboard Air Force One en route ${route[1]}`;
		}
		return null;
	}
	if (WH_ROOMS.test(place)) {
		return `${place}, White House`;
	}
	return place === '' ? null : place;
}
