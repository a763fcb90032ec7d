/**
 * `verbatim search [--json] [--limit N] [--speaker NAME] QUERY [PATH…]`: the search engine without
 * a TTY. Plain output is one `speaker — title #turn: sentence` per line; `--json` prints the
 * contract of DESIGN.md. Exit 1 when nothing matches (like fzf's filter mode), 2 on usage errors.
 */
import {basename} from 'node:path';
import {UsageError} from '../core/errors.js';
import {defaultDataDir, loadLibrary} from '../core/library.js';
import {jsonSafe, sanitize} from '../core/sanitize.js';
import {buildIndex, type SearchHit, searchSync} from '../core/search.js';
import {maxBytesOf, maxSizeFlag, parseArgs} from './args.js';
import {parseCache} from './cache.js';

const help = `
	Usage
	  $ verbatim search [--json] [--limit N] [--speaker NAME] QUERY [PATH…]

	Finds sentences across the transcripts in PATH (files or folders, - for standard input;
	default: the bundled transcripts), best first. Words are fuzzy and typo-tolerant, in any order.

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
	  --max-size MB   refuse files larger than this (default 64)

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
	const title = hit.title ?? (hit.file === '-' ? 'stdin' : basename(hit.file));
	return sanitize(`${hit.speaker ?? '(narration)'} — ${title} #${hit.remark + 1}: ${hit.text}`);
}

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {
		json: {type: 'boolean', default: false},
		limit: {type: 'string', default: '20'},
		speaker: {type: 'string'},
		...maxSizeFlag,
	});
	const [query, ...paths] = cli.input;
	if (query === undefined || query.trim() === '') throw new UsageError('search needs a QUERY');
	const limit = Number(cli.flags.limit);
	if (!/^\d+$/.test(cli.flags.limit.trim()) || !Number.isInteger(limit) || limit < 1)
		throw new UsageError(`--limit must be a whole number above 0 (got ${cli.flags.limit})`);
	const library = await loadLibrary(paths.length > 0 ? paths : [defaultDataDir()], {
		cache: parseCache(),
		maxBytes: maxBytesOf(cli.flags.maxSize),
	});
	const index = buildIndex(library);
	const result = searchSync(index, query, {limit, speaker: cli.flags.speaker});
	if (cli.flags.json) process.stdout.write(`${jsonSafe(result.hits.map(hitJson), 2)}\n`);
	else for (const hit of result.hits) process.stdout.write(`${hitLine(hit)}\n`);
	return result.hits.length > 0 ? 0 : 1;
}
