/**
 * The built command (dist/cli.js): runs the app's bundle (dist/main.js, from source/cli.tsx)
 * through a V8 code cache (launch/code-cache.ts).
 *
 * A start spends much of its time in V8 compiling: the bundle when it loads (Ink, React and Yoga
 * are most of its megabyte), then each function the first time it runs. Node 20 keeps no code
 * cache for an application's code, so this does. The first start of a build keeps what V8 compiled
 * once it is over (launch/started.ts: the app's first frame drawn in a terminal, or a plain command
 * that did its work); the next starts of the same kind give that to V8, which then compiles none of
 * it (~45 ms of the ~260 it took to draw the reader). Without a cache folder, a start is only slower.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {commandOf} from '../commands/names.js';
import {cacheDir} from '../store/paths.js';
import {codeCacheFile, majorCollections, readCodeCache, writeCodeCache} from './code-cache.js';

/** The bundle's hash and the parser's version (scripts/build.mjs). */
declare const __VERBATIM_BUILD__: string;
declare const __VERBATIM_PARSER__: string;

/** What source/cli.tsx exports. */
interface Bundle {
	start(argv: string[]): void;
	onStarted(f: () => void): void;
}

const argv = process.argv.slice(2);
const kind = commandOf(argv) ?? 'app';
// Beside the parsed transcripts of the same parser: removed with them when it changes.
const cacheFile = codeCacheFile(
	join(cacheDir(), __VERBATIM_PARSER__, 'code'),
	__VERBATIM_BUILD__,
	kind,
);
const file = fileURLToPath(new URL('main.js', import.meta.url));
const cachedData = readCodeCache(cacheFile);
// Run as Node runs a CommonJS module, in a function of its five names.
const script = new Script(
	`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
	{filename: file, cachedData},
);
const module = {exports: {} as Bundle};
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
const bundle = module.exports;
if (!cachedData || script.cachedDataRejected) {
	const collections = majorCollections();
	bundle.onStarted(() => {
		// Not after a start that collected garbage that often (a first open of a big library): the
		// next, quicker start keeps the code instead.
		if (collections.stop() <= 3)
			writeCodeCache(cacheFile, __VERBATIM_BUILD__, script.createCachedData());
	});
}
bundle.start(argv);
