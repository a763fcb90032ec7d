import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {build} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/store/store.js';

// A child process opens a store with a long debounce, changes it, and then either ends by itself
// or is killed by a signal: the change must be on disk either way.
const child = `
import {installFlushOnExit, openStore} from ${JSON.stringify(resolve('source/store/store.ts'))};
const [dir, mode] = process.argv.slice(2);
const store = openStore({cwd: dir, debounceMs: 600000});
installFlushOnExit(store);
store.setPosition('k', {turn: 7, offset: 3});
if (mode !== 'exit') {
	setInterval(() => {}, 1000);
	process.stdout.write('ready\\n');
}
`;

let script = '';

beforeAll(async () => {
	const out = mkdtempSync(join(tmpdir(), 'verbatim-exit-'));
	script = join(out, 'child.mjs');
	await build({
		stdin: {contents: child, resolveDir: process.cwd(), loader: 'ts'},
		outfile: script,
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'silent',
		banner: {
			js: "import {createRequire} from 'node:module';const require=createRequire(import.meta.url);",
		},
	});
});

function run(dir: string, mode: string): Promise<{code: number | null; signal: string | null}> {
	return new Promise((done, fail) => {
		const p = spawn(process.execPath, [script, dir, mode], {stdio: ['ignore', 'pipe', 'inherit']});
		p.on('error', fail);
		p.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('ready')) p.kill(mode as NodeJS.Signals);
		});
		p.on('exit', (code, signal) => done({code, signal}));
	});
}

describe('installFlushOnExit', () => {
	it('flushes when the process ends by itself', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-exit-'));
		expect(await run(dir, 'exit')).toEqual({code: 0, signal: null});
		expect(openStore({cwd: dir}).getProgress('k').position).toEqual({turn: 7, offset: 3});
	});

	for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
		it(`flushes on ${signal} and still dies of it`, async () => {
			const dir = mkdtempSync(join(tmpdir(), 'verbatim-exit-'));
			expect(await run(dir, signal)).toEqual({code: null, signal});
			expect(openStore({cwd: dir}).getProgress('k').position).toEqual({turn: 7, offset: 3});
		});
	}

	it('removes its handlers when disposed', async () => {
		const {installFlushOnExit} = await import('../../source/store/exit.js');
		const before = process.listenerCount('SIGTERM');
		const dispose = installFlushOnExit({flush() {}});
		expect(process.listenerCount('SIGTERM')).toBe(before + 1);
		dispose();
		expect(process.listenerCount('SIGTERM')).toBe(before);
	});
});
