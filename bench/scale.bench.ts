/**
 * Libraries of growing size, end to end with the built app: the Kremlin archive (607 files), a
 * 30 MB library (2,428 files) and a ~120 MB one (10,000 files), the latter two made of distinct
 * sentences (bench/corpus.ts). For each: `verbatim search "nuclear weapons" DIR` with an empty
 * cache (first open) and again (warm; median of 3), its peak RSS, `grep -rhic` over the same files
 * in the same run as the anchor, the app in a pseudo-terminal (Library on screen; Search ready
 * with a first answer, and the peak RSS by then), and keystroke latency of the engine in-process.
 * `VERBATIM_SCALE=archive,30mb` picks libraries.
 */
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {archive, libraryFolder} from './corpus.js';

const query = 'nuclear weapons';
const libraries: Array<{name: string; dir: () => string}> = [
	{name: 'archive', dir: () => archive},
	{name: '30mb', dir: () => libraryFolder('lib-30mb', 2428)},
	{name: '120mb', dir: () => libraryFolder('lib-120mb', 10_000)},
];
const only = process.env.VERBATIM_SCALE?.split(',');
/** The app to measure (another build, for a before/after) and how many warm runs. */
const cliFile = process.env.VERBATIM_CLI ?? 'dist/cli.js';
const runs = Number(process.env.VERBATIM_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

function bytesOf(dir: string): {files: number; mb: number} {
	const out = execFileSync('find', [dir, '-name', '*.txt', '-printf', '%s\\n'], {encoding: 'utf8'});
	const sizes = out.trim().split('\n').map(Number);
	return {files: sizes.length, mb: sizes.reduce((a, b) => a + b, 0) / 1048576};
}

/** Runs a command; its wall time (ms) and peak RSS (MB) by /usr/bin/time. */
function timed(
	cmd: string,
	args: string[],
	env: NodeJS.ProcessEnv,
): {ms: number; cpu: number; rss: number} {
	const out = join(tmpdir(), `verbatim-time-${process.pid}`);
	const t = process.hrtime.bigint();
	try {
		execFileSync('/usr/bin/time', ['-f', '%U %S %M', '-o', out, cmd, ...args], {
			env,
			stdio: ['ignore', 'ignore', 'ignore'],
		});
	} catch (error) {
		// grep and search exit 1 when nothing matches; anything else is a failure.
		if ((error as {status?: number}).status !== 1) throw error;
	}
	const wall = ms(t);
	const [user, sys, kb] = readFileSync(out, 'utf8')
		.trim()
		.split('\n')
		.pop()!
		.split(' ')
		.map(Number);
	rmSync(out, {force: true});
	return {ms: wall, cpu: (user! + sys!) * 1000, rss: kb! / 1024};
}

/** The first descendant of `pid` that runs node. */
function nodeChild(pid: number): number | null {
	for (let depth = 0; depth < 4; depth++) {
		let children: string[] = [];
		try {
			children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
		} catch {
			return null;
		}
		const next = Number(children[0]);
		if (!next) return null;
		if (readFileSync(`/proc/${next}/comm`, 'utf8').trim() === 'node') return next;
		pid = next;
	}
	return null;
}

/** VmHWM of a process, in MB. */
function peakRss(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

interface AppTiming {
	library: number;
	ready: number;
	rss: number;
}

/** The app in a pty: Library on screen, then `2`, the query, and its first answer drawn. */
function app(dir: string, env: NodeJS.ProcessEnv): Promise<AppTiming> {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const command = `stty cols 100 rows 30; exec node ${cliFile} ${dir}`;
		const child = spawn('script', ['-qfec', command, '/dev/null'], {
			env: {...env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '30'},
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		// script's own "Session terminated, killing shell..." when the app is ended is not news.
		child.stderr.on('data', (chunk: Buffer) => {
			const text = chunk
				.toString('utf8')
				.replace(/Session terminated.*(\n|$)|\s*\.\.\.killed\.\n?/g, '');
			if (text.trim()) process.stderr.write(text);
		});
		let library = Number.NaN;
		let typed = false;
		let ready = Number.NaN;
		let seen = '';
		let rss = Number.NaN;
		const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
		child.stdout.on('data', (chunk: Buffer) => {
			seen += chunk.toString('utf8').replace(/\u001B\[[0-9;?]*[a-zA-Z]/g, '');
			if (Number.isNaN(library)) {
				if (!/ transcripts/.test(seen)) return;
				library = ms(start);
				seen = '';
				child.stdin.write('2');
			} else if (!typed) {
				if (!/Search/.test(seen)) return;
				typed = true;
				seen = '';
				child.stdin.write(query);
			} else if (Number.isNaN(ready) && /\d of \d|no matches/.test(seen)) {
				ready = ms(start);
				// The peak RSS so far of the app (script's child), then it is ended by its id.
				const pid = nodeChild(child.pid!);
				if (pid) {
					rss = peakRss(pid);
					process.kill(pid, 'SIGTERM');
				}
				child.kill('SIGTERM');
			}
		});
		child.on('error', reject);
		child.on('exit', () => {
			clearTimeout(timer);
			resolve({library, ready, rss});
		});
	});
}

const baseEnv: NodeJS.ProcessEnv = {...process.env};
for (const k of Object.keys(baseEnv))
	if (k === 'CI' || k.startsWith('CI_') || k === 'CONTINUOUS_INTEGRATION') delete baseEnv[k];

console.log(
	`query "${query}"; warm figures are medians of ${runs}; RSS is the peak; CPU is user + system`,
);
console.log(
	`load average now: ${(await import('node:os'))
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}`,
);
for (const lib of libraries) {
	if (only && !only.includes(lib.name)) continue;
	const dir = lib.dir();
	const {files, mb} = bytesOf(dir);
	const home = mkdtempSync(join(tmpdir(), 'verbatim-scale-'));
	const env = {...baseEnv, VERBATIM_HOME: home};
	const cli = [cliFile, 'search', query, dir];
	const grep = timed('grep', ['-rhic', query, dir], env); // warms the file cache too
	const cold = timed('node', cli, env);
	const warm = Array.from({length: runs}, () => timed('node', cli, env));
	const greps = [grep, ...[0, 1].map(() => timed('grep', ['-rhic', query, dir], env))];
	const g = median(greps.map((r) => r.ms));
	const w = median(warm.map((r) => r.ms));
	const wr = median(warm.map((r) => r.rss));
	const wc = median(warm.map((r) => r.cpu));
	const gc = median(greps.map((r) => r.cpu));
	console.log(`\n${lib.name}: ${files} files, ${mb.toFixed(1)} MB`);
	console.log(`  grep -rhic:               ${g.toFixed(0)} ms (CPU ${gc.toFixed(0)} ms)`);
	console.log(
		`  search, first open:       ${cold.ms.toFixed(0)} ms (CPU ${cold.cpu.toFixed(0)} ms), ${cold.rss.toFixed(0)} MB RSS (empty cache)`,
	);
	console.log(
		`  search, warm:             ${w.toFixed(0)} ms (CPU ${wc.toFixed(0)} ms), ${wr.toFixed(0)} MB RSS — ${(w / g).toFixed(0)}× grep`,
	);
	const apps: AppTiming[] = [];
	for (let i = 0; i < runs; i++) apps.push(await app(dir, env));
	console.log(
		`  app, warm: Library on screen ${median(apps.map((r) => r.library)).toFixed(0)} ms, ` +
			`Search answered ${median(apps.map((r) => r.ready)).toFixed(0)} ms, ` +
			`peak RSS ${median(apps.map((r) => r.rss)).toFixed(0)} MB`,
	);
	rmSync(home, {recursive: true, force: true});
}
