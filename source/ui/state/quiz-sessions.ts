/**
 * Where the quiz session lives while the Quiz view is not on screen (the quote opened in Read, a
 * look at the Stats): an app-level holder, one per <App>, with a slot per library and store. The
 * slot itself (ui/quiz/slot.ts) is made by the Quiz view's code when first needed, so that the
 * quiz's code stays out of start-up.
 */
import {createContext, useContext} from 'react';
import type {Library} from '../../core/library.js';
import type {Store} from '../../core/model.js';

/** Questions in a session unless `--count` says otherwise. */
const DEFAULT_COUNT = 20;

/** What a slot must offer the holder. */
export interface SlotLike {
	readonly store: Store;
}

/** Every quiz slot of one app. */
export class QuizSessions {
	readonly #slots = new Map<Library, SlotLike>();

	constructor(readonly count = DEFAULT_COUNT) {}

	/** The slot of a library for a store, made by `create` the first time (a new store: afresh). */
	slot<T extends SlotLike>(library: Library, store: Store, create: () => T): T {
		let slot = this.#slots.get(library);
		if (!slot || slot.store !== store) {
			slot = create();
			this.#slots.set(library, slot);
		}
		return slot as T;
	}
}

export const QuizSessionsContext = createContext<QuizSessions | null>(null);

/** The app's quiz sessions. */
export function useQuizSessions(): QuizSessions {
	const sessions = useContext(QuizSessionsContext);
	if (!sessions) throw new Error('useQuizSessions outside <App>');
	return sessions;
}
