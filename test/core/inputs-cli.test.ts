/**
 * What the commands accept: regular files and folders, and `-` for standard input (the app,
 * search, quiz and parse). A FIFO or a device named directly, a file over the size limit: one
 * line on stderr, at once.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {verbatim as run} from '../helpers/cli.js';

const home = mkdtempSync(join(tmpdir(), 'verbatim-inputs-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));
const sample = readFileSync('data/kremlin-2017-12-27-nazarbayev.txt');

function verbatim(args: string[], input?: string | Buffer) {
	return run(args, {env: {VERBATIM_HOME: home}, ...(input === undefined ? {} : {input})});
}

describe('standard input as -', () => {
	it('search reads it', async () => {
		const {code, out, err} = await verbatim(
			['search', '--limit', '1', 'energy issues', '-'],
			sample,
		);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toMatch(/^Vladimir Putin — .*energy issues/);
	});

	it('search --json names the file -', async () => {
		const {out} = await verbatim(['search', '--json', '--limit', '1', 'energy', '-'], sample);
		expect(JSON.parse(out)[0].file).toBe('-');
	});

	it('quiz reads it, and names it stdin', async () => {
		const {code, out} = await verbatim(['quiz', '--count', '1', '--seed', '1', '-'], sample);
		expect(code).toBe(0);
		expect(out).toMatch(/\(stdin, turn \d+\)/);
	});

	it('the app without a terminal prints it', async () => {
		const {code, out} = await verbatim(['-'], sample);
		expect(code).toBe(0);
		expect(out.split('\n')[0]).toBe('Meeting with President of Kazakhstan Nursultan Nazarbayev');
	});

	it('the app takes - beside a flag', async () => {
		expect((await verbatim(['--count', '3', '-'], sample)).code).toBe(0);
	});
});

describe.skipIf(process.platform === 'win32')('what is not a regular file', () => {
	for (const device of ['/dev/null', '/dev/urandom']) {
		for (const command of [[], ['parse'], ['search', 'x'], ['quiz']]) {
			it(`${[...command, device].join(' ')}: one line, at once`, async () => {
				const {code, err} = await verbatim([...command, device]);
				expect(code).not.toBe(0);
				expect(err).toBe(
					`verbatim: ${device} is a device, not a file: only regular files are read (use - to read standard input)\n`,
				);
			});
		}
	}

	it('a FIFO named directly is refused without opening it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-fifo-'));
		const fifo = join(dir, 'pipe.txt');
		if (spawnSync('mkfifo', [fifo]).status !== 0) return;
		const {code, err} = await verbatim(['search', 'x', fifo]);
		expect(code).not.toBe(0);
		expect(err).toMatch(/is a FIFO, not a file: only regular files are read \(use - to read/);
	});
});

describe('the size limit', () => {
	const dir = mkdtempSync(join(tmpdir(), 'verbatim-size-'));
	const file = join(dir, 't.txt');
	writeFileSync(file, sample);

	it('a file above --max-size is refused, naming the limit and the flag', async () => {
		for (const command of [[], ['parse'], ['search', 'x'], ['quiz']]) {
			const {code, err} = await verbatim([...command, '--max-size', '0.001', file]);
			expect(code).not.toBe(0);
			expect(err).toBe(
				`verbatim: ${file} is larger than 1 KB, the limit for one file (--max-size MB raises it)\n`,
			);
		}
	});

	it('standard input too', async () => {
		const {err} = await verbatim(['search', '--max-size', '0.001', 'x', '-'], sample);
		expect(err).toMatch(/^verbatim: standard input is larger than 1 KB/);
	});

	it('a bad --max-size is a usage error', async () => {
		const {code, err} = await verbatim(['search', '--max-size', '0', 'x']);
		expect(code).toBe(2);
		expect(err).toMatch(/^verbatim: --max-size must be/);
	});
});
