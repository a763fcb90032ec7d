/**
 * The search of one library: its state (a reducer store, search/state.ts) and its searcher,
 * created the first time the Search view opens, never at start-up. The app's per-library
 * sessions (state/sessions.ts) hold it, so the query and results survive a visit to Read.
 * Every action that asks for a search (a new line, more hits) starts one; the answer comes back
 * as an action, and the reducer drops answers to stale queries.
 */
import type {Library} from '../../core/library.js';
import type {Searcher} from '../../core/search.js';
import {createReducerStore, type ReducerStore} from '../state/reducer-store.js';
import {
	initialSearch,
	needsSearch,
	type SearchAction,
	type SearchState,
	searchReducer,
} from './state.js';

/** Makes the searcher of a library (the app passes `createSearcher`; tests a fake). */
export type SearcherFactory = (library: Library) => Searcher;

export class SearchSession {
	readonly store: ReducerStore<SearchState, SearchAction> = createReducerStore(
		searchReducer,
		initialSearch,
	);
	private searcher: Searcher | null = null;

	constructor(
		private readonly library: Library,
		private readonly factory: SearcherFactory,
	) {}

	/** Creates the searcher if there is none yet (the first time the view opens). */
	start(): void {
		if (this.searcher) return;
		const searcher = this.factory(this.library);
		this.searcher = searcher;
		searcher.ready.then(
			() => this.store.dispatch({type: 'ready'}),
			(error: unknown) => this.fail(error),
		);
		if (this.store.getState().query.trim() !== '') this.run();
	}

	/** Stops the searcher, if one was started (when the app quits; its worker must not linger). */
	close(): void {
		this.searcher?.close();
		this.searcher = null;
	}

	/** Applies an action, then searches when it asks for a search. */
	dispatch = (action: SearchAction): void => {
		const before = this.store.getState();
		this.store.dispatch(action);
		if (needsSearch(before, this.store.getState())) this.run();
	};

	private fail(error: unknown): void {
		this.store.dispatch({
			type: 'failed',
			error: error instanceof Error ? error.message : String(error),
		});
	}

	private run(): void {
		const {searcher} = this;
		if (!searcher) return;
		const {query, limit} = this.store.getState();
		searcher.search(query, {limit}).then(
			(result) => this.store.dispatch({type: 'answer', query, limit, result}),
			(error: unknown) => this.fail(error),
		);
	}
}
