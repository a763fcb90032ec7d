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
		const one = (text: string, flags: KeyFlags) => {
			const {onKey: view, claims: claim, shell: app} = ref.current;
			const global = keyName(text, flags) === 'ctrl+c' || !claim(text, flags);
			if (global && app.globalKey(text, flags)) return;
			view(text, flags);
		};
		// Text typed fast or pasted arrives as one chunk ("42g", "china"): one key per character.
		if (input.length > 1 && !key.ctrl && !key.meta && !/[\u0000-\u001F\u007F]/.test(input)) {
			for (const ch of input) one(ch, {...key, shift: ch !== ch.toLowerCase()});
		} else one(input, key);
	}, []);
	useInput(handler, {isActive: active});
}
