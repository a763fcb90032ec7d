/**
 * A view's keyboard: only the focused view listens (`useInput` with `isActive`). Each key goes
 * first to the app's global keys (help, quit, back, Tab, 1–4, Ctrl+C) unless the view claims it
 * (a prompt being typed, count digits), then to the view. The claim is decided on the state as
 * it was before the key, so Esc that closes a prompt does not also leave the view.
 */
import {type Key, useInput} from 'ink';
import {useCallback, useRef} from 'react';
import {type KeyFlags, keyName} from '../keys/keymap.js';
import {type KeyClaim, useShell} from '../state/context.js';

export function useViewInput(
	onKey: (input: string, key: KeyFlags) => void,
	claims: KeyClaim,
	active: boolean,
): void {
	const shell = useShell();
	const ref = useRef({onKey, claims, shell});
	ref.current = {onKey, claims, shell};
	const handler = useCallback((input: string, key: Key) => {
		const {onKey: view, claims: claim, shell: app} = ref.current;
		const global = keyName(input, key) === 'ctrl+c' || !claim(input, key);
		if (global && app.globalKey(input, key)) return;
		view(input, key);
	}, []);
	useInput(handler, {isActive: active});
}
