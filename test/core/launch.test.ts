/**
 * The launcher (dist/cli.js, source/launch/cli.ts): a start saves V8's code cache for its kind of
 * start, the next one runs with it, and a damaged, foreign or unwritable cache only costs time.
 */
import {spawnSync} from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as zlib from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {readCodeCache} from '../../source/launch/code-cache.js';

const homes: string[] = [];
afterAll(() => {
	for (const h of homes) rmSync(h, {recursive: true, force: true});
});

function newHome(): string {
	const home = mkdtempSync(join(tmpdir(), 'verbatim-launch-'));
	homes.push(home);
	return home;
}

function verbatim(home: string, ...args: string[]) {
	const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1', VERBATIM_HOME: home},
		input: '',
	});
	return {code: r.status, out: r.stdout, err: r.stderr};
}

const search = (home: string) => verbatim(home, 'search', '--limit', '3', 'rockets');

/** The code cache files under `home`, by kind of start. */
function codeFiles(home: string): Record<string, string> {
	const files: Record<string, string> = {};
	const cache = join(home, 'cache');
	for (const version of existsSync(cache) ? readdirSync(cache) : []) {
		let names: string[] = [];
		try {
			names = readdirSync(join(cache, version, 'code'));
		} catch {}
		for (const name of names) files[name.split('-')[1]!] = join(cache, version, 'code', name);
	}
	return files;
}

describe('the launcher', () => {
	const home = newHome();
	const first = search(home);

	it('saves the code of a start, for its kind of start', () => {
		expect(first.code).toBe(0);
		expect(first.err).toBe('');
		expect(first.out).toContain('rockets');
		const files = codeFiles(home);
		expect(Object.keys(files)).toEqual(['search']);
		expect(readCodeCache(files.search!)?.length).toBeGreaterThan(10_000);
	});

	it('runs the next start with it, the same, without writing it again', () => {
		const file = codeFiles(home).search!;
		const old = new Date(2000, 0, 1);
		utimesSync(file, old, old);
		expect(search(home)).toEqual(first);
		expect(statSync(file).mtimeMs).toBe(old.getTime());
	});

	it('runs the same past a damaged or foreign file, and writes a good one', () => {
		const file = codeFiles(home).search!;
		const good = readFileSync(file);
		const damaged = Buffer.from(good);
		damaged[damaged.length >> 1]! ^= 0x55;
		// A file with a right checksum that V8 does not take (as after another node).
		const foreign = Buffer.from(good);
		foreign.fill(7, 4);
		foreign.writeUInt32LE(zlib.crc32(foreign.subarray(4)), 0);
		for (const bytes of [damaged, foreign, Buffer.alloc(0)]) {
			writeFileSync(file, bytes);
			expect(search(home)).toEqual(first);
			expect(readCodeCache(file)?.length).toBeGreaterThan(10_000);
		}
	});

	it('runs the same where it cannot keep a cache', () => {
		const blocked = newHome();
		writeFileSync(join(blocked, 'cache'), 'a file where the cache folder would be');
		expect(search(blocked)).toEqual(first);
	});

	it('keeps nothing from a start that failed, or from the app without a terminal', () => {
		const other = newHome();
		expect(verbatim(other, 'search').code).toBe(2);
		expect(verbatim(other, 'search', '--no-such-flag', 'x').code).toBe(2);
		expect(verbatim(other, '--help').code).toBe(0);
		expect(verbatim(other, 'data').code).toBe(0);
		expect(codeFiles(other)).toEqual({});
		expect(verbatim(other, 'search', 'no such words at all').code).toBe(1);
		expect(Object.keys(codeFiles(other))).toEqual(['search']);
	});
});
