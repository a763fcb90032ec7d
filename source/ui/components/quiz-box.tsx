/** A quote in a rounded box: pre-wrapped rows, so its height is exactly rows + 2. */
import {Box, Text} from 'ink';

export function QuizBox({
	lines,
	width,
	bold = false,
	title,
}: {
	lines: readonly string[];
	width: number;
	bold?: boolean;
	/** Shown on the first row inside the box (the speaker on the answer screen). */
	title?: string;
}) {
	return (
		<Box flexDirection="column" borderStyle="round" width={width} paddingX={1} flexShrink={0}>
			{lines.map((line, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows of one wrapped text
				<Text key={i} bold={bold} wrap="truncate-end">
					{i === 0 && title ? <Text bold>{title}</Text> : null}
					{i === 0 && title ? line.slice(title.length) : line}
				</Text>
			))}
		</Box>
	);
}
