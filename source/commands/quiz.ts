/**
 * `verbatim quiz [--json] [--count N] [--seed S] [PATH…]`: prints "who said this?" questions
 * (redacted quote, options, answer, file, remark); when standard output is not a terminal, an
 * answer key follows. `verbatim quiz --export anki FILE [PATH…]` writes the due and new cards as a
 * tab-separated file Anki imports. Not interactive: the Quiz view is in the app.
 */
import {writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import {InputError, UsageError} from '../core/errors.js';
import {defaultDataDir, loadLibrary} from '../core/library.js';
import {
	buildQuizBank,
	generateQuestions,
	type Question,
	type QuizBank,
	questionForCard,
	toJson,
} from '../core/quiz.js';
import {ankiNote, ankiTsv} from '../core/quiz-cards.js';
import {createRng} from '../core/rng.js';
import {jsonSafe, sanitize} from '../core/sanitize.js';
import {dueCards} from '../core/schedule.js';
import {openStore} from '../store/store.js';
import {maxBytesOf, maxSizeFlag, parseArgs} from './args.js';
import {parseCache} from './cache.js';

const help = `
	Usage
	  $ verbatim quiz [--json] [--count N] [--seed S] [PATH…]
	  $ verbatim quiz --export anki FILE [--count N] [PATH…]

	Prints "who said this?" questions from the transcripts in PATH (files or folders, - for
	standard input; default: the bundled transcripts). Names and give-away roles in the quote are hidden as ▁▁▁. When the
	output is not a terminal (a file, a pipe), an answer key follows the questions.

	Options
	  --json          print a JSON array of {quote, options, answer, file, remark}
	  --count N       number of questions; with --export, new cards (default 20)
	  --seed S        random seed: the same seed gives the same questions
	  --export anki   write your due cards and N new ones to FILE (- for standard output) as a
	                  tab-separated file for Anki's File › Import (front: the quote; back:
	                  speaker, role, title, date); importing it again updates the same notes
	  --max-size MB   refuse files larger than this (default 64)

	Examples
	  $ verbatim quiz --count 5 --seed 7 transcripts/
	  $ verbatim quiz --count 10 transcripts/ > quiz.txt     # questions, then the answers
	  $ verbatim quiz --json ~/Downloads/kremlin-*.txt
	  $ verbatim quiz --export anki verbatim-deck.txt transcripts/
`;

/** Formats questions for reading: quote, numbered options; with `key`, an answer key after. */
export function formatQuestions(
	questions: readonly Question[],
	opts: {key?: boolean} = {},
): string {
	const body = questions
		.map((q, i) => {
			const options = q.options.map((o, k) => `   ${k + 1}. ${sanitize(o)}`).join('\n');
			const file = sanitize(q.file === '-' ? 'stdin' : basename(q.file));
			return `${i + 1}. “${sanitize(q.quote)}”\n   (${file}, turn ${q.remark + 1})\n${options}\n`;
		})
		.join('\n');
	if (!opts.key) return body;
	const key = questions.map((q, i) => {
		const who = q.answerRole ? `${q.answer}, ${q.answerRole}` : q.answer;
		return `${i + 1}. ${q.options.indexOf(q.answer) + 1} — ${who}`;
	});
	return `${body}\nAnswers\n\n${key.join('\n')}\n`;
}

/** The due cards this library can ask, then `count` new ones, as questions. */
function deckQuestions(bank: QuizBank, count: number, seed: string): Question[] {
	const store = openStore();
	if (store.warning) process.stderr.write(`verbatim: ${store.warning}\n`);
	const now = Date.now();
	const rng = createRng(seed);
	const out: Question[] = [];
	for (const id of dueCards(store.allCards(), now)) {
		const q = questionForCard(bank, id, rng);
		if (q) out.push(q);
	}
	const known = new Set(Object.keys(store.allCards()));
	out.push(...generateQuestions(bank, {count, rng, exclude: known}));
	return out;
}

export async function run(argv: string[]): Promise<number> {
	// `--export anki -`: the argument parser takes a lone "-" for a flag, so it is taken out here.
	const at = argv.indexOf('--export');
	const toStdout = at >= 0 && argv[at + 2] === '-';
	const cli = parseArgs(help, toStdout ? argv.filter((_, k) => k !== at + 2) : argv, {
		json: {type: 'boolean', default: false},
		count: {type: 'number', default: 20},
		seed: {type: 'string'},
		export: {type: 'string'},
		...maxSizeFlag,
	});
	const count = cli.flags.count;
	if (!Number.isInteger(count) || count < 1)
		throw new UsageError(`--count must be a whole number above 0 (got ${String(count)})`);
	const format = cli.flags.export;
	if (format !== undefined && format !== 'anki')
		throw new UsageError(`--export knows one format, anki (got ${format})`);
	const input = [...cli.input];
	const file = format === undefined ? undefined : toStdout ? '-' : input.shift();
	if (format !== undefined && !file)
		throw new UsageError('--export anki needs a FILE to write (- for standard output)');
	const paths = input.length > 0 ? input : [defaultDataDir()];
	const library = await loadLibrary(paths, {
		cache: parseCache(),
		maxBytes: maxBytesOf(cli.flags.maxSize),
	});
	const bank = buildQuizBank(library.transcripts);
	const seed = cli.flags.seed ?? String(Date.now());
	if (file !== undefined) {
		const questions = deckQuestions(bank, count, seed);
		if (questions.length === 0)
			throw new InputError('no quotable sentences by named speakers in these transcripts');
		const text = ankiTsv(questions.map((q) => ankiNote(bank, q)));
		if (file === '-') process.stdout.write(text);
		else {
			try {
				writeFileSync(file, text);
			} catch (error) {
				throw new UsageError(`cannot write ${file}: ${(error as Error).message.split('\n')[0]}`);
			}
			process.stdout.write(`Wrote ${questions.length} cards to ${file} (Anki: File › Import)\n`);
		}
		return 0;
	}
	const questions = generateQuestions(bank, {count, seed});
	if (questions.length === 0)
		throw new InputError('no quotable sentences by named speakers in these transcripts');
	if (cli.flags.json) process.stdout.write(`${jsonSafe(questions.map(toJson), 2)}\n`);
	else process.stdout.write(formatQuestions(questions, {key: !process.stdout.isTTY}));
	return 0;
}
