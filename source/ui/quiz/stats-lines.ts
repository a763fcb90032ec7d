/**
 * The Stats screen as rows (pure): a summary row; reviews per day over 12 weeks as a heatmap
 * (7 rows × 12 week columns, shades · ░ ▒ ▓ █ with a legend) with accuracy per week as a
 * sparkline under it; accuracy bars per speaker; the pairs confused most. Side by side when the
 * window is wide, stacked when not; shades and marks carry the meaning without colour.
 */
import type {QuizStats} from '../../core/stats.js';
import {padText, textWidth} from '../../core/wrap.js';
import {type Line, line, type Segment} from './lines.js';
import {bar, percent, truncate, wrapLines} from './text.js';

/** Shades for no reviews, then four levels up to the busiest day. */
const SHADES = ['·', '░', '▒', '▓', '█'] as const;
const SPARKS = '▁▂▃▄▅▆▇█';
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** The window is wide enough for two columns from this width. */
const TWO_COLUMNS = 90;
const LEFT_WIDTH = 42;

/** The shade level 0–4 of a day with `reviews` when the busiest day had `max`. */
function shadeLevel(reviews: number, max: number): number {
	if (reviews <= 0) return 0;
	return 1 + Math.min(3, Math.floor((reviews / Math.max(1, max)) * 3.999));
}

function weekday(day: string): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary row's parts. */
function summaryText(s: QuizStats): string {
	return [
		`streak ${plural(s.streak, 'day')}`,
		`${plural(s.totalReviews, 'review')} (${percent(s.accuracy)} right)`,
		`due today ${s.dueToday} · tomorrow ${s.dueTomorrow}`,
		plural(s.cards, 'card'),
		plural(s.leeches, 'leech', 'leeches'),
	].join(' · ');
}

/** The heatmap, its legend and the weekly accuracy under it; `cell` columns per week (2 or 3). */
function heatmapLines(s: QuizStats, width: number): Line[] {
	const cell = width >= 4 + 12 * 3 ? 3 : 2;
	const max = Math.max(1, ...s.days.map((d) => d.reviews));
	const out: Line[] = [line({text: 'Reviews per day · last 12 weeks', bold: true})];
	for (let r = 0; r < 7; r++) {
		const row: Segment[] = [{text: `${weekday(s.days[r]!.day)} `, dim: true}];
		for (let w = 0; w < 12; w++) {
			const d = s.days[w * 7 + r]!;
			const level = shadeLevel(d.reviews, max);
			const ch = SHADES[level]!;
			row.push({
				text: (ch + ch).padEnd(cell),
				colour: level ? 'green' : undefined,
				dim: level === 0,
				bold: d.day === s.today,
			});
		}
		out.push(row);
	}
	const acc: Segment[] = [{text: 'Acc ', dim: true}];
	for (const w of s.weeks) {
		const ch =
			w.accuracy === null
				? '·'
				: SPARKS[Math.min(SPARKS.length - 1, Math.floor(w.accuracy * SPARKS.length))]!;
		acc.push({text: (ch + ch).padEnd(cell), colour: w.accuracy === null ? undefined : 'cyan'});
	}
	out.push(acc);
	out.push(line({text: truncate(`    · none  ░ ▒ ▓ █ up to ${max}/day`, width), dim: true}));
	out.push(line({text: truncate('Acc right answers per week ▁ 0% … █ 100%', width), dim: true}));
	const rated = s.weeks.filter((w) => w.accuracy !== null);
	const first = rated[0];
	const last = rated.at(-1);
	if (first && last && rated.length > 1)
		out.push(
			line({
				text: truncate(
					`    ${percent(first.accuracy)} → ${percent(last.accuracy)} over ${plural(rated.length, 'week')}`,
					width,
				),
				dim: true,
			}),
		);
	return out;
}

/** Accuracy bars per speaker, most reviewed first (at most `limit`). */
function speakerLines(s: QuizStats, width: number, limit = 12): Line[] {
	if (s.speakers.length === 0) return [];
	const shown = s.speakers.slice(0, limit);
	const nameWidth = Math.min(
		22,
		Math.max(6, Math.floor(width / 2.5)),
		Math.max(...shown.map((x) => textWidth(x.speaker))),
	);
	const barWidth = Math.max(4, Math.min(20, width - nameWidth - 14));
	const out: Line[] = [line({text: 'Accuracy per speaker', bold: true})];
	for (const x of shown) {
		out.push(
			line(
				`${padText(truncate(x.speaker, nameWidth), nameWidth)} `,
				{
					text: bar(x.accuracy, barWidth),
					colour: x.accuracy >= 0.8 ? 'green' : x.accuracy >= 0.5 ? 'yellow' : 'red',
				},
				` ${percent(x.accuracy).padStart(4)} of ${x.reviews}`,
			),
		);
	}
	if (s.speakers.length > shown.length)
		out.push(line({text: `… ${s.speakers.length - shown.length} more`, dim: true}));
	return out;
}

/** "you took Nazarbayev for Putin 4 times", most frequent first. */
function confusedLines(s: QuizStats, width: number, limit = 6): Line[] {
	const out: Line[] = [line({text: 'Confused most', bold: true})];
	if (s.confused.length === 0) return [...out, line({text: '✓ nothing yet', dim: true})];
	for (const c of s.confused.slice(0, limit))
		out.push(line({text: '✗ ', colour: 'red'}, truncate(c.text, width - 2)));
	return out;
}

function pad(row: Line, width: number): Line {
	const len = row.reduce((n, s) => n + textWidth(s.text), 0);
	return len >= width ? row : [...row, {text: ' '.repeat(width - len)}];
}

/** Every row of the Stats screen for a width (the view scrolls when they do not fit). */
export function statsLines(s: QuizStats, width: number): Line[] {
	if (s.totalReviews === 0)
		return [
			line({text: 'no reviews yet — press 3 for the quiz', bold: true}),
			[],
			line({
				text: truncate(`cards due today ${s.dueToday} · tomorrow ${s.dueTomorrow}`, width),
				dim: true,
			}),
		];
	const head = wrapLines(summaryText(s), width).map((t) => line({text: t, bold: true}));
	if (width >= TWO_COLUMNS) {
		const rightWidth = width - LEFT_WIDTH - 2;
		const left = heatmapLines(s, LEFT_WIDTH);
		const right = [...speakerLines(s, rightWidth, 9), [], ...confusedLines(s, rightWidth, 5)];
		const rows: Line[] = [...head, []];
		for (let i = 0; i < Math.max(left.length, right.length); i++)
			rows.push([...pad(left[i] ?? [], LEFT_WIDTH + 2), ...(right[i] ?? [])]);
		return rows;
	}
	return [
		...head,
		[],
		...heatmapLines(s, width),
		[],
		...speakerLines(s, width),
		[],
		...confusedLines(s, width),
	];
}
