/**
 * The answer screen: right or wrong, the right speaker with their role, the four grades with the
 * interval each would give (as Anki shows on its buttons; the suggested one marked), and the
 * quote whole with the end of the turn before it and the start of the turn after it — fitted to
 * the rows given.
 */
import {Box, Text} from 'ink';
import type {Grade} from 'ts-fsrs';
import type {ContextTurn} from '../../core/quiz-plan.js';
import type {AnswerRecord, SessionItem} from '../../core/quiz-session.js';
import {EASY_MS, GRADE_NAMES, GRADES, ratingFor} from '../../core/schedule.js';
import {textWidth} from '../../core/wrap.js';
import {QuizBox} from '../components/quiz-box.js';
import {QuizLines} from '../components/quiz-lines.js';
import {type Line, line} from '../quiz/lines.js';
import {clipHead, wrapLines} from '../quiz/text.js';

/** "10 min", "5 h", "3 days", "2 mo": how long until a card is asked again. */
export function dueIn(ms: number): string {
	const min = Math.max(1, Math.round(ms / 60_000));
	if (min < 60) return `${min} min`;
	const h = Math.round(min / 60);
	if (h < 24) return `${h} h`;
	const days = Math.round(h / 24);
	if (days < 60) return `${days} ${days === 1 ? 'day' : 'days'}`;
	if (days < 365) return `${Math.round(days / 30.4)} mo`;
	return `${Math.round((days / 365) * 10) / 10} y`;
}

/** The grade Enter gives: from right/wrong and time (and "I guessed"), with its name. */
export function defaultGrade(answer: AnswerRecord): {rating: Grade; name: string} {
	const rating = ratingFor(answer.correct, answer.ms, answer.guessed ?? false);
	return {rating, name: GRADE_NAMES[rating]!};
}

/**
 * The grades as Anki shows its buttons: "1 Again 1 min · 2 Hard 6 min · 3 Good 10 min · 4 Easy
 * 4 days" (`due`: the due date each grade gives, from `at`); the suggested one is marked.
 */
function gradeLine(due: Record<number, number>, at: number, suggested: Grade): Line {
	const parts: Line = [];
	GRADES.forEach((g, i) => {
		if (i > 0) parts.push({text: ' · ', dim: true});
		const text = `${i + 1} ${GRADE_NAMES[g]} ${dueIn((due[g] ?? at) - at)}`;
		parts.push(g === suggested ? {text: `[${text}]`, bold: true, colour: 'cyan'} : {text});
	});
	return parts;
}

/** The verdict: "✓ Right: Vladimir Putin, President of Russia · 2.1 s, quick". */
function verdictText(item: SessionItem, answer: AnswerRecord): string {
	const q = item.question;
	const who = q.answerRole ? `${q.answer}, ${q.answerRole}` : q.answer;
	const time = `${(answer.ms / 1000).toFixed(1)} s${answer.ms < EASY_MS ? ', quick' : ''}`;
	const leech = item.leech ? ' · a leech' : '';
	return answer.correct
		? `✓ Right: ${who} · ${time}${leech}`
		: `✗ Wrong: it was ${who} — you chose ${answer.chosen}${leech}`;
}

/** Rows of context shown before and after the quote at most (more would give later answers away). */
const CONTEXT_ROWS = 3;

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
	due,
}: {
	item: SessionItem;
	answer: AnswerRecord;
	context: {before: ContextTurn | null; after: ContextTurn | null};
	width: number;
	rows: number;
	/** The due date (epoch ms) each grade would give. */
	due: Record<number, number>;
}) {
	const q = item.question;
	const mark = answer.correct ? 'green' : 'red';
	const verdict = clipHead(wrapLines(verdictText(item, answer), width), 2, width);
	const head: Line[] = [
		...verdict.map((t) => line({text: t, bold: true, colour: mark})),
		...splitLine(gradeLine(due, answer.at, defaultGrade(answer).rating), width),
	];
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

/** A row of segments broken into rows of `width` at segment ends (a long row of grades). */
function splitLine(row: Line, width: number): Line[] {
	const out: Line[] = [[]];
	let used = 0;
	for (const seg of row) {
		const w = textWidth(seg.text);
		if (used + w > width && used > 0) {
			out.push([]);
			used = 0;
			if (seg.text === ' · ') continue;
		}
		out.at(-1)!.push(seg);
		used += w;
	}
	return out;
}
