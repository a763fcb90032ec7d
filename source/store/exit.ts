/** Flushes a store on every way out of the process: normal exit, SIGINT, SIGTERM, SIGHUP. */
import type {Store} from '../core/model.js';

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Flushes `store` when the process exits and when it receives SIGINT, SIGTERM or SIGHUP. On a
 * signal it flushes, removes its own handlers and raises the signal again, so the process ends
 * the conventional way (killed by that signal: exit status 128 + n in a shell) unless another
 * handler keeps it alive. Returns a disposer that removes the handlers.
 */
export function installFlushOnExit(store: Pick<Store, 'flush'> & {close?(): void}): () => void {
	const end = (): void => (store.close ? store.close() : store.flush());
	const onExit = (): void => end();
	const onSignal = (signal: NodeJS.Signals): void => {
		end();
		dispose();
		process.kill(process.pid, signal);
	};
	function dispose(): void {
		process.off('exit', onExit);
		for (const s of signals) process.off(s, onSignal);
	}
	process.on('exit', onExit);
	for (const s of signals) process.on(s, onSignal);
	return dispose;
}
