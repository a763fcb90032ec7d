/**
 * A quiz slot: the session of one library and store, a small external store over the core's pure
 * reducer (quiz-session.ts). `dispatch` runs the reducer, writes its effect to the Store once, and
 * tells the subscribed view. The question bank is built the first time a session starts (never
 * at start-up). The app's QuizSessions (ui/state) keeps one per library.
 */

import type {Grade} from 'ts-fsrs';
import type {Library, LoadedTranscript} from '../../core/library.js';
import type {Store} from '../../core/model.js';
import {isWhole} from '../../core/outline.js';
import {buildQuizBank, type QuizBank, questionForCard} from '../../core/quiz.js';
import {
	commitEffect,
	initialQuizState,
	type QuizAction,
	type QuizState,
	quizReducer,
} from '../../core/quiz-session.js';
import {createRng} from '../../core/rng.js';
import {bury, setSuspended} from '../../core/schedule.js';
import {TranscriptTexts} from '../../core/texts.js';
import type {QuizSessions} from '../state/quiz-sessions.js';
import {type CardListAction, type CardListState, cardListReducer} from './card-list.js';
import {startSession} from './session.js';

/** What the Quiz view draws from. */
export interface QuizSnapshot {
	/** The session, or null before the first one starts. */
	state: QuizState | null;
	/** Why there is no session ("the quiz needs at least two named speakers …"), or null. */
	problem: string | null;
	/** True when the session's new cards went beyond the daily limit on request. */
	extra: boolean;
	/** The card list when it is open (over the session, which waits). */
	cards: CardListState | null;
}

/** The quiz of one library and store. */
export class QuizSlot {
	#snapshot: QuizSnapshot = {state: null, problem: null, extra: false, cards: null};
	readonly #listeners = new Set<() => void>();
	/** `seq` of the last effect written to the store (each is written exactly once). */
	#committed = 0;
	#bank: QuizBank | null = null;
	/** When the view was left (epoch ms): time away does not count as answer time. */
	#leftAt: number | null = null;
	/** The library with the text of every transcript (read on first need if held as outlines). */
	#whole: Library | null;
	#byKey: Map<string, LoadedTranscript> | null = null;
	#reading: Promise<void> | null = null;

	constructor(
		readonly library: Library,
		readonly store: Store,
		readonly count: number,
		private readonly texts: TranscriptTexts | null = null,
	) {
		this.#whole = library.transcripts.every(isWhole) ? library : null;
	}

	/**
	 * Runs `then` once the text of the library is at hand: at once when it is; else after reading
	 * every transcript (questions are drawn from all of them).
	 */
	#withText(then: (whole: Library) => void): void {
		if (this.#whole) {
			then(this.#whole);
			return;
		}
		this.#reading ??= (this.texts ?? new TranscriptTexts())
			.loadAll(this.library.transcripts)
			.then((transcripts) => {
				this.#whole = {...this.library, transcripts};
			});
		void this.#reading.then(() => then(this.#whole!));
	}

	/** The whole transcript of a key once the quiz has read the library (its quotes' context). */
	transcript(key: string): LoadedTranscript | undefined {
		if (!this.#whole) return undefined;
		this.#byKey ??= new Map(this.#whole.transcripts.map((t) => [t.key, t]));
		return this.#byKey.get(key);
	}

	readonly get = (): QuizSnapshot => this.#snapshot;

	readonly subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};

	/** The bank, if built. */
	get bank(): QuizBank | null {
		return this.#bank;
	}

	#set(snapshot: QuizSnapshot): void {
		this.#snapshot = snapshot;
		for (const listener of this.#listeners) listener();
	}

	/** Runs the reducer; a new effect goes to the store before anyone sees the new state. */
	readonly dispatch = (action: QuizAction): void => {
		const next = quizReducer(this.#snapshot.state ?? initialQuizState(), action);
		if (next === this.#snapshot.state) return;
		if (next.effect && next.effect.seq > this.#committed) {
			commitEffect(this.store, next.effect);
			this.#committed = next.effect.seq;
		}
		this.#set({...this.#snapshot, state: next});
	};

	/**
	 * Grades the current answer; a card graded Again comes back with a fresh question (the options
	 * drawn again from the most plausible, in a new order).
	 */
	readonly grade = (command: {rating?: Grade; guessed?: boolean}, now: number): void => {
		const item = this.#snapshot.state?.items[this.#snapshot.state.index];
		const reshow =
			item && this.#bank ? questionForCard(this.#bank, item.question.id, createRng(now)) : null;
		this.dispatch({type: 'grade', ...command, now, seed: now, reshow});
		// Forgotten for the 8th time, it became a leech and was suspended: no repeat.
		if (item && this.store.getCard(item.question.id)?.suspended)
			this.dispatch({type: 'drop', card: item.question.id});
	};

	/** Starts a session (with `extra`: new quotes beyond today's limit). */
	readonly start = (extra: boolean, now: number): void =>
		this.#withText((whole) => {
			const result = startSession(this, whole, this.store, now, extra);
			this.#bank = result.bank;
			this.#set({...this.#snapshot, problem: result.problem, extra});
			if (!result.problem) this.dispatch({type: 'start', items: result.items, now});
		});

	/** Opens the card list (from Stats or the Quiz view), once the bank is built. */
	readonly openCards = (): void =>
		this.#withText((whole) => {
			this.#bank ??= buildQuizBank(whole.transcripts);
			this.#set({...this.#snapshot, cards: {selected: 0}});
		});

	/** Runs the card list's reducer; a suspension or burial goes to the store at once. */
	readonly cardAction = (action: CardListAction, now: number): void => {
		const list = this.#snapshot.cards;
		if (!list) return;
		const {state, effect} = cardListReducer(list, action);
		if (effect) {
			const card = this.store.getCard(effect.id);
			if (effect.type === 'toggle-suspend') {
				setSuspended(this.store, effect.id, !card?.suspended, now);
				if (!card?.suspended) this.dispatch({type: 'drop', card: effect.id});
			} else if (card?.buriedUntil !== undefined && card.buriedUntil > now) {
				const {buriedUntil: _, ...rest} = card;
				this.store.setCard(effect.id, rest);
			} else bury(this.store, effect.id, now);
		}
		this.#set({...this.#snapshot, cards: state});
	};

	/** The view was left at `now`. */
	leave(now: number): void {
		this.#leftAt = now;
	}

	/** The view is back: time away is not answer time; a quote read in context is closed. */
	enter(now: number): void {
		if (this.#leftAt !== null) this.dispatch({type: 'away', ms: Math.max(0, now - this.#leftAt)});
		this.#leftAt = null;
		if (this.#snapshot.state?.phase === 'context') this.dispatch({type: 'closeContext'});
	}
}

/** The slot of `library` and `store` in the app's quiz sessions. */
export function quizSlot(
	sessions: QuizSessions,
	library: Library,
	store: Store,
	texts: TranscriptTexts | null = null,
): QuizSlot {
	return sessions.slot(library, store, () => new QuizSlot(library, store, sessions.count, texts));
}
