/**
 * The quiz flow as a pure reducer: start, answer, next, undo, open the quote in context and come
 * back, the summary, and reviewing the missed quotes again. The Quiz view is a thin shell over it.
 * Writing to the store is an effect: each answer or undo sets `effect` (with a new `seq`), which
 * the caller hands to `commitEffect` once.
 */
import type {Store} from '../store/types.js';
import type {Question} from './quiz.js';
import {type Answer, recordAnswer, undoAnswer} from './schedule.js';

/** One question of a session. */
export interface SessionItem {
	question: Question;
	/** The card has been missed 8+ times. */
	leech: boolean;
	/** The card has never been answered before. */
	isNew: boolean;
}

/** How one question of the current round was answered. */
export interface AnswerRecord {
	chosen: string;
	correct: boolean;
	ms: number;
	/** The streak before this answer (undo restores it). */
	streakBefore: number;
}

export type QuizPhase = 'question' | 'answered' | 'context' | 'summary';

/** A write the caller must apply to the store (see `commitEffect`). */
export type QuizEffect =
	| {seq: number; type: 'record'; answer: Answer}
	| {seq: number; type: 'undo'};

export interface QuizState {
	items: SessionItem[];
	/** The current question (index into items). */
	index: number;
	phase: QuizPhase;
	/** Answers of the current round, by item index. */
	answers: Array<AnswerRecord | undefined>;
	/** When the current question was shown (epoch ms). */
	shownAt: number;
	/** Right answers in a row. */
	streak: number;
	bestStreak: number;
	/** 1 for the session, 2+ for "review missed" rounds. */
	round: number;
	effect: QuizEffect | null;
}

export type QuizAction =
	| {type: 'start'; items: SessionItem[]; now: number}
	/** `option` is an index into the current question's options. */
	| {type: 'answer'; option: number; now: number}
	| {type: 'next'; now: number}
	| {type: 'undo'; now: number}
	| {type: 'openContext'}
	| {type: 'closeContext'}
	| {type: 'reviewMissed'; now: number};

/** A session state before `start`, or for a fixed list of items. */
export function initialQuizState(items: SessionItem[] = [], now = 0): QuizState {
	return {
		items,
		index: 0,
		phase: items.length > 0 ? 'question' : 'summary',
		answers: [],
		shownAt: now,
		streak: 0,
		bestStreak: 0,
		round: 1,
		effect: null,
	};
}

const nextSeq = (state: QuizState) => (state.effect?.seq ?? 0) + 1;

function retreat(state: QuizState, index: number, now: number): QuizState {
	const answer = state.answers[index];
	if (!answer) return state;
	const answers = [...state.answers];
	answers[index] = undefined;
	return {
		...state,
		index,
		phase: 'question',
		answers,
		shownAt: now,
		streak: answer.streakBefore,
		effect: {seq: nextSeq(state), type: 'undo'},
	};
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
	switch (action.type) {
		case 'start':
			return {...initialQuizState(action.items, action.now), effect: state.effect};
		case 'answer': {
			const item = state.items[state.index];
			if (state.phase !== 'question' || !item) return state;
			const chosen = item.question.options[action.option];
			if (chosen === undefined) return state;
			const correct = chosen === item.question.answer;
			const ms = Math.max(0, action.now - state.shownAt);
			const answers = [...state.answers];
			answers[state.index] = {chosen, correct, ms, streakBefore: state.streak};
			const streak = correct ? state.streak + 1 : 0;
			return {
				...state,
				phase: 'answered',
				answers,
				streak,
				bestStreak: Math.max(state.bestStreak, streak),
				effect: {
					seq: nextSeq(state),
					type: 'record',
					answer: {
						card: item.question.id,
						chosen,
						correct: item.question.answer,
						ms,
						at: action.now,
					},
				},
			};
		}
		case 'next':
			if (state.phase !== 'answered') return state;
			if (state.index + 1 >= state.items.length) return {...state, phase: 'summary'};
			return {...state, index: state.index + 1, phase: 'question', shownAt: action.now};
		case 'undo':
			if (state.phase === 'answered') return retreat(state, state.index, action.now);
			if (state.phase === 'question' && state.index > 0)
				return retreat(state, state.index - 1, action.now);
			if (state.phase === 'summary' && state.items.length > 0)
				return retreat(state, state.items.length - 1, action.now);
			return state;
		case 'openContext':
			return state.phase === 'answered' ? {...state, phase: 'context'} : state;
		case 'closeContext':
			return state.phase === 'context' ? {...state, phase: 'answered'} : state;
		case 'reviewMissed': {
			if (state.phase !== 'summary') return state;
			const missed = state.items.filter((_, i) => state.answers[i]?.correct === false);
			if (missed.length === 0) return state;
			return {
				...state,
				items: missed,
				index: 0,
				phase: 'question',
				answers: [],
				shownAt: action.now,
				round: state.round + 1,
			};
		}
		default:
			return state;
	}
}

/** Applies an effect to the store (call once per new `effect.seq`). */
export function commitEffect(store: Store, effect: QuizEffect): void {
	if (effect.type === 'record') recordAnswer(store, effect.answer);
	else undoAnswer(store);
}

/** Accuracy on one speaker's quotes in the summary. */
export interface SummarySpeaker {
	speaker: string;
	right: number;
	total: number;
}

/** The end-of-round summary. */
export interface QuizSummary {
	right: number;
	answered: number;
	total: number;
	speakers: SummarySpeaker[];
	missed: SessionItem[];
	bestStreak: number;
}

/** Score, accuracy per speaker and the missed quotes of the current round. */
export function quizSummary(state: QuizState): QuizSummary {
	const speakers = new Map<string, SummarySpeaker>();
	const missed: SessionItem[] = [];
	let right = 0;
	let answered = 0;
	state.items.forEach((item, i) => {
		const a = state.answers[i];
		if (!a) return;
		answered++;
		const name = item.question.answer;
		const s = speakers.get(name) ?? {speaker: name, right: 0, total: 0};
		s.total++;
		if (a.correct) {
			s.right++;
			right++;
		} else missed.push(item);
		speakers.set(name, s);
	});
	return {
		right,
		answered,
		total: state.items.length,
		speakers: [...speakers.values()].sort((a, b) => b.total - a.total),
		missed,
		bestStreak: state.bestStreak,
	};
}
