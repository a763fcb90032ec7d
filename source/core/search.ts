/**
 * Search across every transcript of a library: sentence records, a word index, ranking by words
 * matched (search/engine.ts) with fzf's extended-search operators, and highlight ranges. `searchSync` serves the CLI and tests;
 * `createSearcher` serves the UI: it searches in a worker thread (or, without the bundle, in
 * yielding chunks) and drops a query as soon as a newer one arrives.
 */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {contentId, type IndexCache, manifestOf, openIndexCache} from './index-cache.js';
import type {Library} from './library.js';
import {buildIndexSteps, type SearchIndex, transcriptOf} from './search/build.js';
import {runQuery} from './search/engine.js';
import {THRESHOLD} from './search/fuzzy.js';
import {highlight, type Range} from './search/highlight.js';
import {parseQuery, type Query} from './search/query.js';

export type {SearchIndex} from './search/build.js';
export {buildIndex} from './search/build.js';
export type {Range} from './search/highlight.js';
export {parseQuery} from './search/query.js';

/**
 * The Fuse.js options of a plain Fuse scan over the sentences (`new Fuse(sentences,
 * FUSE_OPTIONS)`): the benchmark's point of comparison.
 */
export const FUSE_OPTIONS = {
	useExtendedSearch: true,
	ignoreLocation: true,
	ignoreFieldNorm: true,
	threshold: THRESHOLD,
	includeScore: true,
	isCaseSensitive: false,
} as const;

/** Results shown when no limit is given. */
const DEFAULT_LIMIT = 50;

/** One sentence found. */
export interface SearchHit {
	/** Sentence number in the index. */
	sentence: number;
	/** Index into `library.transcripts`. */
	transcript: number;
	/** The transcript's key, file and title. */
	key: string;
	file: string;
	title: string | null;
	/** Remark (turn) index in the transcript, paragraph index in the remark. */
	remark: number;
	paragraph: number;
	/** Offset of the sentence in the remark's paragraphs joined with '\n'. */
	start: number;
	/** The speaker's name as this transcript gives it, or null for narration. */
	speaker: string | null;
	/** The speaker's role in this transcript ("President of Russia"), if any. */
	role?: string | null;
	/** The sentence. */
	text: string;
	/** Rank: 0 best, 1 worst (see search/engine.ts); hits are sorted by it. */
	score: number;
	/** The typed words this sentence lacks (a half-remembered quote), empty when it has all. */
	missing?: string[];
	/** Ranges of `text` to highlight, `[start, end)`. */
	matches: Range[];
}

/** The answer to one query. */
export interface SearchResult {
	query: string;
	/** Best first, at most `limit`. */
	hits: SearchHit[];
	/** Matches counted; a lower bound unless `exhaustive`. */
	total: number;
	exhaustive: boolean;
	/** `@name`s that name no speaker of the library, with the closest names to each. */
	unknownSpeakers?: Array<{name: string; closest: string[]}>;
}

/** Options of a search. */
export interface SearchOptions {
	/** Hits returned (default DEFAULT_LIMIT); 0 or Infinity for all. */
	limit?: number;
	/** Keep only this speaker (whole name words, fuzzy, like `@name` in the query). */
	speaker?: string;
}

function parse(query: string, options: SearchOptions): Query {
	const parsed = parseQuery(query);
	if (options.speaker) parsed.speakers.push(options.speaker);
	return parsed;
}

/** Runs a query, yielding now and then (the engine is resumable). */
export function* searchSteps(
	index: SearchIndex,
	query: string,
	options: SearchOptions = {},
): Generator<void, SearchResult> {
	const parsed = parse(query, options);
	const limit = options.limit ?? DEFAULT_LIMIT;
	const r = yield* runQuery(index, parsed, limit);
	const hits = r.hits.map(({s, score, missing, group}) => {
		const t = transcriptOf(index, s);
		const voice = index.speaker[s]! < 0 ? null : index.voices[index.speaker[s]!]!;
		const text = index.texts[s]!;
		return {
			sentence: s,
			transcript: t,
			key: index.keys[t]!,
			file: index.files[t]!,
			title: index.titles[t]!,
			remark: index.remark[s]!,
			paragraph: index.paragraph[s]!,
			start: index.start[s]!,
			speaker: voice?.name ?? null,
			role: voice?.role ?? null,
			text,
			score,
			missing,
			matches: highlight(parsed, text, group),
		};
	});
	return {
		query,
		hits,
		total: r.total,
		exhaustive: r.exhaustive,
		unknownSpeakers: r.unknownSpeakers,
	};
}

/** Runs a query to the end. */
export function searchSync(
	index: SearchIndex,
	query: string,
	options: SearchOptions = {},
): SearchResult {
	const steps = searchSteps(index, query, options);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** Searches a library off the input path. */
export interface Searcher {
	/** Resolves when the index is built. */
	ready: Promise<void>;
	/** The result, or null when a newer query superseded this one. */
	search(query: string, options?: SearchOptions): Promise<SearchResult | null>;
	/** Stops the worker, if any. */
	close(): void;
}

/** The bundled worker (dist/search-worker.js) beside this module or its chunk, if any. */
function workerFile(): string | null {
	if (!import.meta.url.endsWith('.js')) return null;
	for (const rel of ['./search-worker.js', '../search-worker.js']) {
		const file = fileURLToPath(new URL(rel, import.meta.url));
		if (existsSync(file)) return file;
	}
	return null;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The fallback searcher: in this thread, in chunks, yielding to the event loop between them. */
function inProcess(library: Library, cache: IndexCache | null): Searcher {
	let index: SearchIndex | null = null;
	let latest = 0;
	const ready = (async () => {
		index = cachedIndex(library, cache);
		if (index) return;
		const steps = buildIndexSteps(library);
		for (;;) {
			const next = steps.next();
			if (next.done) {
				index = next.value;
				cache?.write(index, manifestOf(library.transcripts));
				return;
			}
			await tick();
		}
	})();
	return {
		ready,
		async search(query, options = {}) {
			const id = ++latest;
			await ready;
			const steps = searchSteps(index!, query, options);
			for (;;) {
				if (id !== latest) return null;
				const next = steps.next();
				if (next.done) return next.value;
				await tick();
			}
		},
		close() {},
	};
}

/** The index of this library's content from the cache, with the library's file paths; or null. */
function cachedIndex(library: Library, cache: IndexCache | null): SearchIndex | null {
	const found = cache?.read(contentId(library.transcripts.map((t) => t.key)));
	if (!found) return null;
	found.index.files = library.transcripts.map((t) => t.file);
	return found.index;
}

/** What the search worker is given (search-worker.ts). */
export interface WorkerData {
	latest: SharedArrayBuffer;
	/** The library to index, or null when the worker should load the index file. */
	library: Library | null;
	/** The index cache's folder, or null. */
	indexDir: string | null;
	/** The content id of the library and its files (to load the index file without the library). */
	id: string;
	files: string[];
}

/**
 * Searching in a worker thread; `latest` (shared) tells the worker which query is current. When
 * the index cache holds this library's index, the worker loads it without being sent the
 * library (the worker answers "miss" if the file turns out unusable, and a worker given the
 * library replaces it).
 */
function inWorker(library: Library, file: string, cache: IndexCache | null): Searcher {
	const shared = new SharedArrayBuffer(4);
	const latest = new Int32Array(shared);
	const id = contentId(library.transcripts.map((t) => t.key));
	const files = library.transcripts.map((t) => t.file);
	const cached = cache !== null && existsSync(cache.fileOf(id));
	const pending = new Map<number, (r: SearchResult | null) => void>();
	let worker: Worker;
	const start = (withLibrary: boolean, resolve: () => void, reject: (e: unknown) => void) => {
		const data: WorkerData = {
			latest: shared,
			library: withLibrary ? library : null,
			indexDir: cache?.dir ?? null,
			id,
			files,
		};
		worker = new Worker(file, {workerData: data});
		worker.once('error', reject);
		worker.on(
			'message',
			(msg: {ready?: true; miss?: true; id?: number; result?: SearchResult | null}) => {
				if (msg.miss) {
					void worker.terminate();
					start(true, resolve, reject);
				} else if (msg.ready) resolve();
				else if (msg.id !== undefined) {
					pending.get(msg.id)?.(msg.result ?? null);
					pending.delete(msg.id);
				}
			},
		);
		// After the listeners: adding a 'message' listener refs the worker again, and a
		// referenced worker keeps the process alive after the app has quit.
		worker.unref();
	};
	let serial = 0;
	const ready = new Promise<void>((resolve, reject) => start(!cached, resolve, reject));
	return {
		ready,
		async search(query, options = {}) {
			const mine = ++serial;
			Atomics.store(latest, 0, mine);
			for (const [older, resolve] of pending) {
				resolve(null);
				pending.delete(older);
			}
			// Queries wait for the index (a worker that missed is replaced before it is ready).
			await ready.catch(() => {});
			if (Atomics.load(latest, 0) !== mine) return null;
			return new Promise((resolve) => {
				pending.set(mine, resolve);
				worker.postMessage({id: mine, query, options});
			});
		},
		close() {
			for (const [older, resolve] of pending) {
				resolve(null);
				pending.delete(older);
			}
			worker.removeAllListeners('message');
			void worker.terminate();
		},
	};
}

/**
 * A searcher for the UI: in a worker thread when the bundled worker exists (or `workerFile` names
 * one; `inWorker: false` forces the in-thread fallback), else in this thread in yielding chunks.
 */
export function createSearcher(
	library: Library,
	options: {inWorker?: boolean; workerFile?: string; indexDir?: string | null} = {},
): Searcher {
	const file = options.inWorker === false ? null : (options.workerFile ?? workerFile());
	const cache = openIndexCache(options.indexDir ?? null);
	return file ? inWorker(library, file, cache) : inProcess(library, cache);
}
