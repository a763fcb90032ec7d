/**
 * The app's global keys (keymap `globalKeys`): help, quit, back, Tab, Shift+Tab, 1–4 and Alt+1–4 between registered
 * views, Ctrl+C. Pure: (state, key) → what the shell does, or null when the key is not one of them.
 */
import {commandOf, globalKeys, isInterrupt, type KeyFlags, type ViewId} from '../keys/keymap.js';
import type {AppAction, AppState} from './app-state.js';

/** What a global key does: leave the app, or an action of the app's reducer. */
export type ShellEffect = {type: 'exit'} | {type: 'app'; action: AppAction};

/** True when the Read view was opened by another view, which Esc/q go back to. */
export function canGoBack(state: AppState): boolean {
	return state.view === 'read' && Boolean(state.read?.returnTo);
}

/**
 * The view Tab (step 1) or Shift+Tab (step -1) goes to: the next registered one that way round
 * (Read only when something can be read).
 */
function nextView(state: AppState, registered: readonly ViewId[], step: 1 | -1): ViewId | null {
	const i = registered.indexOf(state.view);
	const n = registered.length;
	for (let k = 1; k < n; k++) {
		const next = registered[(i + k * (step + n)) % n];
		if (next && (next !== 'read' || state.read || state.selected)) return next;
	}
	return null;
}

/**
 * The effects of a key on the shell; null when it is no global key (or Esc with nowhere to go
 * back to), so the focused view gets it. An empty list: the key was global and does nothing.
 */
export function globalKeyEffects(
	state: AppState,
	registered: readonly ViewId[],
	input: string,
	key: KeyFlags,
): ShellEffect[] | null {
	if (isInterrupt(input, key)) return [{type: 'exit'}];
	const back: ShellEffect = {type: 'app', action: {type: 'back'}};
	const command = commandOf(globalKeys, input, key);
	switch (command) {
		case undefined:
			return null;
		case 'help':
			return [{type: 'app', action: {type: 'help', action: {type: 'open'}}}];
		case 'quit':
			return [canGoBack(state) ? back : {type: 'exit'}];
		case 'back':
			return canGoBack(state) ? [back] : null;
		case 'next-view':
		case 'prev-view': {
			const view = nextView(state, registered, command === 'next-view' ? 1 : -1);
			return view ? [{type: 'app', action: {type: 'switch', view}}] : [];
		}
		default: {
			const view = command.slice('view:'.length) as ViewId;
			if (!registered.includes(view)) return null;
			return [{type: 'app', action: {type: 'switch', view}}];
		}
	}
}
