/**
 * Where the quiz session lives while the Quiz view is not on screen (the quote opened in Read, a
 * look at the Stats): an app-level holder, one per <App>, with a slot per library and store. A
 * slot is a small external store over the core's pure reducer (quiz-session.ts): `dispatch` runs
 * the reducer, writes its effect to the Store once, and tells the subscribed view. The question
 * bank is built the first time a session starts (never at start-up).
 */
import {createContext, useContext} from 'react';
import type {Library} from '../../core/library.js';
import type {QuizBank} from '../../core/quiz.js';
import {
	commitEffect,
	initialQuizState,
	type QuizAction,
	type QuizState,
	quizReducer,
} from '../../core/quiz-session.js';
import type {Store} from '../../store/types.js';
import {startSession} from '../quiz/session.js';

/** Questions in a session unless `--count` says otherwise. */
export const DEFAULT_COUNT = 20;

/** What the Quiz view draws from. */
export interface QuizSnapshot {
	/** The session, or null before the first one starts. */
	state: QuizState | null;
	/** Why there is no session ("the quiz needs at least two named speakers …"), or null. */
	problem: string | null;
	/** True when the session's new cards went beyond the daily limit on request. */
	extra: boolean;
}

/** The quiz of one library and store. */
export class QuizSlot {
	#snapshot: QuizSnapshot = {state: null, problem: null, extra: false};
	readonly #listeners = new Set<() => void>();
	/** `seq` of the last effect written to the store (each is written exactly once). */
	#committed = 0;
	#bank: QuizBank | null = null;
	/** When the view was left (epoch ms): time away does not count as answer time. */
	#leftAt: number | null = null;

	constructor(
		readonly library: Library,
		readonly store: Store,
		readonly count: number,
	) {}

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

	/** Starts a session (with `extra`: new quotes beyond today's limit). */
	readonly start = (extra: boolean, now: number): void => {
		const result = startSession(this, this.library, this.store, now, extra);
		this.#bank = result.bank;
		this.#set({...this.#snapshot, problem: result.problem, extra});
		if (!result.problem) this.dispatch({type: 'start', items: result.items, now});
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

/** Every quiz slot of one app. */
export class QuizSessions {
	readonly #slots = new Map<Library, QuizSlot>();

	constructor(readonly count = DEFAULT_COUNT) {}

	/** The slot of a library for a store (a new store starts afresh). */
	slot(library: Library, store: Store): QuizSlot {
		let slot = this.#slots.get(library);
		if (!slot || slot.store !== store) {
			slot = new QuizSlot(library, store, this.count);
			this.#slots.set(library, slot);
		}
		return slot;
	}
}

export const QuizSessionsContext = createContext<QuizSessions | null>(null);

/** The app's quiz sessions. */
export function useQuizSessions(): QuizSessions {
	const sessions = useContext(QuizSessionsContext);
	if (!sessions) throw new Error('useQuizSessions outside <App>');
	return sessions;
}
