/**
 * What a key does in the Quiz view, from the keymap table: a pure function of the phase, so the
 * view and tests share it. Answering (1–4, arrows + Enter) is done by the options list itself
 * (ink-select-input); this maps the other keys.
 */
import type {QuizState} from '../../core/quiz-session.js';
import {type Command, type KeyFlags, keyLabel, keymap, matches} from '../keys/keymap.js';

/** A quiz command the view carries out. */
export type QuizCommand = 'next' | 'context' | 'undo' | 'review' | 'new';

const bindings = keymap.quiz;

/** The command a key means in this state, if any. */
export function quizCommand(
	state: QuizState | null,
	input: string,
	key: KeyFlags,
): QuizCommand | null {
	const is = (id: Command<'quiz'>) => matches(bindings, id, input, key);
	const phase = state?.phase;
	if (is('undo')) return 'undo';
	if (phase === 'answered') {
		if (is('next')) return 'next';
		if (is('context')) return 'context';
	}
	if (phase === 'summary' || !state) {
		if (is('review')) return 'review';
		if (is('new')) return 'new';
	}
	return null;
}

/**
 * Keys the view takes from the global keys: while a question is asked, the option digits (else
 * "1" would switch to Read instead of answering).
 */
export function quizClaims(state: QuizState | null, input: string, key: KeyFlags): boolean {
	if (state?.phase !== 'question') return false;
	const options = state.items[state.index]?.question.options.length ?? 0;
	if (!matches(bindings, 'answer', input, key)) return false;
	return Number(input) <= options;
}

const footerIds: Record<string, string[]> = {
	question: ['answer', 'choose', 'undo'],
	answered: ['next', 'context', 'undo'],
	context: ['next', 'context', 'undo'],
	summary: ['review', 'new', 'undo'],
	empty: ['new'],
	problem: [],
};

/** "1–4" for a run of digits (up to `options`), "↑↓" for up and down, else the first key. */
function keysLabel(keys: readonly string[], options: number): string {
	if (keys.length > 1 && keys.every((k) => /^\d$/.test(k)))
		return `${keys[0]}–${keys[Math.min(keys.length, Math.max(2, options)) - 1]}`;
	if (keys[0] === 'up' && keys[1] === 'down') return '↑↓';
	return keyLabel(keys[0]!);
}

/** The footer's key hints for a phase, from the keymap table ("1–4 answer", "c context"). */
export function quizHints(phase: QuizState['phase'] | 'empty' | 'problem', options = 4): string[] {
	return (footerIds[phase] ?? []).flatMap((id) => {
		const b = bindings.find((x) => x.id === id);
		if (!b) return [];
		const label = typeof b.hint === 'string' ? b.hint : b.description.split(/[:(]/)[0]!.trim();
		return [`${keysLabel(b.keys, options)} ${label}`];
	});
}
