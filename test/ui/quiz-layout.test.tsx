/** The Quiz view's pure helpers: fitting rows, the question layout, context turns, highlights. */
import {describe, expect, test} from 'vitest';
import {initialQuizState} from '../../source/core/quiz-session.js';
import {footerLine} from '../../source/ui/components/quiz-footer.js';
import {quizClaims, quizCommand, quizHints} from '../../source/ui/quiz/keys.js';
import {fitBlocks, line, lineText} from '../../source/ui/quiz/lines.js';
import {paragraphOffset, quoteHighlight} from '../../source/ui/quiz/session.js';
import {clipHead, clipTail, wrapLines} from '../../source/ui/quiz/text.js';
import {dueIn, splitRows, turnLines} from '../../source/ui/views/quiz-answer.js';
import {questionLayout} from '../../source/ui/views/quiz-question.js';

const rows = (n: number, tag: string) => Array.from({length: n}, (_, i) => line(`${tag}${i}`));

describe('quiz layout helpers', () => {
	test('fitBlocks drops gaps first, then trims the longest block, never below its min', () => {
		const blocks = [
			{lines: rows(2, 'a'), min: 1},
			{lines: rows(6, 'b'), min: 2, gap: true},
			{lines: rows(3, 'c'), min: 2, gap: true},
		];
		expect(fitBlocks(blocks, 20).map(lineText)).toEqual([
			'a0',
			'a1',
			'',
			'b0',
			'b1',
			'b2',
			'b3',
			'b4',
			'b5',
			'',
			'c0',
			'c1',
			'c2',
		]);
		expect(fitBlocks(blocks, 10).map(lineText)).toEqual([
			'a0',
			'a1',
			'b0',
			'b1',
			'b2',
			'b3',
			'b4',
			'c0',
			'c1',
			'c2',
		]);
		expect(fitBlocks(blocks, 5)).toHaveLength(5);
		expect(fitBlocks(blocks, 3)).toHaveLength(3);
	});

	test('the question keeps its options and gives the quote what is left', () => {
		expect(questionLayout(3, 4, 28)).toEqual({progress: true, box: true, gap: true, quoteRows: 3});
		expect(questionLayout(6, 4, 13)).toEqual({progress: true, box: true, gap: false, quoteRows: 6});
		expect(questionLayout(10, 4, 8)).toEqual({
			progress: false,
			box: false,
			gap: false,
			quoteRows: 4,
		});
		expect(questionLayout(10, 4, 12)).toEqual({
			progress: false,
			box: true,
			gap: false,
			quoteRows: 6,
		});
	});

	test('wrapping and clipping mark what was cut', () => {
		const lines = wrapLines('one two three four five six seven eight nine ten', 10);
		expect(lines.every((l) => l.length <= 10)).toBe(true);
		expect(clipHead(lines, 2, 10).at(-1)).toMatch(/…$/);
		expect(clipTail(lines, 2, 10)[0]).toMatch(/^…/);
		expect(clipHead(lines, 99, 10)).toEqual(lines);
	});

	test('a context turn keeps its speaker and its end (before) or start (after)', () => {
		const turn = {
			remark: 3,
			speaker: 'Vladimir Putin',
			paragraphs: [
				'First words of the turn here.',
				'Many more words follow in the turn until the very last words.',
			],
		};
		const before = turnLines(turn, 30, 2, true).map(lineText);
		expect(before).toHaveLength(2);
		expect(before[0]!.startsWith('Vladimir Putin: … ')).toBe(true);
		expect(before[1]!.endsWith('very last words.')).toBe(true);
		const after = turnLines(turn, 30, 2, false).map(lineText);
		expect(after[0]!.startsWith('Vladimir Putin: First words')).toBe(true);
		expect(after[1]!.endsWith(' …')).toBe(true);
		expect(turnLines(turn, 200, 3, true).map(lineText)).toEqual([
			'Vladimir Putin: First words of the turn here. Many more words follow in the turn until the very last words.',
		]);
		expect([
			dueIn(30_000),
			dueIn(10 * 60_000),
			dueIn(5 * 3_600_000),
			dueIn(4 * 86_400_000),
		]).toEqual(['1 min', '10 min', '5 h', '4 days']);
		expect(splitRows(4, 3, 3)).toEqual([2, 2]);
		expect(splitRows(4, 1, 3)).toEqual([1, 3]);
		expect(splitRows(0, 3, 3)).toEqual([0, 0]);
	});

	test('the quote is highlighted where it is in its turn', () => {
		const paragraphs = [
			'Mr Nazarbayev,',
			'We met. Trade grew by 34 percent this year, a major step.',
		];
		const q = {
			remark: 5,
			paragraph: 1,
			original: 'Trade grew by 34 percent this year, a major step.',
		};
		expect(paragraphOffset(paragraphs, 1)).toBe(16);
		const h = quoteHighlight(paragraphs, q)!;
		expect(paragraphs.join('\n\n').slice(h.start, h.end)).toBe(q.original);
		expect(h.turn).toBe(5);
		expect(quoteHighlight(paragraphs, {...q, original: 'not there'})).toBeNull();
	});

	test('keys by phase, digits claimed only while a question is asked, hints from the keymap', () => {
		const question = {
			id: 'k:1',
			transcriptKey: 'k',
			file: 'f',
			remark: 1,
			paragraph: 0,
			quote: 'q',
			original: 'q',
			options: ['A B', 'C D', 'E F'],
			answer: 'A B',
			answerRole: null,
			redactions: 0,
		};
		const asking = initialQuizState([{question, leech: false, isNew: true}], 0);
		expect(quizClaims(asking, '3', {})).toBe(true);
		expect(quizClaims(asking, '4', {})).toBe(false); // only three options: 4 is the Stats view
		// After an answer the digits are the grades (1 Again … 4 Easy): still not view switches.
		const answered = {...asking, phase: 'answered' as const};
		expect(quizClaims(answered, '1', {})).toBe(true);
		expect(quizClaims({...asking, phase: 'summary'}, '1', {})).toBe(false);
		expect(quizCommand(answered, '2', {})).toEqual({type: 'grade', rating: 2});
		expect(quizCommand(answered, '', {return: true})).toEqual({type: 'grade'});
		expect(quizCommand(answered, ' ', {})).toEqual({type: 'grade'});
		expect(quizCommand(answered, 'g', {})).toEqual({type: 'grade', guessed: true});
		expect(quizCommand(asking, '', {return: true})).toEqual({type: 'answer'});
		expect(quizCommand(asking, '2', {})).toEqual({type: 'answer', option: 1});
		expect(quizCommand(asking, '', {downArrow: true})).toEqual({type: 'move', delta: 1});
		expect(quizCommand(asking, '', {upArrow: true})).toEqual({type: 'move', delta: -1});
		expect(quizCommand(answered, 'c', {})).toEqual({type: 'context'});
		expect(quizCommand(asking, 'c', {})).toBeNull();
		expect(quizCommand(answered, '@', {})).toEqual({type: 'suspend'});
		expect(quizCommand(asking, '-', {})).toEqual({type: 'bury'});
		expect(quizCommand({...asking, phase: 'summary'}, 'r', {})).toEqual({type: 'review'});
		expect(quizCommand(asking, 'u', {})).toEqual({type: 'undo'});
		expect(quizHints('question')).toEqual(['1–4 answer', 'Enter pick', 'u undo']);
		expect(quizHints('question', 2)[0]).toBe('1–2 answer');
		expect(quizHints('answered', 4, {next: 'Good'})).toEqual([
			'Enter Good',
			'g guessed',
			'c context',
			'u undo',
		]);
		expect(footerLine(quizHints('answered', 4, {next: 'Good'}), 40)).toBe(
			'Enter Good · g guessed · ? help · q quit',
		);
	});
});
