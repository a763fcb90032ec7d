/**
 * Test helper: renders an Ink tree into a fake terminal of a given size (columns AND rows, which
 * ink-testing-library's stdout lacks), types keys, and waits for frames (polls; never sleeps a
 * fixed time).
 */
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {ReactElement} from 'react';

/** Key sequences as a terminal sends them. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	ctrlC: '\u0003',
	space: ' ',
} as const;

const ansi = /\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007]*\u0007/g;

/** A frame without colour codes. */
function plain(frame: string): string {
	return frame.replace(ansi, '');
}

class TermStdout extends EventEmitter {
	frames: string[] = [];
	isTTY = false;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

class TermStdin extends EventEmitter {
	isTTY = true;
	data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export interface Term {
	stdout: TermStdout;
	/** The last frame, colour codes removed. */
	frame(): string;
	/** Every frame drawn so far, colour codes removed. */
	frames(): string[];
	/** Sends one key (or a string typed as one chunk). */
	press(data: string): void;
	/** Sends keys one at a time, letting the app settle after each. */
	type(data: string): Promise<void>;
	/** Sends one key and lets the app settle (for keys that may leave the frame unchanged). */
	tap(data: string): Promise<void>;
	/** Polls until the last frame satisfies `test` (a substring or a predicate); throws after 4 s. */
	waitFor(test: string | ((frame: string) => boolean), what?: string): Promise<string>;
	resize(columns: number, rows: number): void;
	exited: Promise<unknown>;
	unmount(): void;
}

/** Lets pending effects and immediates run (a few turns of the event loop; no fixed delay). */
async function settle(): Promise<void> {
	for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
}

export function renderTerm(tree: ReactElement, size: {columns: number; rows: number}): Term {
	const stdout = new TermStdout(size.columns, size.rows);
	const stdin = new TermStdin();
	const stderr = new TermStdout(size.columns, size.rows);
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const frame = () => plain(stdout.frames.at(-1) ?? '');
	const waitFor = async (test: string | ((f: string) => boolean), what?: string) => {
		const ok = typeof test === 'string' ? (f: string) => f.includes(test) : test;
		const deadline = Date.now() + 4000;
		for (;;) {
			const f = frame();
			if (ok(f)) {
				// Let React run the effects of that render (input listeners subscribe there) before
				// the test types the next key, as a person would.
				await settle();
				return f;
			}
			if (Date.now() > deadline)
				throw new Error(`timed out waiting for ${what ?? String(test)}; last frame:\n${f}`);
			await new Promise((r) => setTimeout(r, 5));
		}
	};
	return {
		stdout,
		frame,
		frames: () => stdout.frames.map(plain),
		press: (data) => stdin.write(data),
		async type(data) {
			for (const ch of data) {
				stdin.write(ch);
				await settle();
			}
		},
		async tap(data) {
			stdin.write(data);
			await settle();
		},
		waitFor,
		resize: (c, r) => stdout.resize(c, r),
		exited: instance.waitUntilExit(),
		unmount: () => {
			instance.unmount();
			instance.cleanup();
		},
	};
}

/** Presses `key`, then waits until the frame differs from the one before and satisfies `test`. */
export async function step(
	t: Term,
	key: string,
	test: (f: string) => boolean = () => true,
): Promise<string> {
	const before = t.frame();
	t.press(key);
	return t.waitFor((f) => f !== before && test(f), `a new frame after ${JSON.stringify(key)}`);
}
