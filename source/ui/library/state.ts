/**
 * The Library's state and its pure reducer: the selected row, the filter, whether it is typed,
 * and the order of the rows.
 */
import {type LibrarySort, librarySorts} from './filter.js';

export interface LibraryState {
	filter: string;
	typing: boolean;
	/** Index into the rows the filter leaves. */
	selected: number;
	sort: LibrarySort;
}

export type LibraryAction =
	/** Selects row `index`, kept within the `count` rows shown. */
	| {type: 'select'; index: number; count: number}
	/** `/`: the next letters type the filter. */
	| {type: 'start-typing'}
	/** A new filter, which leaves `count` rows (the selection stays within them). */
	| {type: 'set-filter'; filter: string; typing: boolean; count: number}
	/** Backspace on an empty filter: stop typing. */
	| {type: 'stop-typing'}
	/** Enter: the selected row opens in Read (the view does that); typing stops. */
	| {type: 'open'}
	/** `>`: the next order of the rows. */
	| {type: 'sort'};

export function initialLibrary(selected: number): LibraryState {
	return {filter: '', typing: false, selected: Math.max(0, selected), sort: 'file'};
}

const within = (i: number, count: number) => Math.max(0, Math.min(Math.max(0, count - 1), i));

export function libraryReducer(state: LibraryState, action: LibraryAction): LibraryState {
	switch (action.type) {
		case 'select': {
			const selected = within(action.index, action.count);
			return selected === state.selected ? state : {...state, selected};
		}
		case 'start-typing':
			return state.typing ? state : {...state, typing: true};
		case 'set-filter':
			return {
				...state,
				filter: action.filter,
				typing: action.typing,
				selected: Math.min(state.selected, Math.max(0, action.count - 1)),
			};
		case 'sort': {
			const next = librarySorts[(librarySorts.indexOf(state.sort) + 1) % librarySorts.length];
			return {...state, sort: next ?? 'file'};
		}
		case 'stop-typing':
		case 'open':
			return state.typing ? {...state, typing: false} : state;
		default:
			return state;
	}
}
