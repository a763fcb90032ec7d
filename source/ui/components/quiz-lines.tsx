/** Draws pre-fitted rows of styled segments (quiz/lines.ts), one <Text> per row. */
import {Box, Text} from 'ink';
import type {Line} from '../quiz/lines.js';
import {colourOff} from './theme.js';

export function QuizLines({lines, width}: {lines: readonly Line[]; width: number}) {
	const plain = colourOff();
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{lines.map((row, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: screen rows
				<Text key={i} wrap="truncate-end">
					{row.length === 0
						? ' '
						: row.map((s, k) => (
								<Text
									// biome-ignore lint/suspicious/noArrayIndexKey: segments of one row
									key={k}
									bold={s.bold}
									dimColor={s.dim}
									color={plain ? undefined : s.colour}
								>
									{s.text}
								</Text>
							))}
				</Text>
			))}
		</Box>
	);
}
