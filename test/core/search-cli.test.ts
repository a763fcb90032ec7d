import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run} from '../../source/commands/search.js';
import {UsageError} from '../../source/core/errors.js';
import {capture} from '../helpers/capture.js';

const file = 'data/kremlin-2017-12-27-nazarbayev.txt';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('verbatim search', () => {
	it('prints the DESIGN.md JSON contract, best first', async () => {
		const out = capture();
		expect(await run(['--json', '--limit', '3', 'Baikonur rockets new', file])).toBe(0);
		const hits = JSON.parse(out()) as Array<Record<string, unknown>>;
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.length).toBeLessThanOrEqual(3);
		for (const h of hits) {
			expect(Object.keys(h).sort()).toEqual(
				['file', 'matches', 'remark', 'score', 'speaker', 'text', 'title'].sort(),
			);
			expect(h.score).toBeGreaterThanOrEqual(0);
			expect(h.score).toBeLessThanOrEqual(1);
			for (const [s, e] of h.matches as Array<[number, number]>) {
				expect(s).toBeLessThan(e);
				expect(e).toBeLessThanOrEqual((h.text as string).length);
			}
		}
		expect(hits[0]!.text).toContain('Baikonur');
		expect(hits[0]!.speaker).toBe('Nursultan Nazarbayev');
		const scores = hits.map((h) => h.score as number);
		expect([...scores].sort((a, b) => a - b)).toEqual(scores);
	});

	it('prints one "speaker — title #turn: sentence" line per hit', async () => {
		const out = capture();
		expect(await run(['--limit', '2', '--speaker', 'nazar', "'Baikonur", file])).toBe(0);
		const lines = out().trimEnd().split('\n');
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(line).toMatch(/^Nursultan Nazarbayev — .+ #\d+: .*Baikonur/);
	});

	it('exits 1 when nothing matches and throws a usage error for a missing query or bad limit', async () => {
		capture();
		expect(await run(['zzqxjvw', file])).toBe(1);
		await expect(run([])).rejects.toBeInstanceOf(UsageError);
		await expect(run(['--limit', 'x', 'gas', file])).rejects.toBeInstanceOf(UsageError);
		await expect(run(['--limit', '0', 'gas', file])).rejects.toBeInstanceOf(UsageError);
	});
});

describe('verbatim search, the built app with its caches', () => {
	it('answers the same, citations too, once the library is kept (listed from its stamps)', () => {
		const home = mkdtempSync(join(tmpdir(), 'verbatim-search-home-'));
		const runs = [1, 2].map(() =>
			['--json', '--format=markdown'].map((flag) => {
				const r = spawnSync(process.execPath, ['dist/cli.js', 'search', flag, 'rockets', 'data'], {
					encoding: 'utf8',
					env: {...process.env, VERBATIM_HOME: home, NO_COLOR: '1'},
				});
				expect(r.status, r.stderr).toBe(0);
				return r.stdout;
			}),
		);
		expect(runs[0]![0]).toContain('Baikonur');
		expect(runs[0]![1]).toContain('Nazarbayev');
		expect(runs[1]).toEqual(runs[0]);
		expect(
			readdirSync(join(home, 'cache'), {recursive: true}).some((f) => /\.stamps$/.test(String(f))),
		).toBe(true);
	});
});
