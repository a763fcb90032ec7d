/**
 * The answer screen: right or wrong, the right speaker with their role, and the quote whole with
 * the end of the turn before it and the start of the turn after it — fitted to the rows given.
 */
import {Box, Text} from 'ink';
import type {ContextTurn} from '../../core/quiz-plan.js';
import type {AnswerRecord, SessionItem} from '../../core/quiz-session.js';
import {QuizBox} from '../components/quiz-box.js';
import {QuizLines} from '../components/quiz-lines.js';
import {type Line, line} from '../quiz/lines.js';
import {clipHead, wrapLines} from '../quiz/text.js';

/** The verdict row(s): "✓ Right · Vladimir Putin, President of Russia · 2.1 s". */
export function verdictText(item: SessionItem, answer: AnswerRecord): string {
	const q = item.question;
	const who = q.answerRole ? `${q.answer}, ${q.answerRole}` : q.answer;
	const time = `${(answer.ms / 1000).toFixed(1)} s`;
	const leech = item.leech ? ' · a leech: missed 8+ times' : '';
	return answer.correct
		? `✓ Right: ${who} · ${time}${leech}`
		: `✗ Wrong: it was ${who} — you chose ${answer.chosen}${leech}`;
}

/** Rows of context shown before and after the quote at most (more would give later answers away). */
export const CONTEXT_ROWS = 3;

/** A turn as dim rows, its speaker's name in bold on the first. */
function turnLines(turn: ContextTurn | null, width: number): Line[] {
	if (!turn) return [];
	const name = turn.speaker ? `${turn.speaker}: ` : '';
	return wrapLines(`${name}${turn.paragraphs.join(' ')}`, width).map((t) =>
		name && t.startsWith(name)
			? line({text: name, bold: true, dim: true}, {text: t.slice(name.length), dim: true})
			: line({text: t, dim: true}),
	);
}

/** Keeps `n` rows of `rows`: the last ones (before: the end of the turn) or the first ones. */
function keep(rows: Line[], n: number, end: boolean): Line[] {
	if (rows.length <= n) return rows;
	if (n <= 0) return [];
	const cut = end ? rows.slice(rows.length - n) : rows.slice(0, n);
	const at = end ? 0 : n - 1;
	cut[at] = end ? [{text: '… ', dim: true}, ...cut[at]!] : [...cut[at]!, {text: ' …', dim: true}];
	return cut;
}

/** Rows for the turn before and after: what is left after the verdict and the quote box. */
export function splitRows(rest: number, before: number, after: number): [number, number] {
	let a = Math.min(after, Math.ceil(rest / 2));
	const b = Math.min(before, rest - a);
	a = Math.min(after, rest - b);
	return [Math.max(0, b), Math.max(0, a)];
}

export function QuizAnswer({
	item,
	answer,
	context,
	width,
	rows,
}: {
	item: SessionItem;
	answer: AnswerRecord;
	context: {before: ContextTurn | null; after: ContextTurn | null};
	width: number;
	rows: number;
}) {
	const q = item.question;
	const mark = answer.correct ? 'green' : 'red';
	const verdict = clipHead(wrapLines(verdictText(item, answer), width), 2, width);
	const head: Line[] = verdict.map((t) => line({text: t, bold: true, colour: mark}));
	const title = `${q.answer}:`;
	const inner = width - 4;
	const quoteLines = wrapLines(`${title} “${q.original}”`, inner);
	let avail = rows - head.length;
	const boxRows = Math.min(quoteLines.length, Math.max(1, avail - 2));
	const box = avail >= 3 ? clipHead(quoteLines, boxRows, inner) : [];
	avail -= box.length ? box.length + 2 : 0;
	const beforeLines = turnLines(context.before, width);
	const afterLines = turnLines(context.after, width);
	const [b, a] = splitRows(
		Math.max(0, avail),
		Math.min(CONTEXT_ROWS, beforeLines.length),
		Math.min(CONTEXT_ROWS, afterLines.length),
	);
	// Blank rows around the box when there is room.
	const spare = avail - b - a;
	const gapBefore = b > 0 && spare >= 1;
	const gapAfter = a > 0 && spare >= 2;
	return (
		<Box flexDirection="column" width={width}>
			<QuizLines lines={head} width={width} />
			{gapBefore ? <Text> </Text> : null}
			<QuizLines lines={keep(beforeLines, b, true)} width={width} />
			{box.length > 0 ? (
				<QuizBox lines={box} width={width} title={box[0]!.startsWith(title) ? title : undefined} />
			) : null}
			<QuizLines lines={keep(afterLines, a, false)} width={width} />
			{gapAfter ? <Text> </Text> : null}
		</Box>
	);
}
