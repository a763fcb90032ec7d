/**
 * Cues read as turns. A caption file (WebVTT, SubRip) gives a remark per cue, each with its time;
 * the reader draws consecutive timed remarks of one speaker as one turn — the name once, the cue
 * texts flowing on (a space between caption cues, a paragraph break between longer timed turns) —
 * and shows each remark's time dim in a left margin, on the first row that starts inside its text
 * (a cue that begins and ends within a row shows no time of its own). Only the drawing joins
 * them: positions, bookmarks and find matches still count remarks. Which remarks join: core/cues.ts.
 */
import {remarkTime} from '../../core/cite.js';
import {isCaptions, joinsNext} from '../../core/cues.js';
import type {Transcript} from '../../core/model.js';

/** A joined run is cut into blocks of about this many characters (wrapped one at a time). */
export const maxBlockChars = 8000;

/** The last time in the transcript (seconds), or null when no remark has one; once per transcript. */
const lastTimes = new WeakMap<Transcript, number | null>();

function lastTime(transcript: Transcript): number | null {
	if (lastTimes.has(transcript)) return lastTimes.get(transcript)!;
	let last: number | null = null;
	for (const remark of transcript.remarks) {
		const time = remarkTime(remark);
		if (time !== null && (last === null || time > last)) last = time;
	}
	lastTimes.set(transcript, last);
	return last;
}

/** True when some remark of the transcript has a time. */
export function hasTimes(transcript: Transcript): boolean {
	return lastTime(transcript) !== null;
}

/** The first remark of the run `turn` is in (itself when the remark before does not join it). */
export function runStart(transcript: Transcript, turn: number): number {
	let t = turn;
	while (t > 0 && joinsNext(transcript, t - 1)) t--;
	return t;
}

/** What goes between the texts of two joined remarks. */
export function cueSeparator(transcript: Transcript): string {
	return isCaptions(transcript) ? ' ' : '\n\n';
}

/** Columns of the time margin (the clock and a space) at this width; 0 when no remark is timed. */
export function marginWidth(transcript: Transcript, width: number): number {
	const last = lastTime(transcript);
	if (last === null) return 0;
	const columns = marginClock(last, last).length + 1;
	// Text keeps at least 30 columns (the smallest window is 40 wide).
	return width - columns >= 30 ? columns : 0;
}

/** "04:07" under an hour, "1:02:03" from one (as wide as `last` needs), for the margin. */
function marginClock(seconds: number, last: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const two = (n: number) => String(n).padStart(2, '0');
	const mmss = `${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
	if (last < 3600) return mmss;
	const hours = String(Math.floor(s / 3600)).padStart(String(Math.floor(last / 3600)).length, ' ');
	return `${hours}:${mmss}`;
}

/** The margin of a row: the time of remark `turn`, padded; blanks for -1 or an untimed remark. */
export function marginText(transcript: Transcript, width: number, turn: number): string {
	if (width === 0) return '';
	const time = turn < 0 ? null : remarkTime(transcript.remarks[turn]);
	const last = lastTime(transcript) ?? 0;
	return time === null ? ' '.repeat(width) : `${marginClock(time, last)} `.padStart(width, ' ');
}

/**
 * The run of cues `turn` is in, as one turn: its first remark and the texts joined as Read shows
 * them (for `y`, which copies the turn the page shows); the remark alone when it is no run.
 */
export function runOf(transcript: Transcript, turn: number): {first: number; text: string} {
	const first = runStart(transcript, turn);
	const parts = [transcript.remarks[first]?.paragraphs.join('\n\n') ?? ''];
	for (let t = first; joinsNext(transcript, t); t++)
		parts.push(transcript.remarks[t + 1]!.paragraphs.join('\n\n'));
	return {first, text: parts.join(cueSeparator(transcript))};
}
