/**
 * `verbatim [PATH…]`: opens the app on files and folders (default: the bundled data/ folder).
 * In a terminal it paints a loading header at once, then loads Ink, the store and the
 * transcripts and draws the app; without one (a pipe, CI) it prints the transcripts as text.
 */
import process from 'node:process';

const help = `
	Usage
	  $ verbatim [PATH…]

	Opens the reader on transcripts: files or folders (searched recursively for .txt .md .vtt .srt),
	or - for standard input. Without PATH, the bundled sample. One transcript opens in Read,
	several in the Library. When standard output is not a terminal, prints them as plain text.

	Commands
	  verbatim parse FILE         print the parsed transcript
	  verbatim search QUERY [PATH…]
	  verbatim quiz [PATH…]
	  verbatim stats

	Keys: ? in the app lists them all; q quits and saves your place.
`;

/** True when both ends are a terminal and we are not in CI (Ink's own test for CI). */
export function isInteractive(env: NodeJS.ProcessEnv = process.env): boolean {
	const ci =
		env.CI !== '0' &&
		env.CI !== 'false' &&
		('CI' in env ||
			'CONTINUOUS_INTEGRATION' in env ||
			Object.keys(env).some((k) => k.startsWith('CI_')));
	return Boolean(process.stdout.isTTY && process.stdin.isTTY) && !ci;
}

/** The alternate screen with a loading header: the first frame, before anything heavy loads. */
function openScreen(what: string): {clear(): void; close(): void} {
	const out = process.stdout;
	let open = true;
	const restore = () => {
		if (!open) return;
		open = false;
		process.stdin.setRawMode?.(false);
		out.write('\u001B[?25h\u001B[?1049l');
	};
	process.once('exit', restore);
	const title = `\u001B[1mVerbatim\u001B[22m · loading ${what}…`;
	out.write(`\u001B[?1049h\u001B[?25l\u001B[H\u001B[2J${title}`);
	// Keys typed while loading wait, unechoed, in the terminal's buffer until Ink reads them.
	process.stdin.setRawMode?.(true);
	return {
		clear: () => out.write('\u001B[H\u001B[2J'),
		close: restore,
	};
}

async function parsePaths(argv: string[]): Promise<string[]> {
	const {parseArgs} = await import('./args.js');
	return parseArgs(help, argv, {}).input;
}

export async function run(argv: string[]): Promise<number> {
	const interactive = isInteractive();
	// Flags (--help, --version, a mistake) are handled before anything is drawn.
	let paths =
		argv.some((a) => a.startsWith('-') && a !== '-') || !interactive
			? await parsePaths(argv)
			: null;
	const screen = interactive
		? openScreen(argv.length === 1 ? argv[0]! : argv.length ? `${argv.length} paths` : 'the sample')
		: null;
	try {
		paths ??= await parsePaths(argv);
		const {loadLibrary, defaultDataDir} = await import('../core/library.js');
		const loading = loadLibrary(paths.length ? paths : [defaultDataDir()]);
		if (!screen) {
			const library = await loading;
			const {printPlain, skippedNote} = await import('../plain-output.js');
			printPlain(library, process.stdout);
			const note = paths.length ? skippedNote(library) : null;
			if (note) process.stderr.write(`verbatim: ${note}\n`);
			return 0;
		}
		const [library, ui, stores, plain] = await Promise.all([
			loading,
			import('../app.js'),
			import('../store/store.js'),
			import('../plain-output.js'),
		]);
		const store = stores.openStore();
		const uninstall = stores.installFlushOnExit(store);
		try {
			// The bundled data/ folder holds a README beside the sample: no note for it.
			const skipped = paths.length ? plain.skippedNote(library) : null;
			const notice = [skipped, store.warning].filter(Boolean).join('; ') || null;
			screen.clear();
			const instance = ui.startApp({library, store, notice});
			await instance.waitUntilExit();
		} finally {
			store.flush();
			uninstall();
		}
		return 0;
	} finally {
		screen?.close();
	}
}
