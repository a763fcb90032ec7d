import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {verbatim as run} from '../helpers/cli.js';

let dir = '';

beforeAll(() => {
	// dist/ is built once by test/helpers/global-build.ts.
	dir = mkdtempSync(join(tmpdir(), 'verbatim-parse-'));
});

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
});

function verbatim(...args: string[]) {
	return run(['parse', ...args]);
}

function verbatimWith(input: string, ...args: string[]) {
	return run(['parse', ...args], {input});
}

const chrome = 'test/fixtures/parse/chrome.txt';

describe('verbatim parse', () => {
	it('prints title, date, place, speakers with role and turns, then every turn', async () => {
		const {code, out, err} = await verbatim(chrome);
		expect(code).toBe(0);
		expect(err).toBe('');
		const lines = out.split('\n');
		expect(lines[0]).toBe('Meeting with President of Kazakhstan Nursultan Nazarbayev');
		expect(lines[1]).toBe('2017-12-27 · The Kremlin, Moscow');
		expect(out).toContain('  Vladimir Putin — President of Russia (2 turns)');
		expect(out).toContain('  Nursultan Nazarbayev — President of Kazakhstan (2 turns)');
		expect(lines).toContain('Vladimir Putin: Mr Nazarbayev,');
		expect(lines).toContain('Nursultan Nazarbayev: I wish you every success!');
		expect(lines).toContain('    View settings');
		expect(lines).toContain('    December 27, 2017, The Kremlin, Moscow');
		expect(out.indexOf('Vladimir Putin: Mr Nazarbayev,')).toBeLessThan(
			out.indexOf('Vladimir Putin: Thank you.'),
		);
	});

	it('--json prints exactly the contract', async () => {
		const {code, out} = await verbatim('--json', chrome);
		expect(code).toBe(0);
		const t = JSON.parse(out);
		expect(Object.keys(t)).toEqual(['title', 'date', 'place', 'format', 'speakers', 'remarks']);
		expect(Object.keys(t.speakers[0])).toEqual(['id', 'name', 'role', 'labels', 'anonymous']);
		for (const r of t.remarks) {
			expect(Object.keys(r)).toEqual(['speaker', 'paragraphs']);
			expect(r.speaker === null || t.speakers.some((s: {id: string}) => s.id === r.speaker)).toBe(
				true,
			);
			for (const p of r.paragraphs) expect(p).toMatch(/^\S(?:.*\S)?$/);
			for (const p of r.paragraphs) expect(p).not.toMatch(/ {2}|[\u0000-\u001f\u00a0]/);
		}
		expect(t).toMatchObject({date: '2017-12-27', place: 'The Kremlin, Moscow', format: 'kremlin'});
	});

	it('--format picks a layout, and an unknown one is a usage error', async () => {
		expect(JSON.parse((await verbatim('--json', '--format', 'kremlin', chrome)).out).format).toBe(
			'kremlin',
		);
		const bad = await verbatim('--format', 'nonsense', chrome);
		expect(bad.code).toBe(2);
		expect(bad.err).toMatch(/^verbatim: unknown format "nonsense"/);
	});

	it('says "no speakers found" on stderr and still prints the text', async () => {
		const {code, out, err} = await verbatim('test/fixtures/parse/prose.txt');
		expect(code).toBe(0);
		expect(err).toBe('verbatim: no speakers found in test/fixtures/parse/prose.txt\n');
		expect(out).toContain('    The end.');
	});

	it('refuses a missing path, a folder, an empty file and a binary file in one line, exit 2', async () => {
		const empty = join(dir, 'empty.txt');
		writeFileSync(empty, '');
		const blank = join(dir, 'blank.txt');
		writeFileSync(blank, '\ufeff  \n\n \u200b\u00a0');
		const binary = join(dir, 'image.png');
		writeFileSync(
			binary,
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
		);
		const cases: [string, RegExp][] = [
			[join(dir, 'missing.txt'), /no such file/],
			[dir, /is a folder/],
			[empty, /is empty/],
			[blank, /is empty/],
			[binary, /binary/],
		];
		for (const [path, message] of cases) {
			const {code, out, err} = await verbatim(path);
			expect(code, path).toBe(2);
			expect(out).toBe('');
			expect(err).toMatch(/^verbatim: /);
			expect(err).toMatch(message);
			expect(err.trimEnd().split('\n')).toHaveLength(1);
		}
	});

	it('reads standard input for -', async () => {
		const piped = await verbatimWith(readFileSync('test/fixtures/parse/generic.txt', 'utf8'), '-');
		expect(piped.code).toBe(0);
		expect(piped.out).toContain('Remark: We will wait for you!');
		const empty = await verbatimWith('', '-');
		expect(empty.code).toBe(2);
		expect(empty.err).toBe('verbatim: standard input is empty\n');
	});

	it('exits 2 on an unknown flag or a missing FILE', async () => {
		const flag = await verbatim('--jsn', chrome);
		expect(flag.code).toBe(2);
		expect(flag.err).not.toMatch(/\n\s+at /);
		const none = await verbatim();
		expect(none.code).toBe(2);
		expect(none.err).toMatch(/^verbatim: parse needs a FILE/);
	});

	it('--help and --version work', async () => {
		const help = await verbatim('--help');
		expect(help.code).toBe(0);
		expect(help.out).toContain('verbatim parse [--json] [--format NAME] FILE');
		const version = await verbatim('--version');
		expect(version.code).toBe(0);
		expect(version.out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
	});

	it('never lets a transcript drive the terminal', async () => {
		const hostile = join(dir, 'hostile.txt');
		writeFileSync(
			hostile,
			'Ivan Petrov: Hello\x1b]0;pwned\x07 there\x1b[2J.\n\nAnna Ivanova: Copy\x1b]52;c;cm0gLXJm\x1b\\ this.\n\nIvan Petrov: Bye.\n',
		);
		const {code, out} = await verbatim(hostile);
		expect(code).toBe(0);
		expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
		expect(out).toContain('Ivan Petrov: Hello there.');
	});
});

describe('verbatim parse: the layout found and how sure', () => {
	it('prints the detected layout with its confidence, or that --format named it', async () => {
		const call = await verbatim('test/fixtures/formats/earnings-call.txt');
		expect(call.out).toMatch(/^Format: call \(detected, \d+% sure\)$/m);
		const named = await verbatim('--format', 'court', 'test/fixtures/formats/court.txt');
		expect(named.out).toContain('Format: court (from --format)');
	});

	it('reads HTML given on standard input as a web page', async () => {
		const html = readFileSync('test/fixtures/formats/page.html', 'utf8');
		const r = await verbatimWith(html, '--json', '-');
		expect(r.code).toBe(0);
		const t = JSON.parse(r.out) as {title: string; speakers: {name: string}[]};
		expect(t.title).toBe('Town Hall on Water Policy');
		expect(t.speakers.map((s) => s.name)).toEqual(['Lisa Park', 'Resident']);
	});

	it('refuses an unknown --format with the names it knows', async () => {
		const r = await verbatim('--format', 'nope', 'test/fixtures/formats/court.txt');
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/^verbatim: unknown format "nope" \(known: .*court.*call.*html/);
	});
});
