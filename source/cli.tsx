/**
 * Entry point: picks a plain command from argv, or opens the app. The only place that sets exit
 * codes; every command module returns its code and throws InputError/UsageError on failure.
 */
import process from 'node:process';
import {InputError, NotFoundError, UsageError} from './core/errors.js';
import {sanitize} from './core/sanitize.js';

/** A plain command: its meow help text, flags, and a runner that returns the exit code. */
export interface CommandModule {
	run(argv: string[]): Promise<number>;
}

// NO_COLOR (any value) turns colour off. chalk, which Ink uses, reads FORCE_COLOR but not
// NO_COLOR, so map it here, before anything that loads chalk (every command loads lazily).
if (process.env.NO_COLOR !== undefined) process.env.FORCE_COLOR = '0';

const commands: Record<string, () => Promise<CommandModule>> = {
	parse: () => import('./commands/parse.js'),
	search: () => import('./commands/search.js'),
	quiz: () => import('./commands/quiz.js'),
	cards: () => import('./commands/cards.js'),
	stats: () => import('./commands/stats.js'),
	progress: () => import('./commands/progress.js'),
	bookmarks: () => import('./commands/bookmarks.js'),
};

async function main(): Promise<number> {
	const argv = process.argv.slice(2);
	const name = argv[0];
	if (name !== undefined && Object.hasOwn(commands, name)) {
		const command = await commands[name]!();
		return command.run(argv.slice(1));
	}
	const app = await import('./commands/app.js');
	return app.run(argv);
}

function fail(error: unknown): number {
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

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
});

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.exitCode = fail(error);
	},
);
