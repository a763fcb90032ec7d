/**
 * The end of a round: score, accuracy per speaker and the quotes missed (r asks them again).
 * Also the screens without questions: nothing due, or a library the quiz cannot use.
 */
import {chosenFor, type QuizState, quizSummary} from '../../core/quiz-session.js';
import {padText, textWidth} from '../../core/wrap.js';
import {QuizLines} from '../components/quiz-lines.js';
import {type Block, fitBlocks, type Line, line} from '../quiz/lines.js';
import {bar, percent, truncate, wrapLines} from '../quiz/text.js';

/** The summary's rows for a width, before fitting. */
function summaryBlocks(state: QuizState, width: number): Block[] {
	const s = quizSummary(state);
	const title =
		state.round > 1 ? `Review of missed quotes (round ${state.round}) done` : 'Session done';
	const extra = [
		s.repeats > 0 ? ` · ${s.repeats} relearnt` : '',
		s.skipped > 0 ? ` · ${s.skipped} set aside` : '',
	].join('');
	const score = `${title}: ${s.right}/${s.answered} right (${percent(s.answered ? s.right / s.answered : null)}) · best streak ${s.bestStreak}${extra}`;
	const blocks: Block[] = [
		{lines: wrapLines(score, width).map((t) => line({text: t, bold: true})), min: 1},
	];
	const nameWidth = Math.min(
		Math.max(8, Math.floor(width / 3)),
		Math.max(0, ...s.speakers.map((x) => textWidth(x.speaker))),
	);
	const barWidth = Math.max(4, Math.min(20, width - nameWidth - 10));
	const speakerRows = s.speakers.map((x) =>
		line(
			`${padText(truncate(x.speaker, nameWidth), nameWidth)} `,
			{text: bar(x.right / x.total, barWidth), colour: x.right === x.total ? 'green' : 'yellow'},
			` ${x.right}/${x.total}`,
		),
	);
	blocks.push({lines: [line({text: 'By speaker', bold: true}), ...speakerRows], min: 2, gap: true});
	const missedRows: Line[] = s.missed.map((item) => {
		const q = item.question;
		// Whole names: "Xi Jinping", never "Jinping" (not every name ends with the family name).
		const who = `✗ ${q.answer} (not ${chosenFor(state, item)}) `;
		return line(
			{text: who, colour: 'red'},
			{text: truncate(`“${q.original}”`, Math.max(4, width - textWidth(who))), dim: true},
		);
	});
	const more = (rows: Line[], n: number) => [
		...rows.slice(0, n - 1),
		line({text: `… ${rows.length - n + 1} more`, dim: true}),
	];
	blocks.push(
		s.missed.length > 0
			? {
					lines: [line({text: 'Missed — r asks them again', bold: true}), ...missedRows],
					min: 2,
					gap: true,
					cut: (rows, n) => [rows[0]!, ...more(rows.slice(1), n - 1)],
				}
			: {
					lines: [line({text: '✓ Nothing missed. n starts a new session.', colour: 'green'})],
					min: 1,
					gap: true,
				},
	);
	return blocks;
}

export function QuizSummary({state, width, rows}: {state: QuizState; width: number; rows: number}) {
	return <QuizLines lines={fitBlocks(summaryBlocks(state, width), rows)} width={width} />;
}

/** A screen of wrapped text (nothing to ask, or why the quiz cannot run). */
export function QuizMessage({text, width, rows}: {text: string[]; width: number; rows: number}) {
	const lines = text.flatMap((t, i) =>
		wrapLines(t, width).map((w) => line({text: w, bold: i === 0})),
	);
	return <QuizLines lines={lines.slice(0, rows)} width={width} />;
}
