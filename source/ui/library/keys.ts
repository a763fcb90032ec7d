/**
 * What a key does in the Library, from the keymap's `library` section: pure, (state, key, env)
 * → the action to dispatch, or null. Letters typed outside the filter start it.
 */
import {clusterBefore} from '../../core/wrap.js';
import {
	commandOf,
	globalKeys,
	isGlobalKey,
	isInterrupt,
	type KeyFlags,
	keymap,
	typedText,
} from '../keys/keymap.js';
import type {LibraryAction, LibraryState} from './state.js';

export interface LibraryKeyEnv {
	/** Rows the current filter leaves. */
	count: number;
	/** Rows on a page of the list. */
	pageRows: number;
	/** How many rows a filter would leave. */
	filtered(filter: string): number;
}

/** True when the Library wants this key (the filter is being typed, or Esc clears it). */
export function libraryClaims(state: LibraryState, input: string, key: KeyFlags): boolean {
	if (isInterrupt(input, key) || commandOf(globalKeys, input, key) === 'next-view') return false;
	if (state.typing) return true;
	if (commandOf(keymap.library, input, key) === 'clear') return state.filter !== '';
	return startsFilter(input, key);
}

/** A letter that is no global key starts the filter. */
function startsFilter(input: string, key: KeyFlags): boolean {
	const typed = typedText(input, key);
	return [...typed].length === 1 && !isGlobalKey(input, key) && /\p{L}/u.test(typed);
}

/** The action of one key in the Library, or null when the key does nothing there. */
export function libraryAction(
	s: LibraryState,
	input: string,
	key: KeyFlags,
	env: LibraryKeyEnv,
): LibraryAction | null {
	const {count, pageRows} = env;
	const select = (index: number): LibraryAction => ({type: 'select', index, count});
	const refilter = (filter: string, typing: boolean): LibraryAction => ({
		type: 'set-filter',
		filter,
		typing,
		count: env.filtered(filter),
	});
	const command = commandOf(keymap.library, input, key);
	switch (command) {
		case 'down':
			return select(s.selected + 1);
		case 'up':
			return select(s.selected - 1);
		case 'page-down':
			return select(s.selected + pageRows);
		case 'page-up':
			return select(s.selected - pageRows);
		case 'open':
			return count > 0 ? {type: 'open'} : null;
		case 'clear':
			return refilter('', false);
		default:
	}
	if (s.typing) {
		if (command === 'delete')
			return s.filter === ''
				? {type: 'stop-typing'}
				: refilter(s.filter.slice(0, clusterBefore(s.filter, s.filter.length)), true);
		if (command === 'kill-line') return refilter('', true);
		if (command === 'delete-word') return refilter(s.filter.replace(/\S*\s*$/u, ''), true);
		const typed = typedText(input, key);
		return typed === '' ? null : refilter(s.filter + typed, true);
	}
	if (command === 'sort') return {type: 'sort'};
	if (command === 'first') return select(0);
	if (command === 'last') return select(count - 1);
	if (command === 'filter') return {type: 'start-typing'};
	if (startsFilter(input, key)) return refilter(typedText(input, key), true);
	return null;
}
