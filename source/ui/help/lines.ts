/** The help overlay's rows: every key of the current view, then the global keys, from the keymap. */
import {type Binding, globalKeys, keyLabel, keymap, type ViewId} from '../keys/keymap.js';

export interface HelpLine {
	keys: string;
	text: string;
	heading?: boolean;
}

/** One line per binding: its keys, then what it does; views not registered are left out. */
export function helpLines(view: ViewId, registered: readonly ViewId[]): HelpLine[] {
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
