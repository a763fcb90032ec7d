/** One screen row of the reader: the label in the speaker's colour, text, find highlights. */
import {Text} from 'ink';
import {memo} from 'react';
import {drawnText} from '../../core/wrap.js';
import type {SliceRow, WrappedTurn} from '../reader/layout.js';

/** A highlighted range of a turn's text; `current` marks the match last jumped to. */
export interface Mark {
	start: number;
	end: number;
	current: boolean;
}

interface Segment {
	text: string;
	label: boolean;
	mark: 0 | 1 | 2;
}

/** Splits a row into runs of label, plain and highlighted text (`marks` in display indices). */
function segments(row: SliceRow, marks: Mark[]): Segment[] {
	const {line, turn} = row;
	if (!line) return [];
	const {display, labelLen} = turn;
	const cuts = new Set<number>([line.start, line.end]);
	if (labelLen > line.start && labelLen < line.end) cuts.add(labelLen);
	for (const m of marks) {
		for (const at of [m.start, m.end]) if (at > line.start && at < line.end) cuts.add(at);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		let mark: 0 | 1 | 2 = 0;
		for (const m of marks) {
			if (m.start <= a && m.end >= b) mark = m.current ? 2 : (Math.max(mark, 1) as 1 | 2);
		}
		out.push({text: drawnText(display, line, a, b), label: a < labelLen, mark});
	}
	return out;
}

/**
 * The highlights of a block, from marks per remark (offsets into each remark's text) to indices
 * into the block's `display`; `none` when the block has none.
 */
export function blockMarks(turn: WrappedTurn, byTurn: Map<number, Mark[]>, none: Mark[]): Mark[] {
	if (turn.last === turn.turn) {
		const own = byTurn.get(turn.turn);
		if (!own) return none;
		return own.map((m) => ({...m, start: m.start + turn.prefixLen, end: m.end + turn.prefixLen}));
	}
	const out: Mark[] = [];
	for (let t = turn.turn; t <= turn.last; t++) {
		const shift = turn.starts[t - turn.turn]!;
		for (const m of byTurn.get(t) ?? [])
			out.push({...m, start: m.start + shift, end: m.end + shift});
	}
	return out.length > 0 ? out : none;
}

export interface ReaderLineProps {
	row: SliceRow;
	/** Highlights, as indices into the row's block `display` (`blockMarks`). */
	marks: Mark[];
	/** The time margin drawn dim before the text ("" for none). */
	margin?: string;
	colour: string | undefined;
	narration: boolean;
	/** No colour (NO_COLOR): matches are reversed (current) or underlined instead. */
	mono?: boolean;
}

// Written as SGR codes of their own: with colour off, chalk drops every style, and NO_COLOR
// asks only for no colour — reverse video and underline still show where the matches are.
const reverse = (text: string) => `\u001B[7m${text}\u001B[27m`;
const underline = (text: string) => `\u001B[4m${text}\u001B[24m`;

function same(a: ReaderLineProps, b: ReaderLineProps): boolean {
	return (
		a.row.turn === b.row.turn &&
		a.row.line === b.row.line &&
		a.marks === b.marks &&
		a.margin === b.margin &&
		a.colour === b.colour &&
		a.narration === b.narration &&
		a.mono === b.mono
	);
}

export const ReaderLine = memo(function ReaderLine({
	row,
	marks,
	colour,
	narration,
	margin = '',
	mono = false,
}: ReaderLineProps) {
	const parts = segments(row, marks);
	if (parts.length === 0) return <Text> </Text>;
	if (mono)
		return (
			<Text wrap="truncate-end">
				{margin}
				{parts
					.map((p) => (p.mark === 2 ? reverse(p.text) : p.mark === 1 ? underline(p.text) : p.text))
					.join('')}
			</Text>
		);
	return (
		<Text wrap="truncate-end" dimColor={narration}>
			{margin ? <Text dimColor>{margin}</Text> : null}
			{parts.map((p, i) => {
				const key = `${i}`;
				if (p.mark === 2)
					return (
						<Text key={key} inverse bold>
							{p.text}
						</Text>
					);
				if (p.mark === 1)
					return (
						<Text key={key} backgroundColor="yellow" color="black">
							{p.text}
						</Text>
					);
				if (p.label)
					return (
						<Text key={key} bold color={colour}>
							{p.text}
						</Text>
					);
				return p.text;
			})}
		</Text>
	);
}, same);
