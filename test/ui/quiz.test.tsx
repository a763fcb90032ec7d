/**
 * The Quiz view: answering by digit and by arrows + Enter, the right/wrong screens, next, undo
 * (the store's log and card go back), c → Read → back to the same question, the summary and
 * reviewing the missed quotes, a restart, too few speakers, frame heights.
 */
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Library} from '../../source/core/library.js';
import type {Store} from '../../source/core/model.js';
import {NEED_TWO_SPEAKERS} from '../../source/core/quiz.js';
import {quizSlot} from '../../source/ui/quiz/slot.js';
import {QuizSessions} from '../../source/ui/state/quiz-sessions.js';
import {meeting, ministers, presser, putin, transcript} from '../helpers/quiz-fixtures.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {loaded} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

/** The quiz sessions of each library's app (the test reads the session the view keeps). */
const sessions = new WeakMap<Library, QuizSessions>();

/** A fresh library (a new object: a new quiz session) of the three fixture transcripts. */
function quizLibrary(count = 4): Library {
	const library: Library = {
		transcripts: [
			loaded(meeting, 'meeting.txt'),
			loaded(presser, 'presser.txt'),
			loaded(ministers, 'ministers.txt'),
		],
		skipped: 0,
		errors: [],
	};
	sessions.set(library, new QuizSessions(count));
	return library;
}

function open(library: Library, store: Store = makeTestStore(), size = {columns: 100, rows: 30}) {
	const quiz = sessions.get(library) ?? new QuizSessions();
	sessions.set(library, quiz);
	storeOf.set(library, store);
	term = renderTerm(
		<App library={library} store={store} initial={{view: 'quiz'}} quizSessions={quiz} />,
		size,
	);
	return term;
}
const storeOf = new WeakMap<Library, Store>();

/** The session as the view keeps it. */
function session(library: Library) {
	const state = quizSlot(sessions.get(library)!, library, storeOf.get(library)!).get().state;
	if (!state) throw new Error('no session');
	return state;
}
function current(library: Library) {
	const s = session(library);
	return s.items[s.index]!.question;
}
/** The 1-based option number of the right answer, and of a wrong one. */
function rightOption(library: Library): number {
	const q = current(library);
	return q.options.indexOf(q.answer) + 1;
}
function wrongOption(library: Library): number {
	const q = current(library);
	return q.options.findIndex((o) => o !== q.answer) + 1;
}
const isQuestion = (n: number, total: number) => (f: string) =>
	f.includes(` ${n}/${total}`) && /› 1\. /.test(f);

async function started(t: Term, total: number) {
	return t.waitFor(isQuestion(1, total), 'the first question');
}

describe('Quiz view', () => {
	test('a digit answers at once: right, then the answer screen with role and context', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		const t = open(library, store);
		let f = await started(t, 4);
		const q = current(library);
		expect(f).toContain(`“${q.quote.slice(0, 30)}`);
		for (const [i, name] of q.options.entries()) expect(f).toContain(`${i + 1}. ${name}`);
		f = await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		expect(f).toContain(`✓ Right: ${q.answer}${q.answerRole ? `, ${q.answerRole}` : ''}`);
		// The quote whole, not redacted.
		expect(f).toContain(q.original.slice(0, 40));
		expect(f).not.toContain('▁▁▁');
		// The grades, each with when the card would come back (FSRS: days for Easy); Enter gives
		// the suggested one (a quick right answer: Easy).
		expect(f).toContain('Enter Easy');
		expect(f.replace(/\s+/g, ' ')).toMatch(
			/1 Again \d+ min · 2 Hard .* · 3 Good .* · \[4 Easy \d+ days?\]/,
		);
		expect(session(library).phase).toBe('answered');
		// Nothing is written before the grade.
		expect(store.getReviewLog()).toEqual([]);
		f = await step(t, keys.enter, isQuestion(2, 4));
		expect(store.getReviewLog()).toMatchObject([
			{card: q.id, chosen: q.answer, correct: q.answer, rating: 4},
		]);
		// Still in the Quiz view: the digit did not switch to Read.
		expect(f.split('\n')[0]).toContain('Quiz');
	});

	test('a wrong answer says whom you chose and who it was; graded Again, it comes back in the session', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		const t = open(library, store);
		await started(t, 4);
		const q = current(library);
		const chosen = q.options[wrongOption(library) - 1]!;
		let f = await step(t, String(wrongOption(library)), (x) => x.includes('✗ Wrong'));
		expect(f.replace(/\s+/g, ' ')).toContain(`✗ Wrong: it was ${q.answer}`);
		expect(f.replace(/\s+/g, ' ')).toContain(`you chose ${chosen}`);
		expect(f.replace(/\s+/g, ' ')).toMatch(/\[1 Again \d+ min\]/);
		expect(session(library).streak).toBe(0);
		// Enter: Again. The card comes back later in this session: the count says so.
		f = await step(t, keys.enter, isQuestion(2, 5));
		expect(store.getCard(q.id)?.misses).toBe(1);
		expect(f).toContain('1 to relearn');
	});

	test('arrows + Enter answer with the highlighted option; Enter again goes to the next question', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		const t = open(library, store);
		await started(t, 4);
		const target = rightOption(library);
		for (let i = 1; i < target; i++) await step(t, keys.down, (f) => f.includes(`› ${i + 1}. `));
		let f = await step(t, keys.enter, (x) => x.includes('✓ Right'));
		// The Enter that answered did not also move on.
		expect(session(library)).toMatchObject({index: 0, phase: 'answered'});
		f = await step(t, keys.enter, isQuestion(2, 4));
		expect(store.getReviewLog()).toHaveLength(1);
		expect(f).toContain('streak 1');
		expect(session(library)).toMatchObject({index: 1, phase: 'question'});
	});

	test('u undoes the last answer: the log and the card go back, the question is asked again', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		const t = open(library, store);
		await started(t, 4);
		const first = current(library);
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		await step(t, keys.enter, isQuestion(2, 4));
		const second = current(library);
		await step(t, String(wrongOption(library)), (x) => x.includes('✗ Wrong'));
		expect(store.getReviewLog()).toHaveLength(1);
		// Undo on the answer screen: the second question again, its card never written.
		let f = await step(t, 'u', isQuestion(2, 4));
		expect(f).toContain(second.quote.slice(0, 30));
		expect(store.getReviewLog()).toHaveLength(1);
		expect(store.getCard(second.id)).toBeUndefined();
		// Undo on a question: back to the first one, the log empty.
		f = await step(t, 'u', isQuestion(1, 4));
		expect(f).toContain(first.quote.slice(0, 30));
		expect(store.getReviewLog()).toEqual([]);
		expect(store.getCard(first.id)).toBeUndefined();
		expect(session(library).streak).toBe(0);
	});

	test('c opens the quote in Read, highlighted; q and Esc there come back to the same answer', async () => {
		const library = quizLibrary();
		const t = open(library);
		await started(t, 4);
		const q = current(library);
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		let f = await step(t, 'c', (x) => x.includes('turn '));
		expect(f.split('\n')[0]).not.toContain('Quiz');
		expect(f.replace(/\s+/g, ' ')).toContain(q.original.slice(0, 40));
		f = await step(t, 'q', (x) => x.includes('✓ Right'));
		expect(f.split('\n')[0]).toContain('Quiz');
		expect(session(library)).toMatchObject({index: 0, phase: 'answered'});
		// Esc: one press goes straight back (Read was opened by the quiz).
		await step(t, 'c', (x) => x.includes('turn '));
		await step(t, keys.escape, (x) => x.includes('✓ Right'));
		expect(t.frame()).toContain('✓ Right');
		expect(session(library)).toMatchObject({index: 0, phase: 'answered'});
		f = await step(t, keys.enter, isQuestion(2, 4));
	});

	test('the summary shows the score, speakers and missed quotes; r asks the missed again', async () => {
		const library = quizLibrary(3);
		const store = makeTestStore();
		const t = open(library, store);
		await started(t, 3);
		const missed = current(library);
		await step(t, String(wrongOption(library)), (x) => x.includes('✗ Wrong'));
		// Graded Again: it comes back at the end of this short session.
		await step(t, keys.enter, isQuestion(2, 4));
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		await step(t, keys.enter, isQuestion(3, 4));
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		let f = await step(t, keys.enter, isQuestion(4, 4));
		// The missed card again (its options drawn and shuffled anew), marked as a repeat.
		expect(current(library).id).toBe(missed.id);
		expect(f).toContain('again');
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		f = await step(t, keys.enter, (x) => x.includes('Session done'));
		expect(f).toContain('Session done: 2/3 right (67%)');
		expect(f).toContain('By speaker');
		expect(f).toContain('Missed — r asks them again');
		// Names whole, as the options showed them.
		const chosen = missed.options.filter((o) => o !== missed.answer).join('|');
		expect(f).toMatch(
			new RegExp(`✗ ${missed.answer} \\(not (?:${chosen})\\) “${missed.original.slice(0, 20)}`),
		);
		f = await step(t, 'r', isQuestion(1, 1));
		expect(f).toContain('review of missed');
		expect(f).toContain(missed.quote.slice(0, 30));
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		f = await step(t, keys.enter, (x) => x.includes('round 2) done'));
		expect(f).toContain('1/1 right');
		expect(f).toContain('Nothing missed');
		expect(store.getReviewLog()).toHaveLength(5);
	});

	test('answers survive a restart; the next session does not ask them again as new', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		const t = open(library, store);
		await started(t, 4);
		const asked = [current(library).id];
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		await step(t, keys.enter, isQuestion(2, 4));
		asked.push(current(library).id);
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		await step(t, keys.enter, isQuestion(3, 4));
		t.press('q');
		await t.exited;
		t.unmount();
		term = undefined;

		const reopened = store.reopen();
		expect(reopened.getReviewLog().map((e) => e.card)).toEqual(asked);
		for (const id of asked) expect(reopened.getCard(id)?.reps).toBe(1);
		const again = quizLibrary();
		const t2 = open(again, reopened);
		await started(t2, 4);
		const ids = session(again).items.map((i) => i.question.id);
		for (const id of asked) expect(ids).not.toContain(id);
		// The Stats view counts the answers from before the restart.
		const f = await step(t2, keys.tab, (x) => x.includes('quiz progress'));
		expect(f).toContain('2 reviews (100% right)');
	});

	test('the session survives a visit to another view', async () => {
		const library = quizLibrary();
		const t = open(library);
		await started(t, 4);
		await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
		await step(t, keys.enter, isQuestion(2, 4));
		const q = current(library);
		await step(t, keys.tab, (x) => x.includes('quiz progress'));
		const f = await step(t, '3', isQuestion(2, 4));
		expect(f).toContain(q.quote.slice(0, 30));
	});

	test('nothing due and no new quotes left today: says so, and n asks new ones anyway', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		store.setSettings({newPerDay: 0});
		const t = open(library, store);
		let f = await t.waitFor('Nothing to ask right now');
		expect(f).toContain("today's 0 new quotes are done");
		expect(f).toContain('Press n for more new quotes anyway');
		f = await step(t, 'n', isQuestion(1, 4));
		expect(session(library).items.every((i) => i.isNew)).toBe(true);
	});

	test('l in Stats opens the card list: s suspends a card, which the next session never asks', async () => {
		const library = quizLibrary();
		const store = makeTestStore();
		const t = open(library, store);
		await started(t, 4);
		const q = current(library);
		await step(t, String(wrongOption(library)), (x) => x.includes('✗ Wrong'));
		await step(t, keys.enter, isQuestion(2, 5));
		await step(t, keys.tab, (x) => x.includes('quiz progress'));
		let f = await step(t, 'l', (x) => x.includes('your cards'));
		expect(f).toContain('card 1/1');
		expect(f).toContain('lapses 0');
		expect(f.replace(/\s+/g, ' ')).toContain(q.original.slice(0, 30));
		f = await step(t, 's', (x) => x.includes('suspended'));
		expect(store.getCard(q.id)?.suspended).toBe(true);
		// Its repeat left this session's queue (5 showings → 4); a new session never asks it.
		f = await step(t, keys.escape, isQuestion(2, 4));
		for (let seed = 0; seed < 3; seed++) {
			const again = quizLibrary();
			const t2 = renderTerm(
				<App
					library={again}
					store={store}
					initial={{view: 'quiz'}}
					quizSessions={sessions.get(again)}
				/>,
				{columns: 100, rows: 30},
			);
			storeOf.set(again, store);
			await t2.waitFor((x) => / 1\/\d/.test(x) && /› 1\. /.test(x), 'a question');
			expect(session(again).items.map((i) => i.question.id)).not.toContain(q.id);
			t2.unmount();
		}
	});

	test('with fewer than two named speakers the quiz says so', async () => {
		const alone = transcript('Address', [putin], [['putin', [meeting.remarks[1]!.paragraphs[2]!]]]);
		const library: Library = {transcripts: [loaded(alone)], skipped: 0, errors: []};
		const t = open(library, makeTestStore(), {columns: 60, rows: 15});
		const f = await t.waitFor('named speakers');
		expect(f.replace(/\s+/g, ' ')).toContain(NEED_TWO_SPEAKERS.slice(0, 40));
		expect(f).not.toContain('› 1.');
	});

	for (const size of [
		{columns: 40, rows: 10},
		{columns: 100, rows: 30},
		{columns: 60, rows: 15},
	]) {
		test(`no frame is taller or wider than ${size.columns}×${size.rows}`, async () => {
			const library = quizLibrary(2);
			const t = open(library, makeTestStore(), size);
			await t.waitFor((f) => /› 1\. /.test(f), 'the first question');
			await step(t, String(wrongOption(library)), (x) => x.includes('✗ Wrong'));
			await step(t, 'c', (x) => !x.includes('✗ Wrong'));
			await step(t, 'q', (x) => x.includes('✗ Wrong'));
			await step(t, keys.enter, (x) => /› 1\. /.test(x));
			await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
			await step(t, '?', (x) => x.includes('Help'));
			await step(t, keys.escape, (x) => !x.includes('Help'));
			// The missed card again (a learning step), then the summary.
			await step(t, keys.enter, (x) => /› 1\. /.test(x));
			await step(t, String(rightOption(library)), (x) => x.includes('✓ Right'));
			await step(t, keys.enter, (x) => x.includes('Session done'));
			await step(t, 'r', (x) => /› 1\. /.test(x));
			await step(t, keys.tab, (x) => x.includes('quiz progress'));
			const frames = t.frames();
			expect(frames.length).toBeGreaterThan(8);
			for (const frame of frames) {
				const lines = frame.replace(/\n$/, '').split('\n');
				expect(lines.length).toBeLessThanOrEqual(size.rows);
				for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(size.columns);
			}
		});
	}
});
