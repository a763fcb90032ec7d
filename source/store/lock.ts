/**
 * A lock file beside the store (`lock`, holding the owner's pid), taken without waiting: the one
 * who cannot take it skips its compaction (its journal keeps every change) instead of spinning.
 * A lock whose owner is gone, or older than `staleMs`, is taken over.
 */
import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {alive} from './durable.js';

/** Releases the lock. */
export type Release = () => void;

function tryCreate(file: string): Release | null {
	try {
		const fd = openSync(file, 'wx', 0o600);
		try {
			writeSync(fd, `${process.pid}\n`);
		} finally {
			closeSync(fd);
		}
		return () => {
			try {
				unlinkSync(file);
			} catch {}
		};
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
		throw error;
	}
}

/** Takes the store's lock in `dir`, or returns null at once when someone else holds it. */
export function tryLock(dir: string, staleMs = 30_000): Release | null {
	const file = join(dir, 'lock');
	const got = tryCreate(file);
	if (got) return got;
	try {
		const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
		const old = Date.now() - statSync(file).mtimeMs > staleMs;
		if ((Number.isInteger(pid) && pid > 0 && !alive(pid)) || old) {
			unlinkSync(file);
			return tryCreate(file);
		}
	} catch {}
	return null;
}
