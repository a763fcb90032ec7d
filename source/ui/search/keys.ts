/**
 * The Search view's keys: which it takes from the global bindings (all but Ctrl+C: the query line
 * is typed into; on an empty line `?` still opens help and Tab goes to the next view), and what
 * each one does.
 */
import {commandOf, type KeyFlags, keymap, keyName} from '../keys/keymap.js';

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
	const name = keyName(input, key);
	if (name === 'ctrl+c') return false;
	// On an empty line there is nothing to type over or preview: help and Tab stay global.
	if ((name === '?' || name === 'tab') && query === '') return false;
	return true;
}

/** The command of a key, given the line and whether the history is being walked. */
export function searchCommand(
	input: string,
	key: KeyFlags,
	line: {query: string; walking: boolean},
): SearchCommand | null {
	const name = keyName(input, key);
	const command = commandOf(keymap.search, input, key);
	if (name === 'up' && (line.query === '' || line.walking)) return 'history-older';
	if (name === 'down' && line.walking) return 'history-newer';
	if (command === 'history') return 'history-older';
	if (command === 'clear') return line.query === '' ? 'leave' : 'clear';
	if (command === 'kill-line') return 'clear';
	if (
		command === 'down' ||
		command === 'up' ||
		command === 'page-down' ||
		command === 'page-up' ||
		command === 'first' ||
		command === 'last' ||
		command === 'open' ||
		command === 'preview' ||
		command === 'copy'
	)
		return command;
	return null;
}
