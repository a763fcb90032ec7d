/**
 * Runs one command line (without `node` and the script): a plain command named by the first
 * argument, or the app. Returns the exit code; every failure becomes one line on stderr and its
 * code (InputError/UsageError 2, NotFoundError 1, anything else 1). `source/cli.tsx` is the process
 * around it; tests call it in-process.
 */
import {Done, InputError, NotFoundError, UsageError} from '../core/errors.js';
import {sanitize} from '../core/sanitize.js';
import {type CommandName, commandOf} from './names.js';

/** A plain command: its runner returns the exit code. */
interface CommandModule {
	run(argv: string[]): Promise<number>;
}

const commands: Record<CommandName, () => Promise<CommandModule>> = {
	parse: () => import('./parse.js'),
	search: () => import('./search.js'),
	quiz: () => import('./quiz.js'),
	cards: () => import('./cards.js'),
	stats: () => import('./stats.js'),
	progress: () => import('./progress.js'),
	bookmarks: () => import('./bookmarks.js'),
};

export async function runCommandLine(argv: string[]): Promise<number> {
	try {
		const name = commandOf(argv);
		if (name) {
			const command = await commands[name]();
			return await command.run(argv.slice(1));
		}
		const app = await import('./app.js');
		return await app.run(argv);
	} catch (error) {
		return fail(error);
	}
}

function fail(error: unknown): number {
	if (error instanceof Done) return 0;
	if (
		error instanceof InputError ||
		error instanceof UsageError ||
		error instanceof NotFoundError
	) {
		process.stderr.write(`verbatim: ${sanitize(error.message)}\n`);
		return error.exitCode;
	}
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'EPIPE') return 0;
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`verbatim: ${sanitize(message.split('\n')[0]!)}\n`);
	return 1;
}
