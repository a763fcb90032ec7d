/**
 * The shell's layout around a view: header row, body, footer row — exactly the terminal's height,
 * never taller. The body shows the help overlay instead of the view while help is open.
 */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {textWidth} from '../../core/wrap.js';
import {helpLines} from '../help/lines.js';
import type {FrameSize} from '../hooks/use-terminal-size.js';
import {overlayKeys, type ViewId} from '../keys/keymap.js';
import {useShell} from '../state/context.js';
import {Header} from './header.js';
import {HelpPanel} from './help-panel.js';
import {KeyHints, overlayHints} from './key-hints.js';
import {TooSmall} from './too-small.js';

export interface FrameProps {
	view: ViewId;
	size: FrameSize;
	title: string;
	detail?: string;
	status?: string;
	/** Replaces the key hints (a prompt, a message). */
	footer?: ReactNode;
	children: ReactNode;
}

export function Frame({view, size, title, detail, status, footer, children}: FrameProps) {
	const {state, views} = useShell();
	if (size.tooSmall) return <TooSmall columns={size.columns} rows={size.rows} />;
	const help = state.help.open;
	let bottom: ReactNode = footer ?? <KeyHints view={view} width={size.columns} />;
	if (help)
		bottom = (
			<Text dimColor wrap="truncate-end">
				{overlayHints(overlayKeys.help)}
			</Text>
		);
	// A notice (a damaged file kept aside, a failed save) is shown in full above the footer, up to
	// four rows taken from the bottom of the body, until the next key.
	const notice = help ? null : state.notice;
	const noticeRows = notice
		? Math.min(4, Math.max(1, Math.ceil(textWidth(notice) / size.columns)), size.bodyRows - 1)
		: 0;
	return (
		<Box flexDirection="column" width={size.columns} height={size.rows}>
			<Header
				title={help ? `Help · ${title}` : title}
				detail={help ? undefined : detail}
				status={help ? undefined : status}
				width={size.columns}
			/>
			<Box flexDirection="column" height={size.bodyRows - noticeRows} overflow="hidden">
				{help ? (
					<HelpPanel
						lines={helpLines(view, views)}
						rows={size.bodyRows}
						width={size.columns}
						top={state.help.top}
					/>
				) : (
					children
				)}
			</Box>
			{notice && noticeRows > 0 ? (
				<Box height={noticeRows} width={size.columns} overflow="hidden">
					<Text color="yellow" wrap="wrap">
						{notice}
					</Text>
				</Box>
			) : null}
			<Box height={1} width={size.columns} overflow="hidden">
				{bottom}
			</Box>
		</Box>
	);
}
