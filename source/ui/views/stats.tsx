/** The Stats view, loaded on first use (stats-main.tsx), so its code stays out of start-up. */
import {lazy, Suspense} from 'react';
import {QuizLoading} from '../components/quiz-loading.js';
import type {ViewProps} from './types.js';

const Main = lazy(async () => ({default: (await import('./stats-main.js')).StatsMain}));

export function StatsView(props: ViewProps) {
	return (
		<Suspense fallback={<QuizLoading view="stats" title="Stats" />}>
			<Main {...props} />
		</Suspense>
	);
}
