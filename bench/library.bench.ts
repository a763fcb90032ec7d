// Library load time: every file of the Kremlin archive (607 files, 7.2 MB) read with bounded
// concurrency and parsed, end to end through loadLibrary; then reading and parsing apart.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {contentKey, loadLibrary, textProblem} from '../source/core/library.js';
import {parseBytes} from '../source/core/transcript.js';

const archive = process.env.VERBATIM_ARCHIVE ?? '../shared/bench/kremlin-archive';
const files = readdirSync(archive).map((f) => join(archive, f));
const mb = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let t = process.hrtime.bigint();
const first = await loadLibrary([archive]);
const firstMs = ms(t);
console.log(
	`archive: ${files.length} files, ${mb.toFixed(1)} MB → ${first.transcripts.length} transcripts, ` +
		`${first.errors.length} errors, ${first.skipped} skipped`,
);
console.log(`loadLibrary, first run:        ${firstMs.toFixed(0)} ms`);

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
	t = process.hrtime.bigint();
	await loadLibrary([archive]);
	runs.push(ms(t));
}
console.log(`loadLibrary, median of 5:      ${median(runs).toFixed(0)} ms`);

for (const concurrency of [1, 4, 64]) {
	t = process.hrtime.bigint();
	await loadLibrary([archive], {concurrency});
	console.log(`loadLibrary, concurrency ${String(concurrency).padEnd(3)}:  ${ms(t).toFixed(0)} ms`);
}

t = process.hrtime.bigint();
const bytes = files.map((f) => readFileSync(f));
const readMs = ms(t);
t = process.hrtime.bigint();
for (const b of bytes) contentKey(b);
const hashMs = ms(t);
t = process.hrtime.bigint();
for (const b of bytes) textProblem(b);
const checkMs = ms(t);
t = process.hrtime.bigint();
for (const b of bytes) parseBytes(b);
console.log(
	`apart: read (sync) ${readMs.toFixed(0)} ms, hash ${hashMs.toFixed(0)} ms, ` +
		`empty/binary check ${checkMs.toFixed(0)} ms, parse ${ms(t).toFixed(0)} ms`,
);
