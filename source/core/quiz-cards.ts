/**
 * The user's quiz cards as a list (for `verbatim cards` and the card list view) and as a deck
 * for Anki: each stored card with its quote, speaker (and the role they had in that transcript),
 * transcript, due date, lapses and flags. A card whose transcript is not loaded is listed by id.
 */
import type {CardRecord} from './model.js';
import type {Question, QuizBank} from './quiz.js';

/** ts-fsrs states by number. */
const STATES = ['new', 'learning', 'review', 'relearning'] as const;

/** One card of the list. */
export interface CardRow {
	id: string;
	/** The quote as written, or null when its transcript is not loaded. */
	quote: string | null;
	speaker: string | null;
	role: string | null;
	title: string | null;
	file: string | null;
	/** Date of the transcript (YYYY-MM-DD), when known. */
	date: string | null;
	/** Due date, ISO 8601. */
	due: string;
	state: (typeof STATES)[number];
	reps: number;
	lapses: number;
	suspended: boolean;
	/** ISO date-time the card is buried until, or null. */
	buriedUntil: string | null;
	leech: boolean;
	note: string | null;
}

/** Every stored card, the soonest due first (suspended ones last), resolved against the bank. */
export function cardRows(
	bank: QuizBank | null,
	cards: Readonly<Record<string, CardRecord>>,
	now: number,
): CardRow[] {
	const rows = Object.entries(cards).map(([id, c]): CardRow => {
		const found = bank?.cards.get(id);
		const transcript = found?.entry.source.transcript;
		const speaker = transcript?.speakers.find((s) => s.id === found?.candidate.speaker);
		const buried = c.buriedUntil !== undefined && c.buriedUntil > now;
		return {
			id,
			quote: found?.candidate.text ?? null,
			speaker: speaker?.name ?? null,
			role: speaker?.role ?? null,
			title: transcript?.title ?? null,
			file: found?.entry.source.file ?? null,
			date: transcript?.date ?? null,
			due: new Date(c.due).toISOString(),
			state: STATES[c.state] ?? 'new',
			reps: c.reps,
			lapses: c.lapses,
			suspended: c.suspended === true,
			buriedUntil: buried ? new Date(c.buriedUntil!).toISOString() : null,
			leech: c.leech,
			note: c.note ?? null,
		};
	});
	return rows.sort(
		(a, b) =>
			Number(a.suspended) - Number(b.suspended) ||
			a.due.localeCompare(b.due) ||
			a.id.localeCompare(b.id),
	);
}

/** What the back of an Anki card says: who said it, their role, and where. */
export interface AnkiNote {
	id: string;
	/** The redacted quote. */
	front: string;
	speaker: string;
	role: string | null;
	title: string | null;
	date: string | null;
}

/** An Anki note for a question (its transcript's title and date from the bank). */
export function ankiNote(bank: QuizBank, question: Question): AnkiNote {
	const transcript = bank.cards.get(question.id)?.entry.source.transcript;
	return {
		id: question.id,
		front: question.quote,
		speaker: question.answer,
		role: question.answerRole,
		title: transcript?.title ?? null,
		date: transcript?.date ?? null,
	};
}

const escapeHtml = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replace(/[\t\r\n]+/gu, ' ');

/**
 * A tab-separated file Anki imports (File › Import): header lines set the separator, HTML, the
 * note type and deck, and a GUID column (the card id, so importing again updates the notes).
 * Columns: GUID, Front (the redacted quote), Back (speaker, role, title, date), Tags.
 */
export function ankiTsv(notes: readonly AnkiNote[], deck = 'Verbatim'): string {
	const lines = [
		'#separator:tab',
		'#html:true',
		'#notetype:Basic',
		`#deck:${deck}`,
		'#guid column:1',
		'#tags column:4',
		'#columns:GUID\tFront\tBack\tTags',
	];
	for (const n of notes) {
		const back = [
			`<b>${escapeHtml(n.speaker)}</b>`,
			n.role ? escapeHtml(n.role) : '',
			[n.title, n.date]
				.filter(Boolean)
				.map((x) => escapeHtml(x!))
				.join(', '),
		]
			.filter(Boolean)
			.join('<br>');
		const tag = `verbatim ${n.speaker.replace(/[^\p{L}\p{N}]+/gu, '_')}`;
		lines.push([`verbatim-${n.id}`, `“${escapeHtml(n.front)}”`, back, tag].join('\t'));
	}
	return `${lines.join('\n')}\n`;
}
