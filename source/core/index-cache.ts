/**
 * Search indexes kept on disk between runs (search/index-file.ts), one file per library content:
 * `<content id>.vbix`, the id a hash of the library's transcript keys in order. Beside the index,
 * each file keeps the library's manifest (per transcript: file, size, modification time, key,
 * title, date), so that a folder opened again whose files have not changed (same size, time and
 * inode) needs neither reading nor parsing: `location-<hash of the paths>` names the content id
 * last seen for those paths. The cache lives in the parse cache's version folder, so a new engine
 * never reads an old index. A file that cannot be read or decoded is a miss; a failed write is
 * forgotten; the least recently written files beyond `KEEP` are removed.
 */
import {createHash} from 'node:crypto';
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {join, resolve} from 'node:path';
import type {LoadedTranscript} from './library.js';
import type {SearchIndex} from './search/build.js';
import {readIndexFile, writeIndexFile} from './search/index-file.js';

/** Index files kept (the most recently written). */
const KEEP = 8;

/** One transcript of the library as the index file remembers it. */
export interface ManifestEntry {
	file: string;
	name: string;
	key: string;
	/** Size in bytes, modification time (ms) and inode of the file when it was read. */
	size: number;
	mtime: number;
	ino: number;
	title: string | null;
	date: string | null;
}

/** What an index file keeps beside the index. */
export interface Manifest {
	/** The content id (see `contentId`). */
	id: string;
	entries: ManifestEntry[];
}

/** The id of a library's content: its transcript keys, in order. */
export function contentId(keys: readonly string[]): string {
	return createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 24);
}

/** The id of a list of paths as given (resolved). */
function locationId(paths: readonly string[]): string {
	const resolved = paths.map((p) => (p === '-' ? '-' : resolve(p)));
	return createHash('sha256').update(resolved.join('\0')).digest('hex').slice(0, 24);
}

/** Index files by library content. */
export interface IndexCache {
	/** The folder of the files. */
	dir: string;
	/** The file an index of this content id is (or would be) in. */
	fileOf(id: string): string;
	/** The index and manifest of this content id, or null. */
	read(id: string): {index: SearchIndex; manifest: Manifest} | null;
	/** The content id last seen for these paths, or null. */
	location(paths: readonly string[]): string | null;
	/** Keeps an index (and, when `paths` are given, remembers its id for them). Never throws. */
	write(index: SearchIndex, manifest: Manifest, paths?: readonly string[]): void;
}

const ID = /^[0-9a-f]{8,64}$/;

/** An index cache in `dir` (made when missing); null when `dir` is null or cannot be made. */
export function openIndexCache(dir: string | null): IndexCache | null {
	if (!dir) return null;
	try {
		mkdirSync(dir, {recursive: true});
	} catch {
		return null;
	}
	const fileOf = (id: string) => join(dir, `${id}.vbix`);
	return {
		dir,
		fileOf,
		read(id) {
			if (!ID.test(id)) return null;
			try {
				const decoded = readIndexFile(fileOf(id));
				if (!decoded || !isManifest(decoded.extra) || decoded.extra.id !== id) return null;
				return {index: decoded.index, manifest: decoded.extra};
			} catch {
				return null;
			}
		},
		location(paths) {
			try {
				const id = readFileSync(join(dir, `location-${locationId(paths)}`), 'utf8').trim();
				return ID.test(id) ? id : null;
			} catch {
				return null;
			}
		},
		write(index, manifest, paths) {
			if (!ID.test(manifest.id)) return;
			try {
				const file = fileOf(manifest.id);
				const temp = `${file}.${process.pid}.tmp`;
				try {
					writeIndexFile(temp, index, manifest);
					renameSync(temp, file);
				} catch (error) {
					rmSync(temp, {force: true});
					throw error;
				}
				if (paths) writeAtomic(join(dir, `location-${locationId(paths)}`), manifest.id);
				prune(dir);
			} catch {}
		},
	};
}

function writeAtomic(file: string, data: string): void {
	const temp = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temp, data);
		renameSync(temp, file);
	} catch (error) {
		rmSync(temp, {force: true});
		throw error;
	}
}

/** Removes the oldest index files beyond KEEP (and location files pointing nowhere). */
function prune(dir: string): void {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.vbix'))
		.map((f) => ({f, t: statSync(join(dir, f)).mtimeMs}))
		.sort((a, b) => b.t - a.t);
	for (const {f} of files.slice(KEEP)) rmSync(join(dir, f), {force: true});
}

function isManifest(x: unknown): x is Manifest {
	if (typeof x !== 'object' || x === null) return false;
	const m = x as Manifest;
	return (
		typeof m.id === 'string' &&
		Array.isArray(m.entries) &&
		m.entries.every(
			(e) =>
				typeof e === 'object' &&
				e !== null &&
				typeof e.file === 'string' &&
				typeof e.name === 'string' &&
				typeof e.key === 'string' &&
				typeof e.size === 'number' &&
				typeof e.mtime === 'number' &&
				typeof e.ino === 'number',
		)
	);
}

/** The manifest of a loaded library (files stat-ed now; stdin has no entry of its own). */
export function manifestOf(transcripts: readonly LoadedTranscript[]): Manifest {
	const entries: ManifestEntry[] = transcripts.map((t) => {
		let size = -1;
		let mtime = -1;
		let ino = -1;
		if (t.file !== '-') {
			try {
				const s = statSync(t.file);
				size = s.size;
				mtime = s.mtimeMs;
				ino = s.ino;
			} catch {}
		}
		return {
			file: t.file,
			name: t.name,
			key: t.key,
			size,
			mtime,
			ino,
			title: t.transcript.title,
			date: t.transcript.date,
		};
	});
	return {id: contentId(transcripts.map((t) => t.key)), entries};
}
