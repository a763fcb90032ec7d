/**
 * `verbatim quiz [--json] [--count N] [--seed S] [PATH…]`: prints "who said this?" questions
 * (redacted quote, options, answer, file, remark). Not interactive: the Quiz view is in the app.
 */
import {basename} from 'node:path';
import {InputError, UsageError} from '../core/errors.js';
import {defaultDataDir, loadLibrary} from '../core/library.js';
import {buildQuizBank, generateQuestions, type Question, toJson} from '../core/quiz.js';
import {jsonSafe, sanitize} from '../core/sanitize.js';
import {maxBytesOf, maxSizeFlag, parseArgs} from './args.js';
import {parseCache} from './cache.js';

const help = `
	Usage
	  $ verbatim quiz [--json] [--count N] [--seed S] [PATH…]

	Prints "who said this?" questions from the transcripts in PATH (files or folders, - for
	standard input; default: the bundled transcripts). Names and give-away roles in the quote are hidden as ▁▁▁.

	Options
	  --json       print a JSON array of {quote, options, answer, file, remark}
	  --count N    number of questions (default 20)
	  --seed S     random seed: the same seed gives the same questions
	  --max-size MB  refuse files larger than this (default 64)

	Examples
	  $ verbatim quiz --count 5 --seed 7 transcripts/
	  $ verbatim quiz --json ~/Downloads/kremlin-*.txt
`;

/** Formats questions for reading: quote, numbered options, no answer. */
export function formatQuestions(questions: readonly Question[]): string {
	return questions
		.map((q, i) => {
			const options = q.options.map((o, k) => `   ${k + 1}. ${sanitize(o)}`).join('\n');
			const file = sanitize(q.file === '-' ? 'stdin' : basename(q.file));
			return `${i + 1}. “${sanitize(q.quote)}”\n   (${file}, turn ${q.remark + 1})\n${options}\n`;
		})
		.join('\n');
}

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {
		json: {type: 'boolean', default: false},
		count: {type: 'number', default: 20},
		seed: {type: 'string'},
		...maxSizeFlag,
	});
	const count = cli.flags.count;
	if (!Number.isInteger(count) || count < 1)
		throw new UsageError(`--count must be a whole number above 0 (got ${String(count)})`);
	const paths = cli.input.length > 0 ? cli.input : [defaultDataDir()];
	const library = await loadLibrary(paths, {
		cache: parseCache(),
		maxBytes: maxBytesOf(cli.flags.maxSize),
	});
	const bank = buildQuizBank(library.transcripts);
	const seed = cli.flags.seed ?? String(Date.now());
	const questions = generateQuestions(bank, {count, seed});
	if (questions.length === 0)
		throw new InputError('no quotable sentences by named speakers in these transcripts');
	if (cli.flags.json) process.stdout.write(`${jsonSafe(questions.map(toJson), 2)}\n`);
	else process.stdout.write(formatQuestions(questions));
	return 0;
}
