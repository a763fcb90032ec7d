/**
 * A list drawn only where it is visible: `rows` items around the selected one (like ink-ui's
 * select), each drawn by `item`.
 */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';

/** The first item shown so that `selected` is visible, centred when the list scrolls. */
function windowStart(selected: number, count: number, rows: number): number {
	if (count <= rows) return 0;
	return Math.max(0, Math.min(count - rows, selected - Math.floor(rows / 2)));
}

export interface ListWindowProps {
	count: number;
	selected: number;
	rows: number;
	width: number;
	title?: string;
	empty?: string;
	item(index: number, selected: boolean): ReactNode;
}

export function ListWindow({count, selected, rows, width, title, empty, item}: ListWindowProps) {
	const listRows = Math.max(1, title ? rows - 1 : rows);
	const start = windowStart(selected, count, listRows);
	const end = Math.min(count, start + listRows);
	const items: ReactNode[] = [];
	for (let i = start; i < end; i++) {
		items.push(
			<Box key={i} width={width} height={1} overflow="hidden">
				<Box width={2} flexShrink={0}>
					<Text color="cyan" bold>
						{i === selected ? '›' : ' '}
					</Text>
				</Box>
				{item(i, i === selected)}
			</Box>,
		);
	}
	return (
		<Box flexDirection="column" width={width} height={rows}>
			{title ? (
				<Text bold wrap="truncate-end">
					{title}
				</Text>
			) : null}
			{count === 0 && empty ? <Text dimColor>{empty}</Text> : items}
		</Box>
	);
}
