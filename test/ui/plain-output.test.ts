/** Without a terminal (a pipe, CI) `verbatim` prints transcripts as plain text and exits 0. */
import {afterEach, expect, test, vi} from 'vitest';
import {run} from '../../source/commands/app.js';
import {plainText} from '../../source/plain-output.js';
import {capture} from '../helpers/capture.js';
import {loaded, makeTranscript} from '../helpers/ui-transcripts.js';

afterEach(() => vi.restoreAllMocks());

test('plain text: title, date and place, narration, then "Name (role): text" turns', () => {
	const text = plainText(loaded(makeTranscript(5)));
	const lines = text.split('\n');
	expect(lines.slice(0, 3)).toEqual(['Meeting 5', '2017-12-27 · The Kremlin, Moscow', '']);
	expect(lines[3]).toMatch(/^marker1 /);
	expect(text).toContain('\nVladimir Putin (President of Russia): marker2 ');
	expect(text).toContain('\nVladimir Putin: marker4 ');
	expect(text).toContain('\nQuestion: marker5 ');
	expect(text).not.toContain('\u001B');
});

test('run() without a TTY prints the transcript and returns 0, never touching raw mode', async () => {
	const out = capture();
	const raw = vi.fn();
	Object.assign(process.stdin, {setRawMode: raw});
	const code = await run(['data/kremlin-2017-12-27-nazarbayev.txt']);
	expect(code).toBe(0);
	expect(raw).not.toHaveBeenCalled();
	expect(out()).toContain('Meeting with President of Kazakhstan Nursultan Nazarbayev\n2017-12-27');
	expect(out()).toMatch(/\nVladimir Putin \(President of Russia\): Mr Nazarbayev,/);
	expect(out()).not.toContain('\u001B');
});
