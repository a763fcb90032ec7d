/**
 * Runs `verbatim ARGS` for the command-line contract tests: exit code, stdout, stderr.
 *
 * By default in this process: the same `runCommandLine` that dist/cli.js runs (commands/main.ts),
 * with stdout and stderr captured and `env` set for the call. A child process costs about a third
 * of a second of CPU, and these tests make dozens of runs. A run that reads standard input (`-` in
 * ARGS, or `input` given) goes to `node dist/cli.js` instead, since file descriptor 0 cannot be
 * replaced in-process; the tests of the process itself (test/core/app-cli, app-pty, exit) spawn it themselves.
 */
import {spawnSync} from 'node:child_process';
import chalk from 'chalk';
import {runCommandLine} from '../../source/commands/main.js';
import {capture} from './capture.js';

interface CliRun {
	code: number | null;
	out: string;
	err: string;
}

interface CliOptions {
	/** Variables added to the environment for the run (NO_COLOR is always set). */
	env?: Record<string, string>;
	/** Standard input; giving it makes the run a child process. */
	input?: string | Buffer;
}

export async function verbatim(args: string[], options: CliOptions = {}): Promise<CliRun> {
	const env = {NO_COLOR: '1', ...options.env};
	const child = options.input !== undefined || args.includes('-');
	if (child) return spawned(args, env, options.input);
	const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
	Object.assign(process.env, env);
	const level = chalk.level;
	chalk.level = 0;
	const out = capture(process.stdout);
	const err = capture(process.stderr);
	try {
		const code = await runCommandLine(args);
		return {code, out: out(), err: err()};
	} finally {
		out.restore();
		err.restore();
		chalk.level = level;
		for (const [k, v] of saved) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
	}
}

function spawned(args: string[], env: Record<string, string>, input: string | Buffer = ''): CliRun {
	const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
		encoding: 'utf8',
		env: {...process.env, ...env},
		input,
		timeout: 20_000,
	});
	return {code: r.status, out: r.stdout, err: r.stderr};
}
