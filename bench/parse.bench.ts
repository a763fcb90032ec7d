// `npm run bench -- parse`: read+parse throughput of the transcript parser.
// 1. The Kremlin archive (607 real pages), each file read and parsed on its own.
// 2. One 50 MB file built by repeating the archive, read and parsed whole (time, MB/s, memory).
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseKremlin} from '../source/core/formats/kremlin.js';
import {decodeClean, readTextFile} from '../source/core/text.js';
import {fromRaw, parseBytes} from '../source/core/transcript.js';

const archive = '../shared/bench/kremlin-archive';
const files = readdirSync(archive)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => join(archive, f));
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
const mb = (bytes: number) => bytes / 1e6;

function archiveRun(): {bytes: number; ms: number; turns: number} {
	let bytes = 0;
	let turns = 0;
	const t0 = performance.now();
	for (const file of files) {
		const data = readTextFile(file);
		bytes += data.length;
		const t = parseBytes(data);
		turns += t.remarks.length;
	}
	return {bytes, ms: performance.now() - t0, turns};
}

for (let i = 0; i < 2; i++) archiveRun();
let best = Number.POSITIVE_INFINITY;
let size = 0;
let turns = 0;
for (let i = 0; i < 5; i++) {
	const run = archiveRun();
	best = Math.min(best, run.ms);
	size = run.bytes;
	turns = run.turns;
}
console.log(
	`archive: ${files.length} files, ${mb(size).toFixed(1)} MB, ${turns} remarks — best of 5: ${best.toFixed(0)} ms, ${(mb(size) / (best / 1000)).toFixed(0)} MB/s read+parse`,
);

/** Reads and parses `file` once: wall and CPU time, memory held by the result, its size. */
function timedParse(file: string) {
	const before = process.memoryUsage();
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	const data = readTextFile(file);
	const t = parseBytes(data);
	const ms = performance.now() - t0;
	const c = process.cpuUsage(c0);
	const after = process.memoryUsage();
	return {
		ms,
		cpu: (c.user + c.system) / 1000,
		held: after.heapUsed + after.external - before.heapUsed - before.external,
		remarks: t.remarks.length,
		speakers: t.speakers.length,
	};
}

const target = 50 * 1e6;
const parts: Buffer[] = [];
let total = 0;
while (total < target) {
	for (const file of files) {
		const data = readFileSync(file);
		parts.push(data, Buffer.from('\n\n'));
		total += data.length + 2;
		if (total >= target) break;
	}
}
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
const big = join(dir, 'big.txt');
writeFileSync(big, Buffer.concat(parts));
parts.length = 0;

try {
	const times: number[] = [];
	const cpu: number[] = [];
	let remarks = 0;
	let speakers = 0;
	let heapPeak = 0;
	// The first run warms up; the median of the other seven stands for the typical parse (a
	// shared machine makes single runs vary by several percent).
	for (let i = 0; i < 8; i++) {
		// Each run in its own call, so the previous run's transcript is garbage by the time gc()
		// runs (a loop body's locals can outlive their iteration and be parsed against).
		gc();
		const run = timedParse(big);
		times.push(run.ms);
		cpu.push(run.cpu);
		heapPeak = Math.max(heapPeak, run.held);
		remarks = run.remarks;
		speakers = run.speakers;
	}
	const middle = (xs: number[]) =>
		xs.slice(1).sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
	const median = middle(times);
	const cpuMedian = middle(cpu);
	console.log(
		`50 MB file: ${mb(total).toFixed(1)} MB, ${remarks} remarks, ${speakers} speakers — first ${times[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms, ${(mb(total) / (median / 1000)).toFixed(0)} MB/s read+parse`,
	);
	console.log(
		`   CPU time (this process only; the machine is shared): median ${cpuMedian.toFixed(0)} ms, ${(mb(total) / (cpuMedian / 1000)).toFixed(0)} MB/s; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
	);
	// Where the time goes, on one more run.
	gc();
	const s0 = performance.now();
	const data = readTextFile(big);
	const s1 = performance.now();
	const text = decodeClean(data);
	const s2 = performance.now();
	const raw = parseKremlin(text);
	const s3 = performance.now();
	fromRaw(raw, 'kremlin');
	const s4 = performance.now();
	console.log(
		`   stages: read ${(s1 - s0).toFixed(0)} ms, decode+clean ${(s2 - s1).toFixed(0)} ms, layout ${(s3 - s2).toFixed(0)} ms, speakers+remarks ${(s4 - s3).toFixed(0)} ms`,
	);
	console.log(
		`memory held after a 50 MB parse: ~${mb(heapPeak).toFixed(0)} MB (heap + buffers), rss ${mb(process.memoryUsage().rss).toFixed(0)} MB`,
	);
} finally {
	rmSync(dir, {recursive: true, force: true});
}
