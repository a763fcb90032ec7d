/**
 * `verbatim [PATH…]`: opens the app on files and folders (default: the bundled data/ folder).
 * In a terminal it paints a loading header at once, then loads Ink, the store and the
 * transcripts and draws the app; without one (a pipe, CI) it prints the transcripts as text.
 */
import {openSync, statSync} from 'node:fs';
import process from 'node:process';
import {ReadStream} from 'node:tty';
import {sanitize} from '../core/sanitize.js';
import {started} from '../launch/started.js';

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
	  verbatim cards [PATH…]      your quiz cards: due, lapses, suspend, bury
	  verbatim stats
	  verbatim progress export FILE | import FILE | reset --yes
	  verbatim bookmarks [--format text|markdown|csv|json] [PATH…]

	Options
	  --count N          questions per quiz session (default 20)
	  --new-per-day N    new quiz quotes introduced per day, saved as your setting (default 20)
	  --max-size MB      refuse files larger than this (default 64)

	Keys: ? in the app lists them all; q quits and saves your place.
`;

/** True in CI (Ink's own test for it): Ink then draws only the last frame. */
function inCI(env: NodeJS.ProcessEnv): boolean {
	return (
		env.CI !== '0' &&
		env.CI !== 'false' &&
		('CI' in env ||
			'CONTINUOUS_INTEGRATION' in env ||
			Object.keys(env).some((k) => k.startsWith('CI_')))
	);
}

/** True when both ends are a terminal and we are not in CI. */
function isInteractive(env: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(process.stdout.isTTY && process.stdin.isTTY) && !inCI(env);
}

/**
 * Where keys come from when a transcript is piped in (`… | verbatim -`): the controlling terminal,
 * as less and fzf do. Null when there is none (then the transcripts are printed as text).
 */
function terminalKeys(env: NodeJS.ProcessEnv = process.env): NodeJS.ReadStream | null {
	if (!process.stdout.isTTY || process.stdin.isTTY || inCI(env)) return null;
	try {
		return new ReadStream(openSync('/dev/tty', 'r')) as NodeJS.ReadStream;
	} catch {
		return null;
	}
}

/** Whether a path names a regular file (not a folder, nor standard input). */
function isFile(path: string): boolean {
	try {
		return path !== '-' && statSync(path).isFile();
	} catch {
		return false;
	}
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The alternate screen with a loading header: the first frame, before anything heavy loads.
 * The terminal is given back (main screen, cursor, cooked mode) on every way out, signals too.
 */
function openScreen(
	what: string,
	keys: NodeJS.ReadStream,
): {
	clear(): void;
	close(): void;
	last(unmount: () => void): void;
	handOver(): void;
	progress(done: number, total: number): void;
} {
	const out = process.stdout;
	let open = true;
	let unmount = () => {};
	const restore = () => {
		if (!open) return;
		open = false;
		process.off('exit', restore);
		for (const s of signals) process.off(s, onSignal);
		keys.setRawMode?.(false);
		out.write('\u001B[?25h\u001B[?1049l');
	};
	// Other handlers (the store's flush, Ink's) end the process after a signal; alone, we do.
	const onSignal = (signal: NodeJS.Signals) => {
		unmount();
		restore();
		if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
		// Still loading (no store to flush yet, a read that never ends): stop here.
		else if (!loaded) process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
	};
	process.on('exit', restore);
	for (const s of signals) process.on(s, onSignal);
	const title = `\u001B[1mVerbatim\u001B[22m · loading ${what}…`;
	out.write(`\u001B[?1049h\u001B[?25l\u001B[H\u001B[2J${title}`);
	// Cooked mode while loading, so that Ctrl+C interrupts it (as SIGINT) at any moment; keys
	// typed meanwhile wait in the terminal's buffer for Ink, which turns raw mode on.
	const started = Date.now();
	let shown = 0;
	return {
		/**
		 * "reading 1,234 of 10,000 files" on the header line, once loading has taken a moment (a
		 * library opened from the cache is there before it would be read), at most every 100 ms.
		 */
		progress(done, total) {
			const now = Date.now();
			if (!open || total < 50 || now - started < 200 || (now - shown < 100 && done < total)) return;
			shown = now;
			// (Not toLocaleString: its first call sets up number formatting, ~10 ms.)
			const n = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
			out.write(`\u001B[H\u001B[2K${title} reading ${n(done)} of ${n(total)} files`);
		},
		handOver() {
			keys.setRawMode?.(true);
		},
		clear: () => out.write('\u001B[H\u001B[2J'),
		close: restore,
		/** On a signal, unmount Ink first, so that its last frame goes to the alternate screen. */
		last: (unmountApp) => {
			unmount = unmountApp;
			for (const s of signals) {
				process.off(s, onSignal);
				if (open) process.on(s, onSignal);
			}
		},
	};
}

async function parsePaths(argv: string[]): Promise<string[]> {
	const {parseArgs, maxSizeFlag, maxBytesOf} = await import('./args.js');
	const cli = parseArgs(help, argv, {
		count: {type: 'number'},
		newPerDay: {type: 'number'},
		...maxSizeFlag,
	});
	const {count, newPerDay} = cli.flags;
	maxBytes = maxBytesOf(cli.flags.maxSize);
	const {UsageError} = await import('../core/errors.js');
	if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
		throw new UsageError(`--count must be a whole number above 0 (got ${String(count)})`);
	}
	if (newPerDay !== undefined && (!Number.isInteger(newPerDay) || newPerDay < 0)) {
		throw new UsageError(
			`--new-per-day must be a whole number, 0 or more (got ${String(newPerDay)})`,
		);
	}
	quizCount = count;
	newCardsPerDay = newPerDay;
	return cli.input;
}

/** `--max-size MB` in bytes (set by parsePaths). */
let maxBytes: number | undefined;
/** `--count N`: questions per quiz session (set by parsePaths). */
let quizCount: number | undefined;
/** `--new-per-day N`: saved in the store's settings (set by parsePaths). */
let newCardsPerDay: number | undefined;

/** Set once the app is drawn (a signal before that ends the process at once). */
let loaded = false;

export async function run(argv: string[]): Promise<number> {
	// `… | verbatim -`: the transcript from the pipe, the keys from the terminal.
	const tty = argv.includes('-') ? terminalKeys() : null;
	const interactive = isInteractive() || tty !== null;
	const keys = tty ?? process.stdin;
	// Flags (--help, --version, --count, a mistake) are parsed before anything is drawn; plain
	// paths need no parsing (args.ts is not even loaded before the first full frame).
	const flags = argv.some((a) => a.startsWith('-') && a !== '-');
	const paths = flags || !interactive ? await parsePaths(argv) : [...argv];
	const screen = interactive
		? openScreen(
				argv.length === 1 ? argv[0]! : argv.length ? `${argv.length} paths` : 'the sample',
				keys,
			)
		: null;
	try {
		const [{loadLibrary, defaultDataDir}, {openLibrary}, caches] = await Promise.all([
			import('../core/library.js'),
			import('../core/indexed-library.js'),
			import('./cache.js'),
		]);
		const cache = caches.parseCache();
		const shown = paths.length ? paths : [defaultDataDir()];
		// In the app, the transcripts are outlines (the Library's metadata) through the index
		// cache's manifest: their text is read when it is shown. One file opens in Read at once:
		// it is kept whole. Printed, they are read whole.
		const loading = screen
			? openLibrary(shown, {
					cache,
					index: caches.indexCache(),
					maxBytes,
					outlines: !(shown.length === 1 && isFile(shown[0]!)),
					onProgress: screen.progress,
				})
			: loadLibrary(shown, {cache, maxBytes});
		if (!screen) {
			if (newCardsPerDay !== undefined) {
				const store = (await import('../store/store.js')).openStore();
				store.setSettings({newPerDay: newCardsPerDay});
				store.close();
				if (store.warning) process.stderr.write(`verbatim: ${sanitize(store.warning)}\n`);
			}
			const library = await loading;
			const {printPlain, skippedNote} = await import('../plain-output.js');
			printPlain(library, process.stdout);
			const note = paths.length ? skippedNote(library) : null;
			if (note) process.stderr.write(`verbatim: ${sanitize(note)}\n`);
			return 0;
		}
		const texts = import('../core/texts.js').then((m) => new m.TranscriptTexts(cache));
		// A library of one transcript opens in Read: its text is read meanwhile, so that the first
		// frame is the reader (not "loading…", then a second frame).
		const first = Promise.all([loading, texts]).then(([l, t]) =>
			l.transcripts.length === 1 ? t.load(l.transcripts[0]!).catch(() => {}) : undefined,
		);
		const [library, ui, stores, plain] = await Promise.all([
			loading,
			import('../app.js'),
			import('../store/store.js'),
			import('../plain-output.js'),
			first,
			// Yoga for Ink's first frame (startApp waits for it), loaded meanwhile.
			import('../ui/yoga.js').then((m) => m.loadYoga()),
		]);
		const store = stores.openStore();
		const sessions = ui.createSessions(caches.indexDir(), caches.parseCacheLocation());
		const uninstall = stores.installFlushOnExit(store);
		try {
			if (newCardsPerDay !== undefined) store.setSettings({newPerDay: newCardsPerDay});
			// The bundled data/ folder holds a README beside the sample: no note for it.
			const skipped = paths.length ? plain.skippedNote(library) : null;
			const notice = sanitize([skipped, store.warning].filter(Boolean).join('; ')) || null;
			screen.clear();
			screen.handOver();
			loaded = true;
			const instance = await ui.startApp(
				{library, store, notice, quizCount, sessions, texts: await texts},
				tty ?? undefined,
			);
			screen.last(() => instance.unmount());
			// The first frame is drawn: start-up is over.
			setImmediate(started);
			await instance.waitUntilExit();
		} finally {
			sessions.close();
			store.close();
			uninstall();
		}
		// Told again on the way out: a save that failed, a damaged file kept aside, read-only.
		if (store.warning) exitNote = store.warning;
		return 0;
	} finally {
		screen?.close();
		if (exitNote) process.stderr.write(`verbatim: ${sanitize(exitNote)}\n`);
	}
}

/** A warning to print once the terminal is given back. */
let exitNote: string | null = null;
