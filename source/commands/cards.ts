/**
 * `verbatim cards [--json] [--suspended] [PATH…]`: your quiz cards — quote, speaker, transcript,
 * due date, lapses, flags — resolved against the transcripts in PATH (default: the bundled ones).
 * `--suspend ID`, `--unsuspend ID` and `--bury ID` manage one card (an id or its unique prefix).
 */
import {basename} from 'node:path';
import {NotFoundError, UsageError} from '../core/errors.js';
import {defaultDataDir, loadLibrary} from '../core/library.js';
import type {Store} from '../core/model.js';
import {buildQuizBank} from '../core/quiz.js';
import {type CardRow, cardRows} from '../core/quiz-cards.js';
import {bury, setSuspended} from '../core/schedule.js';
import {openStore} from '../store/store.js';
import {parseArgs} from './args.js';
import {parseCache} from './cache.js';

const help = `
	Usage
	  $ verbatim cards [--json] [--suspended] [PATH…]
	  $ verbatim cards --suspend ID | --unsuspend ID | --bury ID

	Lists your quiz cards, the soonest due first (suspended ones last): the quote, who said it,
	the transcript, when it is due, how often it lapsed, and whether it is suspended, buried or a
	leech (forgotten 8 times: suspended with a note). Quotes come from the transcripts in PATH
	(default: the bundled ones); other cards are listed by id.

	Options
	  --json           print a JSON array of {id, quote, speaker, role, title, file, date, due,
	                   state, reps, lapses, suspended, buriedUntil, leech, note}
	  --suspended      only suspended cards
	  --suspend ID     never ask this card (ID: a card id, or the start of one)
	  --unsuspend ID   ask it again
	  --bury ID        not before tomorrow

	Examples
	  $ verbatim cards transcripts/
	  $ verbatim cards --json | jq '.[] | select(.leech)'
	  $ verbatim cards --suspend 4ff87f0bb982952c:dcb2
`;

const day = (iso: string) => iso.slice(0, 10);

/** One card as three lines: flags and due date, the quote, who said it and where. */
export function formatCard(row: CardRow): string {
	const flags = [
		row.suspended ? 'suspended' : '',
		row.buriedUntil ? `buried until ${day(row.buriedUntil)}` : '',
		row.leech ? 'leech' : '',
	].filter(Boolean);
	const head = [`due ${day(row.due)}`, row.state, `lapses ${row.lapses}`, ...flags].join(' · ');
	const quote = row.quote === null ? '   (transcript not loaded)' : `   “${row.quote}”`;
	const where = row.file ? `${row.title ?? basename(row.file)} (${basename(row.file)})` : '';
	const who = row.speaker ? `   — ${row.speaker}${row.role ? `, ${row.role}` : ''}` : '';
	const lines = [
		`${row.id}  ${head}`,
		quote,
		`${who}${where ? `${who ? ' · ' : '   '}${where}` : ''}`,
	];
	if (row.note) lines.push(`   note: ${row.note}`);
	return lines.filter((l) => l.trim().length > 0).join('\n');
}

/** The one stored card whose id is `ref` or starts with it. */
function findCard(store: Store, ref: string): string {
	const ids = Object.keys(store.allCards());
	if (ids.includes(ref)) return ref;
	const found = ids.filter((id) => id.startsWith(ref));
	if (found.length === 1) return found[0]!;
	if (found.length === 0) throw new NotFoundError(`no card ${ref} (verbatim cards lists them)`);
	throw new UsageError(`${ref} is the start of ${found.length} card ids; give more of it`);
}

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {
		json: {type: 'boolean', default: false},
		suspended: {type: 'boolean', default: false},
		suspend: {type: 'string'},
		unsuspend: {type: 'string'},
		bury: {type: 'string'},
	});
	const store = openStore();
	if (store.warning) process.stderr.write(`verbatim: ${store.warning}\n`);
	const now = Date.now();
	const actions = [
		['suspend', cli.flags.suspend],
		['unsuspend', cli.flags.unsuspend],
		['bury', cli.flags.bury],
	].filter(([, ref]) => ref !== undefined) as Array<[string, string]>;
	if (actions.length > 1) throw new UsageError('give one of --suspend, --unsuspend, --bury');
	if (actions.length === 1) {
		const [what, ref] = actions[0]!;
		const id = findCard(store, ref);
		if (what === 'bury') bury(store, id, now);
		else setSuspended(store, id, what === 'suspend', now);
		store.flush();
		process.stdout.write(`${id}: ${what === 'bury' ? 'buried until tomorrow' : `${what}ed`}\n`);
		return 0;
	}
	const cards = store.allCards();
	if (Object.keys(cards).length === 0) {
		process.stderr.write('verbatim: no cards yet: answer some questions in the Quiz view first\n');
		return 1;
	}
	const paths = cli.input.length > 0 ? cli.input : [defaultDataDir()];
	const library = await loadLibrary(paths, {cache: parseCache()});
	let rows = cardRows(buildQuizBank(library.transcripts), cards, now);
	if (cli.flags.suspended) rows = rows.filter((r) => r.suspended);
	if (cli.flags.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
	else process.stdout.write(rows.map(formatCard).join('\n\n') + (rows.length ? '\n' : ''));
	return rows.length > 0 ? 0 : 1;
}
