/**
 * The Library's one input hook (focus-gated through useViewInput): each key becomes an action
 * (library/keys.ts), applied at once to the store; then the selected row is the shell's selected
 * transcript, and Enter opens it in Read.
 */
import {useCallback, useRef} from 'react';
import {useViewInput} from '../hooks/use-view-input.js';
import type {KeyFlags} from '../keys/keymap.js';
import {useShell} from '../state/context.js';
import type {ReducerStore} from '../state/reducer-store.js';
import type {LibraryRow, LibrarySort} from './filter.js';
import {libraryAction, libraryClaims} from './keys.js';
import type {LibraryAction, LibraryState} from './state.js';

export interface LibraryInput {
	store: ReducerStore<LibraryState, LibraryAction>;
	filter(query: string, sort: LibrarySort): LibraryRow[];
	/** Rows on a page of the list. */
	pageRows: number;
}

export function useLibraryInput({store, filter, pageRows}: LibraryInput, active: boolean): void {
	const shell = useShell();
	const env = useRef({filter, pageRows, shell});
	env.current = {filter, pageRows, shell};
	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			const {filter: rowsOf, pageRows: page, shell: app} = env.current;
			const before = store.getState();
			const shown = rowsOf(before.filter, before.sort);
			const action = libraryAction(before, input, key, {
				count: shown.length,
				pageRows: page,
				filtered: (f) => rowsOf(f, before.sort).length,
			});
			if (action) store.dispatch(action);
			if (action?.type === 'sort') {
				// The cursor stays on the transcript it was on.
				const key = shown[before.selected]?.item.key;
				const sorted = rowsOf(before.filter, store.getState().sort);
				const index = Math.max(
					0,
					sorted.findIndex((r) => r.item.key === key),
				);
				store.dispatch({type: 'select', index, count: sorted.length});
			}
			const after = store.getState();
			const row = rowsOf(after.filter, after.sort)[after.selected];
			if (!row) return;
			if (action?.type === 'open') app.openRead({key: row.item.key});
			else app.selectTranscript(row.item.key);
		},
		[store],
	);
	const claim = useCallback(
		(input: string, key: KeyFlags) => libraryClaims(store.getState(), input, key),
		[store],
	);
	useViewInput(onKey, claim, active);
}
