/** Captures what a command writes to stdout or stderr (undone by `vi.restoreAllMocks()`). */
import {vi} from 'vitest';

/** Starts capturing `stream`; the function returned gives everything written so far. */
export function capture(stream: NodeJS.WriteStream = process.stdout): () => string {
	let out = '';
	vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
		out += String(chunk);
		return true;
	});
	return () => out;
}
