/**
 * Test helper: column checks on frames for the wide-character fixture. Frames are measured with
 * `string-width` (Ink's own measure), and what a view shows is checked against the fixture's text
 * character by character, so a word drawn over several rows or screens still counts as shown.
 */
import stringWidth from 'string-width';
import {wideText} from './wide-transcript.js';

/** Throws when a frame is taller than `rows` or a line wider than `columns` columns. */
export function checkWidths(frames: readonly string[], columns: number, rows: number): void {
	for (const frame of frames) {
		const lines = frame.replace(/\n$/, '').split('\n');
		if (lines.length > rows) throw new Error(`too tall (${lines.length} rows):\n${frame}`);
		for (const line of lines) {
			if (stringWidth(line) > columns) throw new Error(`too wide (${stringWidth(line)}): ${line}`);
		}
	}
}

/** The fixture as drawn: soft hyphens are invisible. */
const text = wideText.replaceAll('\u00AD', '');

/**
 * Marks which characters of the fixture some drawn piece shows. Rows are split into pieces at
 * the separators and ellipses the views draw (" · ", "…", "“", "”", the cursor "›"); each piece
 * that occurs in the fixture covers every place it occurs.
 */
export class Coverage {
	readonly seen = new Uint8Array(text.length);

	add(row: string): void {
		const clean = row.replaceAll('\u00AD', '').replace(/-$/, '');
		for (const piece of clean.split(/ · |…|[“”›]|^\s*\d+\. /u)) {
			const p = piece.trim();
			if (p.length < 2) continue;
			for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
				this.seen.fill(1, at, at + p.length);
		}
	}

	addFrame(lines: readonly string[]): void {
		for (const line of lines) this.add(line);
	}

	/** The words of `within` (default: the whole fixture) with a character never shown. */
	missing(within: string = text): string[] {
		const base = text.indexOf(within.replaceAll('\u00AD', ''));
		if (base < 0) throw new Error(`not in the fixture: ${within}`);
		const out: string[] = [];
		const part = within.replaceAll('\u00AD', '');
		for (const m of part.matchAll(/\S+/gu)) {
			const from = base + m.index;
			if (this.seen.subarray(from, from + m[0].length).includes(0)) out.push(m[0]);
		}
		return out;
	}
}
