import meow, {type Options, type Result} from 'meow';

type Flags = NonNullable<Options<never>['flags']>;

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
