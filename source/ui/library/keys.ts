/** The Library's state and keys: selection, the filter and whether it is being typed. */
import {commandOf, type KeyFlags, keymap, keyName} from '../keys/keymap.js';

export interface LibraryState {
	filter: string;
	typing: boolean;
	selected: number;
}

export type LibraryEffect = {type: 'open'; index: number} | {type: 'select'; index: number};

/** True when the Library wants this key (the filter is being typed, or Esc clears it). */
export function libraryClaims(state: LibraryState, input: string, key: KeyFlags): boolean {
	const name = keyName(input, key);
	if (name === 'ctrl+c' || name === 'tab') return false;
	if (state.typing) return true;
	if (name === 'escape') return state.filter !== '';
	return startsFilter(input, key);
}

function startsFilter(input: string, key: KeyFlags): boolean {
	if (key.ctrl || key.escape || key.return || key.tab) return false;
	return input.length === 1 && input !== 'q' && /\p{L}/u.test(input);
}

/** Applies one key to the Library; `count` is the number of rows the filter leaves. */
export function libraryKey(
	s: LibraryState,
	input: string,
	key: KeyFlags,
	count: number,
	pageRows: number,
	filtered: (filter: string) => number,
): {state: LibraryState; effect?: LibraryEffect} {
	const select = (i: number, state: LibraryState = s) => {
		const selected = Math.max(0, Math.min(Math.max(0, count - 1), i));
		return {state: {...state, selected}, effect: {type: 'select' as const, index: selected}};
	};
	const refilter = (filter: string, typing: boolean) => {
		const n = filtered(filter);
		return {state: {filter, typing, selected: Math.min(s.selected, Math.max(0, n - 1))}};
	};
	const command = commandOf(keymap.library, input, key);
	if (command === 'down') return select(s.selected + 1);
	if (command === 'up') return select(s.selected - 1);
	if (command === 'page-down') return select(s.selected + pageRows);
	if (command === 'page-up') return select(s.selected - pageRows);
	if (command === 'open')
		return count > 0
			? {state: {...s, typing: false}, effect: {type: 'open', index: s.selected}}
			: {state: s};
	if (command === 'clear') return refilter('', false);
	if (s.typing) {
		if (key.backspace || key.delete)
			return s.filter === ''
				? {state: {...s, typing: false}}
				: refilter(s.filter.slice(0, -1), true);
		if (key.ctrl || key.tab || input === '' || key.home || key.end) return {state: s};
		return refilter(s.filter + input, true);
	}
	if (command === 'first') return select(0);
	if (command === 'last') return select(count - 1);
	if (command === 'filter') return {state: {...s, typing: true}};
	if (startsFilter(input, key)) return refilter(input, true);
	return {state: s};
}
