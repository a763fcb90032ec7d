/**
 * V8 code cache files for the launcher (launch/cli.ts): what V8 compiled of the app's bundle in one
 * start, handed back to it in the next, so that it does not compile that code again.
 *
 * A file is the compiled code after a CRC-32 of it (4 bytes, little-endian). V8 checks that code
 * is from its own version and flags and for a source of the same length, but not its bytes: it may
 * crash on a damaged file. So a file whose checksum is wrong is never given to it. Files are
 * written aside and renamed (a reader never sees half a file); a failure only costs the cache.
 */
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {constants, type PerformanceEntry, PerformanceObserver} from 'node:perf_hooks';
import * as zlib from 'node:zlib';

/** Node has zlib.crc32 from 20.15 on: an older one keeps no code cache. */
const crc32 = zlib.crc32 as typeof zlib.crc32 | undefined;

/**
 * The file for the code of bundle `build` (a hash of it) in a start of `kind` (the app, or a plain
 * command's name), under `dir`: other kinds of start run other code.
 */
export function codeCacheFile(dir: string, build: string, kind: string): string {
	return join(dir, `${build}-${kind}-${process.version}-${process.arch}.bin`);
}

/** The code kept in `file`, if any and whole. */
export function readCodeCache(file: string): Buffer | undefined {
	if (!crc32) return undefined;
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return undefined;
	}
	if (bytes.length <= 4) return undefined;
	const code = bytes.subarray(4);
	return crc32(code) === bytes.readUInt32LE(0) ? code : undefined;
}

/**
 * Keeps `code` in `file`, and removes the files of other builds beside it (`build` starts the
 * names of this build's files) and any half-written one.
 */
export function writeCodeCache(file: string, build: string, code: Uint8Array): void {
	if (!crc32) return;
	const dir = dirname(file);
	const temp = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(dir, {recursive: true});
		const head = Buffer.alloc(4);
		head.writeUInt32LE(crc32(code), 0);
		writeFileSync(temp, Buffer.concat([head, code]));
		renameSync(temp, file);
		// And half-written files (of a start that was killed; another start's, it only loses).
		for (const name of readdirSync(dir))
			if (!name.startsWith(`${build}-`) || name.endsWith('.tmp'))
				rmSync(join(dir, name), {force: true});
	} catch {
		try {
			rmSync(temp, {force: true});
		} catch {}
	}
}

/**
 * Counts the major garbage collections from now on, until `stop()`, which says how many: whether
 * the compiled code is still whole. V8 drops the compiled form of a function that has not run
 * during five of them (--bytecode-old-age), and the bundle's top level runs once, at the start: a
 * cache made after that many (a first open of a big library) would lack it, and V8 would read the
 * whole bundle again to run it (~40 ms more than with no cache at all).
 */
export function majorCollections(): {stop(): number} {
	let count = 0;
	const add = (entries: PerformanceEntry[]) => {
		for (const entry of entries)
			if (
				(entry as {detail?: {kind?: number}}).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR
			)
				count++;
	};
	const observer = new PerformanceObserver((list) => add(list.getEntries()));
	observer.observe({entryTypes: ['gc']});
	return {
		stop() {
			add(observer.takeRecords());
			observer.disconnect();
			return count;
		},
	};
}
