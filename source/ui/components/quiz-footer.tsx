/** A footer line of key hints that fits the width: the view's hints first, then help and quit. */
import {Text} from 'ink';
import {textWidth} from '../../core/wrap.js';
import {globalKeys} from '../keys/keymap.js';
import {hintText} from './key-hints.js';

/** The hints joined with " · ", dropping the view's last ones until the line fits. */
export function footerLine(hints: readonly string[], width: number): string {
	const tail = globalKeys.filter((b) => b.hint).map(hintText);
	for (let i = hints.length; i >= 0; i--) {
		const line = [...hints.slice(0, i), ...tail].join(' · ');
		if (textWidth(line) <= width) return line;
	}
	return tail.join(' · ');
}

export function QuizFooter({hints, width}: {hints: readonly string[]; width: number}) {
	return (
		<Text dimColor wrap="truncate-end">
			{footerLine(hints, width)}
		</Text>
	);
}
