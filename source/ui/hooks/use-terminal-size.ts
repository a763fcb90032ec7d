/** The terminal's size, updated on resize, and the rows left for a view's body. */
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** Smallest window the app draws in; below it, it asks for a larger one. */
export const minColumns = 40;
export const minRows = 10;

export interface FrameSize {
	columns: number;
	rows: number;
	/** Rows between the header and the footer. */
	bodyRows: number;
	tooSmall: boolean;
}

function measure(stdout: NodeJS.WriteStream): FrameSize {
	const columns = stdout.columns || 80;
	const rows = stdout.rows || 24;
	return {
		columns,
		rows,
		bodyRows: Math.max(1, rows - 2),
		tooSmall: columns < minColumns || rows < minRows,
	};
}

export function useTerminalSize(): FrameSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => measure(stdout));
	useEffect(() => {
		const onResize = () =>
			setSize((old) => {
				const next = measure(stdout);
				return old.columns === next.columns && old.rows === next.rows ? old : next;
			});
		stdout.on('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
