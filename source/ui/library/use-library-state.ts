/**
 * The Library's state hook: its rows (once per load), the filter over them (Fuse.js), the
 * reducer's store (one per visit: the filter starts empty, the selection at the transcript the
 * shell has selected) and the rows the filter leaves.
 */
import {useMemo, useState} from 'react';
import {useShell} from '../state/context.js';
import {createReducerStore, useReducerStore} from '../state/reducer-store.js';
import {type LibraryRow, libraryFilter, libraryRows} from './filter.js';
import {initialLibrary, libraryReducer} from './state.js';

export function useLibraryState() {
	const shell = useShell();
	const all = useMemo(() => libraryRows(shell.library.transcripts), [shell.library]);
	const filter = useMemo(() => libraryFilter(all), [all]);
	const [store] = useState(() =>
		createReducerStore(
			libraryReducer,
			initialLibrary(all.findIndex((r) => r.item.key === shell.state.selected)),
		),
	);
	const state = useReducerStore(store);
	const rows: LibraryRow[] = useMemo(() => filter(state.filter), [filter, state.filter]);
	return {store, state, all, rows, filter};
}
