import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {describe, expect, it} from 'vitest';
import {
	buildIndex,
	createSearcher,
	parseQuery,
	type SearchHit,
	searchSync,
} from '../../source/core/search.js';
import {handLibrary} from '../helpers/search-fixtures.js';

const library = handLibrary([
	[
		'Meeting with Nursultan Nazarbayev',
		[
			[null, 'Vladimir Putin met with Nursultan Nazarbayev. The talks took place in Sochi.'],
			[
				'Vladimir Putin',
				'Mr Nazarbayev, we discussed energy issues today. Russia supplies gas to Europe.',
			],
			[
				'Nursultan Nazarbayev',
				'We are working on new projects at Baikonur, such as new rockets and new fuel.\nThank you very much.',
			],
			['Vladimir Putin', 'The U.S. President called. We will talk about russia and nuclear arms.'],
		],
	],
	[
		'Government meeting',
		[
			['Dmitry Medvedev', 'The energy sector grew by 3.5 percent. Oil prices fell.'],
			['Dmitry Medvedev', 'Every issue was settled. Gas pipelines are ready.'],
		],
	],
]);
const index = buildIndex(library);

const texts = (q: string, limit = 10) => searchSync(index, q, {limit}).hits.map((h) => h.text);
const slices = (h: SearchHit) => h.matches.map(([s, e]) => h.text.slice(s, e));

describe('searchSync', () => {
	it('finds a half-remembered quote with typos, in any order', () => {
		const [first] = searchSync(index, 'enegry isues').hits;
		expect(first?.text).toBe('Mr Nazarbayev, we discussed energy issues today.');
		expect(slices(first!)).toEqual(['energy', 'issues']);
		expect(texts('Baikonur rockets new')[0]).toBe(
			'We are working on new projects at Baikonur, such as new rockets and new fuel.',
		);
	});

	it('returns the record of each sentence: transcript, turn, paragraph, offset, speaker', () => {
		const hit = searchSync(index, 'thank you very much').hits[0]!;
		expect(hit).toMatchObject({
			title: 'Meeting with Nursultan Nazarbayev',
			file: '/tmp/doc0.txt',
			transcript: 0,
			remark: 2,
			paragraph: 1,
			speaker: 'Nursultan Nazarbayev',
			text: 'Thank you very much.',
		});
		expect(hit.start).toBe(
			'We are working on new projects at Baikonur, such as new rockets and new fuel.\n'.length,
		);
		expect(searchSync(index, 'talks took place').hits[0]?.speaker).toBeNull();
		expect(hit.score).toBeGreaterThanOrEqual(0);
		expect(hit.score).toBeLessThanOrEqual(1);
	});

	it('splits sentences around titles, initials and decimals', () => {
		expect(texts("'U.S.")).toEqual(['The U.S. President called.']);
		expect(texts("'3.5")).toEqual(['The energy sector grew by 3.5 percent.']);
		expect(texts("'Mr")).toEqual(['Mr Nazarbayev, we discussed energy issues today.']);
	});

	it('understands the fzf operators', () => {
		expect(texts("'enegry")).toEqual([]);
		expect(texts("'energy").sort()).toEqual([
			'Mr Nazarbayev, we discussed energy issues today.',
			'The energy sector grew by 3.5 percent.',
		]);
		expect(texts('^gas')).toEqual(['Gas pipelines are ready.']);
		expect(texts('fell.$')).toEqual(['Oil prices fell.']);
		expect(texts("'energy !sector")).toEqual(['Mr Nazarbayev, we discussed energy issues today.']);
		expect(texts("'pipelines | 'rockets").sort()).toEqual([
			'Gas pipelines are ready.',
			'We are working on new projects at Baikonur, such as new rockets and new fuel.',
		]);
		expect(texts('"new rockets"')[0]).toBe(
			'We are working on new projects at Baikonur, such as new rockets and new fuel.',
		);
		const phrase = searchSync(index, '"new rockets"').hits[0]!;
		expect(slices(phrase)).toEqual(['new rockets']);
	});

	it('uses smart case: lower case ignores case, a capital makes it case-sensitive', () => {
		expect(texts("'russia").sort()).toEqual([
			'Russia supplies gas to Europe.',
			'We will talk about russia and nuclear arms.',
		]);
		expect(texts("'Russia")).toEqual(['Russia supplies gas to Europe.']);
		expect(parseQuery('Gas').caseSensitive).toBe(true);
	});

	it('keeps one speaker with @name or the speaker option, fuzzy on the name', () => {
		const putin = searchSync(index, "@putin 'energy").hits;
		expect(putin.map((h) => h.speaker)).toEqual(['Vladimir Putin']);
		const nazar = searchSync(index, '@nazar').hits;
		expect(new Set(nazar.map((h) => h.speaker))).toEqual(new Set(['Nursultan Nazarbayev']));
		expect(nazar).toHaveLength(2);
		const medvedev = searchSync(index, "'gas", {speaker: 'medvedev'}).hits;
		expect(medvedev.map((h) => h.text)).toEqual(['Gas pipelines are ready.']);
	});

	it('highlights what was typed, not every letter Fuse touched', () => {
		const hit = searchSync(index, 'nucler').hits[0]!;
		expect(slices(hit)).toEqual(['nuclear']);
		const exact = searchSync(index, 'rock').hits[0]!;
		expect(slices(exact)).toEqual(['rock']);
	});

	it('ranks the words in the typed order, next to each other, first', () => {
		const said = buildIndex(
			handLibrary([
				['One', [['A', 'To act, it is necessary that we see it.']]],
				['Two', [['A', 'This is what he said: it is necessary to act at once.']]],
			]),
		);
		expect(searchSync(said, 'it is necessary to act').hits.map((h) => h.title)).toEqual([
			'Two',
			'One',
		]);
	});

	it('shows different sentences before repeats of one that ties', () => {
		const caption = 'Meeting with Government members.';
		const repeated = buildIndex(
			handLibrary(
				['One', 'Two', 'Three'].map((title) => [
					title,
					[
						[null, caption],
						['A', 'At a meeting with Government members.'],
					],
				]),
			),
		);
		const top = searchSync(repeated, 'meeting with government members', {limit: 2}).hits;
		expect(top.map((h) => h.text)).toEqual([caption, 'At a meeting with Government members.']);
		const all = searchSync(repeated, 'meeting with government members').hits;
		expect(all.map((h) => h.text)).toEqual([
			caption,
			'At a meeting with Government members.',
			caption,
			caption,
			'At a meeting with Government members.',
			'At a meeting with Government members.',
		]);
	});

	it('finds a repeat when only its speaker is asked for, and counts every repeat', () => {
		const said = buildIndex(
			handLibrary([
				['One', [['Anna Ivanova', 'Thank you.']]],
				['Two', [['Boris Petrov', 'Thank you.']]],
				['Three', [['Boris Petrov', 'thank you.']]],
			]),
		);
		expect(searchSync(said, '@boris thank you').hits.map((h) => h.title)).toEqual(['Two', 'Three']);
		const all = searchSync(said, 'thank you');
		expect(all.hits.map((h) => h.title)).toEqual(['One', 'Two', 'Three']);
		expect(all.total).toBe(3);
		// Case-sensitive: the lower-case repeat does not match.
		expect(searchSync(said, "'Thank").hits.map((h) => h.title)).toEqual(['One', 'Two']);
	});

	it('honours the limit and reports nothing for nonsense', () => {
		expect(searchSync(index, "'e", {limit: 2}).hits).toHaveLength(2);
		expect(searchSync(index, 'zzqxjv').hits).toEqual([]);
	});
});

describe('createSearcher', () => {
	it('searches in chunks in this thread and drops a query that a newer one superseded', async () => {
		const searcher = createSearcher(library, {inWorker: false});
		const older = searcher.search('enegry');
		const newer = searcher.search('rockets');
		expect(await older).toBeNull();
		expect((await newer)?.hits[0]?.text).toContain('new rockets');
		searcher.close();
	});

	it('searches in a worker thread (the bundled worker)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-worker-'));
		const workerFile = join(dir, 'search-worker.js');
		await build({
			entryPoints: ['source/core/search-worker.ts'],
			outfile: workerFile,
			bundle: true,
			platform: 'node',
			format: 'esm',
			logLevel: 'warning',
			banner: {
				js: "import {createRequire} from 'node:module';const require=createRequire(import.meta.url);",
			},
		});
		const searcher = createSearcher(library, {workerFile});
		await searcher.ready;
		const older = searcher.search('enegry');
		const newer = searcher.search('Baikonur');
		const [a, b] = await Promise.all([older, newer]);
		expect(a === null || a.hits.length > 0).toBe(true);
		expect(b?.hits[0]?.speaker).toBe('Nursultan Nazarbayev');
		searcher.close();

		// With an index cache: the first worker writes the index, the next loads it without the
		// library, and one that finds the file damaged gives way to a worker given the library.
		const indexDir = join(dir, 'index');
		const run = async () => {
			const s = createSearcher(library, {workerFile, indexDir});
			await s.ready;
			const r = await s.search('Baikonur');
			s.close();
			return r?.hits[0]?.speaker;
		};
		expect(await run()).toBe('Nursultan Nazarbayev');
		const files = readdirSync(indexDir).filter((f) => f.endsWith('.vbix'));
		expect(files).toHaveLength(1);
		expect(await run()).toBe('Nursultan Nazarbayev');
		writeFileSync(join(indexDir, files[0]!), 'damaged');
		expect(await run()).toBe('Nursultan Nazarbayev');
		expect(readFileSync(join(indexDir, files[0]!)).length).toBeGreaterThan(100);
	});
});
