/**
 * The quiz flow as a pure reducer over named actions: start, answer, grade (Again / Hard / Good /
 * Easy, or the default), undo, open the quote in context and come back, suspend or bury the card,
 * the summary, and reviewing the missed quotes again. A card graded Again comes back later in the
 * same session (a learning step, as in Anki) until it is answered right; its options are shuffled
 * anew at every showing. Writing to the store is an effect: each grade, undo, suspension or burial
 * sets `effect` (with a new `seq`), which the caller hands to `commitEffect` once.
 */
import type {Grade} from 'ts-fsrs';
import type {Store} from './model.js';
import type {Question} from './quiz.js';
import {createRng} from './rng.js';
import {
	type Answer,
	bury,
	type DayOf,
	makeDayOf,
	ratingFor,
	recordAnswer,
	setSuspended,
	undoAnswer,
} from './schedule.js';

/** One showing of a question in a session. */
export interface SessionItem {
	question: Question;
	/** The card has lapsed 8+ times. */
	leech: boolean;
	/** The card had never been answered before the session. */
	isNew: boolean;
	/** 0 for the first showing; 1, 2, … for the learning steps after an Again in this session. */
	step?: number;
}

/** How one showing was answered. */
export interface AnswerRecord {
	chosen: string;
	correct: boolean;
	ms: number;
	/** Epoch ms of the answer (the grade is scheduled from then). */
	at: number;
	/** The streak before this answer (undo restores it). */
	streakBefore: number;
	/** The grade given; undefined while the answer screen waits for one. */
	rating?: Grade;
	/** The user said "I guessed". */
	guessed?: boolean;
	/** Suspended or buried instead of graded. */
	skipped?: 'suspend' | 'bury';
	/** Where this grade put the card back in the queue (an Again), for undo. */
	inserted?: number;
}

type QuizPhase = 'question' | 'answered' | 'context' | 'summary';

/** A write the caller must apply to the store (see `commitEffect`). */
export type QuizEffect =
	| {seq: number; type: 'record'; answer: Answer}
	| {seq: number; type: 'undo'}
	| {seq: number; type: 'suspend' | 'bury' | 'unsuspend' | 'unbury'; card: string; now: number};

export interface QuizState {
	/** The queue of showings: the session's cards, plus repeats of the cards graded Again. */
	items: SessionItem[];
	/** The current showing (index into items). */
	index: number;
	phase: QuizPhase;
	/** Answers by showing. */
	answers: Array<AnswerRecord | undefined>;
	/** When the current question was shown (epoch ms). */
	shownAt: number;
	/** The option highlighted by the arrows (Enter answers with it). */
	highlight: number;
	/** Right answers in a row. */
	streak: number;
	bestStreak: number;
	/** 1 for the session, 2+ for "review missed" rounds. */
	round: number;
	effect: QuizEffect | null;
}

export type QuizAction =
	| {type: 'start'; items: SessionItem[]; now: number}
	/** `option` is an index into the current question's options (default: the highlighted one). */
	| {type: 'answer'; option?: number; now: number}
	/** Moves the highlight among the options (wrapping round). */
	| {type: 'move'; delta: number}
	/**
	 * Grades the answer and goes on: `rating` as chosen (1–4), or the default from right/wrong,
	 * time and `guessed`. A card graded Again is asked again as `reshow` (the caller's fresh
	 * question for it: other hard distractors) or with its options shuffled by `seed`.
	 */
	| {
			type: 'grade';
			rating?: Grade;
			guessed?: boolean;
			now: number;
			seed: number;
			reshow?: Question | null;
	  }
	| {type: 'undo'; now: number}
	| {type: 'openContext'}
	| {type: 'closeContext'}
	/** Suspends or buries the current card (no grade) and goes on; its repeats are dropped. */
	| {type: 'suspend' | 'bury'; now: number}
	/** Time spent in another view: it does not count as answer time. */
	| {type: 'away'; ms: number}
	/** Drops the card's later showings (it was suspended: a leech, or from the card list). */
	| {type: 'drop'; card: string}
	| {type: 'reviewMissed'; now: number; seed: number};

/** Other cards asked before a card graded Again comes back. */
export const RELEARN_GAP = 3;

/** A session state before `start`, or for a fixed list of items. */
export function initialQuizState(items: SessionItem[] = [], now = 0): QuizState {
	return {
		items,
		index: 0,
		phase: items.length > 0 ? 'question' : 'summary',
		answers: [],
		shownAt: now,
		highlight: 0,
		streak: 0,
		bestStreak: 0,
		round: 1,
		effect: null,
	};
}

const nextSeq = (state: QuizState) => (state.effect?.seq ?? 0) + 1;

/** The question with its options in a new order (another showing). */
export function reshuffle(question: Question, seed: number): Question {
	return {...question, options: createRng(seed).shuffle(question.options)};
}

/** The next showing, or the summary after the last one. */
function advance(state: QuizState, now: number): QuizState {
	if (state.index + 1 >= state.items.length) return {...state, phase: 'summary'};
	return {...state, index: state.index + 1, phase: 'question', shownAt: now, highlight: 0};
}

/** Undoes showing `index` (the last one answered): the store's effect and the repeat it added. */
function retreat(state: QuizState, index: number, now: number): QuizState {
	const answer = state.answers[index];
	if (!answer) return state;
	const answers = [...state.answers];
	answers[index] = undefined;
	const items = [...state.items];
	if (answer.inserted !== undefined) {
		items.splice(answer.inserted, 1);
		answers.splice(answer.inserted, 1);
	}
	const card = state.items[index]!.question.id;
	const effect: QuizEffect | null =
		answer.skipped !== undefined
			? {
					seq: nextSeq(state),
					type: answer.skipped === 'suspend' ? 'unsuspend' : 'unbury',
					card,
					now,
				}
			: answer.rating !== undefined
				? {seq: nextSeq(state), type: 'undo'}
				: state.effect;
	return {
		...state,
		items,
		index,
		phase: 'question',
		answers,
		shownAt: now,
		highlight: 0,
		streak: answer.streakBefore,
		effect,
	};
}

/** The last showing answered before the current one (skipping none: answers are in order). */
function previousAnswered(state: QuizState): number {
	for (let i = Math.min(state.index, state.items.length) - 1; i >= 0; i--)
		if (state.answers[i]) return i;
	return -1;
}

function grade(state: QuizState, action: Extract<QuizAction, {type: 'grade'}>): QuizState {
	const item = state.items[state.index];
	const answer = state.answers[state.index];
	if (state.phase !== 'answered' || !item || !answer) return state;
	const rating = action.rating ?? ratingFor(answer.correct, answer.ms, action.guessed ?? false);
	const answers = [...state.answers];
	const items = [...state.items];
	const recorded: AnswerRecord = {...answer, rating, guessed: action.guessed ?? answer.guessed};
	// Again: a learning step — the card comes back after a few others, its options shuffled anew.
	if (rating === 1) {
		const at = Math.min(state.index + 1 + RELEARN_GAP, items.length);
		items.splice(at, 0, {
			...item,
			step: (item.step ?? 0) + 1,
			question:
				action.reshow?.id === item.question.id
					? action.reshow
					: reshuffle(item.question, action.seed),
		});
		answers.splice(at, 0, undefined);
		recorded.inserted = at;
	}
	answers[state.index] = recorded;
	const effect: QuizEffect = {
		seq: nextSeq(state),
		type: 'record',
		answer: {
			card: item.question.id,
			chosen: answer.chosen,
			correct: item.question.answer,
			ms: answer.ms,
			at: answer.at,
			rating,
		},
	};
	return advance({...state, items, answers, effect}, action.now);
}

function skip(state: QuizState, kind: 'suspend' | 'bury', now: number): QuizState {
	const item = state.items[state.index];
	if (!item || (state.phase !== 'question' && state.phase !== 'answered')) return state;
	const card = item.question.id;
	const answers = [...state.answers];
	answers[state.index] = {
		...(answers[state.index] ?? {chosen: '', correct: false, ms: 0, at: now}),
		streakBefore: state.answers[state.index]?.streakBefore ?? state.streak,
		skipped: kind,
	};
	// Its repeats later in the queue go (none exist yet: a repeat is added only when graded).
	return advance({...state, answers, effect: {seq: nextSeq(state), type: kind, card, now}}, now);
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
	switch (action.type) {
		case 'start':
			return {...initialQuizState(action.items, action.now), effect: state.effect};
		case 'answer': {
			const item = state.items[state.index];
			if (state.phase !== 'question' || !item) return state;
			const chosen = item.question.options[action.option ?? state.highlight];
			if (chosen === undefined) return state;
			const correct = chosen === item.question.answer;
			const ms = Math.max(0, action.now - state.shownAt);
			const answers = [...state.answers];
			answers[state.index] = {chosen, correct, ms, at: action.now, streakBefore: state.streak};
			const streak = correct ? state.streak + 1 : 0;
			return {
				...state,
				phase: 'answered',
				answers,
				streak,
				bestStreak: Math.max(state.bestStreak, streak),
			};
		}
		case 'move': {
			const n = state.items[state.index]?.question.options.length ?? 0;
			if (state.phase !== 'question' || n === 0) return state;
			return {...state, highlight: (((state.highlight + action.delta) % n) + n) % n};
		}
		case 'grade':
			return grade(state, action);
		case 'undo': {
			if (state.phase === 'answered' || state.phase === 'context') {
				// Not graded yet: only the answer goes; the store has not seen it.
				const answer = state.answers[state.index];
				if (!answer) return state;
				const answers = [...state.answers];
				answers[state.index] = undefined;
				return {
					...state,
					phase: 'question',
					answers,
					shownAt: action.now,
					streak: answer.streakBefore,
				};
			}
			const last = previousAnswered(state);
			return last < 0 ? state : retreat(state, last, action.now);
		}
		case 'openContext':
			return state.phase === 'answered' ? {...state, phase: 'context'} : state;
		case 'closeContext':
			return state.phase === 'context' ? {...state, phase: 'answered'} : state;
		case 'suspend':
		case 'bury':
			return skip(state, action.type, action.now);
		case 'drop': {
			const keep = state.items.map(
				(it, i) => i <= state.index || it.question.id !== action.card || !!state.answers[i],
			);
			if (keep.every(Boolean)) return state;
			return {
				...state,
				items: state.items.filter((_, i) => keep[i]),
				answers: state.answers.filter((_, i) => keep[i]),
			};
		}
		case 'away':
			return state.phase === 'question' && action.ms > 0
				? {...state, shownAt: state.shownAt + action.ms}
				: state;
		case 'reviewMissed': {
			if (state.phase !== 'summary') return state;
			const missed = quizSummary(state).missed;
			if (missed.length === 0) return state;
			return {
				...state,
				items: missed.map((item, i) => ({
					...item,
					step: 0,
					question: reshuffle(item.question, action.seed + i),
				})),
				index: 0,
				phase: 'question',
				answers: [],
				shownAt: action.now,
				highlight: 0,
				round: state.round + 1,
			};
		}
		default:
			return state;
	}
}

/** Applies an effect to the store (call once per new `effect.seq`). */
export function commitEffect(store: Store, effect: QuizEffect, dayOf: DayOf = makeDayOf()): void {
	switch (effect.type) {
		case 'record':
			recordAnswer(store, effect.answer);
			return;
		case 'undo':
			undoAnswer(store);
			return;
		case 'suspend':
			setSuspended(store, effect.card, true, effect.now);
			return;
		case 'bury':
			bury(store, effect.card, effect.now, dayOf);
			return;
		default: {
			const card = store.getCard(effect.card);
			if (!card) return;
			// A card that was new before it was set aside goes back to being new (no record).
			if (card.reps === 0 && card.last_review === null) store.deleteCard(effect.card);
			else if (effect.type === 'unsuspend') setSuspended(store, effect.card, false, effect.now);
			else {
				const {buriedUntil: _, ...rest} = card;
				store.setCard(effect.card, rest);
			}
		}
	}
}

/** Accuracy on one speaker's quotes in the summary. */
interface SummarySpeaker {
	speaker: string;
	right: number;
	total: number;
}

/** The end-of-round summary (first showings only; repeats are counted as `relearnt`). */
export interface QuizSummary {
	right: number;
	answered: number;
	total: number;
	speakers: SummarySpeaker[];
	missed: SessionItem[];
	bestStreak: number;
	/** Repeats asked after an Again. */
	repeats: number;
	/** Cards set aside (suspended or buried) in this round. */
	skipped: number;
}

/** Score, accuracy per speaker and the missed quotes of the current round. */
export function quizSummary(state: QuizState): QuizSummary {
	const speakers = new Map<string, SummarySpeaker>();
	const missed: SessionItem[] = [];
	let right = 0;
	let answered = 0;
	let repeats = 0;
	let skipped = 0;
	let total = 0;
	state.items.forEach((item, i) => {
		const a = state.answers[i];
		if ((item.step ?? 0) > 0) {
			if (a) repeats++;
			return;
		}
		total++;
		if (!a) return;
		if (a.skipped) {
			skipped++;
			return;
		}
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
		total,
		speakers: [...speakers.values()].sort((a, b) => b.total - a.total),
		missed,
		bestStreak: state.bestStreak,
		repeats,
		skipped,
	};
}

/** The first showing's answer of a missed item (the option chosen), for the summary. */
export function chosenFor(state: QuizState, item: SessionItem): string {
	return state.answers[state.items.indexOf(item)]?.chosen ?? '';
}
