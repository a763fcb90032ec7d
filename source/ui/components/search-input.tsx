/**
 * The query line: "/ " then the text with a cursor (an inverse cell; "█" without colour, where
 * styles are off), or a dim placeholder when empty. The text scrolls so the cursor stays in view.
 */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {clusterAfter, columnsStart, textWidth} from '../../core/wrap.js';
import {clip} from '../search/snippet.js';

export function SearchInput({
	text,
	cursor,
	width,
	placeholder,
	plain,
	focus,
}: {
	text: string;
	cursor: number;
	width: number;
	placeholder: string;
	plain: boolean;
	focus: boolean;
}) {
	const room = Math.max(1, width - 3);
	let head = text.slice(0, cursor);
	// The cell under the cursor: a whole cluster (an emoji with its modifiers, a letter with marks).
	const at = text.slice(cursor, clusterAfter(text, cursor));
	const tail = text.slice(cursor + at.length);
	// Keep the cursor in view: drop whole clusters from the start of a long line.
	if (textWidth(head) + 1 > room) head = head.slice(columnsStart(head, head.length, room - 1));
	let cell: ReactNode = at;
	if (focus) cell = plain ? `█${at}` : <Text inverse>{at || ' '}</Text>;
	return (
		<Box height={1} width={width} overflow="hidden">
			<Text color={plain ? undefined : 'cyan'} bold>
				{'/ '}
			</Text>
			<Text wrap="truncate-end">
				{head}
				{cell}
				{text === '' ? <Text dimColor>{clip(placeholder, room - 1)}</Text> : tail}
			</Text>
		</Box>
	);
}
