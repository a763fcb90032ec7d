/**
 * Columns, not code points, in Search: with the wide-character fixture (CJK, emoji with skin
 * tones, ZWJ families, flags, keycaps, combining marks, soft hyphens) no frame line is wider than
 * the terminal, and the hit rows and previews of a few queries show every word of its sentences.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {createSearcher} from '../../source/core/search.js';
import {LibrarySessions} from '../../source/ui/state/sessions.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {loaded} from '../helpers/ui-transcripts.js';
import {Coverage, checkWidths} from '../helpers/wide-frames.js';
import {wideTranscript} from '../helpers/wide-transcript.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

/** One query per part of the fixture: between them their hits cover every sentence. */
const QUERIES = [
	'launch',
	'approved',
	'我们',
	'東京',
	'café',
	'Families',
	'keycaps',
	'한국어',
	'여러분',
	'fragilistic',
	'hensi',
	'Mixed',
	'and',
	'emoji',
	'characters',
	'再见',
	'Closing',
	'Thanks',
];

const header = (f: string) => f.split('\n')[0]!;
const queryLine = (f: string) => f.split('\n')[1]!.trimEnd();
/** The rows under the query line, the footer excluded. */
const body = (f: string) => f.replace(/\n$/, '').split('\n').slice(2, -1);

for (const size of [
	{columns: 40, rows: 12},
	{columns: 100, rows: 30},
]) {
	describe(`wide characters in Search at ${size.columns}×${size.rows}`, () => {
		test('every frame fits; the hits and previews show every word of the sentences', async () => {
			const library = {transcripts: [loaded(wideTranscript(), 'wide.txt')], skipped: 0, errors: []};
			const sessions = new LibrarySessions((l) => createSearcher(l));
			term = renderTerm(
				<App
					library={library}
					store={makeTestStore()}
					initial={{view: 'search'}}
					sessions={sessions}
				/>,
				size,
			);
			const t = term;
			await t.waitFor('Type a few words');
			const seen = new Coverage();
			for (const query of QUERIES) {
				t.press(query);
				let f = await t.waitFor(
					(x) => queryLine(x).endsWith(query) && / of \d+$/.test(header(x)),
					`the hits of ${query}`,
				);
				if (!f.includes('──')) f = await step(t, keys.tab, (x) => x.includes('──'));
				const count = Number(/(\d+) of \d+$/.exec(header(f))![1]);
				seen.addFrame(body(f));
				for (let i = 1; i < count; i++) {
					f = await step(t, keys.down);
					seen.addFrame(body(f));
				}
				t.press(keys.escape);
				await t.waitFor((x) => x.includes('Type a few words'), 'the empty line');
			}
			// A query wider than the line: the line keeps the cursor's end in view, by whole clusters.
			const long =
				'日本語テキスト 👨‍👩‍👧‍👦 🇷🇺 café ä́b 👍🏽 한국어 문장도 잘 표시되어야 합니다 extra words 終わり';
			t.press(long);
			const f = await t.waitFor((x) => queryLine(x).includes('終わり'), 'the long query');
			expect(long.endsWith(queryLine(f).replace(/^\/ /, '').replace(/█$/, '').trimEnd())).toBe(
				true,
			);
			checkWidths(t.frames(), size.columns, size.rows);
			const sentences = wideTranscript().remarks.flatMap((r) => r.paragraphs);
			expect(sentences.flatMap((s) => seen.missing(s))).toEqual([]);
		});
	});
}
