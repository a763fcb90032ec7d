/** Vitest global setup: builds dist/ once before any test spawns `node dist/cli.js`. */
import {spawnSync} from 'node:child_process';

export default function setup(): void {
	const build = spawnSync(process.execPath, ['scripts/build.mjs'], {encoding: 'utf8'});
	if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}
