/**
 * The Stats view: the numbers of core/stats.ts drawn as rows (quiz/stats-lines.ts) — heatmap,
 * accuracy per week and per speaker, the pairs confused most, cards due, streak. Computed when
 * the view opens; scrolls with j/k when the window is too short for all of it.
 */
import {Frame} from '../components/frame.js';
import {QuizLines} from '../components/quiz-lines.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {quizSlot} from '../quiz/slot.js';
import {useShell, useStore} from '../state/context.js';
import {useQuizSessions} from '../state/quiz-sessions.js';
import {useStatsInput} from '../stats/use-stats-input.js';
import {useStatsState} from '../stats/use-stats-state.js';
import type {ViewProps} from './types.js';

export function StatsMain({active}: ViewProps) {
	const store = useStore();
	const shell = useShell();
	const quiz = useQuizSessions();
	const size = useTerminalSize();
	const {stats, lines, scroll, top} = useStatsState(size.columns);
	const rows = size.bodyRows;
	const max = Math.max(0, lines.length - rows);
	// The card list lives in the Quiz view: open it there.
	const openCards = () => {
		quizSlot(quiz, shell.library, store, shell.texts).openCards();
		shell.switchTo('quiz');
	};
	useStatsInput(scroll, {rows, max, openCards}, active);

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
