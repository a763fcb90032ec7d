/**
 * The Stats view's state hook: the numbers (core/stats.ts, computed when the view opens), their
 * rows for the window's width, and the scroll position (a reducer store per visit).
 */
import {useMemo, useState} from 'react';
import {computeStats} from '../../core/stats.js';
import {statsLines} from '../quiz/stats-lines.js';
import {useShell, useStore} from '../state/context.js';
import {createReducerStore, useReducerStore} from '../state/reducer-store.js';
import {initialStats, statsReducer} from './state.js';

export function useStatsState(columns: number) {
	const store = useStore();
	const {now} = useShell();
	const stats = useMemo(
		() => computeStats(store.getReviewLog(), store.allCards(), now()),
		[store, now],
	);
	const lines = useMemo(() => statsLines(stats, columns), [stats, columns]);
	const [scroll] = useState(() => createReducerStore(statsReducer, initialStats));
	const {top} = useReducerStore(scroll);
	return {stats, lines, scroll, top};
}
