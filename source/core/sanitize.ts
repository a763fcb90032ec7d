/**
 * The one function through which every string that came from outside reaches the terminal: file
 * and folder names, titles, transcript text, stored notes and search history, cache contents,
 * error messages — in the views, in plain output and on stderr. Escape sequences (CSI, OSC such
 * as a title change, OSC 52 clipboard writes or OSC 8 links, DCS, APC…, in their 7- and 8-bit
 * forms) are removed with their payload; any other C0 or C1 control becomes `?` (as `ls` shows
 * it); bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed.
 */

/** Escape sequences with their payload: CSI; OSC, DCS, SOS, PM, APC; two-character ESC forms. */
const ESCAPES =
	/(?:\u001B\[|\u009B)[\u0020-\u003F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\n\u2028\u2029\u0085]/g;
/** Whether anything below would change the text (the common case answers at once). */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Options of `sanitize`. */
export interface SanitizeOptions {
	/** Keep line feeds (multi-line text); otherwise line breaks and tabs become spaces. */
	lines?: boolean;
}

/** `text` safe to write to a terminal (see the module comment). */
export function sanitize(text: string, options: SanitizeOptions = {}): string {
	if (!UNSAFE.test(text)) return text;
	let s = text.replace(ESCAPES, '').replace(BIDI, '');
	s = options.lines ? s.replace(LINE_BREAKS, '\n') : s.replace(LINE_BREAKS, ' ');
	s = s.replace(/\t/g, options.lines ? '\t' : ' ');
	return s.replace(CONTROLS, '?');
}

/**
 * JSON for a terminal or a pipe: the same value as `JSON.stringify`, with C1 controls, DEL, line
 * separators and bidi controls written as `\u` escapes (JSON.stringify already escapes C0), so
 * that printing it can never drive the terminal while a parser still reads the exact strings.
 */
export function jsonSafe(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent).replace(
		/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
