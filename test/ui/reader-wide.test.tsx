/**
 * Columns, not code points: with CJK, emoji (skin tones, ZWJ families, flags, keycaps), combining
 * marks and soft hyphens, no frame line is wider than the terminal and paging shows every word.
 */
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import {makeTestStore} from '../helpers/store.js';
import {renderTerm, step, type Term} from '../helpers/ui-render.js';
import {loaded} from '../helpers/ui-transcripts.js';
import {wideTranscript, wideWords} from '../helpers/wide-transcript.js';

let term: Term | undefined;
afterEach(() => {
	term?.unmount();
	term = undefined;
});
const wideLibrary = () => ({
	transcripts: [loaded(wideTranscript(), 'wide.txt')],
	skipped: 0,
	errors: [],
});

function checkWidths(frames: string[], columns: number, rows: number) {
	for (const frame of frames) {
		const lines = frame.replace(/\n$/, '').split('\n');
		expect(lines.length).toBeLessThanOrEqual(rows);
		for (const line of lines) {
			if (stringWidth(line) > columns) throw new Error(`too wide (${stringWidth(line)}): ${line}`);
		}
	}
}

for (const size of [
	{columns: 40, rows: 12},
	{columns: 100, rows: 30},
]) {
	describe(`wide characters at ${size.columns}×${size.rows}`, () => {
		test('Read: every frame fits and paging shows every word', async () => {
			term = renderTerm(<App library={wideLibrary()} store={makeTestStore()} />, size);
			const t = term;
			let f = await t.waitFor('turn 1/');
			const seen: string[] = [];
			const body = (x: string) => x.split('\n').slice(1, -1);
			seen.push(...body(f));
			for (let i = 0; i < 40 && !f.split('\n')[0]!.includes('100%'); i++) {
				f = await step(t, ' ');
				seen.push(...body(f));
			}
			expect(f.split('\n')[0]).toContain('100%');
			checkWidths(t.frames(), size.columns, size.rows);
			// A word cut over two rows (too long, or at a soft hyphen drawn as "-") is found again
			// once the rows are joined.
			const joined = seen
				.map((r) => r.trimEnd().replace(/-$/, ''))
				.join('')
				.replaceAll(' ', '');
			const missing = wideWords().filter((w) => !joined.includes(w));
			expect(missing).toEqual([]);
		});

		test('Search: hits, preview and the hit opened in Read fit', async () => {
			term = renderTerm(
				<App library={wideLibrary()} store={makeTestStore()} initial={{view: 'search'}} />,
				size,
			);
			const t = term;
			await t.waitFor((f) => f.startsWith('Search'));
			for (const query of ['family', '日本語', 'review', 'café']) {
				await t.type(query);
				await t.waitFor((f) => / of |no matches/.test(f.split('\n')[0]!), `hits for ${query}`);
				await step(t, '\t');
				await step(t, '\t');
				await step(t, '\u0015'); // Ctrl+U clears the line
			}
			await t.type('families');
			await t.waitFor((f) => / of /.test(f.split('\n')[0]!));
			await step(t, '\r', (f) => f.includes('turn '));
			checkWidths(t.frames(), size.columns, size.rows);
		});

		test('Quiz: questions and answers fit', async () => {
			term = renderTerm(
				<App library={wideLibrary()} store={makeTestStore()} initial={{view: 'quiz'}} />,
				size,
			);
			const t = term;
			await t.waitFor(
				(f) => /^Quiz/.test(f) && !f.includes('loading') && !f.includes('Preparing'),
				'a question',
			);
			// A question with its options is on screen (the fixture has quotes of 8–60 words).
			expect(t.frame()).toMatch(/› 1\. /);
			for (let i = 0; i < 4; i++) {
				await t.tap('1');
				await t.tap('\r');
			}
			checkWidths(t.frames(), size.columns, size.rows);
		});
	});
}
