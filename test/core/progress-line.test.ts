import {describe, expect, it} from 'vitest';
import {progressLine} from '../../source/commands/progress-line.js';

/** A stream that keeps what is written, a terminal or not. */
function stream(isTTY: boolean) {
	const written: string[] = [];
	const out = {isTTY, write: (s: string) => written.push(s) > 0} as unknown as NodeJS.WriteStream;
	return {out, written};
}

describe('the progress line on stderr', () => {
	it('says nothing when stderr is not a terminal', () => {
		const {out, written} = stream(false);
		const line = progressLine(out);
		line.update(10, 10_000);
		line.update(10_000, 10_000);
		line.note('indexing 10,000 transcripts…');
		line.done();
		expect(written).toEqual([]);
	});

	it('on a terminal, shows a note on the line and erases it at the end', () => {
		const {out, written} = stream(true);
		const line = progressLine(out);
		line.note('indexing 10,000 transcripts…');
		line.done();
		expect(written).toEqual(['\r\u001B[Kindexing 10,000 transcripts…', '\r\u001B[K']);
	});
});
