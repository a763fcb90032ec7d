/** Drawn instead of a view when the window is below the smallest usable size. */
import {Text} from 'ink';
import {minColumns, minRows} from '../hooks/use-terminal-size.js';

export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	const text =
		columns >= 30
			? `make the window larger (${minColumns}×${minRows} at least)`
			: 'make the window larger';
	return <Text wrap="truncate-end">{rows > 0 ? text : ''}</Text>;
}
