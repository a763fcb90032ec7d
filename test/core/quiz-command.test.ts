import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run as cards} from '../../source/commands/cards.js';
import {run as quiz} from '../../source/commands/quiz.js';
import {run as stats} from '../../source/commands/stats.js';
import {InputError, NotFoundError, UsageError} from '../../source/core/errors.js';
import {defaultDataDir, loadLibrary} from '../../source/core/library.js';
import {buildQuizBank, generateQuestions} from '../../source/core/quiz.js';
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

	it('prints questions readably, then (output not a terminal) an answer key', async () => {
		const {out} = await capture(() => quiz(['--count', '2', '--seed', '1']));
		expect(out).toMatch(
			/^1\. “.+”\n {3}\(kremlin-2017-12-27-nazarbayev\.txt, turn \d+\)\n {3}1\. /u,
		);
		expect(out).toContain('   2. ');
		const [questions, key] = out.split('\nAnswers\n\n');
		expect(questions).not.toMatch(/answer/i);
		const json = JSON.parse(
			(await capture(() => quiz(['--json', '--count', '2', '--seed', '1']))).out,
		);
		expect(key!.trim().split('\n')).toEqual(
			json.map((q: {options: string[]; answer: string}, i: number) =>
				expect.stringMatching(
					new RegExp(`^${i + 1}\\. ${q.options.indexOf(q.answer) + 1} — ${q.answer}`),
				),
			),
		);
	});

	it('--export anki writes a tab-separated deck Anki imports: front the quote, back who and where', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-anki-'));
		process.env.VERBATIM_HOME = dir;
		const file = join(dir, 'deck.txt');
		const {code, out} = await capture(() => quiz(['--export', 'anki', file, '--count', '3']));
		expect(code).toBe(0);
		expect(out).toContain('Wrote 3 cards');
		const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
		expect(lines.slice(0, 7)).toEqual([
			'#separator:tab',
			'#html:true',
			'#notetype:Basic',
			'#deck:Verbatim',
			'#guid column:1',
			'#tags column:4',
			'#columns:GUID\tFront\tBack\tTags',
		]);
		const notes = lines.slice(7).map((l) => l.split('\t'));
		expect(notes).toHaveLength(3);
		for (const [guid, front, back, tags] of notes) {
			expect(guid).toMatch(/^verbatim-[0-9a-f]+:[0-9a-f]{12}$/);
			expect(front).toMatch(/^“.+”$/);
			expect(front).not.toMatch(/putin|nazarbayev/i);
			expect(back).toMatch(/^<b>(Vladimir Putin|Nursultan Nazarbayev)<\/b><br>/);
			expect(back).toContain('2017-12-27');
			expect(tags).toMatch(/^verbatim \S+$/);
		}
		await expect(quiz(['--export', 'csv', file])).rejects.toThrow(UsageError);
		await expect(quiz(['--export', 'anki'])).rejects.toThrow(UsageError);
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

describe('verbatim cards', () => {
	it('lists the cards with quote, speaker, transcript, due and lapses; suspends by id prefix', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-cards-'));
		process.env.VERBATIM_HOME = dir;
		expect((await capture(() => cards([]))).code).toBe(1);
		const library = await loadLibrary([defaultDataDir()]);
		const bank = buildQuizBank(library.transcripts);
		const [a, b] = generateQuestions(bank, {count: 2, seed: 3});
		const store = openStore({cwd: dir});
		const now = Date.now();
		recordAnswer(store, {card: a!.id, chosen: a!.answer, correct: a!.answer, ms: 4000, at: now});
		recordAnswer(store, {card: b!.id, chosen: 'X', correct: b!.answer, ms: 4000, at: now});
		store.flush();
		const {code, out} = await capture(() => cards(['--json']));
		expect(code).toBe(0);
		const rows = JSON.parse(out) as Array<Record<string, unknown>>;
		// The missed card is due first.
		expect(rows.map((r) => r.id)).toEqual([b!.id, a!.id]);
		expect(rows[0]).toMatchObject({
			quote: b!.original,
			speaker: b!.answer,
			date: '2017-12-27',
			lapses: 0,
			suspended: false,
			leech: false,
			state: 'learning',
		});
		expect(String(rows[0]!.file)).toMatch(/nazarbayev\.txt$/);
		const text = await capture(() => cards([]));
		expect(text.out).toContain(`“${b!.original}”`);
		expect(text.out).toContain(`— ${b!.answer}`);
		const suspended = await capture(() => cards(['--suspend', b!.id.slice(0, 20)]));
		expect(suspended.out).toBe(`${b!.id}: suspended\n`);
		const after = JSON.parse((await capture(() => cards(['--json', '--suspended']))).out);
		expect(after.map((r: {id: string}) => r.id)).toEqual([b!.id]);
		await expect(cards(['--suspend', 'nope'])).rejects.toThrow(NotFoundError);
	});
});
