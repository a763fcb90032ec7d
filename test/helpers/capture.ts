/** Captures what a command writes to stdout or stderr (undone by `restore()` or `vi.restoreAllMocks()`). */
import {vi} from 'vitest';

/**
 * Starts capturing `stream`; the function returned gives everything written so far, and its
 * `restore()` stops capturing.
 */
export function capture(
	stream: NodeJS.WriteStream = process.stdout,
): (() => string) & {restore(): void} {
	let out = '';
	const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
		out += String(chunk);
		return true;
	});
	return Object.assign(() => out, {restore: () => spy.mockRestore()});
}
