import {type Grade, Rating} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import type {Question} from '../../source/core/quiz.js';
import {
	commitEffect,
	initialQuizState,
	type QuizAction,
	type QuizState,
	quizReducer,
	quizSummary,
	RELEARN_GAP,
	reshuffle,
	type SessionItem,
} from '../../source/core/quiz-session.js';
import {makeTestStore} from '../helpers/store.js';

function item(n: number, answer: string): SessionItem {
	const question: Question = {
		id: `key:${n}`,
		transcriptKey: 'key',
		file: '/virtual/key.txt',
		remark: n,
		paragraph: 0,
		quote: `quote number ${n} with enough words to be a real question`,
		original: `quote number ${n} with enough words to be a real question`,
		options: ['Vladimir Putin', 'Nursultan Nazarbayev'],
		answer,
		answerRole: null,
		redactions: 0,
	};
	return {question, leech: false, isNew: true};
}

const items = [
	item(1, 'Vladimir Putin'),
	item(2, 'Nursultan Nazarbayev'),
	item(3, 'Vladimir Putin'),
];
const PUTIN = 0;
const NAZARBAYEV = 1;

/** Runs actions through the reducer, committing each new effect to the store, like the view. */
function run(store: ReturnType<typeof makeTestStore>, actions: QuizAction[], from?: QuizState) {
	let state = from ?? initialQuizState();
	for (const action of actions) {
		const next = quizReducer(state, action);
		if (next.effect && next.effect !== state.effect) commitEffect(store, next.effect);
		state = next;
	}
	return state;
}

const g = (now: number, rating?: Grade, guessed?: boolean): QuizAction => ({
	type: 'grade',
	now,
	seed: now,
	...(rating === undefined ? {} : {rating}),
	...(guessed === undefined ? {} : {guessed}),
});

describe('quiz session reducer', () => {
	it('answers, shows the result, grades, moves on and ends in a summary', () => {
		const store = makeTestStore();
		let s = run(store, [{type: 'start', items, now: 1000}]);
		expect(s.phase).toBe('question');
		s = run(store, [{type: 'answer', option: PUTIN, now: 2500}], s);
		expect(s.phase).toBe('answered');
		expect(s.answers[0]).toMatchObject({chosen: 'Vladimir Putin', correct: true, ms: 1500});
		expect(s.streak).toBe(1);
		// Nothing is written before the grade.
		expect(store.getReviewLog()).toEqual([]);
		// Answering twice does nothing.
		expect(run(store, [{type: 'answer', option: NAZARBAYEV, now: 2600}], s)).toEqual(s);
		// The default grade: right within 3 s = Easy.
		s = run(store, [g(3000)], s);
		expect(s).toMatchObject({index: 1, phase: 'question', shownAt: 3000});
		expect(store.getReviewLog()[0]).toMatchObject({card: 'key:1', rating: Rating.Easy});
		s = run(
			store,
			[
				{type: 'answer', option: NAZARBAYEV, now: 9000},
				g(9100, Rating.Good),
				{type: 'answer', option: PUTIN, now: 19_500},
				g(19_600),
			],
			s,
		);
		expect(s.phase).toBe('summary');
		expect(s.streak).toBe(3);
		const summary = quizSummary(s);
		expect(summary).toMatchObject({right: 3, answered: 3, total: 3, skipped: 0, repeats: 0});
		expect(store.getReviewLog().map((e) => [e.card, e.chosen, e.correct, e.rating])).toEqual([
			['key:1', 'Vladimir Putin', 'Vladimir Putin', Rating.Easy],
			['key:2', 'Nursultan Nazarbayev', 'Nursultan Nazarbayev', Rating.Good],
			['key:3', 'Vladimir Putin', 'Vladimir Putin', Rating.Good],
		]);
		expect(summary.speakers).toEqual([
			{speaker: 'Vladimir Putin', right: 2, total: 2},
			{speaker: 'Nursultan Nazarbayev', right: 1, total: 1},
		]);
	});

	it('a missed card comes back after a few others, options reshuffled, until answered right', () => {
		const many = Array.from({length: 6}, (_, i) =>
			item(i + 1, i % 2 ? 'Nursultan Nazarbayev' : 'Vladimir Putin'),
		);
		for (const it of many) it.question.options = ['A', 'B', 'C', it.question.answer];
		const store = makeTestStore();
		let s = run(store, [{type: 'start', items: many, now: 0}]);
		// The first card missed.
		s = run(store, [{type: 'answer', option: 0, now: 10}, g(20)], s);
		expect(store.getReviewLog()[0]!.rating).toBe(Rating.Again);
		expect(s.items).toHaveLength(7);
		expect(s.items[1 + RELEARN_GAP]).toMatchObject({step: 1, question: {id: 'key:1'}});
		// Every other showing answered right with Good, until the repeat comes.
		const right = (st: QuizState, now: number) => {
			const q = st.items[st.index]!.question;
			return run(
				store,
				[{type: 'answer', option: q.options.indexOf(q.answer), now}, g(now + 1, Rating.Good)],
				st,
			);
		};
		for (let k = 0; k < RELEARN_GAP; k++) s = right(s, 100 + k * 10);
		expect(s.index).toBe(1 + RELEARN_GAP);
		expect(s.items[s.index]!.question.id).toBe('key:1');
		expect(s.phase).toBe('question');
		// Missed again: it comes back once more.
		s = run(
			store,
			[{type: 'answer', option: s.items[s.index]!.question.options.indexOf('A'), now: 200}, g(201)],
			s,
		);
		expect(s.items.filter((i) => i.question.id === 'key:1')).toHaveLength(3);
		while (s.phase !== 'summary') s = right(s, 300 + s.index * 10);
		expect(s.items.map((i) => i.question.id).filter((id) => id === 'key:1')).toHaveLength(3);
		const summary = quizSummary(s);
		expect(summary).toMatchObject({total: 6, answered: 6, right: 5, repeats: 2});
		expect(summary.missed.map((m) => m.question.id)).toEqual(['key:1']);
		// The options were shown in new orders (seeded), the same names each time.
		const orders = s.items.filter((i) => i.question.id === 'key:1').map((i) => i.question.options);
		for (const o of orders) expect([...o].sort()).toEqual(['A', 'B', 'C', 'Vladimir Putin']);
		expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
	});

	it('options of a repeat are shuffled uniformly (the answer is not kept in its place)', () => {
		const q = item(1, 'Vladimir Putin').question;
		q.options = ['A', 'B', 'C', 'Vladimir Putin'];
		const counts = [0, 0, 0, 0];
		for (let seed = 0; seed < 4000; seed++) counts[reshuffle(q, seed).options.indexOf(q.answer)]!++;
		for (const c of counts) expect(c).toBeGreaterThan(850);
	});

	it('"I guessed" grades a right answer Hard and a wrong one Again', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: PUTIN, now: 500},
			g(600, undefined, true),
			{type: 'answer', option: PUTIN, now: 900},
			g(1000, undefined, true),
		]);
		expect(store.getReviewLog().map((e) => e.rating)).toEqual([Rating.Hard, Rating.Again]);
		expect(s.answers[0]).toMatchObject({guessed: true, rating: Rating.Hard});
		s = run(store, [{type: 'undo', now: 2000}], s);
		expect(s.items).toHaveLength(3);
	});

	it('undo takes back the last grade in the store, and the repeat it added', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: PUTIN, now: 1000},
			g(1100),
			{type: 'answer', option: PUTIN, now: 2000},
		]);
		expect(s.streak).toBe(0);
		// Undo on the answer screen: only the answer goes (nothing was written).
		s = run(store, [{type: 'undo', now: 3000}], s);
		expect(s).toMatchObject({index: 1, phase: 'question', streak: 1, shownAt: 3000});
		expect(s.answers[1]).toBeUndefined();
		expect(store.getReviewLog().map((e) => e.card)).toEqual(['key:1']);
		s = run(store, [{type: 'answer', option: PUTIN, now: 3500}, g(3600)], s);
		expect(s.items).toHaveLength(4);
		expect(store.getCard('key:2')?.misses).toBe(1);
		// Undo from the next question's screen: the grade, its card and its repeat go.
		s = run(store, [{type: 'undo', now: 4000}], s);
		expect(s).toMatchObject({index: 1, phase: 'question', streak: 1});
		expect(s.items).toHaveLength(3);
		expect(store.getCard('key:2')).toBeUndefined();
		s = run(store, [{type: 'undo', now: 4100}], s);
		expect(s).toMatchObject({index: 0, phase: 'question', streak: 0});
		expect(store.getReviewLog()).toEqual([]);
		expect(store.getCard('key:1')).toBeUndefined();
		// Nothing left to undo.
		expect(run(store, [{type: 'undo', now: 4200}], s)).toEqual(s);
	});

	it('suspends or buries the current card without a grade; undo sets it back', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'suspend', now: 10},
		]);
		expect(s).toMatchObject({index: 1, phase: 'question'});
		expect(store.getCard('key:1')).toMatchObject({suspended: true});
		s = run(
			store,
			[
				{type: 'answer', option: PUTIN, now: 20},
				{type: 'bury', now: 30},
			],
			s,
		);
		expect(store.getCard('key:2')!.buriedUntil).toBeGreaterThan(30);
		expect(store.getReviewLog()).toEqual([]);
		expect(quizSummary({...s, phase: 'summary'})).toMatchObject({skipped: 2, answered: 0});
		s = run(
			store,
			[
				{type: 'undo', now: 40},
				{type: 'undo', now: 50},
			],
			s,
		);
		expect(s.index).toBe(0);
		// They were new: no record is left.
		expect(store.allCards()).toEqual({});
	});

	it('time spent in another view is not answer time', () => {
		const store = makeTestStore();
		const s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'away', ms: 60_000},
			{type: 'answer', option: PUTIN, now: 61_000},
		]);
		expect(s.answers[0]?.ms).toBe(1000);
	});

	it('opens the quote in context after answering and comes back', () => {
		const store = makeTestStore();
		let s = run(store, [{type: 'start', items, now: 0}]);
		expect(run(store, [{type: 'openContext'}], s).phase).toBe('question');
		s = run(store, [{type: 'answer', option: NAZARBAYEV, now: 10}, {type: 'openContext'}], s);
		expect(s.phase).toBe('context');
		expect(run(store, [g(20)], s).phase).toBe('context');
		s = run(store, [{type: 'closeContext'}], s);
		expect(s).toMatchObject({phase: 'answered', index: 0});
	});

	it('reviews the missed quotes again at once', () => {
		const store = makeTestStore();
		let s = run(store, [{type: 'start', items, now: 0}]);
		// Wrong on every first showing, right on every repeat.
		let now = 10;
		while (s.phase !== 'summary') {
			const it = s.items[s.index]!;
			const q = it.question;
			const option = it.step
				? q.options.indexOf(q.answer)
				: q.options.findIndex((o) => o !== q.answer);
			s = run(store, [{type: 'answer', option, now}, g(now + 1)], s);
			now += 10;
		}
		expect(s.items).toHaveLength(6);
		s = run(store, [{type: 'reviewMissed', now: 70, seed: 1}], s);
		expect(s).toMatchObject({phase: 'question', round: 2, index: 0});
		expect(s.items.map((i) => i.question.id)).toEqual(['key:1', 'key:2', 'key:3']);
		expect(store.getReviewLog()).toHaveLength(6);
	});
});

describe('quiz option highlight', () => {
	it('arrows move the highlight (wrapping); answer without an option takes it', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'move', delta: 1},
		]);
		expect(s.highlight).toBe(1);
		s = run(store, [{type: 'move', delta: 1}], s);
		expect(s.highlight).toBe(0);
		s = run(
			store,
			[
				{type: 'move', delta: -1},
				{type: 'answer', now: 5},
			],
			s,
		);
		expect(s.answers[0]?.chosen).toBe('Nursultan Nazarbayev');
		s = run(store, [{type: 'grade', now: 6, seed: 1}], s);
		expect(s.highlight).toBe(0);
	});
});

describe('a repeat with other distractors', () => {
	it('asks a card graded Again with the fresh question the caller made for it', () => {
		const store = makeTestStore();
		const fresh = {...items[0]!.question, options: ['Recep Tayyip Erdogan', 'Vladimir Putin']};
		const s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: NAZARBAYEV, now: 5},
			{type: 'grade', now: 6, seed: 1, reshow: fresh},
		]);
		expect(s.items.at(-1)).toMatchObject({step: 1, question: {options: fresh.options}});
		// A question for another card is not taken for it.
		const other = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: NAZARBAYEV, now: 5},
			{type: 'grade', now: 6, seed: 1, reshow: items[1]!.question},
		]);
		expect(other.items.at(-1)!.question.id).toBe('key:1');
	});
});

describe('dropping a suspended card', () => {
	it('removes its later showings, never the ones answered', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: NAZARBAYEV, now: 5},
			{type: 'grade', now: 6, seed: 1},
		]);
		expect(s.items.map((i) => i.question.id)).toEqual(['key:1', 'key:2', 'key:3', 'key:1']);
		s = run(store, [{type: 'drop', card: 'key:1'}], s);
		expect(s.items.map((i) => i.question.id)).toEqual(['key:1', 'key:2', 'key:3']);
		expect(s.answers[0]?.rating).toBe(1);
		expect(s.index).toBe(1);
		expect(run(store, [{type: 'drop', card: 'key:9'}], s)).toBe(s);
	});
});
