/**
 * The Quiz view: "who said this?" over the loaded library. A thin shell over the core's reducer
 * (quiz-session.ts): the session lives in the library's quiz memory (so it survives a visit to
 * Read or Stats), each store write (an answer, an undo) is committed exactly once by its `seq`,
 * and the question bank is built the first time the view opens.
 */
import {type ReactNode, useCallback, useEffect, useRef, useState} from 'react';
import {questionContext} from '../../core/quiz-plan.js';
import {
	commitEffect,
	initialQuizState,
	type QuizAction,
	type QuizState,
	quizReducer,
} from '../../core/quiz-session.js';
import {Frame} from '../components/frame.js';
import {QuizFooter} from '../components/quiz-footer.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewInput} from '../hooks/use-view-input.js';
import type {KeyFlags} from '../keys/keymap.js';
import {quizClaims, quizCommand, quizHints} from '../quiz/keys.js';
import {type QuizMemory, quizMemory} from '../quiz/memory.js';
import {paragraphOffset, quoteHighlight, startSession} from '../quiz/session.js';
import {useShell, useStore} from '../state/context.js';
import {QuizAnswer} from './quiz-answer.js';
import {QuizQuestion} from './quiz-question.js';
import {QuizMessage, QuizSummary} from './quiz-summary.js';
import type {ViewProps} from './types.js';

/** The memory of this library for this store (a new store starts afresh). */
function memoryFor(memory: QuizMemory, store: QuizMemory['store']): QuizMemory {
	if (memory.store !== store) {
		memory.store = store;
		memory.state = null;
		memory.problem = null;
		memory.committed = 0;
	}
	return memory;
}

export function QuizMain({active}: ViewProps) {
	const shell = useShell();
	const store = useStore();
	const size = useTerminalSize();
	const memory = memoryFor(quizMemory(shell.library), store);
	const [, setState] = useState<QuizState | null>(memory.state);
	const [, setProblem] = useState<string | null>(memory.problem);
	const state = memory.state;
	/** Set while one key press is being handled by the options list (it answered). */
	const swallow = useRef(false);

	const apply = useCallback(
		(action: QuizAction) => {
			const next = quizReducer(memory.state ?? initialQuizState(), action);
			if (next.effect && next.effect.seq > memory.committed) {
				commitEffect(store, next.effect);
				memory.committed = next.effect.seq;
			}
			memory.state = next;
			setState(next);
		},
		[memory, store],
	);

	const start = useCallback(
		(extra: boolean) => {
			const now = Date.now();
			const result = startSession(memory, shell.library, store, now, extra);
			memory.problem = result.problem;
			memory.extra = extra;
			setProblem(result.problem);
			if (!result.problem) apply({type: 'start', items: result.items, now});
		},
		[memory, shell.library, store, apply],
	);

	useEffect(() => {
		const s = memory.state;
		// Back from another view: the time away is not answer time.
		if (s && memory.leftAt !== null && s.phase === 'question') {
			memory.state = {...s, shownAt: s.shownAt + Math.max(0, Date.now() - memory.leftAt)};
			setState(memory.state);
		}
		memory.leftAt = null;
		if (memory.state?.phase === 'context') apply({type: 'closeContext'});
		if (memory.state || memory.problem) return;
		// Building the bank takes a moment on a large library: draw "preparing" first.
		const timer = setTimeout(() => start(false), memory.bank ? 0 : 40);
		return () => clearTimeout(timer);
	}, [memory, apply, start]);
	useEffect(
		() => () => {
			memory.leftAt = Date.now();
		},
		[memory],
	);

	const onAnswer = useCallback(
		(option: number) => {
			if (memory.state?.phase !== 'question') return;
			apply({type: 'answer', option, now: Date.now()});
			// The same key press also reaches the view's own handler: it must not act on it again
			// (Enter would go on to the next question, a digit would switch views).
			swallow.current = true;
			queueMicrotask(() => {
				swallow.current = false;
			});
		},
		[memory, apply],
	);

	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			if (swallow.current) return;
			const s = memory.state;
			const command = quizCommand(s, input, key);
			const item = s?.items[s.index];
			if (command === 'undo') apply({type: 'undo', now: Date.now()});
			else if (command === 'next') apply({type: 'next', now: Date.now()});
			else if (command === 'review') apply({type: 'reviewMissed', now: Date.now()});
			else if (command === 'new') start(s !== null && s.items.length === 0);
			else if (command === 'context' && item) {
				const q = item.question;
				const loaded = shell.byKey.get(q.transcriptKey);
				if (!loaded) return;
				const paragraphs = loaded.transcript.remarks[q.remark]?.paragraphs ?? [];
				const highlight = quoteHighlight(paragraphs, q);
				apply({type: 'openContext'});
				shell.openRead({
					key: q.transcriptKey,
					turn: q.remark,
					// The quote's paragraph at the top: in a long turn the quote may be far down.
					offset: paragraphOffset(paragraphs, q.paragraph),
					highlights: highlight ? [highlight] : undefined,
					returnTo: 'quiz',
				});
			}
		},
		[memory, apply, start, shell],
	);
	const claims = useCallback(
		(input: string, key: KeyFlags) => swallow.current || quizClaims(memory.state, input, key),
		[memory],
	);
	useViewInput(onKey, claims, active);

	const width = size.columns;
	const rows = size.bodyRows;
	let body: ReactNode;
	let hints = quizHints('problem');
	let status: string | undefined;
	const item = state?.items[state.index];
	if (memory.problem) {
		body = (
			<QuizMessage
				text={[memory.problem, 'Open more transcripts: verbatim FOLDER, or verbatim FILE FILE…']}
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
		body = <QuizMessage text={emptyText(store, memory)} width={width} rows={rows} />;
	} else if (state.phase === 'summary' || !item) {
		hints = quizHints('summary');
		body = <QuizSummary state={state} width={width} rows={rows} />;
	} else {
		status = `${state.index + 1}/${state.items.length}${state.streak ? ` · streak ${state.streak}` : ''}`;
		const answer = state.answers[state.index];
		if (state.phase === 'question' || !answer) {
			hints = quizHints('question', item.question.options.length);
			body = (
				<QuizQuestion
					item={item}
					state={state}
					width={width}
					rows={rows}
					focused={active && state.phase === 'question'}
					onAnswer={onAnswer}
				/>
			);
		} else {
			hints = quizHints('answered');
			const loaded = shell.byKey.get(item.question.transcriptKey);
			const context = loaded
				? questionContext(loaded.transcript, item.question.remark)
				: {before: null, after: null};
			const card = store.getCard(item.question.id);
			body = (
				<QuizAnswer
					item={item}
					answer={answer}
					context={context}
					width={width}
					rows={rows}
					dueMs={card ? card.due - (card.last_review ?? Date.now()) : undefined}
				/>
			);
		}
	}
	return (
		<Frame
			view="quiz"
			size={size}
			title="Quiz"
			detail={state && state.round > 1 ? 'missed quotes again' : 'who said this?'}
			status={status}
			footer={<QuizFooter hints={hints} width={width} />}
		>
			{body}
		</Frame>
	);
}

/** What to say when a session has no questions: nothing due and today's new quotes done. */
function emptyText(store: ReturnType<typeof useStore>, memory: QuizMemory): string[] {
	// Only cards these transcripts can ask (the store also holds other libraries' cards).
	const cards = Object.entries(store.allCards()).filter(([id]) => memory.bank?.cards.has(id));
	const next = Math.min(...cards.map(([, c]) => c.due));
	const when = Number.isFinite(next)
		? ` The next card is due ${new Date(next).toLocaleString()}.`
		: '';
	return [
		'Nothing to ask right now.',
		`No card is due, and today's ${store.getSettings().newPerDay} new quotes are done.${when}`,
		memory.extra
			? 'Every quote of these transcripts has been asked.'
			: 'Press n for more new quotes anyway.',
	];
}
