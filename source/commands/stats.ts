/**
 * `verbatim stats [--json]`: the numbers behind the Stats view, from the saved review log and
 * cards (VERBATIM_HOME or the per-user config folder).
 */
import {jsonSafe, sanitize} from '../core/sanitize.js';
import {computeStats, type QuizStats} from '../core/stats.js';
import {openStore} from '../store/store.js';
import {parseArgs} from './args.js';

const help = `
	Usage
	  $ verbatim stats [--json]

	Prints your quiz statistics: reviews per day over 12 weeks, accuracy per week and per
	speaker, the speakers you confuse most, cards due today and tomorrow, and your streak.

	Options
	  --json   print the numbers as one JSON object
`;

const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const SHADES = '·░▒▓█';

/** The stats as plain text. */
export function formatStats(s: QuizStats): string {
	const lines: string[] = [];
	lines.push(
		`Reviews: ${s.totalReviews} (${percent(s.accuracy)} right)   Cards: ${s.cards}   Leeches: ${s.leeches}`,
	);
	lines.push(`Due today: ${s.dueToday}   Due tomorrow: ${s.dueTomorrow}`);
	lines.push(`Streak: ${s.streak} ${s.streak === 1 ? 'day' : 'days'}`);
	const max = Math.max(1, ...s.days.map((d) => d.reviews));
	const shade = (reviews: number): string =>
		SHADES.charAt(reviews === 0 ? 0 : 1 + Math.min(3, Math.floor((reviews / max) * 3.999)));
	// One row per weekday: day i goes in row i % 7.
	const rows = Array.from({length: 7}, (_, row) =>
		s.days
			.filter((_, i) => i % 7 === row)
			.map((d) => shade(d.reviews))
			.join(''),
	);
	lines.push('', `Last 12 weeks (${s.days[0]?.day} – ${s.today}), one column per week:`);
	for (const row of rows) lines.push(`  ${row}`);
	lines.push('', 'Accuracy per week:');
	lines.push(`  ${s.weeks.map((w) => percent(w.accuracy).padStart(4)).join(' ')}`);
	if (s.speakers.length > 0) {
		lines.push('', 'Per speaker:');
		const width = Math.max(...s.speakers.map((x) => sanitize(x.speaker).length));
		for (const x of s.speakers.slice(0, 15)) {
			const bar = '█'.repeat(Math.round(x.accuracy * 20)).padEnd(20, '·');
			lines.push(
				`  ${sanitize(x.speaker).padEnd(width)}  ${bar} ${percent(x.accuracy)} of ${x.reviews}`,
			);
		}
	}
	if (s.confused.length > 0) {
		lines.push('', 'Confused most:');
		for (const c of s.confused.slice(0, 5)) lines.push(`  ${sanitize(c.text)}`);
	}
	return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {json: {type: 'boolean', default: false}});
	const store = openStore();
	const stats = computeStats(store.getReviewLog(), store.allCards(), Date.now());
	// After reading quiz.json, so that a damaged one is reported too (with its backup's path).
	if (store.warning) process.stderr.write(`verbatim: ${sanitize(store.warning)}\n`);
	if (cli.flags.json) process.stdout.write(`${jsonSafe(stats, 2)}\n`);
	else {
		process.stdout.write(formatStats(stats));
		if (store.warning) process.stdout.write(`\nNote: ${sanitize(store.warning)}\n`);
	}
	return 0;
}
