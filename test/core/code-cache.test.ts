import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {afterAll, describe, expect, it} from 'vitest';
import {
	codeCacheFile,
	majorCollections,
	readCodeCache,
	writeCodeCache,
} from '../../source/launch/code-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-code-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** The file's name, without its folder. */
const name = (build: string, kind: string) => basename(codeCacheFile(dir, build, kind));

const code = Buffer.from(Array.from({length: 5000}, (_, i) => (i * 7919) & 255));

describe('code cache files', () => {
	it('names a file after the build, the kind of start and node', () => {
		const file = codeCacheFile('/c', 'b1', 'search');
		expect(file).toBe(join('/c', `b1-search-${process.version}-${process.arch}.bin`));
		expect(codeCacheFile('/c', 'b1', 'app')).not.toBe(file);
		expect(codeCacheFile('/c', 'b2', 'search')).not.toBe(file);
	});

	it('gives back what was kept, and makes the folder', () => {
		const file = codeCacheFile(join(dir, 'a', 'code'), 'b1', 'app');
		writeCodeCache(file, 'b1', code);
		expect(readCodeCache(file)).toEqual(code);
	});

	it('gives nothing for a missing, empty, cut or damaged file', () => {
		const file = codeCacheFile(join(dir, 'd'), 'b1', 'app');
		expect(readCodeCache(file)).toBeUndefined();
		writeCodeCache(file, 'b1', code);
		const whole = readFileSync(file);
		writeFileSync(file, '');
		expect(readCodeCache(file)).toBeUndefined();
		writeFileSync(file, whole.subarray(0, 4));
		expect(readCodeCache(file)).toBeUndefined();
		writeFileSync(file, whole.subarray(0, whole.length - 1));
		expect(readCodeCache(file)).toBeUndefined();
		for (const at of [0, 3, 4, 100, whole.length - 1]) {
			const damaged = Buffer.from(whole);
			damaged[at]! ^= 0x10;
			writeFileSync(file, damaged);
			expect(readCodeCache(file)).toBeUndefined();
		}
		writeFileSync(file, whole);
		expect(readCodeCache(file)).toEqual(code);
	});

	it("removes other builds' files and half-written ones, not this build's other kinds", () => {
		const folder = join(dir, 'p');
		writeCodeCache(codeCacheFile(folder, 'b0', 'app'), 'b0', code);
		writeFileSync(`${codeCacheFile(folder, 'b1', 'app')}.123.tmp`, 'left by a killed start');
		writeCodeCache(codeCacheFile(folder, 'b1', 'app'), 'b1', code);
		writeCodeCache(codeCacheFile(folder, 'b1', 'search'), 'b1', code);
		expect(readdirSync(folder).sort()).toEqual([name('b1', 'app'), name('b1', 'search')]);
	});

	it('fails quietly where it cannot write, and leaves no file behind', () => {
		const blocked = join(dir, 'blocked');
		writeFileSync(blocked, 'a file where the folder would be');
		expect(() =>
			writeCodeCache(codeCacheFile(join(blocked, 'code'), 'b1', 'app'), 'b1', code),
		).not.toThrow();
		const folder = join(dir, 'taken');
		mkdirSync(join(folder, name('b1', 'app')), {recursive: true});
		expect(() => writeCodeCache(codeCacheFile(folder, 'b1', 'app'), 'b1', code)).not.toThrow();
		expect(readdirSync(folder)).toEqual([name('b1', 'app')]);
	});

	it('counts the major garbage collections until stopped', async () => {
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		// Node records a collection a moment after it.
		const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
		// A collection now, and its record, so that none comes unasked in what follows.
		gc();
		await settle();
		const none = majorCollections();
		await settle();
		expect(none.stop()).toBe(0);
		const two = majorCollections();
		gc();
		gc();
		await settle();
		expect(two.stop()).toBe(2);
		gc();
		await settle();
		expect(two.stop()).toBe(2);
	});
});
