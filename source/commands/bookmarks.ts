/**
 * `verbatim bookmarks [--format text|markdown|csv|json] [PATH…]`: the bookmarks saved in Read, as
 * quotes with who said them, where and when — the paragraph at each bookmark and its note. Only
 * the transcripts in PATH (default: the bundled ones) are looked at, since bookmarks are kept by
 * content. Exit 1 when there are none.
 */
import {
	type CiteFormat,
	citeFormats,
	citeTurn,
	formatCitations,
	paragraphAt,
} from '../core/cite.js';
import {UsageError} from '../core/errors.js';
import {defaultDataDir, loadLibrary} from '../core/library.js';
import {openStore} from '../store/store.js';
import {parseArgs} from './args.js';
import {parseCache} from './cache.js';

const help = `
	Usage
	  $ verbatim bookmarks [--format text|markdown|csv|json] [PATH…]

	Prints the bookmarks you saved in Read (m) in the transcripts in PATH (files or folders;
	default: the bundled transcripts), as quotes: the paragraph at each bookmark, who said it,
	the title, date and turn, and your note.

	Options
	  --format F   text (default: “quote” — Speaker, Title, date (turn N)), markdown, csv or json
`;

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {format: {type: 'string', default: 'text'}});
	const format = cli.flags.format as CiteFormat;
	if (!citeFormats.includes(format))
		throw new UsageError(
			`--format must be one of ${citeFormats.join(', ')} (got ${cli.flags.format})`,
		);
	const paths = cli.input.length > 0 ? cli.input : [defaultDataDir()];
	const library = await loadLibrary(paths, {cache: parseCache()});
	const store = openStore();
	if (store.warning) process.stderr.write(`verbatim: ${store.warning}\n`);
	const citations = library.transcripts.flatMap(({key, transcript, file}) =>
		store.getProgress(key).bookmarks.map((b) =>
			citeTurn(transcript, b.turn, {
				range: paragraphAt(transcript, b.turn, b.offset),
				file,
				note: b.note,
			}),
		),
	);
	if (citations.length > 0 || format === 'json')
		process.stdout.write(formatCitations(citations, format));
	return citations.length > 0 ? 0 : 1;
}
