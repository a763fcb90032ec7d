/**
 * The question screen: progress bar and streak, the redacted quote in a box, and the options
 * numbered 1–4, the highlighted one marked "›". The options read no keys themselves: the view's
 * input hook routes digits, arrows and Enter to the session's reducer.
 */
import {Box, Text} from 'ink';
import type {QuizState, SessionItem} from '../../core/quiz-session.js';
import {textWidth} from '../../core/wrap.js';
import {QuizBox} from '../components/quiz-box.js';
import {colourOff} from '../components/theme.js';
import {bar, clipHead, wrapLines} from '../quiz/text.js';

/**
 * The progress row: "████░░░░ 3/21 · streak 2 · 1 to relearn · new". Repeats of cards graded
 * Again are in the count; "again" marks a repeat being asked.
 */
function progressText(state: QuizState, width: number): string {
	const item = state.items[state.index];
	const total = state.items.length;
	const relearn = state.items.filter((it, i) => i > state.index && (it.step ?? 0) > 0).length;
	const tags = [
		`${state.index + 1}/${total}`,
		state.streak > 0 ? `streak ${state.streak}` : '',
		state.round > 1 ? 'review of missed' : '',
		relearn > 0 ? `${relearn} to relearn` : '',
		(item?.step ?? 0) > 0 ? 'again' : item?.leech ? 'leech' : item?.isNew === false ? 'due' : 'new',
	].filter(Boolean);
	const text = tags.join(' · ');
	const barWidth = Math.max(0, Math.min(30, width - textWidth(text) - 1));
	const done = state.answers.filter(Boolean).length;
	return barWidth >= 5 ? `${bar(done / total, barWidth)} ${text}` : text;
}

/** How the question screen uses `rows`: which parts show and how many rows the quote gets. */
export function questionLayout(quoteRows: number, options: number, rows: number) {
	const avail = rows - options;
	if (1 + quoteRows + 2 + 1 <= avail)
		return {progress: true, box: true, gap: true, quoteRows: quoteRows};
	if (1 + quoteRows + 2 <= avail) return {progress: true, box: true, gap: false, quoteRows};
	if (quoteRows + 2 <= avail) return {progress: false, box: true, gap: false, quoteRows};
	if (avail >= 5) return {progress: false, box: true, gap: false, quoteRows: avail - 2};
	return {progress: false, box: false, gap: false, quoteRows: Math.max(1, avail)};
}

/** One option row: "› 2. Name" when highlighted, "  2. Name" otherwise. */
function Option({index, name, selected}: {index: number; name: string; selected: boolean}) {
	const colour = selected && !colourOff() ? 'cyan' : undefined;
	return (
		<Text bold={selected} color={colour} wrap="truncate-end">
			{selected ? '› ' : '  '}
			{`${index + 1}. ${name}`}
		</Text>
	);
}

export function QuizQuestion({
	item,
	state,
	width,
	rows,
}: {
	item: SessionItem;
	state: QuizState;
	width: number;
	rows: number;
}) {
	const q = item.question;
	const quote = `“${q.quote}”`;
	const wrapped = wrapLines(quote, width - 4);
	const layout = questionLayout(wrapped.length, q.options.length, rows);
	const lines = clipHead(wrapped, layout.quoteRows, layout.box ? width - 4 : width);
	return (
		<Box flexDirection="column" width={width}>
			{layout.progress ? <Text wrap="truncate-end">{progressText(state, width)}</Text> : null}
			{layout.box ? (
				<QuizBox lines={lines} width={width} bold />
			) : (
				lines.map((l, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: rows of the quote
					<Text key={i} bold wrap="truncate-end">
						{l}
					</Text>
				))
			)}
			{layout.gap ? <Text> </Text> : null}
			{q.options.map((name, i) => (
				<Option key={name} index={i} name={name} selected={i === state.highlight} />
			))}
		</Box>
	);
}
