/**
 * What Verbatim prints when it has no terminal to draw in (a pipe, CI): each transcript as plain
 * text, like `bat` when piped — title, date and place, then every turn with its speaker's name.
 */

import type {Library, LoadedTranscript} from './core/library.js';
import {sanitize} from './core/sanitize.js';

/** One transcript as plain text: a heading block, then narration and "Name: text" turns. */
export function plainText(loaded: LoadedTranscript): string {
	const {transcript} = loaded;
	const byId = new Map(transcript.speakers.map((s) => [s.id, s]));
	const seen = new Set<string>();
	const out: string[] = [sanitize(transcript.title ?? loaded.name)];
	const meta = [transcript.date, transcript.place].filter(Boolean).join(' · ');
	if (meta) out.push(meta);
	out.push('');
	for (const remark of transcript.remarks) {
		const text = remark.paragraphs.join('\n\n');
		if (remark.speaker === null) {
			out.push(text, '');
			continue;
		}
		const speaker = byId.get(remark.speaker);
		const name = speaker?.name ?? remark.speaker;
		const role = speaker?.role && !seen.has(remark.speaker) ? ` (${speaker.role})` : '';
		seen.add(remark.speaker);
		out.push(`${name}${role}: ${text}`, '');
	}
	return out.join('\n');
}

/** Writes every transcript of the library, separated by a blank line. */
export function printPlain(library: Library, out: {write(text: string): unknown}): void {
	library.transcripts.forEach((loaded, i) => {
		out.write((i > 0 ? '\n' : '') + plainText(loaded));
	});
}

/** The one-line note about files left out, or null. */
export function skippedNote(library: Library): string | null {
	const parts: string[] = [];
	if (library.skipped > 0)
		parts.push(
			`${library.skipped} file${library.skipped === 1 ? '' : 's'} skipped (not a transcript)`,
		);
	if (library.errors.length > 0)
		parts.push(
			`${library.errors.length} could not be read (${library.errors.slice(0, 3).join('; ')}${library.errors.length > 3 ? '; …' : ''})`,
		);
	return parts.length ? sanitize(parts.join('; ')) : null;
}
