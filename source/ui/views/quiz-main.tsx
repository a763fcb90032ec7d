/**
 * The Quiz view: "who said this?" over the loaded library. Thin: the session comes from the state
 * hook (the app's QuizSessions, so it survives a visit to Read or Stats), keys from the one input
 * hook, and the screens draw what the pure reducer (core/quiz-session.ts) decided.
 */
import type {ReactNode} from 'react';
import {cardRows} from '../../core/quiz-cards.js';
import {questionContext} from '../../core/quiz-plan.js';
import {nextDue} from '../../core/schedule.js';
import {Frame} from '../components/frame.js';
import {QuizFooter} from '../components/quiz-footer.js';
import {QuizLines} from '../components/quiz-lines.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {cardLines} from '../quiz/card-list.js';
import {quizHints} from '../quiz/keys.js';
import type {QuizSlot} from '../quiz/slot.js';
import {useQuizInput} from '../quiz/use-quiz-input.js';
import {useQuizSession} from '../quiz/use-quiz-session.js';
import {useShell, useStore} from '../state/context.js';
import {defaultGrade, QuizAnswer} from './quiz-answer.js';
import {QuizQuestion} from './quiz-question.js';
import {QuizMessage, QuizSummary} from './quiz-summary.js';
import type {ViewProps} from './types.js';

export function QuizMain({active}: ViewProps) {
	const shell = useShell();
	const store = useStore();
	const size = useTerminalSize();
	const {slot, snapshot} = useQuizSession();
	const width = size.columns;
	const rows = size.bodyRows;
	const list = snapshot.cards;
	// The card list's rows: this library's cards, read from the store each time it draws.
	const cards =
		list && slot.bank
			? cardRows(slot.bank, store.allCards(), Date.now()).filter((r) => r.quote !== null)
			: [];
	const perPage = Math.max(1, Math.floor(rows / 2));
	useQuizInput(slot, active, {rows: cards, page: perPage});
	const {state, problem} = snapshot;

	let body: ReactNode;
	let hints = quizHints('problem');
	let status: string | undefined;
	const item = state?.items[state.index];
	if (list) {
		hints = quizHints('list');
		const selected = Math.min(list.selected, Math.max(0, cards.length - 1));
		const first = Math.max(0, Math.min(selected - Math.floor(perPage / 2), cards.length - perPage));
		status = cards.length ? `card ${selected + 1}/${cards.length}` : undefined;
		body =
			cards.length === 0 ? (
				<QuizMessage
					text={['No cards yet.', 'Answer some questions: each quote you answer becomes a card.']}
					width={width}
					rows={rows}
				/>
			) : (
				<QuizLines
					lines={cards
						.slice(first, first + perPage)
						.flatMap((row, i) => cardLines(row, first + i === selected, width))}
					width={width}
				/>
			);
	} else if (problem) {
		body = (
			<QuizMessage
				text={[problem, 'Open more transcripts: verbatim FOLDER, or verbatim FILE FILE…']}
				width={width}
				rows={rows}
			/>
		);
	} else if (!state) {
		const n = shell.library.transcripts.length;
		body = (
			<QuizMessage
				text={[`Preparing questions from ${n} transcript${n === 1 ? '' : 's'}…`]}
				width={width}
				rows={rows}
			/>
		);
	} else if (state.items.length === 0) {
		hints = quizHints('empty');
		body = <QuizMessage text={emptyText(store, slot, snapshot.extra)} width={width} rows={rows} />;
	} else if (state.phase === 'summary' || !item) {
		hints = quizHints('summary');
		body = <QuizSummary state={state} width={width} rows={rows} />;
	} else {
		status = `${state.index + 1}/${state.items.length}${state.streak ? ` · streak ${state.streak}` : ''}`;
		const answer = state.answers[state.index];
		if (state.phase === 'question' || !answer) {
			hints = quizHints('question', item.question.options.length);
			body = <QuizQuestion item={item} state={state} width={width} rows={rows} />;
		} else {
			const suggested = defaultGrade(answer);
			hints = quizHints('answered', 4, {next: suggested.name});
			const loaded = slot.transcript(item.question.transcriptKey);
			const context = loaded
				? questionContext(loaded.transcript, item.question.remark)
				: {before: null, after: null};
			body = (
				<QuizAnswer
					item={item}
					answer={answer}
					context={context}
					width={width}
					rows={rows}
					due={nextDue(store.getCard(item.question.id), answer.at)}
				/>
			);
		}
	}
	return (
		<Frame
			view="quiz"
			size={size}
			title="Quiz"
			detail={
				list ? 'your cards' : state && state.round > 1 ? 'missed quotes again' : 'who said this?'
			}
			status={status}
			footer={<QuizFooter hints={hints} width={width} />}
		>
			{body}
		</Frame>
	);
}

/** What to say when a session has no questions: nothing due and today's new quotes done. */
function emptyText(store: ReturnType<typeof useStore>, slot: QuizSlot, extra: boolean): string[] {
	// Only cards these transcripts can ask (the store also holds other libraries' cards).
	const cards = Object.entries(store.allCards()).filter(
		([id, c]) => slot.bank?.cards.has(id) && !c.suspended,
	);
	const next = Math.min(...cards.map(([, c]) => Math.max(c.due, c.buriedUntil ?? 0)));
	const when = Number.isFinite(next)
		? ` The next card is due ${new Date(next).toLocaleString()}.`
		: '';
	return [
		'Nothing to ask right now.',
		`No card is due, and today's ${store.getSettings().newPerDay} new quotes are done.${when}`,
		extra
			? 'Every quote of these transcripts has been asked.'
			: 'Press n for more new quotes anyway.',
	];
}
