/**
 * The SubRip (.srt) layout: numbered cues, a timing line ("00:00:01,000 --> 00:00:03,500"), then
 * text. A speaker is named by "NAME:" at the start of a cue line, a change of speaker is marked by
 * "- " dialogue dashes; a file with neither is narration. Every cue is its own turn.
 */
import {
	cueBlocks,
	cueStart,
	lineBlocks,
	recurringNames,
	splitSpeakers,
	timingLine,
} from './cues.js';
import {headLines} from './scan.js';
import type {Layout, RawDocument} from './types.js';
import {TIMING} from './vtt.js';

const SRT_TIMING = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;

function score(text: string, head: readonly string[] = headLines(text, 200)): number {
	const lines = head;
	let timings = 0;
	let numbered = 0;
	for (const [i, line] of lines.entries()) {
		if (SRT_TIMING.test(line)) {
			timings++;
			if (i > 0 && /^\s*\d{1,6}\s*$/.test(lines[i - 1] ?? '')) {
				numbered++;
			}
		}
	}
	// One numbered cue is enough: "1" then a timing line opening the file.
	if (timings < 2 && !(timings === 1 && numbered === 1 && /^\s*\d{1,6}\s*$/.test(lines[0] ?? ''))) {
		return 0;
	}
	return numbered >= timings / 2 ? 0.95 : 0.7;
}

function parse(text: string): RawDocument {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const payloads: string[][] = [];
	const times: (number | undefined)[] = [];
	for (const block of lineBlocks(lines)) {
		const timing = timingLine(block, TIMING);
		if (timing >= 0) {
			payloads.push(block.slice(timing + 1));
			times.push(cueStart(block[timing]!));
		} else if (payloads.length > 0 && !/^\s*\d{1,6}\s*$/.test(block[0] ?? '')) {
			// A blank line inside a cue's text: the rest still belongs to that cue.
			const last = payloads.at(-1)!;
			for (const line of block) {
				last.push(line);
			}
		}
	}
	const known = recurringNames(payloads.flat());
	const cues = payloads.map((payload) => splitSpeakers(payload, known));
	return {title: null, date: null, place: null, blocks: cueBlocks(cues, times)};
}

/** The SubRip layout: one turn per cue, speakers from "NAME:" or dialogue dashes. */
export const srt: Layout = {name: 'srt', score, most: 0.95, parse};
