/**
 * Writes that are on disk when they return, or throw: every byte checked (a short write is an
 * error), the file and its folder fsynced, a file replaced only by a complete, flushed copy (write
 * aside, fsync, rename, fsync the folder). The file system calls go through `fsOps`, which the
 * fault-injection tests replace (ENOSPC, EFBIG, EIO part-way).
 */
import * as fs from 'node:fs';
import {basename, dirname, join} from 'node:path';

/** The file system calls this module makes (tests swap them to inject faults). */
export const fsOps = {
	openSync: fs.openSync,
	writeSync: fs.writeSync as (
		fd: number,
		buffer: Uint8Array,
		offset: number,
		length: number,
	) => number,
	fsyncSync: fs.fsyncSync,
	closeSync: fs.closeSync,
	renameSync: fs.renameSync,
	unlinkSync: fs.unlinkSync,
};

/** Writes all of `bytes` to `fd`; a write that makes no progress is an error. */
export function writeAll(fd: number, bytes: Uint8Array): void {
	let done = 0;
	while (done < bytes.length) {
		const n = fsOps.writeSync(fd, bytes, done, bytes.length - done);
		if (!(n > 0)) {
			const error = new Error('short write (no space left?)') as NodeJS.ErrnoException;
			error.code = 'EIO';
			throw error;
		}
		done += n;
	}
}

/** Flushes a folder's entries (a rename or a new file) to disk; ignored where unsupported. */
export function fsyncDir(dir: string): void {
	let fd: number | undefined;
	try {
		fd = fsOps.openSync(dir, 'r');
		fsOps.fsyncSync(fd);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
	} finally {
		if (fd !== undefined) fsOps.closeSync(fd);
	}
}

let serial = 0;

/** The temporary name a write of `file` uses: `<file>.<pid>.<n>.tmp` (removed by `removeTemps`). */
function tempOf(file: string): string {
	return `${file}.${process.pid}.${serial++}.tmp`;
}

/**
 * Replaces `file` with `text` durably: the old file stays as it was unless the new one was
 * written in full and flushed. Throws the file system's error (ENOSPC, EFBIG, EACCES…).
 */
export function writeFileDurably(file: string, text: string | Uint8Array): void {
	const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
	const temp = tempOf(file);
	let fd: number | undefined;
	try {
		fd = fsOps.openSync(temp, 'wx', 0o600);
		writeAll(fd, bytes);
		fsOps.fsyncSync(fd);
		fsOps.closeSync(fd);
		fd = undefined;
		fsOps.renameSync(temp, file);
	} catch (error) {
		if (fd !== undefined)
			try {
				fsOps.closeSync(fd);
			} catch {}
		try {
			fsOps.unlinkSync(temp);
		} catch {}
		throw error;
	}
	fsyncDir(dirname(file));
}

const TEMP = /^(.+)\.(\d+)\.\d+\.tmp$|^(.+)\.tmp-[^/]*$/;

/** Whether process `pid` is alive on this machine. */
export function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes temporary files that killed writes left beside the store's files (`names`): ours when
 * their process is gone, conf's (`*.tmp-…`) when older than a minute. Returns how many it removed.
 */
export function removeTemps(dir: string, names: readonly string[], now = Date.now()): number {
	let removed = 0;
	let entries: string[];
	try {
		entries = fs.readdirSync(dir);
	} catch {
		return 0;
	}
	for (const entry of entries) {
		const m = TEMP.exec(entry);
		if (!m) continue;
		const target = m[1] ?? m[3]!;
		if (!names.includes(basename(target))) continue;
		const path = join(dir, entry);
		try {
			const stale = m[2] ? !alive(Number(m[2])) : now - fs.statSync(path).mtimeMs > 60_000;
			if (!stale) continue;
			fs.unlinkSync(path);
			removed++;
		} catch {}
	}
	return removed;
}
