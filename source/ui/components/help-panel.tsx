/** The help overlay's body: the rows of help/lines.ts from `top`, keys in bold. */
import {Box, Text} from 'ink';
import {padText, textWidth} from '../../core/wrap.js';
import type {HelpLine} from '../help/lines.js';

export function HelpPanel({
	lines,
	rows,
	width,
	top,
}: {
	lines: HelpLine[];
	rows: number;
	width: number;
	top: number;
}) {
	const start = Math.max(0, Math.min(top, lines.length - rows));
	const keyWidth = Math.min(18, Math.max(...lines.map((l) => textWidth(l.keys))) + 2);
	return (
		<Box flexDirection="column" width={width}>
			{lines.slice(start, start + rows).map((line) =>
				line.heading ? (
					<Text key={`${line.keys}|${line.text}`} bold underline wrap="truncate-end">
						{line.text}
					</Text>
				) : (
					<Text key={`${line.keys}|${line.text}`} wrap="truncate-end">
						<Text bold>{padText(line.keys, keyWidth)}</Text>
						{line.text}
					</Text>
				),
			)}
		</Box>
	);
}
