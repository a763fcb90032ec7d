/**
 * Vitest global setup: builds dist/ once before any test spawns `node dist/cli.js`, and gives the
 * run a temporary folder of its own (TMPDIR, inherited by the test processes and the CLIs they
 * spawn) that is removed at the end, so that no test leaves folders behind in the system's.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export default function setup(): () => void {
	const build = spawnSync(process.execPath, ['scripts/build.mjs'], {encoding: 'utf8'});
	if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
	const root = mkdtempSync(join(tmpdir(), 'verbatim-tests-'));
	process.env.TMPDIR = root;
	return () => rmSync(root, {recursive: true, force: true});
}
