/** One result row of the Search view: speaker · title · the sentence with its matches marked. */
import {Text} from 'ink';
import type {HitRow} from '../search/format.js';

export function SearchRow({
	row,
	colour,
	selected,
	plain,
}: {
	row: HitRow;
	colour: string | undefined;
	selected: boolean;
	/** No colour (NO_COLOR): matches keep bold and underline. */
	plain: boolean;
}) {
	return (
		<Text wrap="truncate-end">
			<Text color={plain ? undefined : colour} bold={selected}>
				{row.speaker}
			</Text>
			<Text dimColor>{row.title ? ` · ${row.title} · ` : ' · '}</Text>
			{row.runs.map((run, i) =>
				run.mark ? (
					// biome-ignore lint/suspicious/noArrayIndexKey: runs of one row
					<Text key={i} bold underline color={plain ? undefined : 'yellow'}>
						{run.text}
					</Text>
				) : (
					// biome-ignore lint/suspicious/noArrayIndexKey: runs of one row
					<Text key={i} bold={selected}>
						{run.text}
					</Text>
				),
			)}
		</Text>
	);
}
