/**
 * A pure reducer held in a small store: `dispatch` applies an action at once (so keys that arrive
 * in a burst each see the state the previous one left) and views read it with `useReducerStore`.
 * Views make one per mount (local state) or get one from the per-library sessions (state that
 * must survive switching views).
 */
import {useSyncExternalStore} from 'react';

export interface ReducerStore<S, A> {
	getState(): S;
	dispatch(action: A): void;
	subscribe(listener: () => void): () => void;
}

export function createReducerStore<S, A>(
	reducer: (state: S, action: A) => S,
	initial: S,
): ReducerStore<S, A> {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		dispatch(action) {
			const next = reducer(state, action);
			if (next === state) return;
			state = next;
			for (const listener of listeners) listener();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/** The store's current state; the component re-renders when it changes. */
export function useReducerStore<S, A>(store: ReducerStore<S, A>): S {
	return useSyncExternalStore(store.subscribe, store.getState);
}
