// `npm run readme`: rewrites the key tables in README.md from source/ui/keys/keymap.ts.
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
	entryPoints: [join(root, 'source/ui/keys/markdown.ts')],
	bundle: true,
	platform: 'node',
	format: 'esm',
	write: false,
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const {withKeys} = await import(url);
const file = join(root, 'README.md');
writeFileSync(file, withKeys(readFileSync(file, 'utf8')));
