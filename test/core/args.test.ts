import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {helpText, maxSizeFlag, parseArgs} from '../../source/commands/args.js';
import {Done, UsageError} from '../../source/core/errors.js';
import {capture} from '../helpers/capture.js';

const help = `
	Usage
	  $ verbatim thing [--json] ARG

	Does a thing.
`;
const flags = {
	json: {type: 'boolean' as const, default: false},
	limit: {type: 'string' as const, default: '20'},
	speaker: {type: 'string' as const},
	count: {type: 'number' as const},
	...maxSizeFlag,
};
const parse = (...argv: string[]) => parseArgs(help, argv, flags);
const failure = (...argv: string[]) => {
	try {
		parse(...argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`no error for ${argv.join(' ')}`);
};

describe('command-line flags', () => {
	it('gives arguments, declared defaults and typed values, camelCase flags typed in kebab-case', () => {
		expect(parse('a', 'b')).toEqual({input: ['a', 'b'], flags: {json: false, limit: '20'}});
		const cli = parse('--json', '--limit', '5', 'q', '--max-size=2.5', '--count', '3', 'p');
		expect(cli.input).toEqual(['q', 'p']);
		expect(cli.flags).toEqual({json: true, limit: '5', maxSize: 2.5, count: 3});
		expect(parse('--speaker=putin').flags.speaker).toBe('putin');
	});

	it('takes --no-x and --x=true/false for a boolean', () => {
		expect(parse('--json', '--no-json').flags.json).toBe(false);
		expect(parse('--json=false').flags.json).toBe(false);
		expect(parse('--json=true').flags.json).toBe(true);
		expect(failure('--json=maybe')).toBe('--json is true or false (got maybe)');
	});

	it('keeps standard input, negative numbers and anything after -- as arguments', () => {
		expect(parse('-', '-5', 'x').input).toEqual(['-', '-5', 'x']);
		expect(parse('--limit', '-3').flags.limit).toBe('-3');
		expect(parse('--', '--json').input).toEqual(['--json']);
	});

	it('refuses, in one line, what is not declared or lacks its value', () => {
		expect(failure('--bogus')).toBe('unknown option --bogus (see --help)');
		expect(failure('-x')).toBe('unknown option -x (see --help)');
		expect(failure('--no-limit')).toBe('unknown option --no-limit (see --help)');
		expect(failure('q', '--limit')).toBe('--limit needs a value (see --help)');
		expect(failure('--count', 'ten')).toBe('--count must be a number (got ten)');
		expect(failure('--count=')).toBe('--count must be a number (got )');
	});

	it('prints the help and the version, and ends the command with Done (exit 0)', () => {
		for (const [argv, want] of [
			[['--help'], helpText(help)],
			[['x', '-h', '--bogus'], helpText(help)],
			[['--version'], `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`],
		] as const) {
			const out = capture(process.stdout);
			try {
				expect(() => parse(...argv)).toThrow(Done);
				expect(out()).toBe(want);
			} finally {
				out.restore();
			}
		}
		expect(helpText(help)).toBe(
			'\n  Usage\n    $ verbatim thing [--json] ARG\n\n  Does a thing.\n\n',
		);
	});
});
