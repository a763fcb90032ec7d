/** The frame shown while a lazily loaded view's code arrives (a moment, once). */
import {Text} from 'ink';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import type {ViewId} from '../keys/keymap.js';
import {Frame} from './frame.js';

export function QuizLoading({view, title}: {view: ViewId; title: string}) {
	const size = useTerminalSize();
	return (
		<Frame view={view} size={size} title={title}>
			<Text dimColor>loading…</Text>
		</Frame>
	);
}
