import meow, {type Flag, type Result} from 'meow';

type Flags = Record<
	string,
	| Flag<'string', string>
	| Flag<'string', string[], true>
	| Flag<'boolean', boolean>
	| Flag<'boolean', boolean[], true>
	| Flag<'number', number>
	| Flag<'number', number[], true>
>;

/**
 * Parses one command's argv with meow: `--help` and `--version` print and exit 0, an unknown
 * flag prints an error and exits 2 (meow's own behaviour).
 */
export function parseArgs<F extends Flags>(help: string, argv: string[], flags: F): Result<F> {
	return meow(help, {
		importMeta: import.meta,
		argv,
		flags,
		allowUnknownFlags: false,
		description: false,
	});
}
