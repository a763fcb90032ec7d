/**
 * The question screen: progress bar and streak, the redacted quote in a box, and the options
 * numbered 1–4 (ink-select-input: arrows + Enter, or a digit at once).
 */
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import type {QuizState, SessionItem} from '../../core/quiz-session.js';
import {QuizBox} from '../components/quiz-box.js';
import {colourOff} from '../components/theme.js';
import {bar, clipHead, wrapLines} from '../quiz/text.js';

/** The progress row: "████░░░░ 3/20 · streak 2 · new". */
export function progressText(state: QuizState, width: number): string {
	const item = state.items[state.index];
	const total = state.items.length;
	const tags = [
		`${state.index + 1}/${total}`,
		state.streak > 0 ? `streak ${state.streak}` : '',
		state.round > 1 ? 'review of missed' : '',
		item?.leech ? 'leech' : item?.isNew === false ? 'due' : 'new',
	].filter(Boolean);
	const text = tags.join(' · ');
	const barWidth = Math.max(0, Math.min(30, width - text.length - 1));
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

function Indicator({isSelected = false}: {isSelected?: boolean}) {
	return (
		<Text bold color={isSelected && !colourOff() ? 'cyan' : undefined}>
			{isSelected ? '› ' : '  '}
		</Text>
	);
}

function Option({isSelected = false, label}: {isSelected?: boolean; label: string}) {
	return (
		<Text
			bold={isSelected}
			color={isSelected && !colourOff() ? 'cyan' : undefined}
			wrap="truncate-end"
		>
			{label}
		</Text>
	);
}

export function QuizQuestion({
	item,
	state,
	width,
	rows,
	focused,
	onAnswer,
}: {
	item: SessionItem;
	state: QuizState;
	width: number;
	rows: number;
	focused: boolean;
	onAnswer(option: number): void;
}) {
	const q = item.question;
	const quote = `“${q.quote}”`;
	const wrapped = wrapLines(quote, width - 4);
	const layout = questionLayout(wrapped.length, q.options.length, rows);
	const lines = clipHead(wrapped, layout.quoteRows, layout.box ? width - 4 : width);
	const items = q.options.map((name, i) => ({key: name, label: `${i + 1}. ${name}`, value: i}));
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
			<SelectInput
				key={`${state.round}:${state.index}:${state.effect?.seq ?? 0}`}
				items={items}
				isFocused={focused}
				indicatorComponent={Indicator}
				itemComponent={Option}
				onSelect={(option) => onAnswer(option.value)}
			/>
		</Box>
	);
}
