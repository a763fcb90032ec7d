/**
 * A library and its search index, from the index cache when it can (index-cache.ts): files whose
 * size, modification time and inode match the manifest of the index last seen for the same paths
 * are neither read nor parsed (their transcripts are metadata only: title and date, no remarks),
 * and when the library's content is the index's, the index is used as it is. Otherwise the
 * transcripts not read are taken from the parse cache (or read and parsed again), the index is
 * built and written for the next run.
 */
import {statSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {
	contentId,
	type IndexCache,
	type Manifest,
	type ManifestEntry,
	manifestOf,
} from './index-cache.js';
import {type Library, type LoadedTranscript, loadBytes, loadLibrary} from './library.js';
import type {Transcript} from './model.js';
import type {ParseCache} from './parse-cache.js';
import {buildIndex, type SearchIndex} from './search/build.js';
import {parseBytes} from './transcript.js';

/** Options of `loadIndexedLibrary`. */
export interface IndexedOptions {
	cache?: ParseCache | null;
	index?: IndexCache | null;
	onProgress?: (done: number, total: number) => void;
	/** Files larger than this are refused (see `loadLibrary`). */
	maxBytes?: number;
}

/** A transcript standing for one the index knows: its metadata without its remarks. */
function stub(entry: ManifestEntry): LoadedTranscript {
	const transcript: Transcript = {
		title: entry.title,
		date: entry.date,
		place: null,
		format: '',
		speakers: [],
		remarks: [],
	};
	return {key: entry.key, file: entry.file, name: entry.name, transcript, bytes: entry.size};
}

/**
 * Loads `paths` as `loadLibrary` does and gives the search index of the result. The library's
 * transcripts may be metadata only (see above) when the index came from the cache: use it for
 * search results, not for reading.
 */
export async function loadIndexedLibrary(
	paths: string[],
	opts: IndexedOptions = {},
): Promise<{library: Library; index: SearchIndex}> {
	// Standard input is read every time: nothing to keep for it.
	const cache = paths.includes('-') ? null : (opts.index ?? null);
	const previous = cache ? readPrevious(cache, paths) : null;
	const byFile = new Map<string, ManifestEntry>();
	for (const e of previous?.manifest.entries ?? []) byFile.set(e.file, e);
	const stubs = new Set<LoadedTranscript>();
	const known = async (file: string) => {
		const entry = byFile.get(file);
		if (!entry) return undefined;
		// In this thread: quicker than a round trip through libuv's pool for each of 10,000 files.
		let s: ReturnType<typeof statSync> | null = null;
		try {
			s = statSync(file);
		} catch {}
		if (!s || s.size !== entry.size || s.mtimeMs !== entry.mtime || s.ino !== entry.ino)
			return undefined;
		const t = stub(entry);
		stubs.add(t);
		return t;
	};
	const library = await loadLibrary(paths, {
		cache: opts.cache,
		maxBytes: opts.maxBytes,
		known: previous ? known : undefined,
		onProgress: opts.onProgress,
	});
	const keys = library.transcripts.map((t) => t.key);
	const id = contentId(keys);
	if (previous && previous.manifest.id === id) {
		const index = previous.index;
		index.files = library.transcripts.map((t) => t.file);
		if (!sameFiles(previous.manifest, library))
			cache!.write(index, manifestOf(library.transcripts), paths);
		return {library, index};
	}
	// Another content: the transcripts not read now are needed in full.
	if (stubs.size > 0) {
		library.transcripts = await Promise.all(
			library.transcripts.map((t) => (stubs.has(t) ? full(t, opts.cache ?? null) : t)),
		);
	}
	const index = buildIndex(library);
	cache?.write(index, manifestOf(library.transcripts), paths);
	return {library, index};
}

function readPrevious(cache: IndexCache, paths: string[]) {
	const id = cache.location(paths);
	return id ? cache.read(id) : null;
}

function sameFiles(manifest: Manifest, library: Library): boolean {
	return manifest.entries.every((e, i) => e.file === library.transcripts[i]?.file);
}

/**
 * The whole transcript of a library entry that may be a stub (metadata only): from the parse
 * cache, else read and parsed again. A whole transcript is returned as it is.
 */
export async function full(
	t: LoadedTranscript,
	cache: ParseCache | null,
): Promise<LoadedTranscript> {
	if (t.transcript.remarks.length > 0) return t;
	const cached = await cache?.get(t.key);
	if (cached) return {...t, transcript: cached};
	const bytes = await readFile(t.file);
	const loaded = loadBytes(bytes, t.file, (b) => parseBytes(b));
	cache?.put(loaded.key, loaded.transcript);
	return loaded;
}
