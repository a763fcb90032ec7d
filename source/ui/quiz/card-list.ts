/**
 * The card list (from Stats or the Quiz view): your cards of this library, the soonest due first,
 * two rows each; a pure reducer over named actions moves the selection and asks for suspending or
 * burying the selected card (an effect the caller writes to the store).
 */
import type {CardRow} from '../../core/quiz-cards.js';
import {type Command, type KeyFlags, keymap, matches} from '../keys/keymap.js';
import {type Line, line} from './lines.js';
import {truncate} from './text.js';

export interface CardListState {
	/** Index of the selected card. */
	selected: number;
}

export type CardListAction =
	| {type: 'move'; delta: number; count: number}
	| {type: 'suspend' | 'bury'; id: string}
	| {type: 'close'};

/** A write the caller applies to the store: suspend or unsuspend, bury or unbury one card. */
export type CardListEffect = {type: 'toggle-suspend' | 'toggle-bury'; id: string};

export function cardListReducer(
	state: CardListState,
	action: CardListAction,
): {state: CardListState | null; effect?: CardListEffect} {
	switch (action.type) {
		case 'move': {
			const last = Math.max(0, action.count - 1);
			return {state: {selected: Math.max(0, Math.min(last, state.selected + action.delta))}};
		}
		case 'suspend':
			return {state, effect: {type: 'toggle-suspend', id: action.id}};
		case 'bury':
			return {state, effect: {type: 'toggle-bury', id: action.id}};
		case 'close':
			return {state: null};
		default:
			return {state};
	}
}

const bindings = keymap.quiz;

/** The action a key means in the card list of `count` cards (`page`: cards per screen). */
export function cardListKey(
	state: CardListState,
	input: string,
	key: KeyFlags,
	rows: readonly CardRow[],
	page: number,
): CardListAction | null {
	const is = (id: Command<'quiz'>) => matches(bindings, id, input, key);
	const count = rows.length;
	const id = rows[state.selected]?.id;
	if (is('list-down')) return {type: 'move', delta: 1, count};
	if (is('list-up')) return {type: 'move', delta: -1, count};
	if (is('list-page-down')) return {type: 'move', delta: page, count};
	if (is('list-page-up')) return {type: 'move', delta: -page, count};
	if (is('list-suspend') && id) return {type: 'suspend', id};
	if (is('list-bury') && id) return {type: 'bury', id};
	if (is('list-close')) return {type: 'close'};
	return null;
}

/** Rows of a card: "› due 2026-12-06 · review · lapses 1 · suspended — Vladimir Putin", quote. */
export function cardLines(row: CardRow, selected: boolean, width: number): Line[] {
	const flags = [
		row.suspended ? 'suspended' : '',
		row.buriedUntil ? 'buried' : '',
		row.leech ? 'leech' : '',
	].filter(Boolean);
	const head = [`due ${row.due.slice(0, 10)}`, row.state, `lapses ${row.lapses}`, ...flags].join(
		' · ',
	);
	const who = row.speaker ? ` — ${row.speaker}` : '';
	const mark = selected ? '› ' : '  ';
	const quote = `  “${row.quote ?? row.id}”${row.title ? ` (${row.title})` : ''}`;
	return [
		line(
			{text: mark, bold: true, colour: selected ? 'cyan' : undefined},
			{text: truncate(`${head}${who}`, Math.max(4, width - 2)), bold: selected},
		),
		line({text: truncate(quote, width), dim: !selected}),
	];
}
