import {describe, expect, it} from 'vitest';
import type {Question} from '../../source/core/quiz.js';
import {
	commitEffect,
	initialQuizState,
	type QuizAction,
	type QuizState,
	quizReducer,
	quizSummary,
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

describe('quiz session reducer', () => {
	it('answers, shows the result, moves on and ends in a summary', () => {
		const store = makeTestStore();
		let s = run(store, [{type: 'start', items, now: 1000}]);
		expect(s.phase).toBe('question');
		s = run(store, [{type: 'answer', option: PUTIN, now: 2500}], s);
		expect(s.phase).toBe('answered');
		expect(s.answers[0]).toMatchObject({chosen: 'Vladimir Putin', correct: true, ms: 1500});
		expect(s.streak).toBe(1);
		// Answering twice does nothing.
		expect(run(store, [{type: 'answer', option: NAZARBAYEV, now: 2600}], s)).toEqual(s);
		s = run(store, [{type: 'next', now: 3000}], s);
		expect(s).toMatchObject({index: 1, phase: 'question', shownAt: 3000});
		s = run(
			store,
			[
				{type: 'answer', option: PUTIN, now: 9000},
				{type: 'next', now: 9100},
				{type: 'answer', option: PUTIN, now: 9500},
				{type: 'next', now: 9600},
			],
			s,
		);
		expect(s.phase).toBe('summary');
		expect(s.streak).toBe(1);
		expect(s.bestStreak).toBe(1);
		const summary = quizSummary(s);
		expect(summary).toMatchObject({right: 2, answered: 3, total: 3});
		expect(summary.speakers).toEqual([
			{speaker: 'Vladimir Putin', right: 2, total: 2},
			{speaker: 'Nursultan Nazarbayev', right: 0, total: 1},
		]);
		expect(summary.missed.map((m) => m.question.id)).toEqual(['key:2']);
		// Every answer reached the store, with who was chosen and who was right.
		expect(store.getReviewLog().map((e) => [e.card, e.chosen, e.correct])).toEqual([
			['key:1', 'Vladimir Putin', 'Vladimir Putin'],
			['key:2', 'Vladimir Putin', 'Nursultan Nazarbayev'],
			['key:3', 'Vladimir Putin', 'Vladimir Putin'],
		]);
	});

	it('undo takes back the last answer in the store and in the session', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: PUTIN, now: 1000},
			{type: 'next', now: 1100},
			{type: 'answer', option: NAZARBAYEV, now: 2000},
		]);
		expect(s.streak).toBe(2);
		s = run(store, [{type: 'undo', now: 3000}], s);
		expect(s).toMatchObject({index: 1, phase: 'question', streak: 1, shownAt: 3000});
		expect(s.answers[1]).toBeUndefined();
		expect(store.getReviewLog().map((e) => e.card)).toEqual(['key:1']);
		expect(store.getCard('key:2')).toBeUndefined();
		// Undo from the next question's screen goes back to the previous question.
		s = run(store, [{type: 'undo', now: 3100}], s);
		expect(s).toMatchObject({index: 0, phase: 'question', streak: 0});
		expect(store.getReviewLog()).toEqual([]);
		expect(store.getCard('key:1')).toBeUndefined();
		// Nothing left to undo.
		expect(run(store, [{type: 'undo', now: 3200}], s)).toEqual(s);
	});

	it('opens the quote in context after answering and comes back', () => {
		const store = makeTestStore();
		let s = run(store, [{type: 'start', items, now: 0}]);
		expect(run(store, [{type: 'openContext'}], s).phase).toBe('question');
		s = run(store, [{type: 'answer', option: NAZARBAYEV, now: 10}, {type: 'openContext'}], s);
		expect(s.phase).toBe('context');
		expect(run(store, [{type: 'next', now: 20}], s).phase).toBe('context');
		s = run(store, [{type: 'closeContext'}], s);
		expect(s).toMatchObject({phase: 'answered', index: 0});
		expect(store.getReviewLog()).toHaveLength(1);
	});

	it('reviews the missed quotes again at once', () => {
		const store = makeTestStore();
		let s = run(store, [
			{type: 'start', items, now: 0},
			{type: 'answer', option: NAZARBAYEV, now: 10},
			{type: 'next', now: 20},
			{type: 'answer', option: NAZARBAYEV, now: 30},
			{type: 'next', now: 40},
			{type: 'answer', option: NAZARBAYEV, now: 50},
			{type: 'next', now: 60},
			{type: 'reviewMissed', now: 70},
		]);
		expect(s).toMatchObject({phase: 'question', round: 2, index: 0});
		expect(s.items.map((i) => i.question.id)).toEqual(['key:1', 'key:3']);
		s = run(store, [{type: 'answer', option: PUTIN, now: 80}], s);
		expect(s.answers[0]?.correct).toBe(true);
		expect(store.getReviewLog()).toHaveLength(4);
	});
});
