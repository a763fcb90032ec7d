/**
 * `verbatim search [--json] [--limit N] [--speaker NAME] QUERY [PATH…]`: the search engine without
 * a TTY. Plain output is one `speaker — title #turn: sentence` per line; `--json` prints the
 * contract of DESIGN.md. Exit 0 when something matches, 1 when nothing does (like grep and fzf's
 * filter mode; an `@name` that names nobody says so on stderr), 2 on usage errors.
 */
import {basename} from 'node:path';
import {type CiteFormat, citeFormats, citeTurn, formatCitations} from '../core/cite.js';
import {UsageError} from '../core/errors.js';
import {loadIndexedLibrary, wholeTranscript} from '../core/indexed-library.js';
import {defaultDataDir, type LoadedTranscript} from '../core/library.js';
import {jsonSafe, sanitize} from '../core/sanitize.js';
import {type SearchHit, searchSync} from '../core/search.js';
import {maxBytesOf, maxSizeFlag, parseArgs} from './args.js';
import {indexCache, parseCache} from './cache.js';
import {progressLine} from './progress-line.js';

const help = `
	Usage
	  $ verbatim search [--json] [--limit N] [--speaker NAME] QUERY [PATH…]

	Finds sentences across the transcripts in PATH (files or folders, - for standard input;
	default: the bundled transcripts), best first. Words are typo-tolerant, in any order; a sentence may miss
	one word in three (it ranks after those that have them all). Accents, currency signs and
	thousands separators do not matter ("niinisto", "66 billion dollars" finds "$66 billion").

	Query
	  word        fuzzy match            'word       exact match
	  ^word       sentence starts with   word$       sentence ends with
	  !word       does not contain       a b | c     a and b, or c
	  "a phrase"  fuzzy phrase           @name       only this speaker (name words)
	  All lower case ignores case; any capital letter makes the search case-sensitive.

	Options
	  --json          print a JSON array of {file, title, remark, speaker, text, score, matches}
	  --limit N       at most N results (default 20)
	  --speaker NAME  only sentences by this speaker (fuzzy on the name, like @name)
	  --max-size MB   refuse files larger than this (default 64)

	Exit status: 0 found, 1 nothing found (or no such speaker), 2 error.
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

/** "no speaker matches "nobody" (closest: A, B)". */
export function unknownSpeakerText(u: {name: string; closest: string[]}): string {
	const closest = u.closest.length > 0 ? ` (closest: ${u.closest.join(', ')})` : '';
	return `no speaker matches ${JSON.stringify(u.name)}${closest}`;
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
	const progress = progressLine(process.stderr);
	const cache = parseCache();
	const {library, index} = await loadIndexedLibrary(paths.length > 0 ? paths : [defaultDataDir()], {
		cache,
		index: indexCache(),
		onProgress: progress.update,
		onBuild: (n) => {
			if (n >= 50) progress.note(`indexing ${n.toLocaleString('en-US')} transcripts…`);
		},
		maxBytes: maxBytesOf(cli.flags.maxSize),
		// Titles come from the index: entries need no metadata (citations read the whole text).
		lean: true,
	}).finally(progress.done);
	const result = searchSync(index, query, {limit, speaker: cli.flags.speaker});
	for (const u of result.unknownSpeakers ?? [])
		process.stderr.write(`verbatim: ${sanitize(unknownSpeakerText(u))}\n`);
	if (format !== undefined) {
		// Each transcript with hits is read in full once, however many of its sentences were hit.
		const whole = new Map<number, LoadedTranscript>();
		const citations = [];
		for (const hit of result.hits) {
			let entry = whole.get(hit.transcript);
			if (!entry) {
				entry = await wholeTranscript(library.transcripts[hit.transcript]!, cache);
				whole.set(hit.transcript, entry);
			}
			citations.push(citeTurn(entry.transcript, hit.remark, {quote: hit.text, file: entry.file}));
		}
		// Line by line: the records' own line breaks stay, anything else from outside is made safe.
		const text = formatCitations(citations, format);
		process.stdout.write(text.replace(/[^\r\n]+/g, (line) => sanitize(line)));
	} else if (cli.flags.json) process.stdout.write(`${jsonSafe(result.hits.map(hitJson), 2)}\n`);
	else for (const hit of result.hits) process.stdout.write(`${hitLine(hit)}\n`);
	return result.hits.length > 0 ? 0 : 1;
}
