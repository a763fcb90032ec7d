/**
 * Search across every transcript of a library: sentence records, a word index, ranking by words
 * matched (search/engine.ts) with fzf's extended-search operators, and highlight ranges. `searchSync` serves the CLI and tests;
 * `createSearcher` serves the UI: it searches in a worker thread (or, without the bundle, in
 * yielding chunks) and drops a query as soon as a newer one arrives.
 */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {openIndexCache} from './index-cache.js';
import {libraryIndex} from './indexed-library.js';
import type {Library} from './library.js';
import {openParseCache} from './parse-cache.js';
import {runSteps, type SearchIndex, transcriptOf} from './search/build.js';
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
		// (No voice for narration, -1, nor for a number out of range in a damaged index file.)
		const voice = index.voices[index.speaker[s]!] ?? null;
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
	return runSteps(searchSteps(index, query, options));
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

/** Where the parse cache is (its root and version), for a searcher to read whole transcripts. */
export interface ParseCacheLocation {
	root: string;
	version: string;
}

/** The index of a library: kept in the index cache, updated or built (indexed-library.ts). */
function indexOf(
	library: Library,
	indexDir: string | null,
	parse: ParseCacheLocation | null,
): Promise<SearchIndex> {
	// The parse cache first: opening it removes other versions (the index cache lives in its own).
	const cache = parse ? openParseCache(parse.root, parse.version) : null;
	return libraryIndex(library, {cache, index: openIndexCache(indexDir)});
}

/** The fallback searcher: in this thread, searching in chunks, yielding between them. */
function inProcess(
	library: Library,
	indexDir: string | null,
	parse: ParseCacheLocation | null,
): Searcher {
	let index: SearchIndex | null = null;
	let latest = 0;
	const ready = indexOf(library, indexDir, parse).then((built) => {
		index = built;
	});
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

/** What the search worker is given (search-worker.ts). */
export interface WorkerData {
	latest: SharedArrayBuffer;
	/** The library to index (its transcripts may be outlines: their text is read by the worker). */
	library: Library;
	/** The index cache's folder, or null. */
	indexDir: string | null;
	parse: ParseCacheLocation | null;
}

/**
 * Searching in a worker thread; `latest` (shared) tells the worker which query is current. The
 * worker loads the library's index from the index cache, or updates or builds it there, reading
 * the transcripts it needs whole from the parse cache (or their files).
 */
function inWorker(
	library: Library,
	file: string,
	indexDir: string | null,
	parse: ParseCacheLocation | null,
): Searcher {
	const shared = new SharedArrayBuffer(4);
	const latest = new Int32Array(shared);
	const pending = new Map<number, (r: SearchResult | null) => void>();
	let worker: Worker;
	const ready = new Promise<void>((resolve, reject) => {
		const data: WorkerData = {latest: shared, library, indexDir, parse};
		worker = new Worker(file, {workerData: data});
		worker.once('error', reject);
		worker.on(
			'message',
			(msg: {ready?: true; failed?: string; id?: number; result?: SearchResult | null}) => {
				if (msg.failed !== undefined) reject(new Error(msg.failed));
				else if (msg.ready) resolve();
				else if (msg.id !== undefined) {
					pending.get(msg.id)?.(msg.result ?? null);
					pending.delete(msg.id);
				}
			},
		);
		// After the listeners: adding a 'message' listener refs the worker again, and a
		// referenced worker keeps the process alive after the app has quit.
		worker.unref();
	});
	let serial = 0;
	return {
		ready,
		async search(query, options = {}) {
			const mine = ++serial;
			Atomics.store(latest, 0, mine);
			for (const [older, resolve] of pending) {
				resolve(null);
				pending.delete(older);
			}
			// Queries wait for the index.
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
 * Its index is kept in `indexDir`; the transcripts that are outlines are read whole from the
 * parse cache at `parse` (else from their files) when the index must be built.
 */
export function createSearcher(
	library: Library,
	options: {
		inWorker?: boolean;
		workerFile?: string;
		indexDir?: string | null;
		parse?: ParseCacheLocation | null;
	} = {},
): Searcher {
	const file = options.inWorker === false ? null : (options.workerFile ?? workerFile());
	const indexDir = options.indexDir ?? null;
	const parse = options.parse ?? null;
	return file ? inWorker(library, file, indexDir, parse) : inProcess(library, indexDir, parse);
}
