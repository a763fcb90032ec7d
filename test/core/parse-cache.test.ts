import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/core/library.js';
import type {Transcript} from '../../source/core/model.js';
import {openParseCache, parserVersion} from '../../source/core/parse-cache.js';
import {parseBytes} from '../../source/core/transcript.js';

const VERSION = '0123456789abcdef';
const temp = (name: string) => mkdtempSync(join(tmpdir(), `verbatim-${name}-`));
const transcript = (text: string): Transcript => parseBytes(new TextEncoder().encode(text));

describe('openParseCache', () => {
	it('gives back what it was given, by key, after the write has ended', async () => {
		const root = temp('cache');
		const cache = openParseCache(root, VERSION)!;
		const t = transcript('Ivan Petrov: Hello there.\n\nAnna Ivanova: Good day.\n');
		expect(await cache.get('aaaaaaaaaaaaaaaa')).toBeUndefined();
		cache.put('aaaaaaaaaaaaaaaa', t);
		await cache.settled();
		expect(await cache.get('aaaaaaaaaaaaaaaa')).toEqual(t);
		expect(readdirSync(join(root, VERSION))).toEqual(['aaaaaaaaaaaaaaaa.json']);
		// A second cache of the same version reads it too.
		expect(await openParseCache(root, VERSION)!.get('aaaaaaaaaaaaaaaa')).toEqual(t);
	});

	it('treats damaged, foreign or hostile files as misses', async () => {
		const root = temp('cache');
		const cache = openParseCache(root, VERSION)!;
		const dir = join(root, VERSION);
		const good = JSON.stringify(transcript('Ivan Petrov: Hello.\n'));
		writeFileSync(join(dir, 'bbbbbbbbbbbbbbbb.json'), good.slice(0, 20));
		writeFileSync(join(dir, 'cccccccccccccccc.json'), JSON.stringify({remarks: 'no'}));
		writeFileSync(
			join(dir, 'dddddddddddddddd.json'),
			good.replace('Hello', 'Hel\\u001b]0;x\\u0007lo'),
		);
		writeFileSync(join(dir, 'eeeeeeeeeeeeeeee.json'), good);
		for (const key of ['bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'dddddddddddddddd', '../x', ''])
			expect(await cache.get(key)).toBeUndefined();
		expect(await cache.get('eeeeeeeeeeeeeeee')).toEqual(JSON.parse(good));
	});

	it('removes the folders of other parser versions, and is off without a version', async () => {
		const root = temp('cache');
		mkdirSync(join(root, 'fedcba9876543210'), {recursive: true});
		writeFileSync(join(root, 'fedcba9876543210', 'aaaaaaaaaaaaaaaa.json'), '{}');
		openParseCache(root, VERSION);
		await expect.poll(() => readdirSync(root)).toEqual([VERSION]);
		expect(openParseCache(root, null)).toBeNull();
		// A folder that cannot be made (here a file is in the way): no cache, no error.
		writeFileSync(join(root, 'file'), '');
		expect(openParseCache(join(root, 'file'), VERSION)).toBeNull();
		// Under vitest there is no build, so no version: the app's cache is off in tests.
		expect(parserVersion()).toBeNull();
	});
});

describe('loadLibrary with a parse cache', () => {
	it('parses each content once, and again when the content changes', async () => {
		const dir = temp('lib');
		writeFileSync(join(dir, 'a.txt'), 'Ivan Petrov: First words.\n\nAnna Ivanova: Second words.\n');
		writeFileSync(join(dir, 'b.txt'), 'Anna Ivanova: Other words.\n');
		const cache = openParseCache(temp('cache'), VERSION)!;
		let parses = 0;
		const parse = (bytes: Uint8Array) => {
			parses++;
			return parseBytes(bytes);
		};
		const first = await loadLibrary([dir], {cache, parse});
		await cache.settled();
		expect(parses).toBe(2);
		const again = await loadLibrary([dir], {cache, parse});
		expect(parses).toBe(2);
		expect(again).toEqual(first);
		writeFileSync(join(dir, 'b.txt'), 'Anna Ivanova: Changed words.\n');
		const changed = await loadLibrary([dir], {cache, parse});
		expect(parses).toBe(3);
		expect(JSON.stringify(changed)).toContain('Changed words.');
		expect(JSON.stringify(changed)).not.toContain('Other words.');
	});

	it('is used by the built app, in VERBATIM_HOME/cache', () => {
		const home = temp('home');
		const run = () =>
			spawnSync(process.execPath, ['dist/cli.js', 'search', '--limit', '1', 'thank you'], {
				encoding: 'utf8',
				env: {...process.env, VERBATIM_HOME: home},
			});
		const first = run();
		expect(first.status).toBe(0);
		const versions = readdirSync(join(home, 'cache'));
		expect(versions).toHaveLength(1);
		expect(readdirSync(join(home, 'cache', versions[0]!)).length).toBeGreaterThan(0);
		expect(run().stdout).toBe(first.stdout);
		expect(existsSync(join(home, 'config.json'))).toBe(false);
	});
});
