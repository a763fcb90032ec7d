/**
 * The Library: every transcript loaded from the files and folders named on the command line (or
 * stdin), each keyed by a hash of its content so that progress survives renaming or moving it.
 */
import {existsSync, readFileSync} from 'node:fs';
import {open, readdir, realpath, stat} from 'node:fs/promises';
import {basename, dirname, extname, join, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {InputError} from './errors.js';
import {sha256Hex} from './hash.js';
import type {Transcript} from './model.js';
import type {ParseCache} from './parse-cache.js';
import {sanitize} from './sanitize.js';
import {detectEncoding, isBinary} from './text.js';

/** One parsed transcript of the library. */
export interface LoadedTranscript {
	/** Content hash: the first 16 hex digits of the SHA-256 of the raw bytes. Keys the store. */
	key: string;
	/** Absolute path, or '-' for stdin. */
	file: string;
	/** The file name, for display ("stdin" for stdin). */
	name: string;
	transcript: Transcript;
	/** Size of the raw file in bytes. */
	bytes: number;
	/**
	 * Set when `transcript` is metadata only (title, date, place, format, speakers; no remarks):
	 * what its remarks held. The text is then read on demand (indexed-library.ts `wholeTranscript`).
	 */
	outline?: Outline;
}

/** What the remarks of a transcript held, kept when its text is not (outline.ts). */
export interface Outline {
	/** Remarks (turns and narration) in the transcript. */
	remarks: number;
	/** Remarks by each speaker, in the order of `transcript.speakers`. */
	turns: number[];
}

/** Everything `loadLibrary` loaded, in a stable order (date, then name). */
export interface Library {
	transcripts: LoadedTranscript[];
	/** Files of other extensions found inside folders (not loaded). */
	skipped: number;
	/** One line per file inside a folder that could not be read or parsed, for a note. */
	errors: string[];
	/**
	 * Files (absolute paths) that were found but give no transcript of their own: not readable as
	 * one, or the same content as another file loaded before them.
	 */
	unused?: string[];
}

/** Options of `loadLibrary`. */
export interface LoadOptions {
	/** Files read at once; default 16. */
	concurrency?: number;
	/** Where '-' reads from; default process.stdin. */
	stdin?: AsyncIterable<Uint8Array | string>;
	/** The parser; default `parseBytes` (allowed to overwrite the bytes, read for it alone). */
	parse?: (bytes: Uint8Array) => Transcript;
	/** Transcripts parsed before, by content key (parse-cache.ts); new ones are added to it. */
	cache?: ParseCache | null;
	/**
	 * A transcript known for a file (absolute path) without reading it (index-cache.ts); null for
	 * a file known to give none (it is passed over, unread and untold); undefined: read it.
	 */
	known?: (file: string) => LoadedTranscript | null | undefined;
	/** What to keep of each transcript read (default: all of it); not of those `known` gives. */
	keep?: (t: LoadedTranscript) => LoadedTranscript;
	/** Called as each file is done: how many of how many. */
	onProgress?: (done: number, total: number) => void;
	/** Larger files are refused (default `defaultMaxBytes`). */
	maxBytes?: number;
}

/** Files above this size are refused unless `--max-size` raises it: 64 MB. */
export const defaultMaxBytes = 64 * 1024 * 1024;

/** "64 MB" */
export function megabytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The error for a file over the limit: names the limit and the flag that raises it. */
function tooLarge(shown: string, maxBytes: number): InputError {
	return new InputError(
		`${shown} is larger than ${megabytes(maxBytes)}, the limit for one file (--max-size MB raises it)`,
	);
}

/**
 * Reads a regular file of at most `maxBytes`: a FIFO, socket or device is refused (its read
 * might never end, or never stop); `-` is the way to pipe.
 */
async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
	const s = await stat(path);
	if (!s.isFile()) throw new InputError(`${path} ${notAFile(s)}`);
	if (s.size > maxBytes) throw tooLarge(path, maxBytes);
	const handle = await open(path, 'r');
	try {
		const bytes = await handle.readFile();
		if (bytes.length > maxBytes) throw tooLarge(path, maxBytes);
		return bytes;
	} finally {
		await handle.close();
	}
}

/** What a path that is not a regular file or folder is, for a message. */
export function notAFile(s: {
	isFIFO(): boolean;
	isSocket(): boolean;
	isCharacterDevice(): boolean;
	isBlockDevice(): boolean;
}): string {
	const what = s.isFIFO()
		? 'a FIFO'
		: s.isSocket()
			? 'a socket'
			: s.isCharacterDevice() || s.isBlockDevice()
				? 'a device'
				: 'not a regular file';
	return `is ${what.startsWith('a ') ? `${what}, not a file` : what}: only regular files are read (use - to read standard input)`;
}

/** Extensions loaded from folders (a file named explicitly is loaded whatever its extension). */
const transcriptExtensions = ['.txt', '.md', '.vtt', '.srt', '.html', '.htm'] as const;
const extensions = new Set<string>(transcriptExtensions);

/** The content hash used as a transcript's key. */
export function contentKey(bytes: Uint8Array): string {
	return sha256Hex(bytes).slice(0, 16);
}

const isSpace = (b: number) => b === 32 || (b >= 9 && b <= 13);

/**
 * Why these bytes are not a transcript — "is a binary file, not a transcript" (text.ts `isBinary`) or
 * "is empty" (nothing but a BOM and white space) — or null if they may be one.
 */
export function textProblem(bytes: Uint8Array): string | null {
	if (isBinary(bytes)) return 'is a binary file, not a transcript';
	const {encoding, bom} = detectEncoding(bytes);
	const utf16 = encoding !== 'utf-8' && encoding !== 'windows-1252';
	for (let i = bom; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (!isSpace(b) && !(utf16 && b === 0)) return null;
	}
	return 'is empty';
}

/**
 * Hashes and parses one transcript given as bytes (`file`: absolute path or '-'; `shown`: the
 * path as the user wrote it, for messages). Throws InputError "<shown> is empty" or
 * "<shown> is a binary file, not a transcript" (the messages of `verbatim parse`).
 */
export function loadBytes(
	bytes: Uint8Array,
	file: string,
	parse: (bytes: Uint8Array) => Transcript,
	shown: string = file,
): LoadedTranscript {
	const {key, name} = checkBytes(bytes, file, shown);
	const size = bytes.length;
	return {key, file, name, transcript: parse(bytes), bytes: size};
}

/**
 * The default parser, `parseBytes`: its module (every format, the HTML parser, the entity tables)
 * is loaded for the first file that is not in the parse cache, so that opening a library parsed
 * before does not load it (~15 ms of start-up).
 */
async function defaultParser(): Promise<(bytes: Uint8Array) => Transcript> {
	return (await import('./transcript.js')).parseBytes;
}

/** `loadBytes`, taking the transcript from `cache` when it has it (and adding it when not). */
async function loadCached(
	bytes: Uint8Array,
	file: string,
	parse: ((bytes: Uint8Array) => Transcript) | undefined,
	shown: string,
	cache: ParseCache,
): Promise<LoadedTranscript> {
	const {key, name} = checkBytes(bytes, file, shown);
	const size = bytes.length;
	let transcript = await cache.get(key);
	if (!transcript) {
		transcript = (parse ?? (await defaultParser()))(bytes);
		cache.put(key, transcript);
	}
	return {key, file, name, transcript, bytes: size};
}

/** The key and display name of bytes that may be a transcript; throws InputError if they are not. */
function checkBytes(bytes: Uint8Array, file: string, shown: string): {key: string; name: string} {
	const problem = textProblem(bytes);
	if (problem) throw new InputError(`${shown === '-' ? 'stdin' : shown} ${problem}`);
	return {key: contentKey(bytes), name: file === '-' ? 'stdin' : sanitize(basename(file))};
}

function reasonOf(error: unknown, file: string): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
	if (code) return `${file}: cannot read (${code})`;
	if (error instanceof InputError) return error.message;
	const text = error instanceof Error ? error.message : String(error);
	return `${file}: could not be parsed (${text})`;
}

/** A folder's README is documentation (the bundled data/ has one), not a transcript. */
const isReadme = (name: string) => /^readme(\.|$)/i.test(name);

/** A file to load: as the user wrote it (for messages), and its absolute path. */
interface Job {
	shown: string;
	file: string;
	explicit: boolean;
}

/** A normalized `dir` as the start of its entries' paths: `join(dir, name)` is `prefix(dir) + name`. */
const prefix = (dir: string) => (dir === '.' ? '' : dir.endsWith(sep) ? dir : dir + sep);

/**
 * Every transcript file under `dir` (sorted), skipping hidden entries, node_modules and READMEs.
 * Returns how many other files it skipped. `abs` is the absolute path of `dir`: each entry's
 * paths are the folder's and its name, made once per folder (path.join and resolve for each of
 * 10,000 files took longer than reading the folders).
 */
async function walk(
	dir: string,
	abs: string,
	seen: Set<string>,
	out: Job[],
	errors: string[],
	top = true,
): Promise<number> {
	let entries: import('node:fs').Dirent[];
	try {
		const real = await realpath(dir);
		if (seen.has(real)) return 0;
		seen.add(real);
		entries = await readdir(dir, {withFileTypes: true});
	} catch (error) {
		// The folder named on the command line fails loudly; one inside it is skipped and told.
		if (top) throw new InputError(reasonOf(error, dir));
		errors.push(reasonOf(error, dir));
		return 0;
	}
	let skipped = 0;
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const shownPrefix = prefix(join(dir, '.'));
	const absPrefix = prefix(abs);
	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const path = shownPrefix + entry.name;
		let isDir = entry.isDirectory();
		let isFile = entry.isFile();
		if (entry.isSymbolicLink()) {
			const s = await stat(path).catch(() => null);
			isDir = s?.isDirectory() ?? false;
			isFile = s?.isFile() ?? false;
		}
		if (isDir) skipped += await walk(path, absPrefix + entry.name, seen, out, errors, false);
		else if (isFile && extensions.has(extname(entry.name).toLowerCase()) && !isReadme(entry.name))
			out.push({shown: path, file: absPrefix + entry.name, explicit: false});
		else if (isFile) skipped++;
	}
	return skipped;
}

async function readAll(
	stream: AsyncIterable<Uint8Array | string>,
	maxBytes: number,
): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const bytes = Buffer.from(chunk);
		size += bytes.length;
		if (size > maxBytes) throw tooLarge('standard input', maxBytes);
		chunks.push(bytes);
	}
	return Buffer.concat(chunks);
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

function byDateThenName(a: LoadedTranscript, b: LoadedTranscript): number {
	const da = a.transcript.date;
	const db = b.transcript.date;
	if (da !== db) {
		if (da === null) return 1;
		if (db === null) return -1;
		return da < db ? -1 : 1;
	}
	if (a.name !== b.name) return a.name < b.name ? -1 : 1;
	return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Loads files and folders (recursively: .txt .md .vtt .srt except README.*; other files are
 * counted in `skipped`) and '-' (stdin). A path named explicitly is loaded whatever its extension, and
 * any problem with it throws InputError; a bad file inside a folder goes to `errors` instead.
 * Identical content loaded twice appears once. Throws InputError when nothing loads.
 */
export async function loadLibrary(paths: string[], opts: LoadOptions = {}): Promise<Library> {
	const parse = opts.parse;
	// Each job: a file as shown to the user, and whether it was named explicitly (errors throw).
	const jobs: Job[] = [];
	const seen = new Set<string>();
	const walkErrors: string[] = [];
	const maxBytes = opts.maxBytes ?? defaultMaxBytes;
	let skipped = 0;
	for (const path of paths) {
		if (path === '-') {
			jobs.push({shown: '-', file: '-', explicit: true});
			continue;
		}
		const s = await stat(path).catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
			throw new InputError(reasonOf(error, path));
		});
		if (!s) throw new InputError(`no such file or folder: ${path}`);
		if (s.isDirectory()) {
			skipped += await walk(path, resolve(path), seen, jobs, walkErrors);
		} else if (s.isFile()) jobs.push({shown: path, file: resolve(path), explicit: true});
		else throw new InputError(`${path} ${notAFile(s)}`);
	}

	const loaded: (LoadedTranscript | undefined)[] = new Array(jobs.length);
	const failures: (string | undefined)[] = new Array(jobs.length);
	let done = 0;
	// Files known without reading them first, in one go (10,000 of them in a blink).
	const toRead: number[] = [];
	for (let i = 0; i < jobs.length; i++) {
		const {file} = jobs[i]!;
		const known = file !== '-' && opts.known ? opts.known(file) : undefined;
		if (known === undefined) toRead.push(i);
		else {
			if (known) loaded[i] = known;
			opts.onProgress?.(++done, jobs.length);
		}
	}
	await eachLimited(toRead, Math.max(1, opts.concurrency ?? 16), async (i) => {
		const {shown, file, explicit} = jobs[i]!;
		try {
			const read =
				shown === '-'
					? await readAll(opts.stdin ?? process.stdin, maxBytes)
					: await readRegularFile(shown, maxBytes);
			// A caption file with a stray NUL is a caption (U+FFFD), not a binary file.
			const bytes = read.includes(0)
				? ((await import('./formats/cues.js')).captionBytes(read) ?? read)
				: read;
			const whole = opts.cache
				? await loadCached(bytes, file, parse, shown, opts.cache)
				: loadBytes(bytes, file, parse ?? (await defaultParser()), shown);
			loaded[i] = opts.keep ? opts.keep(whole) : whole;
		} catch (error) {
			const reason = reasonOf(error, shown === '-' ? 'stdin' : shown);
			if (explicit) throw new InputError(reason);
			failures[i] = reason;
		} finally {
			opts.onProgress?.(++done, jobs.length);
		}
	});

	const keys = new Set<string>();
	const transcripts: LoadedTranscript[] = [];
	const unused: string[] = [];
	for (let i = 0; i < jobs.length; i++) {
		const t = loaded[i];
		if (failures[i] !== undefined) unused.push(jobs[i]!.file);
		if (!t) continue;
		if (keys.has(t.key)) unused.push(t.file);
		else {
			keys.add(t.key);
			transcripts.push(t);
		}
	}
	const errors = [...walkErrors, ...failures.filter((e): e is string => e !== undefined)];
	if (transcripts.length === 0) {
		const what = paths.length ? paths.join(', ') : 'no paths';
		const why = errors.length ? ` (${errors.length} could not be read)` : '';
		throw new InputError(
			`nothing to read in ${what}${why}: Verbatim reads ${transcriptExtensions.join(' ')} files`,
		);
	}
	transcripts.sort(byDateThenName);
	return {transcripts, skipped, errors, unused};
}

let root: {dir: string; version: string} | undefined;

/**
 * The folder of the package.json named "verbatim" found walking up from this file (works from
 * source under vitest and from the bundle in dist/ or dist/chunks/), and its version.
 */
function packageRoot(): {dir: string; version: string} {
	if (root) return root;
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const pkg = join(dir, 'package.json');
		if (existsSync(pkg)) {
			try {
				const {name, version} = JSON.parse(readFileSync(pkg, 'utf8'));
				if (name === 'verbatim') {
					root = {dir, version: String(version)};
					return root;
				}
			} catch {}
		}
		const up = dirname(dir);
		if (up === dir) throw new InputError('cannot find the bundled data folder');
		dir = up;
	}
}

/** The bundled data/ folder, beside package.json. */
export function defaultDataDir(): string {
	return join(packageRoot().dir, 'data');
}

/** Verbatim's version (package.json), for `--version`. */
export function packageVersion(): string {
	return packageRoot().version;
}
