/** The footer's key hints for a view, generated from the keymap table. */
import {Text} from 'ink';
import {textWidth} from '../../core/wrap.js';
import {type Binding, globalKeys, keyLabel, keymap, type ViewId} from '../keys/keymap.js';

/** "Space page down" for a binding: its first key and its short label. */
export function hintText(binding: Binding): string {
	const label =
		typeof binding.hint === 'string' ? binding.hint : binding.description.split(/[:(]/)[0]!.trim();
	return `${keyLabel(binding.keys[0]!)} ${label}`;
}

/** The hints that fit in `width` columns: the view's first, then help and quit (always kept). */
export function hintLine(view: ViewId, width: number, extra: readonly Binding[] = []): string {
	const tail = globalKeys.filter((b) => b.hint).map(hintText);
	const head = [...keymap[view], ...extra].filter((b) => b.hint).map(hintText);
	const sep = ' · ';
	let line = tail.join(sep);
	for (let i = head.length; i >= 0; i--) {
		const candidate = [...head.slice(0, i), ...tail].join(sep);
		if (textWidth(candidate) <= width) {
			line = candidate;
			break;
		}
	}
	return line;
}

/** An overlay's hints ("↓ scroll · PgDn page · Esc close"), from its section of the keymap. */
export function overlayHints(bindings: readonly Binding[]): string {
	return bindings
		.filter((b) => b.hint)
		.map(hintText)
		.join(' · ');
}

export function KeyHints({view, width}: {view: ViewId; width: number}) {
	return (
		<Text dimColor wrap="truncate-end">
			{hintLine(view, width)}
		</Text>
	);
}
