/**
 * Launch to first frame, in a pseudo-terminal (util-linux `script`), next to a bare `node -e ''`.
 * First frame: the first bytes the app writes to the terminal (its loading header); also shown:
 * time to the first full frame of the reader (its header with "turn 1/6": not the key hints'
 * "turn", which a "loading…" frame shows too). Median of 10 runs each.
 * The warm runs find V8's code cache (source/launch/) that the warm-up run kept; the runs with an
 * empty cache folder find none.
 * On Linux also the CPU time node has used by then (from /proc; 10 ms ticks), which a loaded
 * machine disturbs less than the wall-clock time.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const runs = 10;
/** The app to measure (another build, for a before/after). */
const cliFile = process.env.VERBATIM_CLI ?? 'dist/cli.js';
const home = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
const env: NodeJS.ProcessEnv = {
	...process.env,
	VERBATIM_HOME: home,
	TERM: 'xterm-256color',
	COLUMNS: '100',
	LINES: '30',
};
for (const k of Object.keys(env))
	if (k === 'CI' || k.startsWith('CI_') || k === 'CONTINUOUS_INTEGRATION') delete env[k];

interface Timing {
	first: number;
	full: number;
	exit: number;
	/** CPU ms of the node process when `full` (else the first byte) was seen; NaN without /proc. */
	cpu: number;
}

/** CPU ms (user + system) of the `node` processes under `pid`, from /proc; NaN without it. */
function nodeCpu(pid: number): number {
	try {
		const stats = readdirSync('/proc')
			.filter((d) => /^\d+$/.test(d))
			.flatMap((d) => {
				try {
					return [readFileSync(`/proc/${d}/stat`, 'utf8')];
				} catch {
					return [];
				}
			})
			.map((s) => {
				const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
				const comm = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
				return {pid: Number(s.split(' ')[0]), ppid: Number(f[1]), comm, ticks: +f[11]! + +f[12]!};
			});
		const under = new Set([pid]);
		let cpu = 0;
		for (let grew = true; grew; ) {
			grew = false;
			for (const p of stats)
				if (under.has(p.ppid) && !under.has(p.pid)) {
					under.add(p.pid);
					grew = true;
					if (p.comm === 'node') cpu += p.ticks * 10;
				}
		}
		return cpu;
	} catch {
		return Number.NaN;
	}
}

/** Runs `command` in a pty; times the first output byte, the first output matching `full`, and exit. */
function time(command: string, full: RegExp | null): Promise<Timing> {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
		const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
			env,
			stdio: ['pipe', 'pipe', 'inherit'],
		});
		let first = Number.NaN;
		let fullAt = Number.NaN;
		let cpu = Number.NaN;
		let seen = '';
		const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
		child.stdout.on('data', (chunk: Buffer) => {
			if (Number.isNaN(first)) {
				first = ms();
				if (full === null) cpu = nodeCpu(child.pid!);
			}
			if (full !== null && Number.isNaN(fullAt)) {
				seen += chunk.toString('utf8').replace(/\u001B\[[0-9;?]*[a-zA-Z]/g, '');
				if (full.test(seen)) {
					fullAt = ms();
					cpu = nodeCpu(child.pid!);
					child.stdin.write('q');
				}
			}
		});
		child.on('error', reject);
		child.on('exit', () => {
			clearTimeout(timer);
			resolve({first, full: fullAt, exit: ms(), cpu});
		});
	});
}

const reader = /turn \d+\/\d+/;
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
};

const bare: number[] = [];
const bareByte: number[] = [];
const first: number[] = [];
const full: number[] = [];
const cold: number[] = [];
const bareCpu: number[] = [];
const fullCpu: number[] = [];
await time("node -e ''", null); // warm the file cache
await time(`node ${cliFile} data`, reader);
for (let i = 0; i < runs; i++) {
	bare.push((await time("node -e ''", null)).exit);
	// Alive a moment after its byte, for its CPU time to be read.
	const one = await time('node -e \'process.stdout.write("x"); setTimeout(() => {}, 100)\'', null);
	bareByte.push(one.first);
	bareCpu.push(one.cpu);
	const t = await time(`node ${cliFile} data`, reader);
	first.push(t.first);
	full.push(t.full);
	fullCpu.push(t.cpu);
	// The same with an empty cache folder (a first launch, or after the parser changed): no parsed
	// transcript and no code cache (source/launch/) either.
	rmSync(join(home, 'cache'), {recursive: true, force: true});
	cold.push((await time(`node ${cliFile} data`, reader)).full);
}
rmSync(home, {recursive: true, force: true});
const b = median(bare);
const f = median(first);
const r = median(full);
console.log(`bare node -e '' (in script):     ${b.toFixed(1)} ms to exit (median of ${runs})`);
console.log(`bare node printing one byte:      ${median(bareByte).toFixed(1)} ms to the byte`);
console.log(
	`verbatim data → first frame:      ${f.toFixed(1)} ms   ratio ${(f / b).toFixed(2)}× (target ≤ 2.5×)`,
);
console.log(`verbatim data → reader drawn:     ${r.toFixed(1)} ms   ratio ${(r / b).toFixed(2)}×`);
const c = median(cold);
console.log(
	`  … with an empty cache folder:    ${c.toFixed(1)} ms   ratio ${(c / b).toFixed(2)}× (a first launch)`,
);
const bc = median(bareCpu);
const fc = median(fullCpu);
if (!Number.isNaN(bc) && !Number.isNaN(fc))
	console.log(
		`CPU time of node: bare to its byte ${bc} ms, verbatim to the reader drawn ${fc} ms   ratio ${(fc / bc).toFixed(2)}×`,
	);
