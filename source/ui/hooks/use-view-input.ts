/**
 * A view's keyboard: only the focused view listens (`useInput` with `isActive`). Each key goes
 * first to the app's global keys (help, quit, back, Tab, 1–4, Ctrl+C) unless the view claims it
 * (a prompt being typed, count digits), then to the view. The claim is decided on the state as
 * it was before the key, so Esc that closes a prompt does not also leave the view.
 */
import {type Key, useInput} from 'ink';
import {useCallback, useContext, useLayoutEffect, useRef} from 'react';
import {isInterrupt, type KeyFlags, keyName, splitChunk} from '../keys/keymap.js';
import {FocusContext, type KeyClaim, useShell} from '../state/context.js';

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
			const name = keyName(text, flags);
			// Ctrl+C and Alt+1–4 (view keys) act from every view, whatever it is typing.
			const global = isInterrupt(text, flags) || /^alt\+[1-9]$/.test(name) || !claim(text, flags);
			if (global && app.globalKey(text, flags)) return;
			view(text, flags);
		};
		for (const [text, flags] of splitChunk(input, key)) one(text, flags);
	}, []);
	const focus = useContext(FocusContext);
	useLayoutEffect(() => {
		if (!active || !focus) return;
		focus.handler = handler;
		return () => {
			if (focus.handler === handler) focus.handler = null;
		};
	}, [active, handler, focus]);
	const forward = useCallback(
		(input: string, key: Key) => (focus?.handler ?? handler)(input, key),
		[handler, focus],
	);
	useInput(forward, {isActive: active});
}
