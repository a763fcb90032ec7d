/**
 * Launch to first frame, in a pseudo-terminal (util-linux `script`), next to a bare `node -e ''`.
 * First frame: the first bytes the app writes to the terminal (its loading header); also shown:
 * time to the first full frame of the reader (its header with "turn …"). Median of 10 runs each.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const runs = 10;
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
}

/** Runs `command` in a pty; times the first output byte, the first output containing `full`, and exit. */
function time(command: string, full: string | null): Promise<Timing> {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
		const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
			env,
			stdio: ['pipe', 'pipe', 'inherit'],
		});
		let first = Number.NaN;
		let fullAt = Number.NaN;
		let seen = '';
		const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
		child.stdout.on('data', (chunk: Buffer) => {
			if (Number.isNaN(first)) first = ms();
			if (full !== null && Number.isNaN(fullAt)) {
				seen += chunk.toString('utf8');
				if (seen.includes(full)) {
					fullAt = ms();
					child.stdin.write('q');
				}
			}
		});
		child.on('error', reject);
		child.on('exit', () => {
			clearTimeout(timer);
			resolve({first, full: fullAt, exit: ms()});
		});
	});
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
};

const bare: number[] = [];
const bareByte: number[] = [];
const first: number[] = [];
const full: number[] = [];
const cold: number[] = [];
await time("node -e ''", null); // warm the file cache
await time('node dist/cli.js data', 'turn ');
for (let i = 0; i < runs; i++) {
	bare.push((await time("node -e ''", null)).exit);
	bareByte.push((await time('node -e \'process.stdout.write("x")\'', null)).first);
	const t = await time('node dist/cli.js data', 'turn ');
	first.push(t.first);
	full.push(t.full);
	// The same with an empty parse cache (a first launch, or after the parser changed).
	rmSync(join(home, 'cache'), {recursive: true, force: true});
	cold.push((await time('node dist/cli.js data', 'turn ')).full);
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
	`  … with an empty parse cache:     ${c.toFixed(1)} ms   ratio ${(c / b).toFixed(2)}× (a first launch)`,
);
