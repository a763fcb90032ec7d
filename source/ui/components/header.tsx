/** The top row: what is shown on the left (truncated to fit), where you are on the right. */
import {Box, Text} from 'ink';

export function Header({
	title,
	detail,
	status,
	width,
}: {
	title: string;
	detail?: string;
	status?: string;
	width: number;
}) {
	const right = status ? ` ${status}` : '';
	return (
		<Box width={width} height={1}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Text wrap="truncate-end">
					<Text bold>{title}</Text>
					{detail ? <Text dimColor>{` · ${detail}`}</Text> : null}
				</Text>
			</Box>
			{right ? (
				<Box flexShrink={0}>
					<Text bold>{right}</Text>
				</Box>
			) : null}
		</Box>
	);
}
