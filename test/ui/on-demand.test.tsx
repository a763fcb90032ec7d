/**
 * A library held as outlines, as the app holds it when it opens from the index cache: the
 * Library draws from the outlines as from the whole transcripts, Read reads the text when it
 * opens, a search hit's preview and Enter read the hit's transcript (and open at its turn), the
 * quiz reads the library it draws from; nothing else is read.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/app.js';
import type {Library} from '../../source/core/library.js';
import {outlineEntry} from '../../source/core/outline.js';
import {openParseCache, type ParseCache} from '../../source/core/parse-cache.js';
import {createSearcher} from '../../source/core/search.js';
import {TranscriptTexts} from '../../source/core/texts.js';
import type {AppState} from '../../source/ui/state/app-state.js';
import {LibrarySessions} from '../../source/ui/state/sessions.js';
import {meeting, ministers, presser} from '../helpers/quiz-fixtures.js';
import {makeTestStore} from '../helpers/store.js';
import {keys, renderTerm, step, type Term} from '../helpers/ui-render.js';
import {loaded} from '../helpers/ui-transcripts.js';

let term: Term | undefined;
afterEach(() => term?.unmount());

const version = 'abcdef0123456789';

function wholeLibrary(): Library {
	return {
		transcripts: [
			loaded(meeting, 'meeting.txt'),
			loaded(presser, 'presser.txt'),
			loaded(ministers, 'ministers.txt'),
		],
		skipped: 0,
		errors: [],
	};
}

/** The library as outlines, its text in a parse cache that lists the keys read. */
async function outlines() {
	const whole = wholeLibrary();
	const root = mkdtempSync(join(tmpdir(), 'verbatim-on-demand-'));
	const cache = openParseCache(root, version)!;
	for (const t of whole.transcripts) cache.put(t.key, t.transcript);
	await cache.settled();
	const read: string[] = [];
	const counting: ParseCache = {
		get: (key) => {
			read.push(key);
			return cache.get(key);
		},
		put: cache.put,
		settled: cache.settled,
	};
	const library = {...whole, transcripts: whole.transcripts.map(outlineEntry)};
	const texts = new TranscriptTexts(counting);
	const title = (key: string) => whole.transcripts.find((t) => t.key === key)!.transcript.title;
	return {whole, library, texts, read, title, parse: {root, version}};
}

function open(
	library: Library,
	texts: TranscriptTexts | undefined,
	parse: {root: string; version: string} | null,
	initial: Partial<AppState> = {view: 'library'},
) {
	const sessions = new LibrarySessions((l) => createSearcher(l, {inWorker: false, parse}));
	term = renderTerm(
		<App
			library={library}
			store={makeTestStore()}
			initial={initial}
			sessions={sessions}
			texts={texts}
		/>,
		{columns: 100, rows: 30},
	);
	return term;
}

const header = (f: string) => f.split('\n')[0]!;

describe('a library held as outlines', () => {
	test('the Library is drawn as from the whole transcripts, and reads no text', async () => {
		const o = await outlines();
		const whole = open(o.whole, undefined, null);
		const expected = await whole.waitFor('3 transcripts');
		whole.unmount();
		const t = open(o.library, o.texts, o.parse);
		expect(await t.waitFor('3 transcripts')).toBe(expected);
		expect(o.read).toEqual([]);
	});

	test('Read reads the text of the transcript opened, and only that one', async () => {
		const o = await outlines();
		const t = open(o.library, o.texts, o.parse);
		await t.waitFor('3 transcripts');
		const f = await step(t, keys.enter, (x) => x.includes('Mr Nazarbayev,'));
		expect(header(f)).toContain('Meeting with President of Kazakhstan');
		expect(o.read).toEqual([o.whole.transcripts[0]!.key]);
	});

	test('a search hit previews and opens at its turn; the quiz reads what it draws from', async () => {
		const o = await outlines();
		const t = open(o.library, o.texts, o.parse, {view: 'search'});
		await t.waitFor('Type a few words');
		await t.type("'TurkStream");
		await t.waitFor((x) => / 1 of 1$/.test(header(x)));
		await step(t, keys.tab, (x) => x.includes('── Press statements following talks'));
		const f = await step(t, keys.enter, (x) => header(x).startsWith('Press statements'));
		expect(f).toContain('turn 3/3');
		expect(f).toContain('The TurkStream gas pipeline is being built on schedule');
		// Esc back to Search, then the quiz: it reads every transcript, and asks.
		await step(t, keys.escape, (x) => header(x).startsWith('Search'));
		await step(t, keys.escape, (x) => x.includes('Type a few words'));
		await step(t, keys.escape, (x) => header(x).startsWith('Library'));
		await step(t, '3', (x) => /› 1\. /.test(x));
		expect(new Set(o.read)).toEqual(new Set(o.whole.transcripts.map((x) => x.key)));
	});
});
