/**
 * "reading 1,234 of 10,000 files" on stderr while a big library loads, when stderr is a terminal:
 * shown after a moment (quick loads print nothing), redrawn at most every 100 ms, erased at the end;
 * then, when the search index must be built or updated, "indexing 10,000 transcripts…".
 */
const DELAY = 300;
const EVERY = 100;

export interface ProgressLine {
	update(done: number, total: number): void;
	/** A line of its own ("indexing 10,000 transcripts…"), shown at once on a terminal. */
	note(text: string): void;
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
		note(text) {
			if (!out.isTTY) return;
			shown = true;
			out.write(`\r\u001B[K${text}`);
		},
		done() {
			if (shown) out.write('\r\u001B[K');
			shown = false;
		},
	};
}
