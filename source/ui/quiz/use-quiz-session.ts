/**
 * The Quiz view's state hook: the session of this library (kept by the app's QuizSessions, so it
 * survives a visit to Read or Stats), subscribed to as an external store. The first session
 * starts after the view has drawn "preparing" (building the bank takes a moment on a large
 * library); time spent away from the view does not count as answer time.
 */
import {useEffect, useSyncExternalStore} from 'react';
import {useShell, useStore} from '../state/context.js';
import {useQuizSessions} from '../state/quiz-sessions.js';
import {type QuizSlot, type QuizSnapshot, quizSlot} from './slot.js';

export function useQuizSession(): {slot: QuizSlot; snapshot: QuizSnapshot} {
	const shell = useShell();
	const store = useStore();
	const slot = quizSlot(useQuizSessions(), shell.library, store, shell.texts);
	const snapshot = useSyncExternalStore(slot.subscribe, slot.get);
	useEffect(() => {
		slot.enter(Date.now());
		return () => slot.leave(Date.now());
	}, [slot]);
	useEffect(() => {
		const s = slot.get();
		if (s.state || s.problem) return;
		const timer = setTimeout(() => slot.start(false, Date.now()), slot.bank ? 0 : 40);
		return () => clearTimeout(timer);
	}, [slot]);
	return {slot, snapshot};
}
