/** The help overlay: every key of the current view and the global keys, from the keymap table. */
import {Box, Text} from 'ink';
import {type Binding, globalKeys, keyLabel, keymap, type ViewId} from '../keys/keymap.js';
import {useShell} from '../state/context.js';

/** One line per binding: its keys, then what it does; views not registered are left out. */
export function helpLines(
	view: ViewId,
	registered: ViewId[],
): {keys: string; text: string; heading?: boolean}[] {
	const row = (b: Binding) => ({keys: b.keys.map(keyLabel).join(' '), text: b.description});
	const globals = globalKeys.filter(
		(b) => !b.id.startsWith('view:') || registered.includes(b.id.slice(5) as ViewId),
	);
	return [
		{keys: '', text: `${view[0]!.toUpperCase()}${view.slice(1)} view`, heading: true},
		...keymap[view].map(row),
		{keys: '', text: 'Everywhere', heading: true},
		...globals.map(row),
	];
}

/** How many rows the help has (the shell clamps scrolling with it). */
export function helpLength(view: ViewId, registered: ViewId[]): number {
	return helpLines(view, registered).length;
}

export function HelpPanel({
	view,
	rows,
	width,
	top,
}: {
	view: ViewId;
	rows: number;
	width: number;
	top: number;
}) {
	const {views} = useShell();
	const lines = helpLines(view, views);
	const start = Math.max(0, Math.min(top, lines.length - rows));
	const keyWidth = Math.min(18, Math.max(...lines.map((l) => l.keys.length)) + 2);
	return (
		<Box flexDirection="column" width={width}>
			{lines.slice(start, start + rows).map((line) =>
				line.heading ? (
					<Text key={`${line.keys}|${line.text}`} bold underline wrap="truncate-end">
						{line.text}
					</Text>
				) : (
					<Text key={`${line.keys}|${line.text}`} wrap="truncate-end">
						<Text bold>{line.keys.padEnd(keyWidth)}</Text>
						{line.text}
					</Text>
				),
			)}
		</Box>
	);
}
