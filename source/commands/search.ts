/**
 * `verbatim search [--json] [--limit N] [--speaker NAME] QUERY [PATH…]`: the search engine without
 * a TTY. Plain output is one `speaker — title #turn: sentence` per line; `--json` prints the
 * contract of DESIGN.md. Exit 1 when nothing matches (like fzf's filter mode), 2 on usage errors.
 */
import {basename} from 'node:path';
import {type CiteFormat, citeFormats, citeTurn, formatCitations} from '../core/cite.js';
import {UsageError} from '../core/errors.js';
import {defaultDataDir, loadLibrary} from '../core/library.js';
import {buildIndex, type SearchHit, searchSync} from '../core/search.js';
import {parseArgs} from './args.js';
import {parseCache} from './cache.js';

const help = `
	Usage
	  $ verbatim search [--json] [--limit N] [--speaker NAME] QUERY [PATH…]

	Finds sentences across the transcripts in PATH (files or folders; default: the bundled
	transcripts), best first. Words are fuzzy and typo-tolerant, in any order.

	Query
	  word        fuzzy match            'word       exact match
	  ^word       sentence starts with   word$       sentence ends with
	  !word       does not contain       a b | c     a and b, or c
	  "a phrase"  fuzzy phrase           @name       only this speaker
	  All lower case ignores case; any capital letter makes the search case-sensitive.

	Options
	  --json          print a JSON array of {file, title, remark, speaker, text, score, matches}
	  --limit N       at most N results (default 20)
	  --speaker NAME  only sentences by this speaker (fuzzy on the name, like @name)
	  --format F      the hits as quotes: text (“quote” — Speaker, Title, date (turn N)),
	                  markdown, csv or json (the records of \`verbatim bookmarks\`)

	Examples
	  $ verbatim search "enegry isues"
	  $ verbatim search --speaker putin --limit 5 "'nuclear" transcripts/
`;

/** The JSON record of one hit (DESIGN.md contract). */
export function hitJson(hit: SearchHit) {
	return {
		file: hit.file,
		title: hit.title,
		remark: hit.remark,
		speaker: hit.speaker,
		text: hit.text,
		score: hit.score,
		matches: hit.matches,
	};
}

/** One plain line: `speaker — title #turn: sentence`. */
export function hitLine(hit: SearchHit): string {
	const title = hit.title ?? basename(hit.file);
	return `${hit.speaker ?? '(narration)'} — ${title} #${hit.remark + 1}: ${hit.text}`;
}

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {
		json: {type: 'boolean', default: false},
		limit: {type: 'string', default: '20'},
		speaker: {type: 'string'},
		format: {type: 'string'},
	});
	const format = cli.flags.format as CiteFormat | undefined;
	if (format !== undefined && !citeFormats.includes(format))
		throw new UsageError(`--format must be one of ${citeFormats.join(', ')} (got ${format})`);
	const [query, ...paths] = cli.input;
	if (query === undefined || query.trim() === '') throw new UsageError('search needs a QUERY');
	const limit = Number(cli.flags.limit);
	if (!/^\d+$/.test(cli.flags.limit.trim()) || !Number.isInteger(limit) || limit < 1)
		throw new UsageError(`--limit must be a whole number above 0 (got ${cli.flags.limit})`);
	const library = await loadLibrary(paths.length > 0 ? paths : [defaultDataDir()], {
		cache: parseCache(),
	});
	const index = buildIndex(library);
	const result = searchSync(index, query, {limit, speaker: cli.flags.speaker});
	if (format !== undefined) {
		const citations = result.hits.map((hit) => {
			const {transcript, file} = library.transcripts[hit.transcript]!;
			return citeTurn(transcript, hit.remark, {quote: hit.text, file});
		});
		process.stdout.write(formatCitations(citations, format));
	} else if (cli.flags.json)
		process.stdout.write(`${JSON.stringify(result.hits.map(hitJson), null, 2)}\n`);
	else for (const hit of result.hits) process.stdout.write(`${hitLine(hit)}\n`);
	return result.hits.length > 0 ? 0 : 1;
}
