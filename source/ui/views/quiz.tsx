/**
 * The Quiz view, loaded on first use: its code (question generation, redaction, FSRS) stays out
 * of start-up, and so does building the question bank (quiz-main.tsx, when the view opens).
 */
import {lazy, Suspense} from 'react';
import {QuizLoading} from '../components/quiz-loading.js';
import type {ViewProps} from './types.js';

const Main = lazy(async () => ({default: (await import('./quiz-main.js')).QuizMain}));

export function QuizView(props: ViewProps) {
	return (
		<Suspense fallback={<QuizLoading view="quiz" title="Quiz" />}>
			<Main {...props} />
		</Suspense>
	);
}
