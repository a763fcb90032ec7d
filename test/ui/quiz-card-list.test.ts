/** The card list's reducer and keys, action by action (no Ink). */
import {describe, expect, it} from 'vitest';
import type {CardRow} from '../../source/core/quiz-cards.js';
import {cardLines, cardListKey, cardListReducer} from '../../source/ui/quiz/card-list.js';
import {lineText} from '../../source/ui/quiz/lines.js';

const row = (id: string, extra: Partial<CardRow> = {}): CardRow => ({
	id,
	quote: `quote of ${id}`,
	speaker: 'Vladimir Putin',
	role: 'President of Russia',
	title: 'Meeting',
	file: '/x/meeting.txt',
	date: '2017-12-27',
	due: '2026-12-06T09:00:00.000Z',
	state: 'review',
	reps: 3,
	lapses: 1,
	suspended: false,
	buriedUntil: null,
	leech: false,
	note: null,
	...extra,
});
const rows = [row('a'), row('b'), row('c', {suspended: true, leech: true})];

describe('card list reducer', () => {
	it('moves within the list', () => {
		expect(cardListReducer({selected: 0}, {type: 'move', delta: 1, count: 3}).state).toEqual({
			selected: 1,
		});
		expect(cardListReducer({selected: 2}, {type: 'move', delta: 5, count: 3}).state).toEqual({
			selected: 2,
		});
		expect(cardListReducer({selected: 1}, {type: 'move', delta: -5, count: 3}).state).toEqual({
			selected: 0,
		});
	});

	it('asks to suspend or bury the card (an effect), and closes', () => {
		expect(cardListReducer({selected: 1}, {type: 'suspend', id: 'b'})).toEqual({
			state: {selected: 1},
			effect: {type: 'toggle-suspend', id: 'b'},
		});
		expect(cardListReducer({selected: 1}, {type: 'bury', id: 'b'}).effect).toEqual({
			type: 'toggle-bury',
			id: 'b',
		});
		expect(cardListReducer({selected: 1}, {type: 'close'}).state).toBeNull();
	});

	it('maps keys through the keymap', () => {
		const s = {selected: 1};
		expect(cardListKey(s, 'j', {}, rows, 4)).toEqual({type: 'move', delta: 1, count: 3});
		expect(cardListKey(s, '', {upArrow: true}, rows, 4)).toEqual({
			type: 'move',
			delta: -1,
			count: 3,
		});
		expect(cardListKey(s, ' ', {}, rows, 4)).toEqual({type: 'move', delta: 4, count: 3});
		expect(cardListKey(s, 's', {}, rows, 4)).toEqual({type: 'suspend', id: 'b'});
		expect(cardListKey(s, '-', {}, rows, 4)).toEqual({type: 'bury', id: 'b'});
		expect(cardListKey(s, '', {escape: true}, rows, 4)).toEqual({type: 'close'});
		expect(cardListKey(s, 'x', {}, rows, 4)).toBeNull();
		expect(cardListKey({selected: 0}, 's', {}, [], 4)).toBeNull();
	});

	it('draws a card as two rows: due, state, lapses, flags and speaker; then the quote', () => {
		const [head, quote] = cardLines(rows[2]!, true, 80).map(lineText);
		expect(head).toBe('› due 2026-12-06 · review · lapses 1 · suspended · leech — Vladimir Putin');
		expect(quote).toBe('  “quote of c” (Meeting)');
	});
});
