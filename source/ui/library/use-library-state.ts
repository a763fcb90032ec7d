/**
 * The Library's state hook: its rows (once per load), the filter over them (Fuse.js), the
 * reducer's store (one per visit: the filter starts empty, the selection at the transcript the
 * shell has selected) and the rows the filter leaves.
 */
import {useCallback, useMemo, useState} from 'react';
import {useShell, useStore} from '../state/context.js';
import {createReducerStore, useReducerStore} from '../state/reducer-store.js';
import {type LibraryRow, type LibrarySort, libraryFilter, libraryRows, sortRows} from './filter.js';
import {initialLibrary, libraryReducer} from './state.js';

export function useLibraryState() {
	const shell = useShell();
	const all = useMemo(() => libraryRows(shell.library.transcripts), [shell.library]);
	const progress = useStore();
	const match = useMemo(() => libraryFilter(all), [all]);
	/** The rows a filter leaves, in an order. */
	const filter = useCallback(
		(query: string, sort: LibrarySort) =>
			sortRows(match(query), sort, (key) => progress.getProgress(key).lastOpened),
		[match, progress],
	);
	const [store] = useState(() =>
		createReducerStore(
			libraryReducer,
			initialLibrary(all.findIndex((r) => r.item.key === shell.state.selected)),
		),
	);
	const state = useReducerStore(store);
	const rows: LibraryRow[] = useMemo(
		() => filter(state.filter, state.sort),
		[filter, state.filter, state.sort],
	);
	return {store, state, all, rows, filter};
}
