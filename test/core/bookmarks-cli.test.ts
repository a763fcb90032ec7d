/** `verbatim bookmarks`: saved bookmarks as quotes, in four formats; exit 1 when none. */
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {loadBytes} from '../../source/core/library.js';
import {parseBytes} from '../../source/core/transcript.js';
import {verbatim as run} from '../helpers/cli.js';
import {makeTestStore} from '../helpers/store.js';

const file = 'data/kremlin-2017-12-27-nazarbayev.txt';
const key = loadBytes(readFileSync(file), file, parseBytes).key;

function verbatim(home: string, ...args: string[]) {
	return run(['bookmarks', ...args], {env: {VERBATIM_HOME: home}});
}

describe('verbatim bookmarks', () => {
	const store = makeTestStore();
	const empty = makeTestStore();
	// Turn 3 (Nazarbayev), in his third paragraph.
	store.addBookmark(key, {turn: 2, offset: 400, note: 'Syria', created: 1});
	store.flush();

	test('text: “quote” — Speaker, Title, date (turn N) [note]', async () => {
		const {code, out, err} = await verbatim(store.dir, file);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toMatch(
			/^“It was not an easy year for Russia\..*” — Nursultan Nazarbayev, Meeting with President of Kazakhstan Nursultan Nazarbayev, 2017-12-27 \(turn 3\) \[Syria\]\n$/,
		);
	});

	test('markdown, csv and json', async () => {
		expect((await verbatim(store.dir, '--format', 'markdown', file)).out).toMatch(
			/^> It was not an easy year.*\n>\n> — \*\*Nursultan Nazarbayev\*\*, \*Meeting with President of Kazakhstan Nursultan Nazarbayev\*, 2017-12-27 \(turn 3\)\n\nNote: Syria\n$/,
		);
		const csv = (await verbatim(store.dir, '--format', 'csv', file)).out.split('\r\n');
		expect(csv[0]).toBe('quote,speaker,role,title,date,turn,time,file,note');
		expect(csv[1]).toMatch(
			/^"?It was not an easy year.*,Nursultan Nazarbayev,President of Kazakhstan,.*,3,,.*,Syria$/,
		);
		const json = JSON.parse((await verbatim(store.dir, '--format', 'json', file)).out);
		expect(json).toMatchObject([{speaker: 'Nursultan Nazarbayev', turn: 3, note: 'Syria'}]);
	});

	test('none: exit 1 (json prints []); a bad --format: exit 2', async () => {
		expect(await verbatim(empty.dir, file)).toMatchObject({code: 1, out: ''});
		expect(await verbatim(empty.dir, '--format', 'json', file)).toMatchObject({
			code: 1,
			out: '[]\n',
		});
		const bad = await verbatim(empty.dir, '--format', 'yaml', file);
		expect(bad.code).toBe(2);
		expect(bad.err).toMatch(/^verbatim: --format must be one of text, markdown, csv, json/);
	});
});
