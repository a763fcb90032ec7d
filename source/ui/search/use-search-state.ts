/**
 * The Search view's state hook: the library's search session (from the app's per-library
 * sessions, so it survives a visit to Read), its state, and on opening: where Esc on an empty
 * line goes back to, and the searcher started (the first time only).
 */
import {useEffect, useRef} from 'react';
import {useShell} from '../state/context.js';
import {useReducerStore} from '../state/reducer-store.js';
import {useLibrarySession} from '../state/sessions.js';

export function useSearchState() {
	const shell = useShell();
	const session = useLibrarySession(shell.library).search;
	const state = useReducerStore(session.store);
	const previous = useRef(shell.state.previous);
	useEffect(() => {
		session.dispatch({type: 'visit', previous: previous.current});
		session.start();
	}, [session]);
	return {session, state};
}
