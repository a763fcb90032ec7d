/**
 * Columns, not code points, in Quiz: with quotes of CJK, emoji (skin tones, ZWJ families, flags,
 * keycaps), combining marks and soft hyphens, and speakers named in Hangul, Chinese and Latin with
 * diacritics, no frame line is wider than the terminal, and the question and the answer screen
 * show every word of the quote.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Library} from '../../source/core/library.js';
import {quizSlot} from '../../source/ui/quiz/slot.js';
import {QuizSessions} from '../../source/ui/state/quiz-sessions.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {loaded} from '../helpers/ui-transcripts.js';
import {checkWidths} from '../helpers/wide-frames.js';
import {wideQuizTranscript} from '../helpers/wide-transcript.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

/** The frame's rows without box borders, joined: a word cut over rows is found whole again. */
function joined(frame: string): string {
	return frame
		.split('\n')
		.map((r) =>
			r
				.replace(/[│╭╮╰╯─]/g, '')
				.trimEnd()
				.replace(/-$/, ''),
		)
		.join('')
		.replaceAll(' ', '');
}

/** The words of `text` (soft hyphens removed) that `frame` does not show. */
function unseen(text: string, frame: string): string[] {
	const shown = joined(frame);
	return text
		.replaceAll('\u00AD', '')
		.split(/\s+/)
		.filter((w) => w !== '' && !shown.includes(w));
}

const isQuestion = (f: string) => /› 1\. /.test(f);
const isAnswer = (f: string) => /✓ Right|✗ Wrong/.test(f);

for (const size of [
	{columns: 40, rows: 12},
	{columns: 100, rows: 30},
]) {
	describe(`wide characters in Quiz at ${size.columns}×${size.rows}`, () => {
		test('every frame fits; the question and the answer show every word of the quote', async () => {
			const library: Library = {
				transcripts: [loaded(wideQuizTranscript(), 'wide-quiz.txt')],
				skipped: 0,
				errors: [],
			};
			const store = makeTestStore();
			const quiz = new QuizSessions(5);
			term = renderTerm(
				<App library={library} store={store} initial={{view: 'quiz'}} quizSessions={quiz} />,
				size,
			);
			const t = term;
			const state = () => quizSlot(quiz, library, store).get().state!;
			let f = await t.waitFor(isQuestion, 'the first question');
			const asked = new Set<string>();
			for (let n = 0; n < 12 && !f.includes('Session done'); n++) {
				const s = state();
				const q = s.items[s.index]!.question;
				asked.add(q.original);
				expect(unseen(q.quote, f), `question: ${q.quote}\n${f}`).toEqual([]);
				for (const name of q.options) expect(joined(f)).toContain(name.replaceAll(' ', ''));
				// Wrong the first time (the verdict names both speakers), right after that.
				const pick =
					asked.size === 1
						? q.options.findIndex((o) => o !== q.answer)
						: q.options.indexOf(q.answer);
				f = await step(t, String(pick + 1), isAnswer);
				expect(unseen(q.original, f), `answer: ${q.original}\n${f}`).toEqual([]);
				f = await step(t, keys.enter, (x) => isQuestion(x) || x.includes('Session done'));
			}
			expect(f).toContain('Session done');
			expect(asked.size).toBeGreaterThanOrEqual(4);
			checkWidths(t.frames(), size.columns, size.rows);
		});
	});
}
