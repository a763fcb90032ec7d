/** `verbatim progress export / import / reset`: through the command line (test/helpers/cli.ts), on stores made here. */
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ReviewEntry} from '../../source/core/model.js';
import {openStore} from '../../source/store/store.js';
import {verbatim as run} from '../helpers/cli.js';

const key = 'a1b2c3d4e5f60718';
const fresh = () => mkdtempSync(join(tmpdir(), 'verbatim-progress-'));

function verbatim(home: string, ...args: string[]) {
	return run(['progress', ...args], {env: {VERBATIM_HOME: home}});
}

const review = (card: string, at: number): ReviewEntry => ({
	card,
	at,
	chosen: 'A',
	correct: 'B',
	ms: 1,
	rating: 3,
	previous: null,
});

describe('verbatim progress', () => {
	it('export, then import into another store, merges both sides', async () => {
		const a = fresh();
		const sa = openStore({cwd: a});
		sa.addBookmark(key, {turn: 1, offset: 0, note: 'from a', created: 1});
		sa.appendReview(review('c1', 1));
		sa.pushSearchHistory('alpha');
		sa.close();
		const b = fresh();
		const sb = openStore({cwd: b});
		sb.addBookmark(key, {turn: 2, offset: 0, note: 'from b', created: 2});
		sb.appendReview(review('c2', 2));
		sb.close();

		const file = join(fresh(), 'progress.json');
		const exported = await verbatim(a, 'export', file);
		expect(exported.code).toBe(0);
		expect(exported.err).toBe(`verbatim: progress exported to ${file}\n`);
		const imported = await verbatim(b, 'import', file);
		expect(imported.code).toBe(0);
		expect(imported.err).toMatch(/imported 0 new transcripts, 1 bookmarks, 0 cards, 1 reviews/);
		const merged = openStore({cwd: b});
		expect(merged.getProgress(key).bookmarks.map((x) => x.note)).toEqual(['from a', 'from b']);
		expect(merged.getReviewLog().map((r) => r.card)).toEqual(['c1', 'c2']);
		expect(merged.getSearchHistory()).toEqual(['alpha']);
		// Importing again adds nothing.
		expect((await verbatim(b, 'import', file)).err).toMatch(
			/imported 0 new transcripts, 0 bookmarks/,
		);
	});

	it('export - writes to standard output', async () => {
		const home = fresh();
		const {code, out} = await verbatim(home, 'export', '-');
		expect(code).toBe(0);
		expect(JSON.parse(out).verbatim).toBe('progress');
	});

	it('reset needs --yes, and keeps a backup', async () => {
		const home = fresh();
		const s = openStore({cwd: home});
		s.addBookmark(key, {turn: 1, offset: 0, note: 'x', created: 1});
		s.close();
		const before = readFileSync(join(home, 'config.json'), 'utf8');
		const refused = await verbatim(home, 'reset');
		expect(refused.code).toBe(2);
		expect(refused.err).toMatch(/^verbatim: progress reset .*--yes/);
		const done = await verbatim(home, 'reset', '--yes');
		expect(done.code).toBe(0);
		const backup = readdirSync(home).find((f) => f.startsWith('config.json.reset-'))!;
		expect(done.err).toContain(join(home, backup));
		expect(readFileSync(join(home, backup), 'utf8')).toBe(before);
		expect(existsSync(join(home, 'config.json'))).toBe(false);
		expect(openStore({cwd: home}).getProgress(key).bookmarks).toEqual([]);
	});

	it('a file that is not an export is refused in one line', async () => {
		const home = fresh();
		const bad = join(fresh(), 'bad.json');
		writeFileSync(bad, '{"progress": {}}');
		const r = await verbatim(home, 'import', bad);
		expect(r.code).not.toBe(0);
		expect(r.err).toBe(`verbatim: ${bad} is not a Verbatim progress file\n`);
		expect((await verbatim(home, 'import', join(home, 'none.json'))).err).toMatch(/no such file/);
		expect((await verbatim(home, 'frobnicate')).code).toBe(2);
	});
});
