import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const home = mkdtempSync(join(tmpdir(), 'verbatim-app-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

function verbatim(...args: string[]) {
	const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1', VERBATIM_HOME: home},
		input: '',
	});
	return {code: r.status, out: r.stdout, err: r.stderr};
}

describe('verbatim [PATH…] without a terminal', () => {
	it('prints the bundled transcript as plain text and exits 0', () => {
		const {code, out, err} = verbatim();
		expect(code).toBe(0);
		expect(err).toBe('');
		expect(out.split('\n')[0]).toBe('Meeting with President of Kazakhstan Nursultan Nazarbayev');
		expect(out).toContain('Nursultan Nazarbayev');
	});

	it('--new-per-day saves the daily limit of new quiz quotes in the settings', () => {
		expect(verbatim('--new-per-day', '7').code).toBe(0);
		const saved = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
		expect(saved.settings.newPerDay).toBe(7);
	});

	it('rejects bad flag values and unknown flags with exit 2 and one line', () => {
		for (const args of [['--new-per-day', '-1'], ['--count', '0'], ['--bogus']]) {
			const {code, err} = verbatim(...args);
			expect(code).toBe(2);
			expect(err).toMatch(/^verbatim: [^\n]+\n$/);
		}
	});

	it('a missing path is a one-line error, exit 2', () => {
		const {code, err} = verbatim('no/such/file.txt');
		expect(code).toBe(2);
		expect(err).toBe('verbatim: no such file or folder: no/such/file.txt\n');
	});
});
