/**
 * The answer screen: right or wrong, the right speaker with their role, and the quote whole with
 * the end of the turn before it and the start of the turn after it — fitted to the rows given.
 */
import {Box, Text} from 'ink';
import type {ContextTurn} from '../../core/quiz-plan.js';
import type {AnswerRecord, SessionItem} from '../../core/quiz-session.js';
import {EASY_MS} from '../../core/schedule.js';
import {QuizBox} from '../components/quiz-box.js';
import {QuizLines} from '../components/quiz-lines.js';
import {type Line, line} from '../quiz/lines.js';
import {clipHead, wrapLines} from '../quiz/text.js';

/** "10 min", "5 h", "3 days": how long until a card is asked again. */
export function dueIn(ms: number): string {
	const min = Math.max(1, Math.round(ms / 60_000));
	if (min < 60) return `${min} min`;
	const h = Math.round(min / 60);
	if (h < 24) return `${h} h`;
	const days = Math.round(h / 24);
	return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * The verdict: "✓ Right: Vladimir Putin, President of Russia · 2.1 s, easy · again in 4 days"
 * (`dueMs`: time until the card is due again, when known).
 */
export function verdictText(item: SessionItem, answer: AnswerRecord, dueMs?: number): string {
	const q = item.question;
	const who = q.answerRole ? `${q.answer}, ${q.answerRole}` : q.answer;
	const time = `${(answer.ms / 1000).toFixed(1)} s${answer.ms < EASY_MS ? ', easy' : ''}`;
	const again = dueMs === undefined ? '' : ` · again in ${dueIn(dueMs)}`;
	const leech = item.leech ? ' · a leech: missed 8+ times' : '';
	return answer.correct
		? `✓ Right: ${who} · ${time}${again}${leech}`
		: `✗ Wrong: it was ${who} — you chose ${answer.chosen}${again}${leech}`;
}

/** Rows of context shown before and after the quote at most (more would give later answers away). */
export const CONTEXT_ROWS = 3;

/**
 * A turn in at most `rows` dim rows of `width`, its speaker's name first in bold: all of it when
 * it fits, else its last words (`end`, the turn before) or its first words, with "…".
 */
export function turnLines(
	turn: ContextTurn | null,
	width: number,
	rows: number,
	end: boolean,
): Line[] {
	if (!turn || rows <= 0) return [];
	const name = turn.speaker ? `${turn.speaker}: ` : '';
	const text = turn.paragraphs.join(' ');
	const compose = (body: string) => `${name}${body}`;
	let shown = wrapLines(compose(text), width);
	if (shown.length > rows) {
		const words = text.split(/\s+/u).filter(Boolean);
		const take = (n: number) =>
			end ? `… ${words.slice(words.length - n).join(' ')}` : `${words.slice(0, n).join(' ')} …`;
		let n = 0;
		while (n < words.length && wrapLines(compose(take(n + 1)), width).length <= rows) n++;
		shown = wrapLines(compose(take(n)), width);
	}
	return shown.map((t) =>
		name && t.startsWith(name)
			? line({text: name, bold: true, dim: true}, {text: t.slice(name.length), dim: true})
			: line({text: t, dim: true}),
	);
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
	dueMs,
}: {
	item: SessionItem;
	answer: AnswerRecord;
	context: {before: ContextTurn | null; after: ContextTurn | null};
	width: number;
	rows: number;
	/** Time until the card is due again. */
	dueMs?: number;
}) {
	const q = item.question;
	const mark = answer.correct ? 'green' : 'red';
	const verdict = clipHead(wrapLines(verdictText(item, answer, dueMs), width), 2, width);
	const head: Line[] = verdict.map((t) => line({text: t, bold: true, colour: mark}));
	const title = `${q.answer}:`;
	const inner = width - 4;
	const quoteLines = wrapLines(`${title} “${q.original}”`, inner);
	let avail = rows - head.length;
	const boxRows = Math.min(quoteLines.length, Math.max(1, avail - 2));
	const box = avail >= 3 ? clipHead(quoteLines, boxRows, inner) : [];
	avail -= box.length ? box.length + 2 : 0;
	const full = (turn: ContextTurn | null) => turnLines(turn, width, CONTEXT_ROWS, true).length;
	const [b, a] = splitRows(Math.max(0, avail), full(context.before), full(context.after));
	// A blank row under the verdict when there is room.
	const gap = avail - b - a >= 1;
	return (
		<Box flexDirection="column" width={width}>
			<QuizLines lines={head} width={width} />
			{gap ? <Text> </Text> : null}
			<QuizLines lines={turnLines(context.before, width, b, true)} width={width} />
			{box.length > 0 ? (
				<QuizBox lines={box} width={width} title={box[0]!.startsWith(title) ? title : undefined} />
			) : null}
			<QuizLines lines={turnLines(context.after, width, a, false)} width={width} />
		</Box>
	);
}
