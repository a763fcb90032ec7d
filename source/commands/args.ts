import meow, {type AnyFlags, type Result} from 'meow';

/**
 * Parses one command's argv with meow: `--help` and `--version` print and exit 0, an unknown
 * flag prints an error and exits 2 (meow's own behaviour).
 */
export function parseArgs<F extends AnyFlags>(help: string, argv: string[], flags: F): Result<F> {
	return meow(help, {
		importMeta: import.meta,
		argv,
		flags,
		allowUnknownFlags: false,
		description: false,
	});
}
