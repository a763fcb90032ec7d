/**
 * The preview of the selected hit: a title rule, then the turns around it (search/preview.ts)
 * after a two-column gutter where › marks the row of the hit's sentence.
 */
import {Box, Text} from 'ink';
import {textWidth} from '../../core/wrap.js';
import type {PreviewRow} from '../search/preview.js';
import {clip} from '../search/snippet.js';

export function SearchPreview({
	title,
	rows,
	hitRow,
	width,
	height,
	plain,
}: {
	title: string;
	rows: readonly PreviewRow[];
	/** The row where the hit's sentence starts (marked › in the gutter). */
	hitRow: number;
	width: number;
	/** Rows taken, the title's included. */
	height: number;
	plain: boolean;
}) {
	const rule = clip(`── ${title} `, width);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text dimColor wrap="truncate-end">
				{rule + '─'.repeat(Math.max(0, width - textWidth(rule)))}
			</Text>
			{rows.slice(0, Math.max(0, height - 1)).map((row, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: screen rows
				<Text key={i} wrap="truncate-end">
					<Text color={plain ? undefined : 'cyan'} bold>
						{i === hitRow ? '› ' : '  '}
					</Text>
					{row.length === 0
						? ' '
						: row.map((s, k) => (
								<Text
									// biome-ignore lint/suspicious/noArrayIndexKey: segments of one row
									key={k}
									bold={s.label || s.mark === 2}
									underline={s.mark === 2}
									color={plain ? undefined : s.mark === 2 ? 'yellow' : s.colour}
									dimColor={!s.label && !s.mark}
								>
									{s.text}
								</Text>
							))}
				</Text>
			))}
		</Box>
	);
}
