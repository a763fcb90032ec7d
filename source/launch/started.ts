/**
 * The moment a start is over: the app's first frame is drawn, or a plain command is done. The
 * launcher (launch/cli.ts) listens, to save V8's compiled code for the next start then.
 */
let listener: (() => void) | null = null;

/** Calls `f` at the first `started()` after this (once). */
export function onStarted(f: () => void): void {
	listener = f;
}

export function started(): void {
	const f = listener;
	listener = null;
	f?.();
}
