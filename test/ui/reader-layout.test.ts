import {describe, expect, test} from 'vitest';
import type {Transcript} from '../../source/core/model.js';
import {chromeLength} from '../../source/ui/reader/chrome.js';
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

describe('ReaderLayout: timed cues of one speaker are one block', () => {
	const cue = (speaker: string | null, text: string, time?: number) => ({
		speaker,
		paragraphs: [text],
		...(time === undefined ? {} : {time}),
	});
	const captions: Transcript = {
		title: null,
		date: null,
		place: null,
		format: 'vtt',
		speakers: [
			{id: 'a', name: 'Ann', role: null, labels: ['Ann'], anonymous: false},
			{id: 'b', name: 'Bo', role: null, labels: ['Bo'], anonymous: false},
		],
		remarks: [
			...Array.from({length: 12}, (_, i) => cue('a', `cue${i + 1} of the first run here`, i * 3)),
			cue('b', 'a reply', 40),
			cue('b', 'in two cues', 42),
			cue('a', 'and the last cue', 3725),
		],
	};
	const info = speakerInfo(captions);
	const make = (width: number, order: number[] | null = null) =>
		new ReaderLayout(captions, width, order, info.prefix);

	test('a run is one block: the label once, the texts joined by a space', () => {
		const l = make(60);
		expect(l.count).toBe(3);
		const first = l.at(0);
		expect([first.turn, first.last]).toEqual([0, 11]);
		expect(first.display.startsWith('Ann: cue1 of the first run here cue2 of')).toBe(true);
		expect(l.at(1).display).toBe('Bo: a reply in two cues');
		expect(l.turnAt(2)).toBe(14);
	});

	test('every cue: cursorOf then positionOf is a place on the same row, at or before it', () => {
		const l = make(45);
		for (let turn = 0; turn < captions.remarks.length; turn++) {
			const cursor = l.cursorOf({turn, offset: 0});
			const block = l.at(cursor.index);
			const line = block.lines[cursor.row]!;
			const start = block.starts[turn - block.turn]!;
			expect(start >= line.start || (turn === block.turn && cursor.row === 0)).toBe(true);
			expect(start).toBeLessThanOrEqual(line.end + 1);
			const back = l.positionOf(cursor);
			expect(back.turn).toBeLessThanOrEqual(turn);
			expect(l.cursorOf(back)).toEqual(cursor);
		}
	});

	test('the margin: a time where a row starts in a new cue, h:mm:ss past an hour', () => {
		const l = make(60);
		expect(l.margin).toBe(8);
		const rows = l.slice({index: 0, row: 0}, 40);
		const margins = rows.map((r) => l.marginOf(r));
		expect(margins[0]).toBe('0:00:00 ');
		expect(margins.every((m) => m.length === 8)).toBe(true);
		expect(margins.filter((m) => m.trim() !== '').length).toBeGreaterThan(4);
		expect(l.marginOf(rows.at(-1)!)).toBe('1:02:05 ');
	});

	test('a first cue of narration ("[music]") is not taken for page chrome', () => {
		const music = {...captions, remarks: [cue(null, '[music]', 0), ...captions.remarks]};
		expect(chromeLength(music)).toBe(0);
		expect(
			chromeLength({...music, remarks: music.remarks.map((r) => ({...r, time: undefined}))}),
		).toBe(7);
	});

	test('other timed layouts: a turn of one speaker over two stamps keeps its paragraphs', () => {
		const notes = {...captions, format: 'plain', remarks: captions.remarks.slice(11, 14)};
		const l = new ReaderLayout(notes, 60, null, speakerInfo(notes).prefix);
		expect(l.at(1).display).toBe('Bo: a reply\n\nin two cues');
		const rows = l.slice({index: 1, row: 0}, 3);
		expect(rows.map((r) => l.marginOf(r))).toEqual(['00:40 ', '      ', '00:42 ']);
	});

	test('one speaker only: runs stay runs; a cue of a run is shown, a hidden one is not', () => {
		const l = make(60, info.turns.get('a')!);
		expect(l.count).toBe(2);
		expect(l.shows(5)).toBe(true);
		expect(l.shows(12)).toBe(false);
		expect(l.indexAtOrAfter(12)).toBe(1);
		expect(l.indexAtOrAfter(7)).toBe(0);
	});

	test('untimed remarks and other speakers are not joined; a long run is cut without a gap', () => {
		const plain = make(60, null);
		const untimed = {...captions, remarks: captions.remarks.map((r) => ({...r, time: undefined}))};
		const u = new ReaderLayout(untimed, 60, null, speakerInfo(untimed).prefix);
		expect(u.count).toBe(15);
		expect(u.margin).toBe(0);
		expect(plain.count).toBe(3);
		const long = {
			...captions,
			remarks: Array.from({length: 400}, (_, i) => cue('a', 'x'.repeat(60), i)),
		};
		const l = new ReaderLayout(long, 80, null, speakerInfo(long).prefix);
		expect(l.count).toBeGreaterThan(1);
		expect(l.at(0).rows).toBe(l.at(0).lines.length);
		expect(l.at(1).display.startsWith('Ann')).toBe(false);
		expect(l.at(1).cont).toBe(true);
	});
});
