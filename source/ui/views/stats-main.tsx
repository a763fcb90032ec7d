/**
 * The Stats view: the numbers of core/stats.ts drawn as rows (quiz/stats-lines.ts) — heatmap,
 * accuracy per week and per speaker, the pairs confused most, cards due, streak. Computed when
 * the view opens; scrolls with j/k when the window is too short for all of it.
 */
import {useCallback, useMemo, useRef, useState} from 'react';
import {computeStats} from '../../core/stats.js';
import {Frame} from '../components/frame.js';
import {QuizLines} from '../components/quiz-lines.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewInput} from '../hooks/use-view-input.js';
import {commandOf, type KeyFlags, keymap} from '../keys/keymap.js';
import {quizSlot} from '../quiz/slot.js';
import {statsLines} from '../quiz/stats-lines.js';
import {useShell, useStore} from '../state/context.js';
import {useQuizSessions} from '../state/quiz-sessions.js';
import type {ViewProps} from './registry.js';

export function StatsMain({active}: ViewProps) {
	const store = useStore();
	const shell = useShell();
	const quiz = useQuizSessions();
	const size = useTerminalSize();
	const stats = useMemo(
		() => computeStats(store.getReviewLog(), store.allCards(), Date.now()),
		[store],
	);
	const lines = useMemo(() => statsLines(stats, size.columns), [stats, size.columns]);
	const rows = size.bodyRows;
	const max = Math.max(0, lines.length - rows);
	const [top, setTop] = useState(0);
	// The card list lives in the Quiz view: open it there.
	const openCards = () => {
		quizSlot(quiz, shell.library, store).openCards();
		shell.switchTo('quiz');
	};
	const env = useRef({max, rows, openCards});
	env.current = {max, rows, openCards};
	const onKey = useCallback((input: string, key: KeyFlags) => {
		const {max: bottom, rows: page} = env.current;
		const by = (d: number) => setTop((t) => Math.max(0, Math.min(bottom, t + d)));
		const command = commandOf(keymap.stats, input, key);
		if (command === 'down') by(1);
		else if (command === 'up') by(-1);
		else if (command === 'page-down') by(Math.max(1, page - 1));
		else if (command === 'page-up') by(-Math.max(1, page - 1));
		else if (command === 'cards') env.current.openCards();
	}, []);
	const claims = useCallback(() => false, []);
	useViewInput(onKey, claims, active);

	const first = Math.min(top, max);
	const status =
		lines.length > rows
			? `rows ${first + 1}–${first + rows}/${lines.length}`
			: stats.totalReviews
				? `streak ${stats.streak}`
				: undefined;
	return (
		<Frame view="stats" size={size} title="Stats" detail="quiz progress" status={status}>
			<QuizLines lines={lines.slice(first, first + rows)} width={size.columns} />
		</Frame>
	);
}
