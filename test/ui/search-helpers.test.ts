/**
 * The Search view's pure helpers: a sentence cut around its matches, hit rows, the count, the Read
 * request (offsets converted to the reader's "\n\n" paragraphs), history walking, key claims.
 */
import {describe, expect, test} from 'vitest';
import type {SearchHit} from '../../source/core/search.js';
import {textWidth} from '../../source/core/wrap.js';
import {remarkText} from '../../source/ui/reader/layout.js';
import {
	countText,
	hitRow,
	hitRowText,
	readerOffset,
	readRequest,
} from '../../source/ui/search/format.js';
import {newer, notWalking, older} from '../../source/ui/search/history.js';
import {searchClaims, searchCommand} from '../../source/ui/search/keys.js';
import {editLine} from '../../source/ui/search/line.js';
import {previewRows} from '../../source/ui/search/preview.js';
import {markRuns, snippet} from '../../source/ui/search/snippet.js';
import {handLibrary} from '../helpers/search-fixtures.js';

const text = (runs: {text: string}[]) => runs.map((r) => r.text).join('');
const marked = (runs: {text: string; mark: boolean}[]) =>
	runs.filter((r) => r.mark).map((r) => r.text);

const long =
	'In the first half of the year we agreed with our partners on many things, and later on the new rockets that will be launched at Baikonur in the autumn, as planned by the agency.';

function hit(over: Partial<SearchHit> = {}): SearchHit {
	return {
		sentence: 0,
		transcript: 0,
		key: 'k0',
		file: '/tmp/doc0.txt',
		title: 'Talks on energy',
		remark: 1,
		paragraph: 0,
		start: 0,
		speaker: 'Vladimir Putin',
		text: 'We discussed energy issues at length.',
		score: 0,
		matches: [[13, 19]],
		...over,
	};
}

describe('snippet', () => {
	test('a sentence that fits is whole, its matches marked', () => {
		const runs = snippet('We discussed energy issues.', [[13, 19]], 80);
		expect(text(runs)).toBe('We discussed energy issues.');
		expect(marked(runs)).toEqual(['energy']);
	});

	test('a long sentence is cut around the match, at word starts, within the width', () => {
		const at = long.indexOf('Baikonur');
		for (const width of [30, 40, 60]) {
			const runs = snippet(long, [[at, at + 8]], width);
			const shown = text(runs);
			expect(textWidth(shown)).toBeLessThanOrEqual(width);
			expect(marked(runs)).toEqual(['Baikonur']);
			expect(shown.startsWith('…')).toBe(true);
			// The cut starts at a word: the character after "…" begins a word of the sentence.
			const first = shown.slice(1).split(' ')[0]!;
			expect(long).toMatch(new RegExp(`(^| )${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
		}
	});

	test('the window shows the most matched characters', () => {
		const a = long.indexOf('first');
		const b = long.indexOf('rockets');
		const c = long.indexOf('Baikonur');
		const runs = snippet(
			long,
			[
				[a, a + 5],
				[b, b + 7],
				[c, c + 8],
			],
			50,
		);
		expect(marked(runs)).toEqual(['rockets', 'Baikonur']);
	});

	test('a match at the end: the window reaches back to fill the width', () => {
		const at = long.indexOf('agency');
		const shown = text(snippet(long, [[at, at + 6]], 40));
		expect(shown.endsWith('by the agency.')).toBe(true);
		expect(textWidth(shown)).toBeGreaterThan(30);
	});

	test('markRuns splits by ranges, in any order, clipped to the window', () => {
		expect(
			markRuns('abcdefgh', [
				[5, 7],
				[1, 3],
			]),
		).toEqual([
			{text: 'a', mark: false},
			{text: 'bc', mark: true},
			{text: 'de', mark: false},
			{text: 'fg', mark: true},
			{text: 'h', mark: false},
		]);
		expect(markRuns('abcdefgh', [[1, 6]], 3, 5)).toEqual([{text: 'de', mark: true}]);
	});
});

describe('hit rows and the count', () => {
	test('speaker · title · sentence, the title only when wide enough', () => {
		expect(hitRowText(hitRow(hit(), 98))).toBe(
			'Vladimir Putin · Talks on energy · We discussed energy issues at length.',
		);
		const narrow = hitRow(hit(), 38);
		expect(narrow.title).toBe('');
		expect(textWidth(hitRowText(narrow))).toBeLessThanOrEqual(38);
		expect(hitRow(hit({speaker: null}), 98).speaker).toBe('narration');
	});

	test('"12 of 3,400", "+" when the count is a lower bound', () => {
		const hits = Array.from({length: 12}, () => hit());
		expect(countText({query: 'x', hits, total: 3400, exhaustive: true})).toBe('12 of 3,400');
		expect(countText({query: 'x', hits, total: 3400, exhaustive: false})).toBe('12 of 3,400+');
		expect(countText({query: 'x', hits: [], total: 0, exhaustive: true})).toBe('no matches');
	});
});

describe('the Read request of a hit', () => {
	const library = handLibrary([
		[
			'Talks',
			[
				[
					'Vladimir Putin',
					'First paragraph here.\nSecond one. We also talked about trade with syria.',
				],
			],
		],
	]);
	const loaded = library.transcripts[0]!;

	test('offsets count "\\n\\n" between paragraphs, as the reader does', () => {
		const sentence = 'We also talked about trade with syria.';
		const joined = loaded.transcript.remarks[0]!.paragraphs.join('\n');
		const h = hit({
			remark: 0,
			paragraph: 1,
			start: joined.indexOf(sentence),
			text: sentence,
			matches: [[32, 37]],
		});
		const reader = remarkText(loaded.transcript, 0);
		expect(reader.slice(readerOffset(h), readerOffset(h) + sentence.length)).toBe(sentence);
		const request = readRequest(h, loaded, 100);
		expect(request).toMatchObject({key: 'k0', turn: 0, returnTo: 'search'});
		const [mark] = request.highlights!;
		expect(reader.slice(mark!.start, mark!.end)).toBe('syria');
		expect(mark!.turn).toBe(0);
		// Near the start of the turn: the top shows the turn from its label.
		expect(request.offset).toBe(0);
	});

	test('a match deep in a long turn: the top line is the match, so it shows', () => {
		const words = Array.from({length: 120}, (_, i) => `word${i}`).join(' ');
		const deep = handLibrary([['Long', [['Vladimir Putin', `${words} and then Baikonur.`]]]]);
		const text = deep.transcripts[0]!.transcript.remarks[0]!.paragraphs[0]!;
		const at = text.indexOf('Baikonur');
		const h = hit({remark: 0, text, matches: [[at, at + 8]]});
		const request = readRequest(h, deep.transcripts[0], 40, 10);
		expect(request.offset).toBe(at);
		// In a big window the same match is near enough: the turn from its label.
		expect(readRequest(h, deep.transcripts[0], 200, 60).offset).toBe(0);
	});

	test('no marked characters: the whole sentence is highlighted', () => {
		const h = hit({remark: 0, text: 'First paragraph here.', matches: []});
		const [mark] = readRequest(h, loaded, 100).highlights!;
		expect(remarkText(loaded.transcript, 0).slice(mark!.start, mark!.end)).toBe(
			'First paragraph here.',
		);
	});
});

describe('the preview', () => {
	const words = Array.from({length: 60}, (_, i) => `word${i}`).join(' ');
	const library = handLibrary([
		[
			'Talks',
			[
				['Question', 'What about the cosmodrome?'],
				['Vladimir Putin', `First sentence here. ${words} and Baikonur at last.`],
				['Question', 'Thank you.'],
			],
		],
	]);
	const loaded = library.transcripts[0]!;
	const paragraph = loaded.transcript.remarks[1]!.paragraphs[0]!;
	const start = paragraph.indexOf(words);
	const sentence = paragraph.slice(start);
	const at = sentence.indexOf('Baikonur');
	const h = hit({remark: 1, start, text: sentence, matches: [[at, at + 8]]});
	const rowText = (row: {text: string}[]) => row.map((s) => s.text).join('');

	test('the turns around the hit, labelled; the match is marked and its row returned', () => {
		const {rows, hitRow} = previewRows(loaded, h, 60, 50);
		const text = rows.map(rowText);
		expect(text[0]).toBe('Question: What about the cosmodrome?');
		expect(text.at(-1)).toBe('Question: Thank you.');
		expect(text[hitRow]).toContain('Baikonur');
		const marked = rows.flat().filter((s) => s.mark === 2);
		expect(marked.map((s) => s.text)).toEqual(['Baikonur']);
	});

	test('a short preview still shows the first match', () => {
		for (const n of [2, 3, 5]) {
			const {rows, hitRow} = previewRows(loaded, h, 40, n);
			expect(rows).toHaveLength(n);
			expect(rowText(rows[hitRow]!)).toContain('Baikonur');
		}
	});
});

describe('history and keys', () => {
	const history = ['gas', "'Syria", 'energy'];

	test('older from an empty line, newer back to the draft', () => {
		let step = older(history, notWalking, '')!;
		expect(step.query).toBe('gas');
		step = older(history, step.walk, step.query)!;
		expect(step.query).toBe("'Syria");
		step = older(history, step.walk, step.query)!;
		expect(step.query).toBe('energy');
		expect(older(history, step.walk, step.query)).toBeNull();
		let back = newer(history, step.walk);
		expect(back.query).toBe("'Syria");
		back = newer(history, back.walk);
		back = newer(history, back.walk);
		expect(back).toEqual({walk: notWalking, query: ''});
	});

	test('the line just searched is skipped; the draft comes back', () => {
		const step = older(history, notWalking, 'gas')!;
		expect(step.query).toBe("'Syria");
		expect(newer(history, {at: 0, draft: 'gas'}).query).toBe('gas');
	});

	test('printable keys are claimed (q, digits); ? and Tab only on a non-empty line', () => {
		expect(searchClaims('', 'q', {})).toBe(true);
		expect(searchClaims('', '2', {})).toBe(true);
		expect(searchClaims('', '?', {})).toBe(false);
		expect(searchClaims('x', '?', {})).toBe(true);
		expect(searchClaims('', '', {tab: true})).toBe(false);
		expect(searchClaims('x', '', {tab: true})).toBe(true);
		expect(searchClaims('x', 'c', {ctrl: true})).toBe(false);
	});

	test('↑ walks the history on an empty line, moves the selection otherwise', () => {
		const line = (query: string, walking = false) => ({query, walking});
		expect(searchCommand('', {upArrow: true}, line(''))).toBe('history-older');
		expect(searchCommand('', {upArrow: true}, line('gas'))).toBe('up');
		expect(searchCommand('', {upArrow: true}, line('gas', true))).toBe('history-older');
		expect(searchCommand('', {downArrow: true}, line('gas', true))).toBe('history-newer');
		expect(searchCommand('n', {ctrl: true}, line('gas', true))).toBe('down');
		expect(searchCommand('p', {ctrl: true}, line(''))).toBe('up');
		expect(searchCommand('r', {ctrl: true}, line('gas'))).toBe('history-older');
		expect(searchCommand('', {escape: true}, line('gas'))).toBe('clear');
		expect(searchCommand('', {escape: true}, line(''))).toBe('leave');
		expect(searchCommand('', {return: true}, line('gas'))).toBe('open');
		expect(searchCommand('', {tab: true}, line('gas'))).toBe('preview');
		expect(searchCommand('', {home: true}, line('gas'))).toBe('first');
		expect(searchCommand('', {end: true}, line('gas'))).toBe('last');
		expect(searchCommand('u', {ctrl: true}, line('gas'))).toBe('clear');
		expect(searchCommand('x', {}, line('gas'))).toBeNull();
	});
});

describe('the query line', () => {
	const at = (text: string, cursor = text.length) => ({text, cursor});

	test('typing inserts at the cursor; ←/→ and Ctrl+A/Ctrl+E move it', () => {
		expect(editLine(at('gs', 1), 'a', {})).toEqual(at('gas', 2));
		expect(editLine(at('gas'), '', {leftArrow: true})).toEqual(at('gas', 2));
		expect(editLine(at('gas', 3), '', {rightArrow: true})).toEqual(at('gas', 3));
		expect(editLine(at('gas', 3), 'a', {ctrl: true})).toEqual(at('gas', 0));
		expect(editLine(at('gas', 0), 'e', {ctrl: true})).toEqual(at('gas', 3));
		// A paste arrives whole; control characters are dropped.
		expect(editLine(at(''), 'energy\r', {})).toEqual(at('energy'));
	});

	test('Backspace and Ctrl+W delete before the cursor', () => {
		expect(editLine(at('gas', 2), '', {backspace: true})).toEqual(at('gs', 1));
		expect(editLine(at('gas', 0), '', {backspace: true})).toEqual(at('gas', 0));
		expect(editLine(at('energy issues '), 'w', {ctrl: true})).toEqual(at('energy '));
		expect(editLine(at('energy issues now', 13), 'w', {ctrl: true})).toEqual(at('energy  now', 7));
	});

	test('←/→ and Backspace step over whole clusters (emoji with modifiers, families, marks)', () => {
		const family = '👨‍👩‍👧‍👦';
		const thumb = '👍🏽';
		const mark = 'a\u0308\u0301';
		const text = `a${family}${thumb}${mark}`;
		const end = text.length;
		const beforeMark = end - mark.length;
		const beforeThumb = beforeMark - thumb.length;
		expect(editLine(at(text), '', {leftArrow: true})).toEqual(at(text, beforeMark));
		expect(editLine(at(text, beforeMark), '', {leftArrow: true})).toEqual(at(text, beforeThumb));
		expect(editLine(at(text, beforeThumb), '', {leftArrow: true})).toEqual(at(text, 1));
		expect(editLine(at(text, 1), '', {rightArrow: true})).toEqual(at(text, beforeThumb));
		expect(editLine(at(text, beforeMark), '', {backspace: true})).toEqual(
			at(`a${family}${mark}`, beforeThumb),
		);
	});

	test('command keys do not edit the line (Ctrl+N would type an "n")', () => {
		for (const key of [
			{ctrl: true},
			{upArrow: true},
			{downArrow: true},
			{return: true},
			{escape: true},
			{tab: true},
			{home: true},
			{end: true},
		])
			expect(editLine(at('gas'), 'n', key)).toBeNull();
	});
});
