/**
 * A library and its search index through the index cache (index-cache.ts).
 *
 * `openLibrary`: files whose size, modification time and inode match the manifest last seen for
 * the same paths are neither read nor parsed: their entries are outlines (metadata, speakers and
 * turn counts, no remarks) from the manifest. Files read (new or changed) are parsed (or taken
 * from the parse cache); with `outlines`, only their outline is kept too. The manifest of the
 * result is written for the next run.
 *
 * `libraryIndex`: the index of a library's content from the cache; else, when the manifest names
 * an earlier content whose index is kept, that index updated: only the transcripts it lacks are
 * indexed, and merged with it (index-merge.ts); else built from the whole transcripts (read from
 * the parse cache, or read and parsed again). Written for the next run.
 *
 * `wholeTranscript`: the text of an outline entry, when it is opened.
 *
 * With `lean` (`verbatim search`), a library whose files are all as the manifest last saw them is
 * listed from the manifest's stamps alone: its entries say where each transcript is, its key and
 * date, and nothing of its metadata or outline (search results take titles from the index); the
 * manifest is not read. Anything else takes the path above.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {
	contentId,
	fileStamp,
	type IndexCache,
	type Manifest,
	type ManifestEntry,
	manifestEntry,
	type Stamps,
} from './index-cache.js';
import {type Library, type LoadedTranscript, loadBytes, loadLibrary} from './library.js';
import {entryOfOutline, isWhole, outlineEntry, outlineOf} from './outline.js';
import type {ParseCache} from './parse-cache.js';
import {sanitize} from './sanitize.js';
import type {SearchIndex} from './search/build.js';
import {decodeIndex} from './search/index-file.js';

/** Options of `openLibrary` and `loadIndexedLibrary`. */
export interface IndexedOptions {
	cache?: ParseCache | null;
	index?: IndexCache | null;
	onProgress?: (done: number, total: number) => void;
	/** Files larger than this are refused (see `loadLibrary`). */
	maxBytes?: number;
	/** Keep only the outline of every transcript read (its text stays in the parse cache). */
	outlines?: boolean;
	/** See `LibraryIndexOptions` (for `loadIndexedLibrary`). */
	onBuild?: (transcripts: number) => void;
	/** Entries may lack their metadata when nothing changed (see above). */
	lean?: boolean;
}

/** An entry standing for one the manifest knows: its metadata and outline, no remarks. */
function fromManifest(entry: ManifestEntry): LoadedTranscript {
	const {key, file, name, size} = entry;
	return entryOfOutline({key, file, name, bytes: size}, entry, entry.outline);
}

/**
 * Loads `paths` as `loadLibrary` does, through the manifest of the index cache (see above): the
 * transcripts may be outlines, whose text `wholeTranscript` reads.
 */
export async function openLibrary(paths: string[], opts: IndexedOptions = {}): Promise<Library> {
	// Standard input is read every time, and in full: there is nothing to read it again from.
	const stdin = paths.includes('-');
	const cache = stdin ? null : (opts.index ?? null);
	const lastId = cache?.location(paths) ?? null;
	const stamps = opts.lean && lastId ? cache!.stamps(lastId) : null;
	const lean = stamps ? await leanLibrary(paths, stamps, opts) : null;
	if (lean) return lean;
	const previous = lastId ? cache!.manifest(lastId) : null;
	const byFile = new Map<string, ManifestEntry>();
	for (const e of previous?.entries ?? []) byFile.set(e.file, e);
	const stamped = new Map<LoadedTranscript, ManifestEntry>();
	const known = (file: string) => {
		const entry = byFile.get(file);
		if (!entry || changed(file, entry.size, entry.mtime, entry.ino)) return undefined;
		const t = fromManifest(entry);
		stamped.set(t, entry);
		return t;
	};
	const library = await loadLibrary(paths, {
		cache: opts.cache,
		maxBytes: opts.maxBytes,
		known: previous ? known : undefined,
		keep: opts.outlines && !stdin ? outlineEntry : undefined,
		onProgress: opts.onProgress,
	});
	if (!cache) return library;
	// Every transcript as the manifest has it, in its order: its keys are the manifest's, and so
	// is the content id (not hashed again: a start that hashes nothing does not load node:crypto).
	const listed =
		previous !== null &&
		library.transcripts.length === previous.entries.length &&
		library.transcripts.every((t, i) => stamped.has(t) && previous.entries[i]!.file === t.file);
	const id = listed ? previous.id : contentId(library.transcripts.map((t) => t.key));
	knownIds.set(library.transcripts, id);
	const unused = (library.unused ?? []).map((file) => ({file, ...fileStamp(file)}));
	// Kept as it is when every transcript came from it in its order, and the other files are
	// as it says (a file read again, even to the same content, has a new stamp to keep).
	const same = listed && JSON.stringify(previous.unused ?? []) === JSON.stringify(unused);
	if (!same) {
		const entries = library.transcripts.map(
			(t) =>
				stamped.get(t) ?? manifestEntry(t, fileStamp(t.file), t.outline ?? outlineOf(t.transcript)),
		);
		// The index this content's may be updated from: the last one seen, if it was written.
		let from = previous?.from ?? null;
		if (previous && previous.id !== id && existsSync(cache.fileOf(previous.id))) from = previous.id;
		if (from === id) from = null;
		cache.writeManifest({id, from, entries, unused} satisfies Manifest, paths);
	}
	return library;
}

/**
 * Whether a file is not (or no longer) the one stamped: its size, modification time or inode
 * differ, or it is gone. (Stat-ed in this thread: quicker than a round trip through libuv's pool
 * for each of 10,000 files.)
 */
function changed(file: string, size: number, mtime: number, ino: number): boolean {
	try {
		const s = statSync(file, {throwIfNoEntry: false});
		return !s || s.size !== size || s.mtimeMs !== mtime || s.ino !== ino;
	} catch {
		return true;
	}
}

/** A file that is not as the stamps say (the lean listing gives way to the whole one). */
class Stale extends Error {}

/**
 * The library from the manifest's stamps, when every file is as they say and no other file has
 * come (else null): entries with where each transcript is, its key and date (for the order), and
 * no metadata.
 */
async function leanLibrary(
	paths: string[],
	stamps: Stamps,
	opts: IndexedOptions,
): Promise<Library | null> {
	const at = new Map<string, number>();
	for (let i = 0; i < stamps.file.length; i++) at.set(stamps.file[i]!, i);
	const other = new Map<string, number>();
	for (let i = 0; i < stamps.unused.file.length; i++) other.set(stamps.unused.file[i]!, i);
	const stale = (file: string, s: Pick<Stamps, 'size' | 'mtime' | 'ino'>, i: number) =>
		changed(file, s.size[i]!, s.mtime[i]!, s.ino[i]!);
	const known = (file: string): LoadedTranscript | null => {
		const i = at.get(file);
		if (i === undefined) {
			// A file that gave no transcript (unreadable as one, or a copy), as it was: passed over.
			const j = other.get(file);
			if (j === undefined || stale(file, stamps.unused, j)) throw new Stale();
			return null;
		}
		if (stale(file, stamps, i)) throw new Stale();
		const meta = {title: null, date: stamps.date[i]!, place: null, format: '', speakers: []};
		const where = {
			key: stamps.key[i]!,
			file,
			name: sanitize(basename(file)),
			bytes: stamps.size[i]!,
		};
		return entryOfOutline(where, meta, {remarks: 0, turns: []});
	};
	try {
		const library = await loadLibrary(paths, {maxBytes: opts.maxBytes, known});
		const keys = library.transcripts.map((t) => t.key);
		// The stamps' keys in their order: the stamps' content id.
		if (keys.length !== stamps.key.length || keys.some((k, i) => k !== stamps.key[i])) return null;
		knownIds.set(library.transcripts, stamps.id);
		return library;
	} catch (error) {
		if (error instanceof Stale) return null;
		throw error;
	}
}

/**
 * The content ids of the transcript lists `openLibrary` gave out, by identity: known from the
 * manifest or the stamps, or hashed once there (hashing loads node:crypto, ~5 ms of a search).
 */
const knownIds = new WeakMap<readonly LoadedTranscript[], string>();

/** The content id of a list of transcripts. */
function idOf(list: readonly LoadedTranscript[]): string {
	return knownIds.get(list) ?? contentId(list.map((t) => t.key));
}

/** Options of `libraryIndex`. */
export interface LibraryIndexOptions {
	cache?: ParseCache | null;
	index?: IndexCache | null;
	/** Told when the index is not kept and must be built or updated: how many transcripts. */
	onBuild?: (transcripts: number) => void;
}

/** The index of a library (whose transcripts may be outlines): kept, updated or built (see above). */
export async function libraryIndex(
	library: Library,
	opts: LibraryIndexOptions = {},
): Promise<SearchIndex> {
	const store = opts.index ?? null;
	const cache = opts.cache ?? null;
	const id = idOf(library.transcripts);
	const kept = store?.read(id);
	if (kept) {
		kept.files = library.transcripts.map((t) => t.file);
		return kept;
	}
	opts.onBuild?.(library.transcripts.length);
	let index: SearchIndex | null = null;
	const lost = {count: 0};
	const from = store?.manifest(id)?.from;
	const base = store && from ? readWhole(store.fileOf(from)) : null;
	if (base) {
		const have = new Set(base.keys);
		const missing = library.transcripts.filter((t) => !have.has(t.key));
		const part = await build({
			transcripts: await wholeTranscripts(missing, cache, lost),
			skipped: 0,
			errors: [],
		});
		const {mergeIndexes} = await import('./index-merge.js');
		index = mergeIndexes(library, [base, part]);
	}
	index ??= await build({
		...library,
		transcripts: await wholeTranscripts(library.transcripts, cache, lost),
	});
	if (lost.count === 0) store?.write(id, index);
	return index;
}

/** Builds an index, giving way to other work now and then (a search typed meanwhile). */
async function build(library: Library): Promise<SearchIndex> {
	// (Loaded only to build: a library whose index is kept never loads the builder.)
	const {buildIndexSteps} = await import('./search/build.js');
	const steps = buildIndexSteps(library);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		await new Promise<void>((resolve) => setImmediate(resolve));
	}
}

/**
 * An index file read into memory at once (a merge reads every sentence: one read, not one per
 * sentence), or null.
 */
function readWhole(file: string): SearchIndex | null {
	try {
		const decoded = decodeIndex(readFileSync(file));
		return decoded?.index ?? null;
	} catch {
		return null;
	}
}

/** `loadLibrary` through the index cache, and the library's search index (the CLI's search). */
export async function loadIndexedLibrary(
	paths: string[],
	opts: IndexedOptions = {},
): Promise<{library: Library; index: SearchIndex}> {
	const library = await openLibrary(paths, opts);
	const index = await libraryIndex(library, {
		cache: opts.cache,
		index: paths.includes('-') ? null : opts.index,
		onBuild: opts.onBuild,
	});
	return {library, index};
}

/**
 * The whole transcript of a library entry that may be an outline: from the parse cache, else read
 * and parsed again. A whole entry is returned as it is. Rejects when the file cannot be read.
 */
export async function wholeTranscript(
	t: LoadedTranscript,
	cache: ParseCache | null,
): Promise<LoadedTranscript> {
	if (isWhole(t)) return t;
	const {outline: _, ...entry} = t;
	const cached = await cache?.get(t.key);
	if (cached) return {...entry, transcript: cached};
	const bytes = await readFile(t.file);
	// (The parser is loaded only here: a library whose texts are all cached never loads it.)
	const {parseBytes} = await import('./transcript.js');
	const loaded = loadBytes(bytes, t.file, (b) => parseBytes(b));
	cache?.put(loaded.key, loaded.transcript);
	// A file changed since it was listed: its text now, under the entry's name and key.
	return {...entry, transcript: loaded.transcript};
}

/**
 * Every entry whole (a few files read at once), for an index. One whose text cannot be read any
 * more (its file gone, and not in the parse cache) stays an outline, without sentences: `lost`
 * counts them (an index missing them is not kept).
 */
async function wholeTranscripts(
	list: readonly LoadedTranscript[],
	cache: ParseCache | null,
	lost: {count: number},
): Promise<LoadedTranscript[]> {
	const out = new Array<LoadedTranscript>(list.length);
	let next = 0;
	const worker = async () => {
		while (next < list.length) {
			const i = next++;
			out[i] = await wholeTranscript(list[i]!, cache).catch(() => {
				lost.count++;
				return list[i]!;
			});
		}
	};
	await Promise.all(Array.from({length: Math.min(16, list.length)}, worker));
	return out;
}
