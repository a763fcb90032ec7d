/**
 * What is kept on disk about a library between runs, by library content (the content id: a hash
 * of the transcript keys in order), in the parse cache's version folder (so a new parser or
 * engine never reads an old one):
 * - `<id>.json`, the manifest: per transcript its file, size, modification time and inode when it
 *   was read, its key and its metadata and outline (title, date, place, speakers, turns). A folder
 *   opened again whose files have not changed (same size, time and inode) needs neither reading
 *   nor parsing, and the Library draws from it.
 * - `<id>.vbix`, the search index (search/index-file.ts). The manifest names the content whose
 *   index it may be updated from (`from`) when its own is not written yet.
 * - `<id>.stamps`, the manifest's stamps alone (file, size, time, inode, key and date of each
 *   transcript): enough to tell that nothing changed, and to list the library without its
 *   metadata (`verbatim search` takes titles from the index), for a fraction of the manifest.
 * - `location-<hash of the paths>`: the content id last seen for those paths.
 * A file that cannot be read or decoded is a miss; a failed write is forgotten; the least
 * recently written contents beyond `KEEP` are removed.
 */
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
import {quickHash, sha256Hex} from './hash.js';
import type {LoadedTranscript, Outline} from './library.js';
import type {Speaker} from './model.js';
import {hasControl} from './parse-cache.js';
import type {SearchIndex} from './search/build.js';
import {readIndexFile, writeIndexFile} from './search/index-file.js';

/** Contents kept (the most recently written). */
const KEEP = 8;

/** One transcript of the library as the manifest remembers it. */
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
	place: string | null;
	format: string;
	speakers: Speaker[];
	outline: Outline;
}

/** The stat fields of a file as the manifest keeps them. */
export interface FileStamp {
	size: number;
	mtime: number;
	ino: number;
}

/** What the manifest of a library content holds. */
export interface Manifest {
	/** The content id (see `contentId`). */
	id: string;
	/** The content whose index this one's may be updated from (the one seen before), or null. */
	from: string | null;
	entries: ManifestEntry[];
	/** The files found that gave no transcript of their own (`Library.unused`), as they were. */
	unused?: Array<FileStamp & {file: string}>;
}

/** The manifest's stamps of each transcript, in its order, as lists (see above). */
export interface Stamps {
	id: string;
	file: string[];
	size: number[];
	mtime: number[];
	ino: number[];
	key: string[];
	date: Array<string | null>;
	/** The manifest's `unused` files, likewise. */
	unused: {file: string[]; size: number[]; mtime: number[]; ino: number[]};
}

function stampsOf(manifest: Manifest): Stamps {
	const e = manifest.entries;
	const u = manifest.unused ?? [];
	return {
		id: manifest.id,
		file: e.map((x) => x.file),
		size: e.map((x) => x.size),
		mtime: e.map((x) => x.mtime),
		ino: e.map((x) => x.ino),
		key: e.map((x) => x.key),
		date: e.map((x) => x.date),
		unused: {
			file: u.map((x) => x.file),
			size: u.map((x) => x.size),
			mtime: u.map((x) => x.mtime),
			ino: u.map((x) => x.ino),
		},
	};
}

const isText = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number';

/** Lists of the same length, each item passing its test. */
function columns(record: object, tests: Record<string, (v: unknown) => boolean>): boolean {
	const r = record as Record<string, unknown>;
	const n = Array.isArray(r.file) ? r.file.length : -1;
	return Object.entries(tests).every(
		([name, ok]) => Array.isArray(r[name]) && r[name].length === n && r[name].every(ok),
	);
}

function isStamps(x: unknown): x is Stamps {
	if (typeof x !== 'object' || x === null) return false;
	const s = x as Stamps;
	const stamp = {file: isText, size: isNumber, mtime: isNumber, ino: isNumber};
	return (
		typeof s.id === 'string' &&
		columns(s, {...stamp, key: isText, date: isTextOrNull}) &&
		typeof s.unused === 'object' &&
		s.unused !== null &&
		columns(s.unused, stamp)
	);
}

/** The id of a library's content: its transcript keys, in order. */
export function contentId(keys: readonly string[]): string {
	return sha256Hex(keys.join('\n')).slice(0, 24);
}

/** The paths as given, resolved, in one string. */
function locationKey(paths: readonly string[]): string {
	return paths.map((p) => (p === '-' ? '-' : resolve(p))).join('\0');
}

/** The id of a list of paths as given (resolved). */
function locationId(paths: readonly string[]): string {
	return quickHash(locationKey(paths));
}

/**
 * The id that named a list of paths' file before (24 hex digits of SHA-256): read when the new
 * name is missing, so that a library kept by an earlier version is not listed again.
 */
function legacyLocationId(paths: readonly string[]): string {
	return sha256Hex(locationKey(paths)).slice(0, 24);
}

/** Manifests and index files by library content. */
export interface IndexCache {
	/** The folder of the files. */
	dir: string;
	/** The file an index of this content id is (or would be) in. */
	fileOf(id: string): string;
	/** The index of this content id, or null. */
	read(id: string): SearchIndex | null;
	/** Keeps the index of a content id. Never throws. */
	write(id: string, index: SearchIndex): void;
	/** The manifest of this content id, or null. */
	manifest(id: string): Manifest | null;
	/** The stamps of the manifest of this content id, or null. */
	stamps(id: string): Stamps | null;
	/** Keeps a manifest (and, when `paths` are given, remembers its id for them). Never throws. */
	writeManifest(manifest: Manifest, paths?: readonly string[]): void;
	/** The content id last seen for these paths, or null. */
	location(paths: readonly string[]): string | null;
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
	const manifestFile = (id: string) => join(dir, `${id}.json`);
	const stampsFile = (id: string) => join(dir, `${id}.stamps`);
	return {
		dir,
		fileOf,
		read(id) {
			if (!ID.test(id)) return null;
			try {
				const decoded = readIndexFile(fileOf(id));
				if (!decoded || (decoded.extra as {id?: unknown} | null)?.id !== id) return null;
				return decoded.index;
			} catch {
				return null;
			}
		},
		write(id, index) {
			if (!ID.test(id)) return;
			try {
				const file = fileOf(id);
				const temp = `${file}.${process.pid}.tmp`;
				try {
					writeIndexFile(temp, index, {id});
					renameSync(temp, file);
				} catch (error) {
					rmSync(temp, {force: true});
					throw error;
				}
				prune(dir);
			} catch {}
		},
		manifest(id) {
			if (!ID.test(id)) return null;
			try {
				const text = readFileSync(manifestFile(id), 'utf8');
				// Titles and names go to the terminal: a file holding control characters was not
				// written here (see parse-cache.ts).
				if (hasControl(text)) return null;
				const value = unpack(JSON.parse(text));
				return value && isManifest(value) && value.id === id ? value : null;
			} catch {
				return null;
			}
		},
		stamps(id) {
			if (!ID.test(id)) return null;
			try {
				const text = readFileSync(stampsFile(id), 'utf8');
				// (Names go to the terminal: see `manifest`.)
				if (hasControl(text)) return null;
				const value: unknown = JSON.parse(text);
				return isStamps(value) && value.id === id ? value : null;
			} catch {
				return null;
			}
		},
		writeManifest(manifest, paths) {
			if (!ID.test(manifest.id)) return;
			try {
				writeAtomic(stampsFile(manifest.id), JSON.stringify(stampsOf(manifest)));
				writeAtomic(manifestFile(manifest.id), JSON.stringify(pack(manifest)));
				if (paths) writeAtomic(join(dir, `location-${locationId(paths)}`), manifest.id);
				prune(dir);
			} catch {}
		},
		location(paths) {
			const file = join(dir, `location-${locationId(paths)}`);
			try {
				const id = readFileSync(file, 'utf8').trim();
				return ID.test(id) ? id : null;
			} catch {}
			try {
				const id = readFileSync(join(dir, `location-${legacyLocationId(paths)}`), 'utf8').trim();
				if (!ID.test(id)) return null;
				// Kept under the new name from now on (if the cache can be written).
				try {
					writeAtomic(file, id);
				} catch {}
				return id;
			} catch {
				return null;
			}
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

/** Removes the contents (manifest and index) beyond the KEEP most recently written. */
function prune(dir: string): void {
	const latest = new Map<string, number>();
	for (const f of readdirSync(dir)) {
		const m = /^([0-9a-f]+)\.(vbix|json|stamps)$/.exec(f);
		if (!m) continue;
		const t = statSync(join(dir, f)).mtimeMs;
		latest.set(m[1]!, Math.max(latest.get(m[1]!) ?? 0, t));
	}
	const old = [...latest].sort((a, b) => b[1] - a[1]).slice(KEEP);
	for (const [id] of old)
		for (const ext of ['vbix', 'json', 'stamps']) rmSync(join(dir, `${id}.${ext}`), {force: true});
}

/**
 * The manifest as written: each distinct speaker once, in a table (a person speaks in many
 * transcripts), and entries naming them by index.
 */
interface Packed extends Omit<Manifest, 'entries'> {
	speakers: Speaker[];
	entries: Array<Omit<ManifestEntry, 'speakers'> & {speakers: number[]}>;
}

function pack(manifest: Manifest): Packed {
	const ids = new Map<string, number>();
	const speakers: Speaker[] = [];
	const entries = manifest.entries.map((e) => ({
		...e,
		speakers: e.speakers.map((s) => {
			const key = JSON.stringify(s);
			let i = ids.get(key);
			if (i === undefined) {
				i = speakers.length;
				ids.set(key, i);
				speakers.push(s);
			}
			return i;
		}),
	}));
	return {...manifest, speakers, entries};
}

function unpack(value: unknown): Manifest | null {
	if (typeof value !== 'object' || value === null) return null;
	const {speakers, entries} = value as Packed;
	if (!Array.isArray(speakers) || !speakers.every(isSpeaker) || !Array.isArray(entries))
		return null;
	// Each entry's speakers, from the table (checked once), in place of their numbers.
	for (const e of entries) {
		if (typeof e !== 'object' || e === null || !Array.isArray(e.speakers)) return null;
		const list = e.speakers as unknown as Speaker[];
		for (let k = 0; k < list.length; k++) {
			const i = e.speakers[k]!;
			const found = Number.isInteger(i) ? speakers[i] : undefined;
			if (!found) return null;
			list[k] = found;
		}
	}
	const {speakers: _, ...rest} = value as Packed;
	return {...rest, entries: entries as unknown as ManifestEntry[]};
}

const isSpeaker = (s: unknown): s is Speaker => {
	if (typeof s !== 'object' || s === null) return false;
	const x = s as Speaker;
	return (
		typeof x.id === 'string' &&
		typeof x.name === 'string' &&
		(x.role === null || typeof x.role === 'string') &&
		Array.isArray(x.labels) &&
		x.labels.every((l) => typeof l === 'string') &&
		typeof x.anonymous === 'boolean'
	);
};

const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isTextOrNull = (x: unknown) => x === null || typeof x === 'string';

function isEntry(e: unknown): e is ManifestEntry {
	if (typeof e !== 'object' || e === null) return false;
	const x = e as ManifestEntry;
	return (
		typeof x.file === 'string' &&
		typeof x.name === 'string' &&
		typeof x.key === 'string' &&
		typeof x.size === 'number' &&
		typeof x.mtime === 'number' &&
		typeof x.ino === 'number' &&
		isTextOrNull(x.title) &&
		isTextOrNull(x.date) &&
		isTextOrNull(x.place) &&
		typeof x.format === 'string' &&
		// (Its speakers come from the manifest's table, each checked once: see `unpack`.)
		Array.isArray(x.speakers) &&
		typeof x.outline === 'object' &&
		x.outline !== null &&
		isCount(x.outline.remarks) &&
		Array.isArray(x.outline.turns) &&
		x.outline.turns.length === x.speakers.length &&
		x.outline.turns.every(isCount)
	);
}

function isManifest(x: unknown): x is Manifest {
	if (typeof x !== 'object' || x === null) return false;
	const m = x as Manifest;
	const isUnused = (u: unknown) => {
		const f = u as FileStamp & {file: unknown};
		return typeof u === 'object' && u !== null && isText(f.file) && isNumber(f.size);
	};
	return (
		typeof m.id === 'string' &&
		(m.from === null || (typeof m.from === 'string' && ID.test(m.from))) &&
		Array.isArray(m.entries) &&
		m.entries.every(isEntry) &&
		(m.unused === undefined || (Array.isArray(m.unused) && m.unused.every(isUnused)))
	);
}

/** The stat fields of a file as the manifest keeps them (-1 when it cannot be stat-ed: stdin). */
export function fileStamp(file: string): FileStamp {
	if (file !== '-') {
		try {
			const s = statSync(file);
			return {size: s.size, mtime: s.mtimeMs, ino: s.ino};
		} catch {}
	}
	return {size: -1, mtime: -1, ino: -1};
}

/** The manifest entry of a loaded transcript (whole or outline) with its file's stamp. */
export function manifestEntry(
	t: LoadedTranscript,
	stamp: FileStamp,
	outline: Outline,
): ManifestEntry {
	const {title, date, place, format, speakers} = t.transcript;
	return {
		file: t.file,
		name: t.name,
		key: t.key,
		...stamp,
		title,
		date,
		place,
		format,
		speakers,
		outline,
	};
}
