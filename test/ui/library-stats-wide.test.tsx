/**
 * Columns, not code points, in the Library and Stats: titles and speaker names with CJK, Hangul,
 * emoji (ZWJ families, skin tones, flags) and combining marks are cut by columns — a row never
 * runs past the window, its right column stays in place — and names are padded by columns, so
 * the bars after them line up.
 */
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Library} from '../../source/core/library.js';
import type {ReviewEntry} from '../../source/core/model.js';
import {makeTestStore} from '../helpers/store.js';
import {renderTerm, type Term} from '../helpers/ui-render.js';
import {loaded} from '../helpers/ui-transcripts.js';
import {checkWidths} from '../helpers/wide-frames.js';
import {wideTranscript} from '../helpers/wide-transcript.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

const LONG_TITLE =
	'日本語のとても長いタイトル 👨‍👩‍👧‍👦 한국어 제목 🇷🇺🇰🇿 Zoë Ångström ä́b 👍🏽 and more words to fill a wide window';

function wideLibrary(): Library {
	return {
		transcripts: [
			loaded(wideTranscript(), 'wide.txt'),
			loaded({...wideTranscript(), title: LONG_TITLE, date: '2024-05-02'}, 'long.txt'),
			loaded({...wideTranscript(), title: '短い 🚀', date: '2024-05-03'}, 'short.txt'),
		],
		skipped: 0,
		errors: [],
	};
}

const NAMES = [
	'Zoë Ångström',
	'李明',
	'김민준',
	'👨‍👩‍👧‍👦 Family 日本語 Speaker With A Long Name',
	'Moderator',
];

/** Reviews naming every speaker: each right once, and each taken for the next one once. */
function wideStore() {
	const store = makeTestStore();
	const now = Date.now();
	let at = now - 60_000;
	const review = (chosen: string, correct: string): ReviewEntry => ({
		card: `k:${at}`,
		at: at++,
		chosen,
		correct,
		ms: 2000,
		rating: chosen === correct ? 3 : 1,
		previous: null,
	});
	NAMES.forEach((name, i) => {
		store.appendReview(review(name, name));
		store.appendReview(review(NAMES[(i + 1) % NAMES.length]!, name));
	});
	return store;
}

for (const size of [
	{columns: 40, rows: 12},
	{columns: 100, rows: 30},
]) {
	describe(`wide characters at ${size.columns}×${size.rows}`, () => {
		test('Library: titles and speakers cut by columns; the progress column stays in view', async () => {
			term = renderTerm(<App library={wideLibrary()} store={makeTestStore()} />, size);
			const f = await term.waitFor('3 transcripts');
			checkWidths(term.frames(), size.columns, size.rows);
			const rows = f.split('\n').filter((l) => /^[› ] 2024-05-0\d/.test(l));
			expect(rows).toHaveLength(3);
			for (const row of rows) expect(row.trimEnd()).toMatch(/new$/);
			expect(f).toContain('Wide characters 日本');
			expect(f).toContain('短い 🚀');
			expect(f).toContain('日本語のとても');
			if (size.columns >= 100) expect(f).toContain(LONG_TITLE.slice(0, 40));
		});

		test('Stats: speaker names cut and padded by columns, the bars lined up', async () => {
			term = renderTerm(
				<App library={wideLibrary()} store={wideStore()} initial={{view: 'stats'}} />,
				size,
			);
			const t = term;
			let f = await t.waitFor('streak');
			// Every speaker row seen while scrolling to the end (short windows scroll).
			const bars = new Set<string>();
			const collect = (x: string) => {
				for (const l of x.split('\n')) if (/^\S.*\s[█░]{4}/.test(l)) bars.add(l);
			};
			collect(f);
			for (let i = 0; i < 40; i++) {
				const at = /rows \d+–(\d+)\/(\d+)/.exec(f.split('\n')[0]!);
				if (!at || at[1] === at[2]) break;
				t.press('j');
				f = await t.waitFor((x) => x !== f);
				collect(f);
			}
			checkWidths(t.frames(), size.columns, size.rows);
			expect(bars.size).toBe(NAMES.length);
			// The bar starts at the same column on every row, whatever the name's characters.
			const starts = [...bars].map((l) => stringWidth(l.slice(0, l.search(/[█░]{4}/))));
			expect(new Set(starts).size).toBe(1);
			const shown = [...bars].join('\n');
			for (const name of ['Zoë Ångström', '李明', '김민준', 'Moderator'])
				expect(shown).toContain(name);
			expect(shown).toContain('👨‍👩‍👧‍👦 Family');
		});
	});
}
