/**
 * A quiz session from a library and the store: due cards first (most overdue first), then new
 * quotes up to the daily limit, `count` questions at most. Also the turns around a quote for the
 * answer screen.
 */
import type {Store, Transcript} from './model.js';
import {generateQuestions, type QuizBank, questionForCard} from './quiz.js';
import type {SessionItem} from './quiz-session.js';
import type {Rng} from './rng.js';
import {type DayOf, makeDayOf, planSession} from './schedule.js';

/** Options of `buildSession`. */
export interface SessionOptions {
	count: number;
	now: number;
	rng: Rng;
	dayOf?: DayOf;
}

/** The questions of one session (may be fewer than `count`, or none when nothing is due). */
export function buildSession(bank: QuizBank, store: Store, opts: SessionOptions): SessionItem[] {
	const plan = planSession(store, opts.now, (id) => bank.cards.has(id), opts.dayOf ?? makeDayOf());
	const items: SessionItem[] = [];
	const used = new Set<string>();
	for (const id of plan.due) {
		if (items.length >= opts.count) break;
		const question = questionForCard(bank, id, opts.rng);
		if (!question) continue;
		used.add(id);
		items.push({question, leech: store.getCard(id)?.leech ?? false, isNew: false});
	}
	const room = Math.min(opts.count - items.length, plan.newAllowed);
	if (room > 0) {
		// Cards already known (answered before, not due) are not new.
		const known = new Set([...used, ...Object.keys(store.allCards())]);
		for (const question of generateQuestions(bank, {count: room, rng: opts.rng, exclude: known}))
			items.push({question, leech: false, isNew: true});
	}
	return items;
}

/** One turn shown around a quote on the answer screen. */
export interface ContextTurn {
	/** Remark index. */
	remark: number;
	/** Speaker name, or null for narration. */
	speaker: string | null;
	paragraphs: string[];
}

/** The quoted turn with the spoken turns before and after it (narration skipped). */
export function questionContext(
	transcript: Transcript,
	remark: number,
): {before: ContextTurn | null; turn: ContextTurn | null; after: ContextTurn | null} {
	const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
	const at = (i: number): ContextTurn | null => {
		const r = transcript.remarks[i];
		if (!r) return null;
		return {
			remark: i,
			speaker: r.speaker ? (names.get(r.speaker) ?? r.speaker) : null,
			paragraphs: r.paragraphs,
		};
	};
	const spoken = (from: number, step: number): ContextTurn | null => {
		for (let i = from; i >= 0 && i < transcript.remarks.length; i += step)
			if (transcript.remarks[i]!.speaker !== null) return at(i);
		return null;
	};
	return {before: spoken(remark - 1, -1), turn: at(remark), after: spoken(remark + 1, 1)};
}
