import meow, {type Flag, type Result} from 'meow';
import {UsageError} from '../core/errors.js';

type Flags = Record<
	string,
	| Flag<'string', string>
	| Flag<'string', string[], true>
	| Flag<'boolean', boolean>
	| Flag<'boolean', boolean[], true>
	| Flag<'number', number>
	| Flag<'number', number[], true>
>;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Throws a UsageError (one line, exit 2) for the first flag in argv that is not declared. */
function checkFlags(argv: string[], flags: Flags): void {
	const known = new Set(['help', 'version', 'h']);
	for (const [name, flag] of Object.entries(flags)) {
		known.add(kebab(name));
		const short = (flag as {shortFlag?: string}).shortFlag;
		if (short) known.add(short);
		for (const alias of (flag as {aliases?: string[]}).aliases ?? []) known.add(alias);
	}
	for (const arg of argv) {
		if (arg === '--') return;
		if (arg === '-' || !arg.startsWith('-') || /^-\d/.test(arg)) continue;
		const name = arg.replace(/^--?(no-)?/, '').split('=')[0]!;
		if (!known.has(name)) {
			throw new UsageError(`unknown option ${arg.split('=')[0]} (see --help)`);
		}
	}
}

/**
 * Parses one command's argv with meow: `--help` and `--version` print and exit 0; an unknown
 * flag is a UsageError ("verbatim: unknown option --x (see --help)", exit 2).
 */
export function parseArgs<F extends Flags>(help: string, argv: string[], flags: F): Result<F> {
	checkFlags(argv, flags);
	// meow takes a lone "-" (standard input) for a flag: pass it through under a name it cannot
	// mistake, and give it back.
	const result = meow(help, {
		importMeta: import.meta,
		argv: argv.map((a) => (a === '-' ? STDIN : a)),
		flags,
		allowUnknownFlags: false,
		description: false,
	});
	result.input = result.input.map((a) => (a === STDIN ? '-' : a));
	return result;
}

const STDIN = '\u0000stdin';

/** The `--max-size MB` flag (files above it are refused; default 64). */
export const maxSizeFlag = {maxSize: {type: 'number' as const}};

/** Bytes allowed for one file from `--max-size MB`, or undefined for the default. */
export function maxBytesOf(maxSize: number | undefined): number | undefined {
	if (maxSize === undefined) return undefined;
	if (!Number.isFinite(maxSize) || maxSize <= 0)
		throw new UsageError(
			`--max-size must be a number of megabytes above 0 (got ${String(maxSize)})`,
		);
	return Math.floor(maxSize * 1024 * 1024);
}
