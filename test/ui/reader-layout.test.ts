import {describe, expect, test} from 'vitest';
import {ReaderLayout} from '../../source/ui/reader/layout.js';
import {speakerInfo} from '../../source/ui/reader/speakers.js';
import {makeTranscript} from '../helpers/ui-transcripts.js';

const transcript = makeTranscript(200);
const speakers = speakerInfo(transcript);
const layout = (width: number, order: number[] | null = null) =>
	new ReaderLayout(transcript, width, order, speakers.prefix);

describe('ReaderLayout', () => {
	test('wraps only the turns it walks', () => {
		const l = layout(60);
		l.slice({index: 0, row: 0}, 20);
		expect((l as unknown as {cache: Map<number, unknown>}).cache.size).toBeLessThan(10);
	});

	test('moving down then up by the same rows returns to the same place', () => {
		const l = layout(50);
		const start = {index: 3, row: 1};
		const down = l.move(start, 37, 20);
		expect(l.move(down, -37, 20)).toEqual(start);
	});

	test('a position survives a change of width', () => {
		const wide = layout(100);
		const cursor = wide.move({index: 0, row: 0}, 123, 30);
		const position = wide.positionOf(cursor);
		const narrow = layout(45);
		const back = narrow.positionOf(narrow.cursorOf(position));
		expect(back.turn).toBe(position.turn);
		expect(back.offset).toBeLessThanOrEqual(position.offset);
		expect(position.offset - back.offset).toBeLessThan(45);
	});

	test('the last page is full and ends with the last line', () => {
		const l = layout(60);
		const top = l.lastTop(20);
		const rows = l.slice(top, 20);
		expect(rows).toHaveLength(20);
		expect(rows.at(-1)!.turn.turn).toBe(199);
		expect(l.move(top, 5, 20)).toEqual(top);
	});

	test('the speaker label starts the turn, with the role on the first turn only', () => {
		expect(speakers.prefix(1)).toBe('Vladimir Putin (President of Russia): ');
		expect(speakers.prefix(3)).toBe('Vladimir Putin: ');
		expect(speakers.prefix(0)).toBe('');
	});

	test('one speaker only: positions in hidden turns go to the next shown turn', () => {
		const order = speakers.turns.get('question')!;
		const l = layout(60, order);
		expect(l.cursorOf({turn: 5, offset: 0}).index).toBe(1);
		expect(l.at(l.cursorOf({turn: 5, offset: 0}).index).turn).toBe(order[1]);
	});
});
