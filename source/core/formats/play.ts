/**
 * The play layout: each speech starts with the speaker's name alone on its line, ending in ":"
 * ("First Citizen:", "MENENIUS:", "All:"), and the verse lines follow directly. The lines of one
 * speech are joined into one paragraph; colons inside verse ("Against him first: he's …") never open
 * a turn. Paragraphs with no label (title, act and scene headings, stage directions) are narration.
 */
import {alone} from './alone.js';
import {chunks, findDate, headLines, joinLines, squeeze} from './scan.js';
import type {Layout, RawBlock, RawDocument} from './types.js';

/** Lower-case words allowed inside a name: "Lord of the Isles", "Duke of York". */
const PARTICLES = new Set(['of', 'the', 'and', 'de', 'la', 'le', 'du', 'von', 'van', 'da', 'di']);

/** The label of a line that is only "Name:", or null. */
export function playLabel(line: string): string | null {
	const trimmed = line.trim();
	if (trimmed.length < 2 || trimmed.length > 42 || !trimmed.endsWith(':')) {
		return null;
	}
	const label = squeeze(trimmed.slice(0, -1));
	const words = label.split(' ');
	if (words.length > 4 || label === '') {
		return null;
	}
	for (const [index, word] of words.entries()) {
		if (PARTICLES.has(word) && index > 0) {
			continue;
		}
		if (!/^[A-Z][A-Za-z'’.-]*$/.test(word)) {
			return null;
		}
	}
	return label;
}

/** How well `text` looks like a play: label-only lines directly followed by a line of speech. */
function score(text: string, head: readonly string[] = headLines(text, 200)): number {
	const lines = head;
	let speeches = 0;
	let inline = 0;
	let long = 0;
	let paragraphs = 0;
	for (const [i, line] of lines.entries()) {
		if (line.length > 120) {
			long++;
		}
		// Only the first line of a paragraph (the line before it blank, or none) counts.
		if (line.trim() === '' || (lines[i - 1] ?? '').trim() !== '') {
			continue;
		}
		paragraphs++;
		const next = lines[i + 1] ?? '';
		if (playLabel(line) && next.trim() !== '' && !playLabel(next)) {
			speeches++;
		} else if (/^[A-Z][\w .'’-]{0,40}: \S/.test(line)) {
			inline++;
		}
	}
	// In a play nearly every paragraph is a speech of short lines. Unwrapped paragraphs, or many
	// paragraphs with no label (a saved web page such as a Kremlin transcript with labels on their
	// own lines, with its lead, captions and follow-on paragraphs), are not a play.
	if (
		speeches < 3 ||
		inline > speeches ||
		long * 5 > paragraphs ||
		speeches * 10 < paragraphs * 7
	) {
		return 0;
	}
	return Math.min(0.9, 0.4 + speeches * 0.05);
}

function parse(text: string): RawDocument {
	const lines = text.split('\n');
	const groups = chunks(lines);
	// Labels seen at the start of a paragraph; only these may open a turn in the middle of one.
	const known = new Set<string>();
	for (const group of groups) {
		const label = playLabel(group.lines[0] ?? '');
		if (label && group.lines.length > 1) {
			known.add(label);
		}
	}
	// No "Name:" alone on its line: the play names speakers another way ("KENT." in a Project
	// Gutenberg text), which the labels-alone layout finds.
	if (known.size === 0) return alone.parse(text);
	const blocks: RawBlock[] = [];
	let title: string | null = null;
	for (const [index, group] of groups.entries()) {
		let label: string | null = null;
		let speech: string[] = [];
		const flush = () => {
			if (label !== null) {
				blocks.push({label, paragraphs: speech.length > 0 ? [joinLines(speech)] : []});
			} else if (speech.length > 0) {
				const last = blocks.at(-1);
				// A name alone in its paragraph: the speech is the next paragraph.
				if (last && last.label !== null && last.paragraphs.length === 0) {
					last.paragraphs.push(joinLines(speech));
				} else {
					blocks.push({label: null, paragraphs: [joinLines(speech)]});
				}
			}
			speech = [];
		};
		for (const [position, line] of group.lines.entries()) {
			const found = playLabel(line);
			const opens =
				found !== null &&
				(position === 0
					? group.lines.length > 1 || known.has(found)
					: known.has(found) && position < group.lines.length - 1);
			if (opens) {
				flush();
				label = found;
			} else {
				speech.push(line);
			}
		}
		if (index === 0 && label === null && group.lines.length === 1 && groups.length > 1) {
			title = squeeze((group.lines[0] ?? '').replace(/^#+\s*/, ''));
			continue;
		}
		flush();
	}
	let date: string | null = null;
	for (const block of blocks) {
		if (block.label !== null) {
			break;
		}
		const line = block.paragraphs[0] ?? '';
		date ??= line.length < 80 ? findDate(line) : null;
	}
	return {title, date, place: null, blocks};
}

/** The play layout (Shakespeare-style scripts with the speaker's name on its own line). */
export const play: Layout = {name: 'play', score, most: 0.9, parse};
