/** What the app says about the store: a damaged file (in full, with its backup) and a failed save. */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {fsOps} from '../../source/store/durable.js';
import {openStore} from '../../source/store/store.js';
import {renderTerm, type Term} from '../helpers/ui-render.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
const original = {...fsOps};
afterEach(() => {
	term?.unmount();
	Object.assign(fsOps, original);
});

describe('store notices', () => {
	test('a damaged config.json is reported in full with the backup path', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-notice-'));
		writeFileSync(join(dir, 'config.json'), 'null');
		const store = openStore({cwd: dir});
		const notice = store.warning;
		expect(notice).toMatch(/config\.json\.corrupt-/);
		const library = libraryOf(makeTranscript(40));
		term = renderTerm(<App library={library} store={store} notice={notice} />, {
			columns: 60,
			rows: 15,
		});
		const frame = await term.waitFor('corrupt');
		const joined = frame.split('\n').join('');
		const backup = /kept as (\S+)/.exec(notice!)![1]!;
		expect(joined.replace(/\s+/g, '')).toContain(backup.replace(/\s+/g, ''));
		expect(frame.split('\n').length).toBeLessThanOrEqual(15);
	});

	test('a save that fails is told in the footer, and the bookmark message says NOT saved', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-notice-'));
		const store = openStore({cwd: dir});
		const library = libraryOf(makeTranscript(40));
		term = renderTerm(<App library={library} store={store} />, {columns: 80, rows: 15});
		await term.waitFor('turn 1/40');
		fsOps.openSync = () => {
			throw Object.assign(new Error('ENOSPC: no space left on device'), {code: 'ENOSPC'});
		};
		term.press('m');
		await term.waitFor((f) => f.split('\n').at(-1)!.length > 0);
		term.press('\r');
		const f = await term.waitFor('NOT saved');
		expect(f).toMatch(/NOT saved/);
		expect(store.unsaved).toBeGreaterThanOrEqual(1);
		expect(store.warning).toMatch(/could not save .*ENOSPC/);
	});
});

describe('store notices after start', () => {
	test('a damaged quiz.json, found when the quiz first reads it, is told to listeners', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-notice-'));
		writeFileSync(join(dir, 'quiz.json'), '[]');
		const store = openStore({cwd: dir});
		const told: string[] = [];
		store.onWarning((t) => told.push(t));
		expect(store.warning).toBeNull();
		store.getReviewLog();
		expect(told).toHaveLength(1);
		expect(told[0]).toMatch(/quiz\.json could not be read .*kept as .*quiz\.json\.corrupt-/);
	});
});
