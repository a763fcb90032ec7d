/**
 * Caption cues as turns. A caption file (WebVTT, SubRip) gives a remark per cue, each with its
 * time, and a sentence often runs on over several cues. Consecutive timed remarks of one speaker
 * continue one turn: Read draws them as one (ui/reader/cues.ts). The remarks stay as parsed (one
 * per cue, `parse --json`), and the quiz quotes cue by cue: its card ids are hashes of the quotes.
 */
import {remarkTime} from './cite.js';
import type {Transcript} from './model.js';

/** Layouts whose remarks are caption cues: fragments of sentences, joined with a space. */
const captionFormats = new Set(['vtt', 'srt']);

/** True when the transcript's remarks are caption cues. */
export function isCaptions(transcript: Transcript): boolean {
	return captionFormats.has(transcript.format);
}

/** True when remark `turn + 1` continues remark `turn`'s turn: same speaker, both timed. */
export function joinsNext(transcript: Transcript, turn: number): boolean {
	const a = transcript.remarks[turn];
	const b = transcript.remarks[turn + 1];
	return (
		a !== undefined &&
		b !== undefined &&
		a.speaker === b.speaker &&
		remarkTime(a) !== null &&
		remarkTime(b) !== null
	);
}
