import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {CardRecord, ReviewEntry} from '../../source/core/model.js';
import {openStore} from '../../source/store/store.js';
import {makeTestStore} from '../helpers/store.js';

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
	last_review: 1_699_990_000_000,
	misses: 0,
	leech: false,
};

function review(i: number): ReviewEntry {
	return {
		card: `${key}:${i}`,
		at: i,
		chosen: 'A',
		correct: 'B',
		ms: 1000,
		rating: 1,
		previous: null,
	};
}

const fileText = (dir: string) => readFileSync(join(dir, 'config.json'), 'utf8');

/** Every journal's lines, concatenated. */
function journalText(dir: string): string {
	const folder = join(dir, 'journal');
	if (!existsSync(folder)) return '';
	return readdirSync(folder)
		.sort()
		.map((f) => readFileSync(join(folder, f), 'utf8'))
		.join('');
}

describe('store', () => {
	it('starts empty with default settings', () => {
		const store = makeTestStore();
		expect(store.getProgress(key)).toEqual({
			position: null,
			bookmarks: [],
			lastOpened: null,
			remarkCount: null,
		});
		expect(store.getSearchHistory()).toEqual([]);
		expect(store.allCards()).toEqual({});
		expect(store.getReviewLog()).toEqual([]);
		expect(store.getSettings()).toEqual({newPerDay: 20});
		expect(store.warning).toBeNull();
		expect(store.path).toBe(join(store.dir, 'config.json'));
	});

	it('round-trips everything through a restart (a new store on the same folder)', () => {
		const store = makeTestStore();
		store.setPosition(key, {turn: 12, offset: 340}, 40);
		store.markOpened(key);
		store.addBookmark(key, {turn: 30, offset: 0, note: 'later', created: 5});
		store.addBookmark(key, {turn: 3, offset: 7, note: 'first', created: 6});
		store.pushSearchHistory('grain deal');
		store.pushSearchHistory('sanctions');
		store.setCard(`${key}:s1`, card);
		store.appendReview(review(1));
		store.setSettings({newPerDay: 7});

		const again = store.reopen();
		const p = again.getProgress(key);
		expect(p.position).toEqual({turn: 12, offset: 340});
		expect(p.remarkCount).toBe(40);
		expect(p.lastOpened).toBeTypeOf('number');
		expect(p.bookmarks.map((b) => b.note)).toEqual(['first', 'later']);
		expect(again.getSearchHistory()).toEqual(['sanctions', 'grain deal']);
		expect(again.getCard(`${key}:s1`)).toEqual(card);
		expect(again.getReviewLog()).toEqual([review(1)]);
		expect(again.getSettings()).toEqual({newPerDay: 7});
		expect(again.warning).toBeNull();
	});

	it('keeps keys with dots as whole keys (no dot-notation paths)', () => {
		const store = makeTestStore();
		store.setPosition('talk.2024.txt', {turn: 2, offset: 0});
		const raw = JSON.parse(fileText(store.reopen().dir));
		expect(raw.progress['talk.2024.txt'].position).toEqual({turn: 2, offset: 0});
	});

	it('writes a bookmark to the journal before returning; a position waits for the debounce', () => {
		const store = makeTestStore({debounceMs: 60_000});
		store.setPosition(key, {turn: 5, offset: 1});
		store.pushSearchHistory('x');
		expect(journalText(store.dir)).toBe('');
		store.addBookmark(key, {turn: 2, offset: 0, note: 'n', created: 1});
		const lines = journalText(store.dir).trim().split('\n');
		expect(lines.map((l) => JSON.parse(l).k)).toEqual(['pos', 'hist', 'bm+']);
		store.close();
		const after = JSON.parse(fileText(store.dir));
		expect(after.progress[key].position).toEqual({turn: 5, offset: 1});
		expect(after.searchHistory).toEqual(['x']);
		expect(journalText(store.dir)).toBe('');
	});

	it('writes a position by itself after the debounce delay', async () => {
		const store = makeTestStore({debounceMs: 5});
		store.setPosition(key, {turn: 9, offset: 0});
		await expect.poll(() => journalText(store.dir)).toMatch(/"turn":9/);
		expect(openStore({cwd: store.dir}).getProgress(key).position).toEqual({turn: 9, offset: 0});
	});

	it('backs up a corrupt file and still opens', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-corrupt-'));
		const file = join(dir, 'config.json');
		writeFileSync(file, '{"progress": {"abc": {"position": {"turn": 3');
		const store = openStore({cwd: dir});
		expect(store.warning).toMatch(/could not be read/);
		const backups = readdirSync(dir).filter((f) => f.startsWith('config.json.corrupt-'));
		expect(backups).toHaveLength(1);
		expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe(
			'{"progress": {"abc": {"position": {"turn": 3',
		);
		store.setPosition(key, {turn: 1, offset: 0});
		store.close();
		expect(openStore({cwd: dir}).getProgress(key).position).toEqual({turn: 1, offset: 0});
	});

	it('backs up a file that fails the schema', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-schema-'));
		const bad = JSON.stringify({progress: {abc: {position: 'top'}}, reviews: 'none'});
		writeFileSync(join(dir, 'config.json'), bad);
		const store = openStore({cwd: dir});
		expect(store.warning).toMatch(/expected shape/);
		const backups = readdirSync(dir).filter((f) => f.includes('.corrupt-'));
		expect(backups.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual([bad]);
		expect(store.getProgress('abc').position).toBeNull();
	});

	it('refuses a change of the wrong shape with a warning instead of throwing', () => {
		const store = makeTestStore();
		store.setCard('c', {...card, due: Number.NaN, leech: 'no' as unknown as boolean});
		expect(() => store.flush()).not.toThrow();
		expect(store.warning).toMatch(/not saved/);
		expect(store.getCard('c')).toBeUndefined();
		store.setCard('c', card);
		expect(store.warning).toBeNull();
		expect(store.reopen().getCard('c')).toEqual(card);
	});

	it('caps the review log at the last 5,000 entries and pops the newest', () => {
		const store = makeTestStore();
		const reviews = Array.from({length: 5000}, (_, i) => review(i));
		writeFileSync(join(store.dir, 'quiz.json'), JSON.stringify({cards: {}, reviews}));
		const again = makeTestStore({dir: store.dir});
		for (let i = 5000; i < 5003; i++) again.appendReview(review(i));
		const log = again.getReviewLog();
		expect(log).toHaveLength(5000);
		expect(log[0]!.at).toBe(3);
		expect(log.at(-1)!.at).toBe(5002);
		expect(again.popReview()!.at).toBe(5002);
		expect(again.reopen().getReviewLog()).toHaveLength(4999);
	});

	it('keeps search history most recent first, deduplicated, capped at 100', () => {
		const store = makeTestStore();
		for (let i = 0; i < 120; i++) store.pushSearchHistory(`q${i}`);
		store.pushSearchHistory('q110');
		store.pushSearchHistory('  ');
		const history = store.getSearchHistory();
		expect(history).toHaveLength(100);
		expect(history.slice(0, 3)).toEqual(['q110', 'q119', 'q118']);
		expect(new Set(history).size).toBe(100);
	});

	it('removes bookmarks by index and replaces one at the same place', () => {
		const store = makeTestStore();
		store.addBookmark(key, {turn: 4, offset: 0, note: 'a', created: 1});
		store.addBookmark(key, {turn: 4, offset: 0, note: 'b', created: 2});
		store.addBookmark(key, {turn: 8, offset: 0, note: 'c', created: 3});
		expect(store.getProgress(key).bookmarks.map((b) => b.note)).toEqual(['b', 'c']);
		store.removeBookmark(key, 0);
		expect(
			store
				.reopen()
				.getProgress(key)
				.bookmarks.map((b) => b.note),
		).toEqual(['c']);
	});

	it('hands out copies, not its own state', () => {
		const store = makeTestStore();
		store.setPosition(key, {turn: 1, offset: 0});
		store.getProgress(key).position!.turn = 99;
		store.setCard('c', card);
		store.getCard('c')!.reps = 99;
		expect(store.getProgress(key).position!.turn).toBe(1);
		expect(store.getCard('c')!.reps).toBe(1);
	});

	it('keeps quiz data in quiz.json, opened only when the quiz needs it', () => {
		const store = makeTestStore({debounceMs: 60_000});
		store.setPosition(key, {turn: 1, offset: 0});
		store.flush();
		expect(existsSync(join(store.dir, 'quiz.json'))).toBe(false);
		store.appendReview(review(1));
		store.setCard('c', card);
		store.close();
		const quiz = JSON.parse(readFileSync(join(store.dir, 'quiz.json'), 'utf8'));
		expect(quiz.reviews).toEqual([review(1)]);
		expect(quiz.cards.c).toEqual(card);
		expect(JSON.parse(fileText(store.dir)).reviews).toBeUndefined();
	});

	it('backs up a corrupt quiz.json without touching reading progress', () => {
		const store = makeTestStore();
		store.setPosition(key, {turn: 4, offset: 0});
		store.setCard('c', card);
		store.close();
		writeFileSync(join(store.dir, 'quiz.json'), '{"cards": [');
		const again = makeTestStore({dir: store.dir});
		expect(again.getProgress(key).position).toEqual({turn: 4, offset: 0});
		expect(again.warning).toBeNull();
		expect(again.getCard('c')).toBeUndefined();
		expect(again.warning).toMatch(/could not be read.*quiz\.json\.corrupt-/);
		expect(readdirSync(store.dir).filter((f) => f.startsWith('quiz.json.corrupt-'))).toHaveLength(
			1,
		);
	});

	it('deletes cards', () => {
		const store = makeTestStore();
		store.setCard('c', card);
		store.deleteCard('c');
		expect(store.reopen().getCard('c')).toBeUndefined();
	});
});

describe('store folder', () => {
	const saved = process.env.VERBATIM_HOME;
	afterEach(() => {
		if (saved === undefined) delete process.env.VERBATIM_HOME;
		else process.env.VERBATIM_HOME = saved;
	});

	it('honours VERBATIM_HOME', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-home-'));
		process.env.VERBATIM_HOME = dir;
		const store = openStore();
		expect(store.path).toBe(join(dir, 'config.json'));
		store.setPosition(key, {turn: 2, offset: 0});
		store.close();
		expect(existsSync(join(dir, 'config.json'))).toBe(true);
		expect(openStore({cwd: dir}).getProgress(key).position).toEqual({turn: 2, offset: 0});
	});

	it('prefers the cwd option to VERBATIM_HOME', () => {
		const home = mkdtempSync(join(tmpdir(), 'verbatim-home-'));
		const cwd = mkdtempSync(join(tmpdir(), 'verbatim-cwd-'));
		process.env.VERBATIM_HOME = home;
		expect(openStore({cwd}).path).toBe(join(cwd, 'config.json'));
	});

	it('keeps working in memory when the folder cannot be created', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-ro-'));
		writeFileSync(join(dir, 'file'), 'x');
		const store = openStore({cwd: join(dir, 'file', 'sub')});
		store.setPosition(key, {turn: 3, offset: 0});
		expect(store.getProgress(key).position).toEqual({turn: 3, offset: 0});
		expect(() => store.flush()).not.toThrow();
		expect(store.warning).toMatch(/could not save .*1 unsaved change is kept/);
		expect(store.unsaved).toBe(1);
	});
});
