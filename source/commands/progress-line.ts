/**
 * "reading 1,234 of 10,000 files" on stderr while a big library loads, when stderr is a terminal:
 * shown after a moment (quick loads print nothing), redrawn at most every 100 ms, erased at the end.
 */
const DELAY = 300;
const EVERY = 100;

export interface ProgressLine {
	update(done: number, total: number): void;
	done(): void;
}

export function progressLine(out: NodeJS.WriteStream): ProgressLine {
	const start = Date.now();
	let last = 0;
	let shown = false;
	return {
		update(done, total) {
			if (!out.isTTY) return;
			const now = Date.now();
			if (now - start < DELAY || (now - last < EVERY && done < total)) return;
			last = now;
			shown = true;
			const n = (x: number) => x.toLocaleString('en-US');
			out.write(`\r\u001B[Kreading ${n(done)} of ${n(total)} files`);
		},
		done() {
			if (shown) out.write('\r\u001B[K');
			shown = false;
		},
	};
}
