/**
 * The Search view's keys: which it takes from the global bindings (all but Ctrl+C: the query line
 * is typed into; on an empty line `?` still opens help and Tab goes to the next view), and what
 * each one does, from the keymap's `search` section.
 */
import {
	type Command,
	commandOf,
	globalKeys,
	isInterrupt,
	type KeyFlags,
	keymap,
	matches,
} from '../keys/keymap.js';

/** What a key does in the Search view. */
export type SearchCommand =
	| 'down'
	| 'up'
	| 'page-down'
	| 'page-up'
	| 'open'
	| 'preview'
	| 'history-older'
	| 'history-newer'
	| 'first'
	| 'last'
	| 'clear'
	| 'leave'
	| 'copy';

/** True when Search keeps this key from the global bindings (q and digits are typed). */
export function searchClaims(query: string, input: string, key: KeyFlags): boolean {
	if (isInterrupt(input, key)) return false;
	// On an empty line there is nothing to type over or preview: help and Tab stay global.
	const global = commandOf(globalKeys, input, key);
	if ((global === 'help' || global === 'next-view') && query === '') return false;
	return true;
}

/** The command of a key, given the line and whether the history is being walked. */
export function searchCommand(
	input: string,
	key: KeyFlags,
	line: {query: string; walking: boolean},
): SearchCommand | null {
	const is = (id: Command<'search'>) => matches(keymap.search, id, input, key);
	if (is('recall-older') && (line.query === '' || line.walking)) return 'history-older';
	if (is('recall-newer') && line.walking) return 'history-newer';
	const command = commandOf(keymap.search, input, key);
	switch (command) {
		case 'history':
			return 'history-older';
		case 'clear':
			return line.query === '' ? 'leave' : 'clear';
		case 'kill-line':
			return 'clear';
		case 'down':
		case 'up':
		case 'page-down':
		case 'page-up':
		case 'first':
		case 'last':
		case 'open':
		case 'preview':
		case 'copy':
			return command;
		default:
			return null;
	}
}
