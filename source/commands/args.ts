/**
 * One command's flags, parsed with Node's own `util.parseArgs` (its tokens: the meaning is ours).
 * Flags are declared in camelCase and typed in kebab-case (`maxSize` is `--max-size`); a boolean
 * takes `--no-x` and `--x=false`; a number must be one. `--help` (`-h`) prints the command's help
 * and `--version` the version, and the command ends there (exit 0). Anything else that is not
 * declared is a UsageError (one line, exit 2). A lone `-` (standard input) and a negative number
 * are arguments, not flags.
 */
import {parseArgs as tokenize} from 'node:util';
import {Done, UsageError} from '../core/errors.js';
import {packageVersion} from '../core/library.js';

interface Flag {
	type: 'string' | 'boolean' | 'number';
	default?: string | boolean | number;
}
type Flags = Record<string, Flag>;

type ValueOf<F extends Flag> = F['type'] extends 'string'
	? string
	: F['type'] extends 'boolean'
		? boolean
		: number;

/** What a command was given: its arguments, and its flags (declared defaults filled in). */
export interface Result<F extends Flags> {
	input: string[];
	flags: {
		[K in keyof F]: F[K] extends {default: unknown} ? ValueOf<F[K]> : ValueOf<F[K]> | undefined;
	};
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * `help` as it is printed: without the source's common indentation, indented by two spaces, and
 * a blank line before and after (as meow printed it).
 */
export function helpText(help: string): string {
	const lines = help.replace(/^[\r\n]+|[\t\r\n]+$/g, '').split('\n');
	const indent = Math.min(
		...lines.filter((l) => /\S/.test(l)).map((l) => /^[ \t]*/.exec(l)![0].length),
	);
	const body = lines.map((l) => {
		const line = l.replace(new RegExp(`^[ \\t]{0,${indent}}`), '');
		return /\S/.test(line) ? `  ${line}` : line;
	});
	return `\n${body.join('\n')}\n\n`;
}

/** Arguments that look like flags but are not: a negative number is kept as it is. */
const NUMBER = /^-\d/;
const KEPT = '\u0000';

/**
 * Parses one command's argv: `--help` and `--version` print and throw `Done`; a flag not declared,
 * or given a value it cannot take, is a UsageError.
 */
export function parseArgs<F extends Flags>(help: string, argv: string[], flags: F): Result<F> {
	const declared = new Map<string, [string, Flag]>();
	const options: Record<string, {type: 'string' | 'boolean'}> = {
		help: {type: 'boolean'},
		h: {type: 'boolean'},
		version: {type: 'boolean'},
	};
	const values: Record<string, unknown> = {};
	for (const [name, flag] of Object.entries(flags)) {
		declared.set(kebab(name), [name, flag]);
		options[kebab(name)] = {type: flag.type === 'boolean' ? 'boolean' : 'string'};
		if (flag.default !== undefined) values[name] = flag.default;
	}
	const {tokens} = tokenize({
		args: argv.map((a) => (NUMBER.test(a) ? KEPT + a : a)),
		options,
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	const kept = (v: string) => (v.startsWith(KEPT) ? v.slice(1) : v);
	const named = tokens.filter((t) => t.kind === 'option');
	if (named.some((t) => t.name === 'help' || t.name === 'h')) {
		process.stdout.write(helpText(help));
		throw new Done();
	}
	if (named.some((t) => t.name === 'version')) {
		process.stdout.write(`${packageVersion()}\n`);
		throw new Done();
	}
	const input: string[] = [];
	for (const token of tokens) {
		if (token.kind === 'positional') input.push(kept(token.value));
		if (token.kind !== 'option') continue;
		const raw = token.rawName;
		const negated = token.name.startsWith('no-') ? declared.get(token.name.slice(3)) : undefined;
		if (negated?.[1].type === 'boolean' && token.value === undefined) {
			values[negated[0]] = false;
			continue;
		}
		const found = declared.get(token.name);
		if (!found) throw new UsageError(`unknown option ${raw} (see --help)`);
		const [name, flag] = found;
		const value = token.value === undefined ? undefined : kept(token.value);
		if (flag.type === 'boolean') {
			if (value !== undefined && value !== 'true' && value !== 'false')
				throw new UsageError(`${raw} is true or false (got ${value})`);
			values[name] = value !== 'false';
		} else if (value === undefined) throw new UsageError(`${raw} needs a value (see --help)`);
		else if (flag.type === 'string') values[name] = value;
		else {
			const n = Number(value);
			if (value.trim() === '' || !Number.isFinite(n))
				throw new UsageError(`${raw} must be a number (got ${value})`);
			values[name] = n;
		}
	}
	return {input, flags: values as Result<F>['flags']};
}

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
