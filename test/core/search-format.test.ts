/** `verbatim search --format`: hits as quotes with their source, as `verbatim bookmarks` does. */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run} from '../../source/commands/search.js';
import {UsageError} from '../../source/core/errors.js';
import {capture} from '../helpers/capture.js';

const file = 'data/kremlin-2017-12-27-nazarbayev.txt';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('verbatim search --format', () => {
	it('text: “sentence” — Speaker, Title, date (turn N)', async () => {
		const out = capture();
		expect(await run(['--format', 'text', '--limit', '1', "'Baikonur", file])).toBe(0);
		expect(out()).toMatch(
			/^“.*Baikonur.*” — (Vladimir Putin|Nursultan Nazarbayev), Meeting with President of Kazakhstan Nursultan Nazarbayev, 2017-12-27 \(turn [23]\)\n$/,
		);
	});

	it('markdown, csv and json records', async () => {
		let out = capture();
		await run(['--format', 'markdown', '--limit', '1', "'Baikonur", file]);
		expect(out()).toMatch(
			/^> .*Baikonur.*\n>\n> — \*\*(Vladimir Putin|Nursultan Nazarbayev)\*\*, \*Meeting with/,
		);
		vi.restoreAllMocks();
		out = capture();
		await run(['--format', 'csv', '--limit', '1', "'Baikonur", file]);
		expect(out().split('\r\n')[0]).toBe('quote,speaker,role,title,date,turn,time,file,note');
		vi.restoreAllMocks();
		out = capture();
		await run(['--format', 'json', '--limit', '1', "'Baikonur", file]);
		expect(JSON.parse(out())).toMatchObject([
			{title: 'Meeting with President of Kazakhstan Nursultan Nazarbayev'},
		]);
	});

	it('an unknown format is a usage error', async () => {
		await expect(run(['--format', 'yaml', 'energy', file])).rejects.toThrow(UsageError);
	});
});
