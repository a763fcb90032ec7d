/**
 * What a key does in the Quiz view, from the keymap table: a pure function of the session's
 * phase, so the view's input hook and the tests share it. Every key goes through here (the option
 * list is drawn by the view, not by a component that reads keys itself).
 */
import type {Grade} from 'ts-fsrs';
import type {QuizState} from '../../core/quiz-session.js';
import {GRADES} from '../../core/schedule.js';
import {type Command, type KeyFlags, keyLabel, keymap, matches} from '../keys/keymap.js';

/** A quiz command the view carries out. */
export type QuizCommand =
	| {type: 'answer'; option?: number}
	| {type: 'move'; delta: number}
	| {type: 'grade'; rating?: Grade; guessed?: boolean}
	| {type: 'context' | 'undo' | 'review' | 'new' | 'suspend' | 'bury' | 'cards'};

const bindings = keymap.quiz;

/** The command a key means in this state, if any. */
export function quizCommand(
	state: QuizState | null,
	input: string,
	key: KeyFlags,
): QuizCommand | null {
	const is = (id: Command<'quiz'>) => matches(bindings, id, input, key);
	const phase = state?.phase;
	if (is('undo')) return {type: 'undo'};
	if (is('cards')) return {type: 'cards'};
	if (phase === 'question') {
		const options = state?.items[state.index]?.question.options.length ?? 0;
		if (is('answer') && Number(input) <= options)
			return {type: 'answer', option: Number(input) - 1};
		if (is('option-up')) return {type: 'move', delta: -1};
		if (is('option-down')) return {type: 'move', delta: 1};
		if (is('pick')) return {type: 'answer'};
	}
	if (phase === 'question' || phase === 'answered') {
		if (is('suspend')) return {type: 'suspend'};
		if (is('bury')) return {type: 'bury'};
	}
	if (phase === 'answered') {
		if (is('grade')) return {type: 'grade', rating: GRADES[Number(input) - 1]!};
		if (is('next')) return {type: 'grade'};
		if (is('guessed')) return {type: 'grade', guessed: true};
		if (is('context')) return {type: 'context'};
	}
	if (phase === 'summary' || !state) {
		if (is('review')) return {type: 'review'};
		if (is('new')) return {type: 'new'};
	}
	return null;
}

/**
 * Keys the view takes from the global keys: the digits while a question is asked (options) or an
 * answer is shown (grades); else "1" would switch to Read.
 */
export function quizClaims(state: QuizState | null, input: string, key: KeyFlags): boolean {
	const command = quizCommand(state, input, key);
	return command?.type === 'answer' || (command?.type === 'grade' && command.rating !== undefined);
}

const footerIds: Record<string, string[]> = {
	question: ['answer', 'pick', 'undo'],
	answered: ['next', 'guessed', 'context', 'undo'],
	context: ['next', 'context', 'undo'],
	summary: ['review', 'new', 'undo', 'cards'],
	empty: ['new', 'cards'],
	list: ['list-down', 'list-suspend', 'list-bury', 'list-close'],
	problem: [],
};

/** "1–4" for a run of digits (up to `options`), else the first key. */
function keysLabel(keys: readonly string[], options: number): string {
	if (keys.length > 1 && keys.every((k) => /^\d$/.test(k)))
		return `${keys[0]}–${keys[Math.min(keys.length, Math.max(2, options)) - 1]}`;
	return keyLabel(keys[0]!);
}

/** The footer's key hints for a phase, from the keymap table ("1–4 answer", "c context"). */
export function quizHints(
	phase: QuizState['phase'] | 'empty' | 'problem' | 'list',
	options = 4,
	labels: Record<string, string> = {},
): string[] {
	return (footerIds[phase] ?? []).flatMap((id) => {
		const b = bindings.find((x) => x.id === id);
		if (!b) return [];
		const label =
			labels[id] ?? (typeof b.hint === 'string' ? b.hint : b.description.split(/[:(]/)[0]!.trim());
		return [`${keysLabel(b.keys, options)} ${label}`];
	});
}
