import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {
	columnsEnd,
	columnsStart,
	drawnText,
	padText,
	quickWidth,
	textWidth,
	truncateParts,
	truncateText,
	wrapText,
} from '../../source/core/wrap.js';

const lines = (text: string, width: number) =>
	wrapText(text, width).map((l) => text.slice(l.start, l.end));

describe('wrapText', () => {
	test('breaks at spaces and keeps every line within the width', () => {
		const text = 'the quick brown fox jumps over the lazy dog again and again';
		const out = lines(text, 12);
		expect(out).toEqual([
			'the quick',
			'brown fox',
			'jumps over',
			'the lazy dog',
			'again and',
			'again',
		]);
		for (const l of out) expect(textWidth(l)).toBeLessThanOrEqual(12);
	});

	test('keeps every word, in order', () => {
		const text = 'Our trade grew by over 34 percent in the first ten months of the year.';
		for (const width of [8, 9, 17, 40, 100]) {
			expect(lines(text, width).join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
		}
	});

	test('cuts a word longer than the width', () => {
		expect(lines('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
	});

	test('a newline ends a line and a blank line separates paragraphs', () => {
		expect(lines('one two\n\nthree', 20)).toEqual(['one two', '', 'three']);
	});

	test('ranges map back to offsets in the text', () => {
		const text = 'alpha beta gamma delta';
		const ranges = wrapText(text, 11);
		expect(ranges[1]).toEqual({start: 11, end: 22});
	});

	test('wide characters take two columns', () => {
		expect(textWidth('日本')).toBe(4);
		expect(lines('日本語のテキスト', 6)).toEqual(['日本語', 'のテキ', 'スト']);
	});

	test('empty text is one empty line', () => {
		expect(wrapText('', 10)).toEqual([{start: 0, end: 0}]);
	});

	test('emoji with modifiers, ZWJ families and combining marks are never split or overflow', () => {
		const text =
			'Launch 🚀 done ✅ fast ⚡ love ❤️ ok 👍🏽 family 👨‍👩‍👧‍👦 café cafe\u0301 Zoë naïve a\u0308\u0301b';
		for (const width of [1, 2, 3, 5, 8, 13, 40]) {
			const ranges = wrapText(text, width);
			const shown = ranges.map((l) => text.slice(l.start, l.end));
			for (const l of shown) expect(stringWidth(l)).toBeLessThanOrEqual(Math.max(width, 2));
			// Nothing lost: the lines with the spaces between them give the text back.
			expect(shown.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
			// No cluster is cut: every line starts and ends on a grapheme boundary.
			const bounds = new Set(
				[...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)].map(
					(s) => s.index,
				),
			);
			bounds.add(text.length);
			for (const l of ranges) {
				expect(bounds.has(l.start)).toBe(true);
				expect(bounds.has(l.end)).toBe(true);
			}
		}
	});

	test('an emoji is two columns: four rockets fill eight columns', () => {
		expect(lines('🚀🚀🚀🚀🚀', 8)).toEqual(['🚀🚀🚀🚀', '🚀']);
		expect(textWidth('👍🏽')).toBe(2);
		expect(textWidth('👨‍👩‍👧‍👦')).toBe(2);
		expect(textWidth('cafe\u0301')).toBe(4);
	});

	test('a soft hyphen is invisible, and a break there draws "-"', () => {
		const text = 'extra\u00ADordinary';
		const ranges = wrapText(text, 8);
		expect(ranges.map((l) => drawnText(text, l))).toEqual(['extra-', 'ordinary']);
		expect(drawnText(text, wrapText(text, 40)[0]!)).toBe('extraordinary');
	});

	test('lines are full: measured as string-width does, the next word would not fit', () => {
		const text =
			'Документ “Transcript” — the ‘meeting’… 我们今天讨论能源合作 한국어 문장도 café Zoë naïve ÅngströmÅngström 1️⃣ 🇷🇺🇰🇿 👨‍👩‍👧‍👦 ok';
		for (const width of [6, 9, 14, 23, 31]) {
			const shown = lines(text, width);
			shown.forEach((line, k) => {
				expect(stringWidth(line)).toBeLessThanOrEqual(width);
				const next = shown[k + 1]?.split(' ')[0];
				if (next && !line.includes(' ') && stringWidth(line) < width - 1) return;
				if (next) expect(stringWidth(`${line} ${next}`)).toBeGreaterThan(width);
			});
		}
	});

	test('the shortcut widths agree with string-width on every code point they answer for', () => {
		const wrong: string[] = [];
		for (let code = 0; code < 0x10000; code++) {
			const quick = quickWidth(code);
			if (quick > 0 && quick !== stringWidth(String.fromCharCode(code)))
				wrong.push(code.toString(16));
		}
		expect(wrong).toEqual([]);
	});
});

describe('truncateText, padText, columnsEnd, columnsStart: columns, whole clusters', () => {
	const family = '👨‍👩‍👧‍👦';
	const text = `日本語 ${family} 👍🏽 🇷🇺 café ä́b`;

	test('cuts by columns with "…", never inside a cluster, never past the width', () => {
		expect(truncateText('short', 10)).toBe('short');
		expect(truncateText('abc', 0)).toBe('');
		for (let w = 1; w <= textWidth(text) + 1; w++) {
			const out = truncateText(text, w);
			expect(stringWidth(out)).toBeLessThanOrEqual(w);
			// What is kept is a prefix of whole clusters (the family is whole or gone).
			const kept = out.replace(/…$/, '');
			expect(text.startsWith(kept)).toBe(true);
			if (kept.includes('👨')) expect(kept).toContain(family);
		}
		expect(truncateText(text, 6)).toBe('日本…');
		expect(truncateText(text, 7)).toBe('日本語…');
		expect(truncateText(text, 9)).toBe('日本語…');
		expect(truncateText(text, 10)).toBe(`日本語 ${family}…`);
	});

	test('from the start: the end of the text after "…"', () => {
		expect(truncateText(text, 5, true)).toBe('…é ä́b');
		expect(truncateText(text, 4, true)).toBe('…ä́b');
		expect(stringWidth(truncateText(text, 12, true))).toBeLessThanOrEqual(12);
	});

	test('pads by columns', () => {
		expect(padText('李明', 6)).toBe('李明  ');
		expect(stringWidth(padText(family, 5))).toBe(5);
		expect(padText('Zoë Ångström', 4)).toBe('Zoë Ångström');
	});

	test('columnsEnd and columnsStart step over whole clusters', () => {
		const s = `a${family}b`;
		expect(columnsEnd(s, 0, 2)).toBe(1);
		expect(columnsEnd(s, 0, 3)).toBe(1 + family.length);
		expect(columnsStart(s, s.length, 2)).toBe(s.length - 1);
		expect(columnsStart(s, s.length, 3)).toBe(1);
	});
});

describe('truncateParts: a line of styled parts cut as truncateText cuts it whole', () => {
	test('keeps parts that fit, ends the cut part with "…" and empties those after it', () => {
		const parts = ['2010-06-09  ', 'A long title', ' · Speaker One'];
		expect(truncateParts(parts, 60)).toEqual(parts);
		expect(truncateParts(parts, 38)).toEqual(parts);
		for (let width = 0; width <= 38; width++) {
			const cut = truncateParts(parts, width);
			expect(cut.join(''), String(width)).toBe(truncateText(parts.join(''), width) || '');
		}
		expect(truncateParts(parts, 18)).toEqual(['2010-06-09  ', 'A lon…', '']);
		expect(truncateParts(['日本語', 'abc'], 5)).toEqual(['日本…', '']);
	});
});
