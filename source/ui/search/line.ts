/**
 * The query line's editing, pure: insert at the cursor, Backspace, ←/→, Ctrl+A/Ctrl+E (start and
 * end of the line), Ctrl+W (the word before the cursor), keys from the keymap's `search` section.
 * The view applies it in its one key handler, which reads the line from the session's store on
 * every key — so keys that arrive in a burst (typed while the app was busy) all land, in order.
 */
import {clusterAfter, clusterBefore} from '../../core/wrap.js';
import {commandOf, type KeyFlags, keymap, typedText} from '../keys/keymap.js';

/** The line and the cursor (an index into `text`, 0 … text.length). */
export interface Line {
	text: string;
	cursor: number;
}

/** Index of the grapheme cluster before `at` (an emoji with its modifiers moves as one). */
const before = clusterBefore;

/** Index after the grapheme cluster at `at`. */
const after = clusterAfter;

/** The line after one key, or null when the key does not edit the line. */
export function editLine(line: Line, input: string, key: KeyFlags): Line | null {
	const {text} = line;
	const cursor = Math.max(0, Math.min(text.length, line.cursor));
	switch (commandOf(keymap.search, input, key)) {
		case 'cursor-left':
			return {text, cursor: before(text, cursor)};
		case 'cursor-right':
			return {text, cursor: after(text, cursor)};
		case 'delete': {
			const from = before(text, cursor);
			return {text: text.slice(0, from) + text.slice(cursor), cursor: from};
		}
		case 'line-start':
			return {text, cursor: 0};
		case 'line-end':
			return {text, cursor: text.length};
		case 'kill-word': {
			const head = text.slice(0, cursor).replace(/\S*\s*$/u, '');
			return {text: head + text.slice(cursor), cursor: head.length};
		}
		case undefined:
			break;
		default:
			return null;
	}
	// Printable text only (a paste arrives as one string; control characters are dropped).
	const typed = typedText(input, key);
	if (typed === '') return null;
	return {text: text.slice(0, cursor) + typed + text.slice(cursor), cursor: cursor + typed.length};
}
