import {createHash} from 'node:crypto';
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentId, openIndexCache} from '../../source/core/index-cache.js';
import {mergeIndexes} from '../../source/core/index-merge.js';
import {loadIndexedLibrary} from '../../source/core/indexed-library.js';
import {type Library, type LoadedTranscript, loadLibrary} from '../../source/core/library.js';
import type {Transcript} from '../../source/core/model.js';
import {outlineEntry} from '../../source/core/outline.js';
import type {ParseCache} from '../../source/core/parse-cache.js';
import {
	decodeIndex,
	encodeIndex,
	readIndexFile,
	writeIndexFile,
} from '../../source/core/search/index-file.js';
import {piecesOf} from '../../source/core/search/pieces.js';
import {
	buildIndex,
	createSearcher,
	type SearchIndex,
	searchSync,
} from '../../source/core/search.js';

const formats = 'test/fixtures/formats';

/** A parse cache in memory that lists the keys asked for. */
function countingCache(): ParseCache & {asked: string[]} {
	const kept = new Map<string, Transcript>();
	const asked: string[] = [];
	return {
		asked,
		async get(key) {
			asked.push(key);
			return structuredClone(kept.get(key));
		},
		put(key, transcript) {
			kept.set(key, structuredClone(transcript));
		},
		async settled() {},
	};
}

/** Every field of two indexes is the same (lists compared item by item). */
function expectSameIndex(got: SearchIndex, want: SearchIndex): void {
	const record = got as unknown as Record<string, unknown>;
	expect(Object.keys(record).sort()).toEqual(Object.keys(want).sort());
	for (const [name, value] of Object.entries(want)) {
		if (Array.isArray(value)) expect([...(record[name] as unknown[])], name).toEqual([...value]);
		else expect(record[name], name).toEqual(value);
	}
}

const subset = (library: Library, keep: (t: LoadedTranscript, i: number) => boolean): Library => ({
	...library,
	transcripts: library.transcripts.filter(keep),
});
const temp = (name: string) => mkdtempSync(join(tmpdir(), `verbatim-${name}-`));

/** A folder with copies of the format fixtures (files can then be changed). */
function fixtureFolder(): string {
	const dir = temp('index-lib');
	for (const f of readdirSync(formats)) copyFileSync(join(formats, f), join(dir, f));
	return dir;
}

const queries = [
	'weather',
	'thank you',
	"'the",
	'enegry',
	'Rome',
	'^we',
	'people$',
	'!the speech',
	"'the @smith",
	'president',
];

function answers(index: SearchIndex) {
	return queries.map((q) =>
		searchSync(index, q, {limit: 20}).hits.map((h) => [h.file, h.remark, h.text, h.score]),
	);
}

describe('the index file', () => {
	it("gives lists read by item (a built index's texts, a read one's) that array methods see whole", async () => {
		const index = buildIndex(await loadLibrary(['data']));
		const plain = [...index.texts];
		expect(plain.length).toBeGreaterThan(20);
		const read = decodeIndex(encodeIndex(index, null))!.index;
		for (const texts of [index.texts, read.texts]) {
			expect(texts.map((t) => t)).toEqual(plain);
			expect(texts.filter(() => true)).toEqual(plain);
			expect(texts.indexOf(plain[3]!)).toBe(3);
			expect(3 in texts).toBe(true);
			expect(plain.length in texts).toBe(false);
		}
	});

	it('round-trips: every field and every answer are the same', async () => {
		const library = await loadLibrary([formats, 'data']);
		const index = buildIndex(library);
		const decoded = decodeIndex(encodeIndex(index, {note: 'extra'}));
		expect(decoded).not.toBeNull();
		expect(decoded!.extra).toEqual({note: 'extra'});
		const back = decoded!.index;
		for (const [name, value] of Object.entries(index)) {
			const got = (back as unknown as Record<string, unknown>)[name];
			if (Array.isArray(value)) expect([...(got as unknown[])], name).toEqual([...value]);
			else expect(got, name).toEqual(value);
		}
		expect(answers(back)).toEqual(answers(index));
		// The same through a file, whose sentences are read when first needed.
		const file = join(temp('index-file'), 'index.vbix');
		writeIndexFile(file, index, [1, 2]);
		const read = readIndexFile(file)!;
		expect(read.extra).toEqual([1, 2]);
		expect(answers(read.index)).toEqual(answers(index));
		expect([...read.index.texts]).toEqual([...index.texts]);
		expect(readIndexFile(join(tmpdir(), 'no-such-verbatim-index.vbix'))).toBeNull();
	});

	it('answers the same from a file read by ranges as from memory, and once read whole', async () => {
		const index = buildIndex(await loadLibrary([formats, 'data']));
		const file = join(temp('index-ranges'), 'index.vbix');
		writeIndexFile(file, index, null);
		const want = answers(index);
		// Each query on a fresh read: its postings and its candidates' words are read by ranges.
		queries.forEach((q, i) => {
			const fresh = readIndexFile(file)!.index;
			const got = searchSync(fresh, q, {limit: 20}).hits;
			expect(
				got.map((h) => [h.file, h.remark, h.text, h.score]),
				q,
			).toEqual(want[i]);
			if (i === 0) expect((piecesOf(fresh).post as unknown as {whole: unknown}).whole).toBeNull();
		});
		// One read for every query, twice: past the reads that pay for reading an array whole, it
		// is read whole and the rest comes from memory.
		const one = readIndexFile(file)!.index;
		expect(answers(one)).toEqual(want);
		expect(answers(one)).toEqual(want);
		expect((piecesOf(one).fwd as unknown as {whole: unknown}).whole).not.toBeNull();
		// Asked for as arrays (to write or merge), they are the arrays built.
		expect(one.post).toEqual(index.post);
		expect(one.fwd).toEqual(index.fwd);
	});

	it('is a miss, never a crash, when damaged, cut short or foreign', async () => {
		const index = buildIndex(await loadLibrary([formats]));
		const bytes = encodeIndex(index, null);
		const flipped = bytes.slice();
		flipped[40]! ^= 0xff; // in the head (checksummed)
		const cases = [
			bytes.subarray(0, bytes.length - 100),
			bytes.subarray(0, 10),
			flipped,
			new Uint8Array([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]),
			new Uint8Array(0),
			new TextEncoder().encode('{"not": "an index"}'),
			readFileSync('package.json'),
		];
		for (const c of cases) expect(decodeIndex(c)).toBeNull();
	});

	it('never crashes a search whatever bytes of the sections are damaged', async () => {
		const index = buildIndex(await loadLibrary([formats]));
		const bytes = encodeIndex(index, null);
		for (let at = 64; at < bytes.length; at += 97) {
			const damaged = bytes.slice();
			damaged[at]! ^= 0x5a;
			damaged[(at * 7) % bytes.length]! ^= 0xff;
			const decoded = decodeIndex(damaged);
			if (decoded) for (const q of queries) searchSync(decoded.index, q, {limit: 5});
		}
	});

	it('never crashes a search from a damaged file read by ranges', async () => {
		const index = buildIndex(await loadLibrary([formats]));
		const bytes = encodeIndex(index, null);
		const dir = temp('index-damaged');
		for (let at = 64; at < bytes.length; at += 397) {
			const damaged = bytes.slice();
			damaged[at]! ^= 0x5a;
			damaged[(at * 7) % bytes.length]! ^= 0xff;
			const file = join(dir, `${at}.vbix`);
			writeFileSync(file, damaged);
			const read = readIndexFile(file);
			if (read) for (const q of queries) searchSync(read.index, q, {limit: 5});
		}
	});
});

describe('the index cache', () => {
	it('keeps the index of a folder and uses it while nothing changes', async () => {
		const dir = fixtureFolder();
		const cache = openIndexCache(join(temp('index-cache'), 'index'));
		const first = await loadIndexedLibrary([dir], {index: cache});
		expect(first.library.transcripts.every((t) => t.transcript.remarks.length > 0)).toBe(true);
		const again = await loadIndexedLibrary([dir], {index: cache});
		// Nothing read or parsed: the transcripts are the manifest's metadata.
		expect(again.library.transcripts.every((t) => t.transcript.remarks.length === 0)).toBe(true);
		expect(again.library.transcripts.map((t) => t.key)).toEqual(
			first.library.transcripts.map((t) => t.key),
		);
		expect(answers(again.index)).toEqual(answers(first.index));
		// The content id kept for the folder is its keys' (an unchanged listing takes the
		// manifest's id without hashing them again).
		expect(cache?.location([dir])).toBe(contentId(again.library.transcripts.map((t) => t.key)));
		rmSync(dir, {recursive: true, force: true});
	});

	it('finds a folder kept under the name an earlier version gave it, and renames it', async () => {
		const dir = fixtureFolder();
		const indexDir = join(temp('index-cache'), 'index');
		const cache = openIndexCache(indexDir);
		await loadIndexedLibrary([dir], {index: cache});
		const id = cache?.location([dir]);
		expect(id).toBeTruthy();
		// As an earlier version named it: 24 hex digits of the SHA-256 of the resolved paths.
		const location = readdirSync(indexDir).find((f) => f.startsWith('location-'))!;
		const legacy = `location-${createHash('sha256').update(dir).digest('hex').slice(0, 24)}`;
		renameSync(join(indexDir, location), join(indexDir, legacy));
		expect(cache?.location([dir])).toBe(id);
		expect(readdirSync(indexDir)).toContain(location);
		rmSync(dir, {recursive: true, force: true});
	});

	it('follows files added, changed and removed', async () => {
		const dir = fixtureFolder();
		const cache = openIndexCache(join(temp('index-cache'), 'index'));
		await loadIndexedLibrary([dir], {index: cache});
		const fresh = async () => buildIndex(await loadLibrary([dir]));

		// Changed: a new sentence (the time is moved on, as an editor would).
		const changed = join(dir, 'meeting.txt');
		writeFileSync(
			changed,
			`${readFileSync(changed, 'utf8')}[00:09:00] Alice Smith: The zeppelin lands at noon.\n`,
		);
		utimesSync(changed, new Date(), new Date(Date.now() + 5000));
		let now = await loadIndexedLibrary([dir], {index: cache});
		expect(searchSync(now.index, "'zeppelin").hits.map((h) => h.text)).toEqual([
			'The zeppelin lands at noon.',
		]);
		expect(answers(now.index)).toEqual(answers(await fresh()));
		// The next run uses what this one wrote.
		now = await loadIndexedLibrary([dir], {index: cache});
		expect(now.library.transcripts.every((t) => t.transcript.remarks.length === 0)).toBe(true);
		expect(searchSync(now.index, "'zeppelin").hits).toHaveLength(1);

		// Added and removed.
		writeFileSync(
			join(dir, 'added.txt'),
			'Bob Jones: Marmalade for everyone.\n\nCarol King: Not for me.\n\nBob Jones: Fine.\n',
		);
		rmSync(changed);
		now = await loadIndexedLibrary([dir], {index: cache});
		expect(searchSync(now.index, "'zeppelin").hits).toHaveLength(0);
		expect(searchSync(now.index, "'marmalade").hits.map((h) => h.speaker)).toEqual(['Bob Jones']);
		expect(answers(now.index)).toEqual(answers(await fresh()));
		rmSync(dir, {recursive: true, force: true});
	});

	it('lists an unchanged library from the stamps alone when asked to be lean, else reads it', async () => {
		const dir = fixtureFolder();
		const cacheDir = join(temp('index-cache'), 'index');
		const cache = openIndexCache(cacheDir)!;
		const first = await loadIndexedLibrary([dir], {index: cache});
		const lean = {index: cache, lean: true};
		const id = contentId(first.library.transcripts.map((t) => t.key));
		const same = (got: Library) => {
			expect(got.transcripts.map((t) => [t.key, t.file, t.name, t.transcript.date])).toEqual(
				first.library.transcripts.map((t) => [t.key, t.file, t.name, t.transcript.date]),
			);
		};
		// Nothing changed: where, key and date of each, no metadata; the manifest is not read.
		writeFileSync(join(cacheDir, `${id}.json`), 'not a manifest');
		const quick = await loadIndexedLibrary([dir], lean);
		same(quick.library);
		expect(quick.library.transcripts.every((t) => t.transcript.format === '')).toBe(true);
		expect(answers(quick.index)).toEqual(answers(first.index));
		// Without `lean`, the manifest is needed (here damaged: the files are read again).
		const whole = await loadIndexedLibrary([dir], {index: cache});
		expect(whole.library.transcripts.every((t) => t.transcript.remarks.length > 0)).toBe(true);
		// A file changed, added or removed, or the stamps damaged: the whole way, metadata and all.
		const changed = join(dir, 'meeting.txt');
		const cases: Array<() => void> = [
			() => utimesSync(changed, new Date(), new Date(Date.now() + 5000)),
			() => writeFileSync(join(dir, 'added.txt'), 'Bob Jones: Hello.\n\nCarol King: Hi.\n'),
			() => rmSync(join(dir, 'added.txt')),
			() => writeFileSync(join(cacheDir, `${cache.location([dir])}.stamps`), '{"id": 1}'),
		];
		for (const change of cases) {
			await loadIndexedLibrary([dir], {index: cache});
			change();
			const now = await loadIndexedLibrary([dir], lean);
			expect(now.library.transcripts.every((t) => t.transcript.format !== '')).toBe(true);
			expect(answers(now.index)).toEqual(answers(buildIndex(await loadLibrary([dir]))));
		}
		rmSync(dir, {recursive: true, force: true});
	});

	it('stays lean beside files that give no transcript, and after a file is touched once', async () => {
		const dir = fixtureFolder();
		writeFileSync(join(dir, 'empty.txt'), '  \n');
		copyFileSync(join(dir, 'meeting.txt'), join(dir, 'zz-copy.txt'));
		const cache = openIndexCache(join(temp('index-cache'), 'index'))!;
		const isLean = async () => {
			const {library} = await loadIndexedLibrary([dir], {index: cache, lean: true});
			return library.transcripts.every((t) => t.transcript.format === '');
		};
		expect(await isLean()).toBe(false);
		expect(await isLean()).toBe(true);
		// Touched, same content: read once (its new time kept), then lean again.
		const later = new Date(Date.now() + 5000);
		utimesSync(join(dir, 'meeting.txt'), later, later);
		expect(await isLean()).toBe(false);
		expect(await isLean()).toBe(true);
		// The empty file now says something: read, and the library has one more transcript.
		writeFileSync(join(dir, 'empty.txt'), 'Dan Brown: Not empty any more.\n\nEve Long: Good.\n');
		const {library, index} = await loadIndexedLibrary([dir], {index: cache, lean: true});
		expect(library.transcripts.some((t) => t.file.endsWith('empty.txt'))).toBe(true);
		expect(searchSync(index, "'empty any more").hits).toHaveLength(1);
		expect(await isLean()).toBe(true);
		rmSync(dir, {recursive: true, force: true});
	});

	it('rebuilds a damaged index file', async () => {
		const dir = fixtureFolder();
		const cacheDir = join(temp('index-cache'), 'index');
		const cache = openIndexCache(cacheDir)!;
		const first = await loadIndexedLibrary([dir], {index: cache});
		const id = contentId(first.library.transcripts.map((t) => t.key));
		const file = cache.fileOf(id);
		const bytes = readFileSync(file);
		writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
		expect(cache.read(id)).toBeNull();
		const again = await loadIndexedLibrary([dir], {index: cache});
		// The manifest is whole: the files are not read again, the index is built from the text.
		expect(again.library.transcripts.every((t) => t.transcript.remarks.length === 0)).toBe(true);
		expect(answers(again.index)).toEqual(answers(first.index));
		expect(cache.read(id)).not.toBeNull();
		// A damaged manifest: the files are read again.
		writeFileSync(join(cacheDir, `${id}.json`), '{"id": "damaged"');
		expect(cache.manifest(id)).toBeNull();
		const third = await loadIndexedLibrary([dir], {index: cache});
		expect(third.library.transcripts.every((t) => t.transcript.remarks.length > 0)).toBe(true);
		expect(answers(third.index)).toEqual(answers(first.index));
		expect(cache.manifest(id)).not.toBeNull();
		rmSync(dir, {recursive: true, force: true});
	});

	it("serves the app's searcher, and a damaged file is rebuilt there too", async () => {
		const library = await loadLibrary([formats]);
		const indexDir = join(temp('index-cache'), 'index');
		const expected = searchSync(buildIndex(library), 'weather').hits.map((h) => h.text);
		const run = async () => {
			const searcher = createSearcher(library, {inWorker: false, indexDir});
			await searcher.ready;
			const r = await searcher.search('weather');
			searcher.close();
			return r!.hits.map((h) => h.text);
		};
		expect(await run()).toEqual(expected);
		const cache = openIndexCache(indexDir)!;
		const file = cache.fileOf(contentId(library.transcripts.map((t) => t.key)));
		expect(cache.read(contentId(library.transcripts.map((t) => t.key)))).not.toBeNull();
		writeFileSync(file, 'damaged');
		expect(await run()).toEqual(expected);
		expect(cache.read(contentId(library.transcripts.map((t) => t.key)))).not.toBeNull();
	});
});

describe('merging indexes', () => {
	/** The fixtures and data, and transcripts that repeat sentences (short and long) across files. */
	async function mixed(): Promise<Library> {
		const long =
			'This sentence is well over one hundred and twenty characters long, so that the index never compares it with the others for repeats at all.';
		const dir = temp('merge-lib');
		writeFileSync(join(dir, 'a.txt'), `Anna Berg: Thank you. ${long}\n\nJosé Ruiz: Thank you.\n`);
		writeFileSync(join(dir, 'b.txt'), `Jose Ruiz: Thank you. ${long}\n\nAnna Berg: Fine.\n`);
		return loadLibrary([formats, 'data', dir]);
	}

	it('gives the index the build gives, field by field, whatever the parts', async () => {
		const library = await mixed();
		const want = buildIndex(library);
		const odd = buildIndex(subset(library, (_, i) => i % 2 === 1));
		const even = buildIndex(subset(library, (_, i) => i % 2 === 0));
		expectSameIndex(mergeIndexes(library, [odd, even])!, want);
		// Outlines are enough of the library; parts read back from files; a part holding
		// transcripts the library no longer has.
		const outlines = {...library, transcripts: library.transcripts.map(outlineEntry)};
		const stale = buildIndex(subset(library, (_, i) => i !== 3));
		const fromFile = (index: SearchIndex) => decodeIndex(encodeIndex(index, null))!.index;
		const part = buildIndex(subset(library, (_, i) => i === 3));
		expectSameIndex(mergeIndexes(outlines, [fromFile(stale), fromFile(part)])!, want);
		const fewer = subset(library, (_, i) => i !== 5);
		expectSameIndex(mergeIndexes(fewer, [fromFile(want)])!, buildIndex(fewer));
	});

	it('declines when a transcript is in no part, or a part has fields it does not know', async () => {
		const library = await mixed();
		const some = buildIndex(subset(library, (_, i) => i > 0));
		expect(mergeIndexes(library, [some])).toBeNull();
		const newer = {...buildIndex(library), trigrams: new Uint32Array(4)};
		expect(mergeIndexes(library, [newer])).toBeNull();
	});
});

describe('the index, updated', () => {
	it('reads and indexes only the files added or changed, and forgets those removed', async () => {
		const dir = fixtureFolder();
		const cache = countingCache();
		const index = openIndexCache(join(temp('index-cache'), 'index'))!;
		const opts = {cache, index, outlines: true};
		const first = await loadIndexedLibrary([dir], opts);
		expect(first.library.transcripts.every((t) => t.transcript.remarks.length === 0)).toBe(true);
		const before = new Set(first.library.transcripts.map((t) => t.key));

		const changed = join(dir, 'meeting.txt');
		writeFileSync(
			changed,
			`${readFileSync(changed, 'utf8')}[00:09:00] Alice Smith: The zeppelin lands at noon.\n`,
		);
		utimesSync(changed, new Date(), new Date(Date.now() + 5000));
		writeFileSync(
			join(dir, 'added.txt'),
			'Bob Jones: Marmalade for everyone.\n\nCarol King: No.\n',
		);
		const removed = first.library.transcripts.find((t) => t.name === 'court.txt')!;
		// Hits in the removed file (other fixtures may say "statute" too).
		const inRemoved = (index: SearchIndex) =>
			searchSync(index, "'statute", {limit: 1000}).hits.filter((h) => h.file === removed.file)
				.length;
		const removedText = inRemoved(first.index);
		rmSync(join(dir, 'court.txt'));

		cache.asked.length = 0;
		const now = await loadIndexedLibrary([dir], opts);
		const fresh = [...new Set(cache.asked)];
		// Only the two new contents were asked for (read, parsed, indexed): nothing else.
		expect(fresh).toHaveLength(2);
		expect(fresh.every((k) => !before.has(k))).toBe(true);
		expect(now.library.transcripts.some((t) => t.key === removed.key)).toBe(false);
		expect(searchSync(now.index, "'zeppelin").hits.map((h) => h.text)).toEqual([
			'The zeppelin lands at noon.',
		]);
		expect(searchSync(now.index, "'marmalade").hits.map((h) => h.speaker)).toEqual(['Bob Jones']);
		expect(removedText).toBeGreaterThan(0);
		expect(inRemoved(now.index)).toBe(0);
		expectSameIndex(now.index, buildIndex(await loadLibrary([dir])));
		// And the next run reads nothing at all.
		cache.asked.length = 0;
		const again = await loadIndexedLibrary([dir], opts);
		expect(cache.asked).toEqual([]);
		expect(answers(again.index)).toEqual(answers(now.index));
		rmSync(dir, {recursive: true, force: true});
	});
});
