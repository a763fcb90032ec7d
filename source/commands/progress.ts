/**
 * `verbatim progress export FILE | import FILE | reset --yes`: all reading progress, bookmarks,
 * search history and quiz cards and reviews as one JSON file, merged back in, or set aside.
 */
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {InputError, UsageError} from '../core/errors.js';
import {sanitize} from '../core/sanitize.js';
import {storeDir} from '../store/paths.js';
import {
	exportProgress,
	importProgress,
	parseProgress,
	resetProgress,
	TransferError,
	writeExport,
} from '../store/transfer.js';
import {parseArgs} from './args.js';

const help = `
	Usage
	  $ verbatim progress export FILE    write all your progress to FILE (- for standard output)
	  $ verbatim progress import FILE    merge FILE's progress into yours (nothing is lost)
	  $ verbatim progress reset --yes    start afresh (your files are kept aside as a backup)

	Progress is reading positions, bookmarks, search history, settings, quiz cards and reviews,
	kept in VERBATIM_HOME or your per-user config folder. Import keeps both sides: bookmarks and
	reviews of both, the card with more answers, the place read most recently.
`;

const say = (text: string) => process.stderr.write(`verbatim: ${sanitize(text)}\n`);

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {yes: {type: 'boolean', default: false}});
	const [action, file, ...extra] = cli.input;
	if (extra.length > 0) throw new UsageError(`progress ${action} takes one FILE`);
	const dir = storeDir();
	try {
		if (action === 'export') {
			if (!file) throw new UsageError('progress export needs a FILE (- for standard output)');
			const {text, warning} = exportProgress(dir);
			if (warning) say(warning);
			if (file === '-') process.stdout.write(text);
			else {
				writeExport(file, text);
				say(`progress exported to ${file}`);
			}
			return 0;
		}
		if (action === 'import') {
			if (!file) throw new UsageError('progress import needs a FILE (- for standard input)');
			let text: string;
			try {
				text = readFileSync(file === '-' ? 0 : file, 'utf8');
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				throw new InputError(
					`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`,
				);
			}
			const counts = importProgress(
				dir,
				parseProgress(text, file === '-' ? 'standard input' : file),
			);
			say(
				`imported ${counts.transcripts} new transcripts, ${counts.bookmarks} bookmarks, ${counts.cards} cards, ${counts.reviews} reviews`,
			);
			return 0;
		}
		if (action === 'reset') {
			if (!cli.flags.yes)
				throw new UsageError(
					'progress reset sets all your progress aside: run verbatim progress reset --yes (a backup is kept)',
				);
			const backups = resetProgress(dir);
			say(
				backups.length
					? `progress reset; the old files were kept as ${backups.join(' and ')}`
					: 'nothing to reset',
			);
			return 0;
		}
		throw new UsageError('progress needs export FILE, import FILE or reset --yes (see --help)');
	} catch (error) {
		if (error instanceof TransferError) throw new InputError(error.message);
		const code = (error as NodeJS.ErrnoException).code;
		if (code)
			throw new InputError(
				`could not ${action} progress (${code}: ${(error as Error).message.split('\n')[0]})`,
			);
		throw error;
	}
}
