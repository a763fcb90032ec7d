/**
 * Where the Search view keeps its state while it is not on screen: views unmount when the app
 * switches (a hit opened in Read, a look at the Library), so the query, results, selection and
 * the searcher live in a session keyed by the Library object. The searcher (one per library) is
 * created the first time the Search view opens, never at start-up.
 */
import type {Library} from '../../core/library.js';
import {createSearcher, type Searcher, type SearchResult} from '../../core/search.js';
import type {ViewId} from '../keys/keymap.js';
import {type HistoryWalk, notWalking} from './history.js';

/** Hits asked for at a time; moving near the end of the list asks for more. */
export const PAGE_HITS = 100;

/** Makes the searcher of a library (tests may replace it). */
export type SearcherFactory = (library: Library) => Searcher;

/** Where searchers keep the index between runs (set by the app's start; none in tests). */
let indexDir: string | null = null;
let factory: SearcherFactory = (library) => createSearcher(library, {indexDir});

/** Sets the folder of the search index cache. */
export function setIndexDir(dir: string | null): void {
	indexDir = dir;
}

/** Replaces how searchers are made (tests); returns the previous factory. */
export function setSearcherFactory(next: SearcherFactory): SearcherFactory {
	const previous = factory;
	factory = next;
	return previous;
}

/** The search of one library: a small store the view subscribes to. */
export class SearchSession {
	searcher: Searcher | null = null;
	/** True once the index is built. */
	ready = false;
	/** Why searching failed (the worker died), or null. */
	error: string | null = null;
	query = '';
	/** The cursor in the query line. */
	cursor = 0;
	/** The last answer received (perhaps for an older query while a newer one runs). */
	result: SearchResult | null = null;
	selected = 0;
	preview = false;
	walk: HistoryWalk = notWalking;
	/** Hits asked for the current query. */
	limit = PAGE_HITS;
	/** Where Esc on an empty line goes. */
	leaveTo: ViewId = 'library';
	/** Enter was pressed while the answer to the line was on its way: open its first hit. */
	openPending = false;
	/** Opens the selected hit in Read (set by the view while it is on screen). */
	opener: (() => void) | null = null;
	/** Set when this view opened Read, so coming back keeps `leaveTo`. */
	openedRead = false;
	/** Changes on every update (for useSyncExternalStore). */
	version = 0;
	private readonly listeners = new Set<() => void>();

	constructor(readonly library: Library) {}

	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	getVersion = (): number => this.version;

	private notify(): void {
		this.version++;
		for (const listener of this.listeners) listener();
	}

	/** Creates the searcher if there is none yet (the first time the view opens). */
	start(): void {
		if (this.searcher) return;
		const searcher = factory(this.library);
		this.searcher = searcher;
		searcher.ready.then(
			() => {
				this.ready = true;
				this.notify();
			},
			(error: unknown) => this.fail(error),
		);
		if (this.query.trim() !== '') this.run();
	}

	private fail(error: unknown): void {
		this.error = error instanceof Error ? error.message : String(error);
		this.notify();
	}

	/** True while the results shown do not answer the current query yet. */
	get searching(): boolean {
		if (this.query.trim() === '' || this.error) return false;
		return this.result?.query !== this.query;
	}

	/** The hits shown for the current query (the last answer's while a newer one runs). */
	get hits(): SearchResult['hits'] {
		return this.query.trim() === '' ? [] : (this.result?.hits ?? []);
	}

	/**
	 * Sets the line (the cursor at its end unless given); a query typed (not recalled) ends a walk
	 * through the history.
	 */
	setQuery(query: string, walk: HistoryWalk = notWalking, cursor = query.length): void {
		this.walk = walk;
		this.openPending = false;
		this.cursor = Math.max(0, Math.min(query.length, cursor));
		if (query === this.query) {
			this.notify();
			return;
		}
		this.query = query;
		this.limit = PAGE_HITS;
		if (query.trim() === '') {
			this.result = null;
			this.selected = 0;
		} else this.run();
		this.notify();
	}

	/** Searches the current query; the answer is dropped when a newer query was typed. */
	private run(): void {
		const {searcher, query, limit} = this;
		if (!searcher) return;
		searcher.search(query, {limit}).then(
			(result) => {
				if (!result || query !== this.query || limit !== this.limit) return;
				const same = this.result?.query === query;
				this.result = result;
				this.error = null;
				const last = Math.max(0, result.hits.length - 1);
				this.selected = same ? Math.min(this.selected, last) : 0;
				this.notify();
				if (this.openPending) {
					this.openPending = false;
					if (result.hits.length > 0) this.opener?.();
				}
			},
			(error: unknown) => this.fail(error),
		);
	}

	/** Moves the selection; near the end of the list, asks for more hits when there are more. */
	move(by: number, pageRows: number): void {
		const hits = this.hits;
		if (hits.length === 0) return;
		this.selected = Math.max(0, Math.min(hits.length - 1, this.selected + by));
		const result = this.result;
		if (
			result &&
			!this.searching &&
			this.selected >= hits.length - pageRows &&
			hits.length >= this.limit &&
			(result.total > hits.length || !result.exhaustive)
		) {
			this.limit += PAGE_HITS;
			this.run();
		}
		this.notify();
	}

	togglePreview(): void {
		this.preview = !this.preview;
		this.notify();
	}

	/** Called when the view opens: where Esc on an empty line will go. */
	visit(previous: ViewId | undefined): void {
		if (!this.openedRead && previous && previous !== 'search') this.leaveTo = previous;
		this.openedRead = false;
	}
}

const sessions = new WeakMap<Library, SearchSession>();

/** The search session of a library (created on first use; its searcher only by `start`). */
export function searchSession(library: Library): SearchSession {
	let session = sessions.get(library);
	if (!session) {
		session = new SearchSession(library);
		sessions.set(library, session);
	}
	return session;
}
