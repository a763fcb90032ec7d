/**
 * The app's bundle (dist/main.js): `start` is the process around `runCommandLine`
 * (commands/main.ts), the only place that sets the exit code. The launcher (launch/cli.ts, which is
 * dist/cli.js) runs it.
 */
import process from 'node:process';
import {runCommandLine} from './commands/main.js';
import {commandOf} from './commands/names.js';
import {started} from './launch/started.js';

export {onStarted} from './launch/started.js';

export function start(argv: string[]): void {
	// NO_COLOR (any value) turns colour off. chalk, which Ink uses, reads FORCE_COLOR but not
	// NO_COLOR, so map it here, before anything that loads chalk (every command loads lazily).
	if (process.env.NO_COLOR !== undefined) process.env.FORCE_COLOR = '0';

	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
	});

	runCommandLine(argv).then((code) => {
		process.exitCode = code;
		// A plain command that did its work (found or not) has run the code its next starts will:
		// the launcher may keep it. (The app's start is over at its first frame: commands/app.ts.)
		if (commandOf(argv) && code <= 1) started();
	});
}
