import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {Readable} from 'node:stream';
import {beforeAll, describe, expect, it} from 'vitest';
import {InputError} from '../../source/core/errors.js';
import {
	contentKey,
	defaultDataDir,
	type LoadOptions,
	loadLibrary,
	textProblem,
} from '../../source/core/library.js';
import type {Transcript} from '../../source/core/model.js';
import {makeLibrary} from '../helpers/library.js';

// A stand-in parser keeps these tests about loading, not parsing: title = first line, date = the
// first YYYY-MM-DD in the text.
const parse = (bytes: Uint8Array): Transcript => {
	const text = new TextDecoder().decode(bytes);
	return {
		title: text.split('\n')[0] ?? null,
		date: /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? null,
		place: null,
		format: 'plain',
		speakers: [],
		remarks: [{speaker: null, paragraphs: [text]}],
	};
};
const opts: LoadOptions = {parse};

let root = '';
const put = (path: string, content: string | Uint8Array) => {
	mkdirSync(join(root, path, '..'), {recursive: true});
	writeFileSync(join(root, path), content);
};

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'verbatim-lib-'));
	put('lib/one.txt', 'One\n2020-01-02\nA: hello');
	put('lib/two.md', 'Two\n2019-05-05\nB: hi');
	put('lib/sub/three.vtt', 'WEBVTT three\nno date');
	put('lib/sub/Four.SRT', 'Four\n2019-05-05');
	put('lib/dup.srt', 'One\n2020-01-02\nA: hello');
	put('lib/notes.pdf', '%PDF');
	put('lib/README.md', '# About these transcripts');
	put('lib/sub/pic.png', new Uint8Array([0x89, 0x50, 0, 0]));
	put('lib/.hidden/secret.txt', 'Hidden\n2000-01-01');
	put('lib/node_modules/pkg/readme.md', 'Module\n2000-01-01');
	put('lib/empty.txt', ' \n\t\n');
	put('lib/binary.txt', new Uint8Array([0x41, 0x42, 0, 0x43]));
	put('log/talk.log', 'Log\n2021-01-01');
	put('only-other/a.pdf', 'x');
});

describe('loadLibrary', () => {
	it('loads a folder recursively, by date then name, skipping and noting what it cannot use', async () => {
		const lib = await loadLibrary([join(root, 'lib')], opts);
		expect(lib.transcripts.map((t) => t.name)).toEqual([
			'Four.SRT',
			'two.md',
			'dup.srt',
			'three.vtt',
		]);
		expect(lib.skipped).toBe(3);
		expect(lib.errors).toEqual([
			`${join(root, 'lib', 'binary.txt')} is a binary file, not a transcript`,
			`${join(root, 'lib', 'empty.txt')} is empty`,
		]);
		// Files found that give no transcript of their own: unreadable, or a copy found later.
		expect(lib.unused).toEqual(
			['binary.txt', 'empty.txt', 'one.txt'].map((f) => join(root, 'lib', f)),
		);
		// Known to give none (null): passed over unread and untold.
		const passed = await loadLibrary([join(root, 'lib')], {
			...opts,
			known: (file) => (/(binary|empty)\.txt$/.test(file) ? null : undefined),
		});
		expect(passed.errors).toEqual([]);
		expect(passed.transcripts.map((t) => t.name)).toEqual(lib.transcripts.map((t) => t.name));
	});

	it('names files inside a folder however the folder is written: absolute paths, and messages as typed', async () => {
		const rel = relative(process.cwd(), join(root, 'lib'));
		const forms = [join(root, 'lib'), `${join(root, 'lib')}/`, rel, `./${rel}/`, `${rel}//sub/..`];
		const want = (await loadLibrary([join(root, 'lib')], opts)).transcripts.map((t) => t.file);
		expect(want.every((f) => f.startsWith(join(root, 'lib')))).toBe(true);
		for (const form of forms) {
			const lib = await loadLibrary([form], opts);
			expect(
				lib.transcripts.map((t) => t.file),
				form,
			).toEqual(want);
			expect(lib.errors[1], form).toBe(`${join(form, 'empty.txt')} is empty`);
		}
	});

	it('keys each transcript by the first 16 hex digits of the SHA-256 of its bytes', async () => {
		const lib = await loadLibrary([join(root, 'lib', 'two.md')], opts);
		const t = lib.transcripts[0]!;
		const sha = createHash('sha256').update('Two\n2019-05-05\nB: hi').digest('hex');
		expect(t.key).toBe(sha.slice(0, 16));
		expect(t.key).toBe(contentKey(new TextEncoder().encode('Two\n2019-05-05\nB: hi')));
		expect(t.file).toBe(join(root, 'lib', 'two.md'));
		expect(t.bytes).toBe(20);
		expect(t.transcript.title).toBe('Two');
	});

	it('loads identical content once', async () => {
		const lib = await loadLibrary(
			[join(root, 'lib', 'one.txt'), join(root, 'lib', 'dup.srt'), join(root, 'lib')],
			opts,
		);
		const titles = lib.transcripts.map((t) => t.transcript.title);
		expect(titles.filter((t) => t === 'One')).toHaveLength(1);
		expect(lib.transcripts.find((t) => t.transcript.title === 'One')!.name).toBe('one.txt');
	});

	it('loads a README named explicitly', async () => {
		const lib = await loadLibrary([join(root, 'lib', 'README.md')], opts);
		expect(lib.transcripts.map((t) => t.name)).toEqual(['README.md']);
	});

	it('loads a file named explicitly whatever its extension, with relative paths', async () => {
		const rel = relative(process.cwd(), join(root, 'log', 'talk.log'));
		const lib = await loadLibrary([rel], opts);
		expect(lib.transcripts.map((t) => t.name)).toEqual(['talk.log']);
		expect(lib.transcripts[0]!.file).toBe(join(root, 'log', 'talk.log'));
	});

	it('throws InputError for a missing path', async () => {
		const missing = join(root, 'nope.txt');
		await expect(loadLibrary([missing], opts)).rejects.toThrow(
			new InputError(`no such file or folder: ${missing}`),
		);
	});

	it('throws InputError for an empty or binary file named explicitly', async () => {
		const empty = join(root, 'lib', 'empty.txt');
		const binary = join(root, 'lib', 'binary.txt');
		await expect(loadLibrary([empty], opts)).rejects.toThrow(`${empty} is empty`);
		await expect(loadLibrary([binary], opts)).rejects.toBeInstanceOf(InputError);
		await expect(loadLibrary([binary], opts)).rejects.toThrow('binary');
	});

	it('says what it reads when nothing loadable is found', async () => {
		const err = await loadLibrary([join(root, 'only-other')], opts).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(InputError);
		expect((err as Error).message).toMatch(
			/nothing to read in .*only-other.*\.txt \.md \.vtt \.srt/,
		);
	});

	it('reads stdin for "-"', async () => {
		const lib = await loadLibrary(['-'], {...opts, stdin: Readable.from(['From ', 'stdin'])});
		expect(lib.transcripts[0]).toMatchObject({file: '-', name: 'stdin', bytes: 10});
		expect(lib.transcripts[0]!.transcript.title).toBe('From stdin');
	});

	it('gives the same result with any concurrency', async () => {
		const a = await loadLibrary([join(root, 'lib')], {...opts, concurrency: 1});
		const b = await loadLibrary([join(root, 'lib')], {...opts, concurrency: 64});
		expect(b).toEqual(a);
	});
});

describe('textProblem', () => {
	const bytes = (...b: number[]) => new Uint8Array(b);
	it('accepts text, UTF-16 with a BOM and a UTF-8 BOM', () => {
		expect(textProblem(new TextEncoder().encode('Putin: Hello'))).toBeNull();
		expect(textProblem(bytes(0xff, 0xfe, 0x41, 0, 0x42, 0))).toBeNull();
		expect(textProblem(bytes(0xef, 0xbb, 0xbf, 0x41))).toBeNull();
	});
	it('finds empty and binary files', () => {
		expect(textProblem(bytes())).toBe('is empty');
		expect(textProblem(bytes(0xef, 0xbb, 0xbf, 0x20, 0x0a))).toBe('is empty');
		expect(textProblem(bytes(0xff, 0xfe, 0x20, 0))).toBe('is empty');
		expect(textProblem(bytes(0x41, 0, 0x42))).toBe('is a binary file, not a transcript');
	});
});

describe('defaultDataDir', () => {
	it('finds the bundled data folder from the source tree', () => {
		const dir = defaultDataDir();
		expect(dir).toBe(join(process.cwd(), 'data'));
		expect(existsSync(join(dir, 'kremlin-2017-12-27-nazarbayev.txt'))).toBe(true);
	});
});

describe('with the real parser', () => {
	it('loads the bundled seed transcript', async () => {
		const lib = await loadLibrary([defaultDataDir()]);
		expect(lib.transcripts).toHaveLength(1);
		const {transcript, name} = lib.transcripts[0]!;
		expect(name).toBe('kremlin-2017-12-27-nazarbayev.txt');
		expect(transcript.date).toBe('2017-12-27');
		expect(transcript.speakers.map((s) => s.name)).toContain('Vladimir Putin');
	});

	it('builds an in-memory library for UI tests', () => {
		const lib = makeLibrary(['Vladimir Putin: Good afternoon.', {name: 'b.txt', text: 'x'}]);
		expect(lib.transcripts.map((t) => t.name)).toEqual(['text-1.txt', 'b.txt']);
		expect(lib.transcripts[0]!.key).toMatch(/^[0-9a-f]{16}$/);
		expect(lib.transcripts[0]!.transcript.remarks.length).toBeGreaterThan(0);
	});
});
