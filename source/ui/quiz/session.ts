/**
 * Starting a quiz session for the view: the bank (built once), the session's items (due cards
 * first, then new ones up to the daily limit — or, on request, more new ones beyond it), and the
 * place of a quote inside its turn for the Read view's highlight.
 */
import {InputError} from '../../core/errors.js';
import type {Library} from '../../core/library.js';
import type {Store} from '../../core/model.js';
import {
	buildQuizBank,
	generateQuestions,
	NEED_TWO_SPEAKERS,
	type Question,
	type QuizBank,
} from '../../core/quiz.js';
import {buildSession} from '../../core/quiz-plan.js';
import type {SessionItem} from '../../core/quiz-session.js';
import {createRng} from '../../core/rng.js';
import type {Highlight} from '../state/app-state.js';

/** Shown when the library has named speakers but nothing quotable. */
const NOTHING_QUOTABLE = 'no quotable sentences by named speakers in these transcripts';

/** The items of a new session, or the reason there can be none; and the bank they came from. */
export type SessionStart = {bank: QuizBank} & (
	| {items: SessionItem[]; problem: null}
	| {items: []; problem: string}
);

/**
 * Builds the bank if needed (`from.bank` null) and the next session's `from.count` items. With
 * `extra`, new quotes are served even when today's new-card limit is reached (the user asked).
 */
export function startSession(
	from: {bank: QuizBank | null; count: number},
	library: Library,
	store: Store,
	now: number,
	extra = false,
): SessionStart {
	const bank = from.bank ?? buildQuizBank(library.transcripts);
	const count = from.count;
	if (bank.people.size < 2) return {bank, items: [], problem: NEED_TWO_SPEAKERS};
	if (bank.cards.size === 0) return {bank, items: [], problem: NOTHING_QUOTABLE};
	const rng = createRng(now);
	try {
		const items = buildSession(bank, store, {count, now, rng});
		if (extra && items.length < count) {
			const known = new Set([...items.map((i) => i.question.id), ...Object.keys(store.allCards())]);
			for (const question of generateQuestions(bank, {
				count: count - items.length,
				rng,
				exclude: known,
			}))
				items.push({question, leech: false, isNew: true});
		}
		return {bank, items, problem: null};
	} catch (error) {
		if (error instanceof InputError) return {bank, items: [], problem: error.message};
		throw error;
	}
}

/** Where paragraph `index` starts in its turn's text (paragraphs joined by "\n\n"). */
export function paragraphOffset(paragraphs: readonly string[], index: number): number {
	let offset = 0;
	for (let i = 0; i < index && i < paragraphs.length; i++) offset += paragraphs[i]!.length + 2;
	return offset;
}

/** Where the quote is in its turn's text (paragraphs joined by "\n\n"), for Read's highlight. */
export function quoteHighlight(
	paragraphs: readonly string[],
	question: Pick<Question, 'remark' | 'paragraph' | 'original'>,
): Highlight | null {
	const offset = paragraphOffset(paragraphs, question.paragraph);
	const at = paragraphs[question.paragraph]?.indexOf(question.original) ?? -1;
	if (at < 0) return null;
	return {turn: question.remark, start: offset + at, end: offset + at + question.original.length};
}
