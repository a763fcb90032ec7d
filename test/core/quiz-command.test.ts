import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run as quiz} from '../../source/commands/quiz.js';
import {run as stats} from '../../source/commands/stats.js';
import {InputError, UsageError} from '../../source/core/errors.js';
import {recordAnswer} from '../../source/core/schedule.js';
import {openStore} from '../../source/store/store.js';

async function capture(fn: () => Promise<number>): Promise<{code: number; out: string}> {
	let out = '';
	const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		out += String(chunk);
		return true;
	});
	try {
		const code = await fn();
		return {code, out};
	} finally {
		spy.mockRestore();
	}
}

afterEach(() => {
	delete process.env.VERBATIM_HOME;
});

describe('verbatim quiz', () => {
	it('prints the JSON contract for the bundled transcript, the same for the same seed', async () => {
		const a = await capture(() => quiz(['--json', '--count', '5', '--seed', 'x']));
		const b = await capture(() => quiz(['--json', '--count', '5', '--seed', 'x']));
		expect(a.code).toBe(0);
		expect(a.out).toBe(b.out);
		const questions = JSON.parse(a.out) as Array<Record<string, unknown>>;
		expect(questions).toHaveLength(5);
		for (const q of questions) {
			expect(Object.keys(q).sort()).toEqual(['answer', 'file', 'options', 'quote', 'remark']);
			expect(q.options).toContain(q.answer);
			expect(String(q.file)).toMatch(/kremlin-2017-12-27-nazarbayev\.txt$/);
			expect(String(q.quote)).not.toMatch(/putin|nazarbayev/i);
		}
	});

	it('prints questions readably without the answer', async () => {
		const {out} = await capture(() => quiz(['--count', '2', '--seed', '1']));
		expect(out).toMatch(
			/^1\. “.+”\n {3}\(kremlin-2017-12-27-nazarbayev\.txt, turn \d+\)\n {3}1\. /u,
		);
		expect(out).toContain('   2. ');
		expect(out).not.toMatch(/answer/i);
	});

	it('rejects a bad count and a library with one named speaker', async () => {
		await expect(quiz(['--count', '0'])).rejects.toThrow(UsageError);
		await expect(quiz(['test/fixtures/parse/one-speaker.txt'])).rejects.toThrow(InputError);
	});
});

describe('verbatim stats', () => {
	it('prints the numbers from the store in VERBATIM_HOME', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-stats-'));
		const store = openStore({cwd: dir});
		const now = Date.now();
		recordAnswer(store, {
			card: 'k:1',
			chosen: 'Vladimir Putin',
			correct: 'Nursultan Nazarbayev',
			ms: 4000,
			at: now - 1000,
		});
		recordAnswer(store, {
			card: 'k:2',
			chosen: 'Vladimir Putin',
			correct: 'Vladimir Putin',
			ms: 4000,
			at: now,
		});
		store.flush();
		process.env.VERBATIM_HOME = dir;
		const {code, out} = await capture(() => stats(['--json']));
		expect(code).toBe(0);
		const s = JSON.parse(out);
		expect(s).toMatchObject({totalReviews: 2, totalCorrect: 1, cards: 2, streak: 1});
		expect(s.days).toHaveLength(84);
		expect(s.confused[0].text).toBe('you took Nazarbayev for Putin 1 time');
		const text = await capture(() => stats([]));
		expect(text.out).toContain('Reviews: 2 (50% right)');
		expect(text.out).toContain('you took Nazarbayev for Putin 1 time');
	});
});
