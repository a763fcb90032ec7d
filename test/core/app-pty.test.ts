/**
 * The built app in a pseudo-terminal (util-linux `script`): after Search has started its worker,
 * Ctrl+C and `q` end the process (the worker once kept the event loop alive for ever).
 */
import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;
const home = mkdtempSync(join(tmpdir(), 'verbatim-pty-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

const plain = (s: string) => s.replace(/\u001B\[[0-9;?]*[a-zA-Z]/g, '');

/** The app in a pty of 100×30; `output()` is what it drew so far (escapes removed). */
function startApp(args: string[] = [], pipeFrom?: string, own = home) {
	const quoted = args.map((a) => `'${a}'`).join(' ');
	const pipe = pipeFrom
		? // A writer that ignores Ctrl+C, so that only the app's own handling of it can end the read.
			`${pipeFrom.startsWith('sleep') ? `(trap "" INT; ${pipeFrom})` : `cat '${pipeFrom}'`} | `
		: '';
	const command = `stty cols 100 rows 30; ${pipe}exec '${process.execPath}' dist/cli.js ${quoted}`;
	const child: ChildProcess = spawn('script', ['-qfec', command, '/dev/null'], {
		env: {...process.env, VERBATIM_HOME: own, TERM: 'xterm-256color', CI: 'false'},
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let out = '';
	child.stdout!.on('data', (d: Buffer) => {
		out += d.toString('utf8');
	});
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return {
		child,
		exited,
		output: () => plain(out),
		send: (keys: string) => child.stdin!.write(keys),
		/** Resolves once `re` appears in the output after `from` characters. */
		async waitFor(re: RegExp, from = 0): Promise<void> {
			const start = Date.now();
			while (!re.test(plain(out).slice(from))) {
				if (child.exitCode !== null || Date.now() - start > 8000)
					throw new Error(`${re} not seen: ${JSON.stringify(plain(out).slice(-500))}`);
				await new Promise((r) => setTimeout(r, 20));
			}
		},
	};
}

/** Exit code, or 'hang' when the process is still there after `ms`. */
async function exitWithin(app: ReturnType<typeof startApp>, ms: number) {
	let timer: NodeJS.Timeout | undefined;
	const result = await Promise.race([
		app.exited,
		new Promise<'hang'>((r) => {
			timer = setTimeout(() => r('hang'), ms);
		}),
	]);
	clearTimeout(timer);
	if (result === 'hang') app.child.kill('SIGKILL');
	return result;
}

describe.skipIf(!hasScript)('the app in a terminal quits after Search', () => {
	async function searched() {
		const app = startApp();
		await app.waitFor(/turn/);
		// Alt+2: Search (a bare 2 in Read is a count).
		app.send('\u001B2');
		await app.waitFor(/Type a few words/);
		const from = app.output().length;
		app.send('energy');
		await app.waitFor(/› .*energy/, from);
		return app;
	}

	it('Ctrl+C in Search ends the process', async () => {
		const app = await searched();
		app.send('\u0003');
		expect(await exitWithin(app, 3000)).toBe(0);
	}, 20_000);

	it('Esc, Esc, q after Search ends the process', async () => {
		const app = await searched();
		let from = app.output().length;
		app.send('\u001B');
		await app.waitFor(/Type a few words/, from);
		from = app.output().length;
		app.send('\u001B');
		await app.waitFor(/Space page/, from);
		app.send('q');
		expect(await exitWithin(app, 3000)).toBe(0);
	}, 20_000);
});

describe.skipIf(!hasScript)('a transcript piped in', () => {
	it('`… | verbatim -` reads the pipe and takes keys from the terminal', async () => {
		const app = startApp(['-'], 'data/kremlin-2017-12-27-nazarbayev.txt');
		await app.waitFor(/Nazarbayev/);
		await app.waitFor(/q quit/);
		app.send('q');
		expect(await exitWithin(app, 3000)).toBe(0);
	}, 20_000);
});

describe.skipIf(!hasScript)('loading', () => {
	it('Ctrl+C interrupts a read of standard input that does not end (exit 130)', async () => {
		const app = startApp(['-'], 'sleep 2');
		await app.waitFor(/loading -/);
		app.send('\u0003');
		expect(await exitWithin(app, 4000)).toBe(130);
	}, 20_000);
});

describe.skipIf(!hasScript)('the code cache', () => {
	it("the first start keeps the app's compiled code; the next draws the same with it", async () => {
		const own = mkdtempSync(join(tmpdir(), 'verbatim-pty-code-'));
		try {
			const firstFrame = async () => {
				const app = startApp([], undefined, own);
				await app.waitFor(/Space page/);
				const shown = app.output();
				app.send('q');
				expect(await exitWithin(app, 3000)).toBe(0);
				return shown;
			};
			const appFiles = () =>
				readdirSync(join(own, 'cache')).flatMap((version) =>
					readdirSync(join(own, 'cache', version, 'code'))
						.filter((name) => name.includes('-app-'))
						.map((name) => join(own, 'cache', version, 'code', name)),
				);
			const first = await firstFrame();
			expect(first).toContain('turn 1/');
			const [file, ...more] = appFiles();
			expect(more).toEqual([]);
			const saved = statSync(file!).mtimeMs;
			expect(await firstFrame()).toBe(first);
			expect(appFiles()).toEqual([file]);
			expect(statSync(file!).mtimeMs).toBe(saved);
		} finally {
			rmSync(own, {recursive: true, force: true});
		}
	}, 20_000);
});
