/**
 * A quiz session from a library and the store: due cards first (most overdue first), then new
 * quotes up to the daily limit, `count` questions at most.
 */
import type {Store} from '../store/types.js';
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
