/**
 * The Search view's state and its pure reducer: the query line and cursor, the last answer, the
 * selection, the preview, the walk through the history, how many hits are asked for, and where
 * Esc on an empty line goes. The session (search/session.ts) runs the searches it implies.
 */
import type {SearchResult} from '../../core/search.js';
import type {ViewId} from '../keys/keymap.js';
import {type HistoryWalk, notWalking} from './history.js';

/** Hits asked for at a time; moving near the end of the list asks for more. */
export const PAGE_HITS = 100;

export interface SearchState {
	/** True once the index is built. */
	ready: boolean;
	/** Why searching failed (the worker died), or null. */
	error: string | null;
	query: string;
	/** The cursor in the query line (0 … query.length). */
	cursor: number;
	/** The last answer received (perhaps for an older query while a newer one runs). */
	result: SearchResult | null;
	selected: number;
	preview: boolean;
	walk: HistoryWalk;
	/** Hits asked for the current query. */
	limit: number;
	/** Where Esc on an empty line goes. */
	leaveTo: ViewId;
	/** Enter was pressed while the answer to the line was on its way. */
	openPending: boolean;
	/** That answer came with hits: the view opens the first one. */
	openFirst: boolean;
	/** Set when this view opened Read, so coming back keeps `leaveTo`. */
	openedRead: boolean;
	/** A one-line note for the footer ("copied …"), until the next key. */
	note: string | null;
}

export type SearchAction =
	/** The index is built. */
	| {type: 'ready'}
	| {type: 'failed'; error: string}
	/** The line typed, recalled or cleared; the cursor at its end unless given. */
	| {type: 'set-query'; query: string; walk?: HistoryWalk; cursor?: number}
	/** An answer to `query` asked with `limit`; dropped when the line has changed since. */
	| {type: 'answer'; query: string; limit: number; result: SearchResult | null}
	/** Moves the selection; near the end of the list, asks for more hits when there are more. */
	| {type: 'move'; by: number; pageRows: number}
	| {type: 'toggle-preview'}
	/** Enter on a line whose answer has not come yet: open its first hit when it comes. */
	| {type: 'open-pending'}
	/** The view opened a hit in Read. */
	| {type: 'opened-read'}
	/** The view opens, coming from `previous`. */
	| {type: 'visit'; previous: ViewId | undefined}
	/** A note for the footer, or null to clear it. */
	| {type: 'note'; text: string | null};

export const initialSearch: SearchState = {
	ready: false,
	error: null,
	query: '',
	cursor: 0,
	result: null,
	selected: 0,
	preview: false,
	walk: notWalking,
	limit: PAGE_HITS,
	leaveTo: 'library',
	openPending: false,
	openFirst: false,
	openedRead: false,
	note: null,
};

/** True while the results shown do not answer the current query yet. */
export function isSearching(state: SearchState): boolean {
	if (state.query.trim() === '' || state.error) return false;
	return state.result?.query !== state.query;
}

/** The hits shown for the current query (the last answer's while a newer one runs). */
export function shownHits(state: SearchState): SearchResult['hits'] {
	return state.query.trim() === '' ? [] : (state.result?.hits ?? []);
}

/** True when the state asks for a search (a new line or more hits) that `before` did not. */
export function needsSearch(before: SearchState, after: SearchState): boolean {
	if (after.query.trim() === '') return false;
	return after.query !== before.query || after.limit !== before.limit;
}

export function searchReducer(state: SearchState, action: SearchAction): SearchState {
	switch (action.type) {
		case 'ready':
			return state.ready ? state : {...state, ready: true};
		case 'failed':
			return {...state, error: action.error};
		case 'set-query': {
			const {query} = action;
			const cursor = Math.max(0, Math.min(query.length, action.cursor ?? query.length));
			const next = {...state, walk: action.walk ?? notWalking, openPending: false, cursor};
			if (query === state.query) return next;
			if (query.trim() === '') return {...next, query, limit: PAGE_HITS, result: null, selected: 0};
			return {...next, query, limit: PAGE_HITS};
		}
		case 'answer': {
			const {result, query, limit} = action;
			if (!result || query !== state.query || limit !== state.limit) return state;
			const same = state.result?.query === query;
			const last = Math.max(0, result.hits.length - 1);
			const opens = state.openPending;
			return {
				...state,
				result,
				error: null,
				selected: same ? Math.min(state.selected, last) : 0,
				openPending: false,
				openFirst: opens && result.hits.length > 0,
			};
		}
		case 'move': {
			const hits = shownHits(state);
			if (hits.length === 0) return state;
			const selected = Math.max(0, Math.min(hits.length - 1, state.selected + action.by));
			const {result} = state;
			const more =
				result !== null &&
				!isSearching(state) &&
				selected >= hits.length - action.pageRows &&
				hits.length >= state.limit &&
				(result.total > hits.length || !result.exhaustive);
			return {...state, selected, limit: more ? state.limit + PAGE_HITS : state.limit};
		}
		case 'toggle-preview':
			return {...state, preview: !state.preview};
		case 'open-pending':
			return state.openPending ? state : {...state, openPending: true};
		case 'opened-read':
			return {...state, walk: notWalking, openedRead: true, openFirst: false};
		case 'visit': {
			const {previous} = action;
			const leaveTo =
				!state.openedRead && previous && previous !== 'search' ? previous : state.leaveTo;
			return {...state, leaveTo, openedRead: false};
		}
		case 'note':
			return state.note === action.text ? state : {...state, note: action.text};
		default:
			return state;
	}
}
