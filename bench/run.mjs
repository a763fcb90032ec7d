// `npm run bench`: bundles every bench/*.bench.ts with esbuild and runs each in its own process,
// in order, so that their figures do not disturb one another.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const cache = join(here, '.cache');
mkdirSync(cache, {recursive: true});
const only = process.argv.slice(2);
const files = readdirSync(here)
	.filter((f) => f.endsWith('.bench.ts'))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();
for (const file of files) {
	const out = join(cache, file.replace(/\.ts$/, '.mjs'));
	await build({
		entryPoints: [join(here, file)],
		outfile: out,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
		define: {'process.env.NODE_ENV': '"production"'},
	});
	console.log(`\n── ${file.replace('.bench.ts', '')} ──`);
	execFileSync(process.execPath, ['--expose-gc', out], {stdio: 'inherit', cwd: join(here, '..')});
}
