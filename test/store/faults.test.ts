/**
 * Fault injection on the store: a full disk or a file-size limit part-way through a write (the
 * file system calls swapped), processes killed with SIGKILL while answering and bookmarking, two
 * processes writing at once, read-only and newer-version stores, damaged files of every shape.
 * Bounded: a few seconds in all.
 */
import {spawn, spawnSync} from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildSync} from 'esbuild';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {CardRecord} from '../../source/core/model.js';
import {fsOps} from '../../source/store/durable.js';
import {openStore} from '../../source/store/store.js';

const key = 'a1b2c3d4e5f60718';
const card: CardRecord = {
	due: 1_700_000_000_000,
	stability: 2.5,
	difficulty: 5,
	elapsed_days: 0,
	scheduled_days: 1,
	learning_steps: 0,
	reps: 1,
	lapses: 0,
	state: 1,
	last_review: null,
	misses: 0,
	leech: false,
};
const fresh = () => mkdtempSync(join(tmpdir(), 'verbatim-fault-'));
const original = {...fsOps};
afterEach(() => Object.assign(fsOps, original));

/** From the next write on, each write stores half of what it is given, then fails with `code`. */
function diskFullAfter(code: 'ENOSPC' | 'EFBIG', afterWrites = 0) {
	let writes = 0;
	let failed = false;
	fsOps.writeSync = (fd, buffer, offset, length) => {
		if (writes++ < afterWrites) return original.writeSync(fd, buffer, offset, length);
		if (!failed) {
			failed = true;
			return original.writeSync(fd, buffer, offset, Math.max(1, length >> 1));
		}
		failed = false;
		throw Object.assign(new Error(`${code}: injected`), {code});
	};
}

describe('a write that fails part-way', () => {
	for (const code of ['ENOSPC', 'EFBIG'] as const) {
		it(`${code} on the journal: the change is kept, told once, and saved on retry`, () => {
			const dir = fresh();
			const store = openStore({cwd: dir});
			const told: string[] = [];
			store.onWarning((t) => told.push(t));
			store.addBookmark(key, {turn: 1, offset: 0, note: 'ok', created: 1});
			diskFullAfter(code);
			store.addBookmark(key, {turn: 2, offset: 0, note: 'full', created: 2});
			store.setCard('c', card);
			expect(store.unsaved).toBe(2);
			expect(told).toHaveLength(1);
			expect(told[0]).toMatch(new RegExp(`could not save .*${code}`));
			expect(store.getProgress(key).bookmarks).toHaveLength(2);
			Object.assign(fsOps, original);
			store.flush();
			expect(store.unsaved).toBe(0);
			expect(store.warning).toBeNull();
			const again = openStore({cwd: dir});
			expect(again.getProgress(key).bookmarks.map((b) => b.note)).toEqual(['ok', 'full']);
			expect(again.getCard('c')).toEqual(card);
		});

		it(`${code} while compacting: the old file stays whole, the journal keeps the change`, () => {
			const dir = fresh();
			const first = openStore({cwd: dir});
			for (let i = 0; i < 10; i++)
				first.addBookmark(key, {turn: i, offset: 0, note: `n${i}`, created: i});
			first.close();
			const before = readFileSync(join(dir, 'config.json'));
			const store = openStore({cwd: dir});
			store.addBookmark(key, {turn: 99, offset: 0, note: 'last', created: 99});
			diskFullAfter(code);
			store.close();
			expect(readFileSync(join(dir, 'config.json'))).toEqual(before);
			expect(store.warning).toMatch(/safe in/);
			expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
			Object.assign(fsOps, original);
			const again = openStore({cwd: dir});
			expect(again.warning).toBeNull();
			expect(again.getProgress(key).bookmarks).toHaveLength(11);
		});
	}
});

describe('processes', () => {
	let driver: string;
	beforeAll(() => {
		driver = join(mkdtempSync(join(tmpdir(), 'verbatim-driver-')), 'driver.mjs');
		buildSync({
			entryPoints: ['test/helpers/store-driver.ts'],
			bundle: true,
			platform: 'node',
			format: 'esm',
			outfile: driver,
			logLevel: 'silent',
			banner: {
				js: "import {createRequire} from 'node:module';const require=createRequire(import.meta.url);",
			},
		});
	});

	/** Runs the driver; kills it with SIGKILL after `killAfterAcks` acks (if given). */
	function run(dir: string, count: number, tag: string, killAfterAcks?: number) {
		return new Promise<number[]>((resolve) => {
			const child = spawn(process.execPath, [driver, dir, String(count), tag]);
			const acked: number[] = [];
			let buffer = '';
			child.stdout.on('data', (d: Buffer) => {
				buffer += d.toString();
				for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
					const m = /^ack (\d+)$/.exec(buffer.slice(0, nl));
					buffer = buffer.slice(nl + 1);
					if (m) acked.push(Number(m[1]));
					if (killAfterAcks !== undefined && acked.length === killAfterAcks) child.kill('SIGKILL');
				}
			});
			child.on('exit', () => resolve(acked));
		});
	}

	it('SIGKILL at random moments while bookmarking and answering loses no acknowledged change', async () => {
		const dir = fresh();
		let total = 0;
		for (let round = 0; round < 5; round++) {
			const kill = 1 + Math.floor(Math.random() * 30);
			// Odd rounds end right after the last change, so the kill may land in the compaction.
			const acked = await run(dir, round % 2 ? kill : 400, `r${round}`, kill);
			total += acked.length;
			const store = openStore({cwd: dir});
			const notes = new Set(store.getProgress(`kr${round}`).bookmarks.map((b) => b.note));
			const cards = new Set(store.getReviewLog().map((r) => r.card));
			for (const i of acked) {
				expect(notes.has(`r${round}-${i}`)).toBe(true);
				expect(cards.has(`r${round}:${i}`)).toBe(true);
			}
			expect(store.warning).toBeNull();
		}
		expect(total).toBeGreaterThan(5);
		// A clean exit folds the dead processes' journals away.
		openStore({cwd: dir}).close();
		expect(readdirSync(join(dir, 'journal'))).toEqual([]);
	}, 30_000);

	it('two processes writing at once lose nothing', async () => {
		const dir = fresh();
		const [a, b] = await Promise.all([run(dir, 25, 'a'), run(dir, 25, 'b')]);
		expect(a).toHaveLength(25);
		expect(b).toHaveLength(25);
		const store = openStore({cwd: dir});
		expect(store.getProgress('ka').bookmarks).toHaveLength(25);
		expect(store.getProgress('kb').bookmarks).toHaveLength(25);
		expect(store.getReviewLog()).toHaveLength(50);
		const onDisk = JSON.parse(readFileSync(join(dir, 'quiz.json'), 'utf8'));
		// Whichever compacted last, the snapshot and the journals left hold all 50.
		expect(onDisk.reviews.length).toBeGreaterThan(0);
	}, 20_000);
});

describe('stores the app must not rewrite', () => {
	it('a store from a newer version opens read-only and is never rewritten', () => {
		const dir = fresh();
		const text = `${JSON.stringify({
			progress: {[key]: {position: {turn: 4, offset: 0}, bookmarks: [], colour: 'red'}},
			future: {x: 1},
			__internal__: {migrations: {version: '9.1.0'}},
		})}\n`;
		writeFileSync(join(dir, 'config.json'), text);
		const store = openStore({cwd: dir});
		expect(store.readOnly).toBe(true);
		expect(store.warning).toMatch(/newer version of Verbatim \(9\.1\.0\); opened read-only/);
		expect(store.getProgress(key).position).toEqual({turn: 4, offset: 0});
		store.addBookmark(key, {turn: 1, offset: 0, note: '', created: 1});
		store.close();
		expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(text);
		expect(existsSync(join(dir, 'journal'))).toBe(false);
	});

	it('unknown fields survive every save', () => {
		const dir = fresh();
		writeFileSync(
			join(dir, 'config.json'),
			JSON.stringify({
				progress: {[key]: {position: null, bookmarks: [], colour: 'red'}},
				future: {x: 1},
				__internal__: {migrations: {version: '1.0.0'}, other: true},
			}),
		);
		const store = openStore({cwd: dir});
		store.addBookmark(key, {turn: 1, offset: 0, note: '', created: 1});
		store.close();
		const raw = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
		expect(raw.future).toEqual({x: 1});
		expect(raw.progress[key].colour).toBe('red');
		expect(raw.__internal__.other).toBe(true);
		expect(raw.progress[key].bookmarks).toHaveLength(1);
	});

	it('a folder that cannot be written: changes kept in memory, told once, no throw', () => {
		const dir = fresh();
		chmodSync(dir, 0o555);
		// Root writes anywhere: refuse the opening of files as a read-only folder would.
		fsOps.openSync = ((path: string, ...rest: never[]) => {
			if (String(path).startsWith(dir) && rest[0] !== 'r')
				throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
					code: 'EACCES',
				});
			return (original.openSync as (...a: unknown[]) => number)(path, ...rest);
		}) as typeof fsOps.openSync;
		try {
			const store = openStore({cwd: dir});
			const told: string[] = [];
			store.onWarning((t) => told.push(t));
			store.addBookmark(key, {turn: 1, offset: 0, note: '', created: 1});
			store.addBookmark(key, {turn: 2, offset: 0, note: '', created: 1});
			expect(store.warning).toMatch(/2 unsaved changes are kept and retried/);
			expect(() => store.close()).not.toThrow();
			expect(told).toHaveLength(1);
			expect(store.warning).toMatch(/could not save .*EACCES.*2 changes were NOT saved/);
		} finally {
			chmodSync(dir, 0o755);
		}
	});
});

describe('damaged files', () => {
	const valid = {progress: {}, searchHistory: ['x'], settings: {newPerDay: 3}};
	for (const [what, text] of [
		['null', 'null'],
		['an empty list', '[]'],
		['a list holding a valid store', JSON.stringify([valid])],
		['a number', '42'],
		['cut short', '{"progress": {'],
	] as const) {
		it(`a root of ${what} is kept aside and reported with the backup's path`, () => {
			const dir = fresh();
			writeFileSync(join(dir, 'config.json'), text);
			const store = openStore({cwd: dir});
			const backups = readdirSync(dir).filter((f) => f.startsWith('config.json.corrupt-'));
			expect(backups).toHaveLength(1);
			expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(text);
			expect(store.warning).toContain(join(dir, backups[0]!));
		});
	}

	it('a quiz.json of the wrong shape is reported too', () => {
		const dir = fresh();
		writeFileSync(join(dir, 'quiz.json'), '[]');
		const store = openStore({cwd: dir});
		expect(store.getReviewLog()).toEqual([]);
		expect(store.warning).toMatch(/quiz\.json could not be read .*quiz\.json\.corrupt-/);
	});

	it('a UTF-8 BOM is fine', () => {
		const dir = fresh();
		writeFileSync(join(dir, 'config.json'), `\uFEFF${JSON.stringify(valid)}`);
		const store = openStore({cwd: dir});
		expect(store.warning).toBeNull();
		expect(store.getSettings().newPerDay).toBe(3);
	});

	it('temporary files of killed writes are removed', () => {
		const dir = fresh();
		const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
			encoding: 'utf8',
		}).stdout;
		writeFileSync(join(dir, `config.json.${dead}.0.tmp`), 'x'.repeat(1000));
		writeFileSync(join(dir, `quiz.json.${process.pid}.9.tmp`), 'mine, in use');
		// conf's writer (atomically) names its temp files <file>.tmp-<time><random>.
		const conf = join(dir, 'quiz.json.tmp-1700000000abcdef');
		writeFileSync(conf, 'x'.repeat(2000));
		utimesSync(conf, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
		openStore({cwd: dir});
		expect(readdirSync(dir).sort()).toEqual([`quiz.json.${process.pid}.9.tmp`]);
	});
});
