// Bundles the app (source/cli.tsx) into one minified CommonJS file, dist/main.js, the search worker
// into dist/search-worker.js, and the launcher (source/launch/cli.ts), which runs the app through
// a V8 code cache, into dist/cli.js. All run on Node 20.
// `--if-stale` skips the build when dist/cli.js is newer than every file under source/.
import {createHash} from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cli.js');

function newest(dir) {
	let t = 0;
	for (const e of readdirSync(dir, {withFileTypes: true})) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

if (process.argv.includes('--if-stale') && existsSync(out)) {
	const src = Math.max(newest(join(root, 'source')), statSync(join(root, 'package.json')).mtimeMs);
	if (statSync(out).mtimeMs >= src) process.exit(0);
}

/** Writes `dist/.stub-NAME.mjs`, a module in place of one the bundle is not to load; its path. */
function stubFile(name, code) {
	const file = join(root, `dist/.stub-${name}.mjs`);
	mkdirSync(dirname(file), {recursive: true});
	writeFileSync(file, code);
	return file;
}

const devtoolsStub = stubFile('devtools', 'export default undefined;\n');

// conf imports Ajv for its `schema` option, which Verbatim does not use (source/store/validate.ts
// checks the files instead): a stub keeps Ajv's 200 KB out of start-up.
const ajvStub = stubFile('ajv', 'export class Ajv2020 {}\nexport default {default() {}};\n');
// conf imports semver for its `migrations` option, which Verbatim does not use either (no
// migrations, no projectVersion: source/store/file.ts): a stub saves building semver's ~40
// regular expressions at start-up (~5 ms).
const semverStub = stubFile('semver', 'export default {};\n');
// conf and signal-exit (Ink's) import node:assert, ~5 ms to load, for one call each: conf's
// deepEqual of the file's data and the data with `defaults` added, to write the defaults when they
// differ (Verbatim passes no defaults: they never differ), and signal-exit's check that it was
// given a function.
const assertStub = stubFile(
	'assert',
	'export function deepEqual() {}\n' +
		'export function equal(a, b, message) {\n\tif (a != b) throw new Error(message);\n}\n' +
		'export default {deepEqual, equal};\n',
);
// conf imports node:crypto (~5 ms to load) for its `encryptionKey` option, which Verbatim does not
// use: without it, a start whose files are all in the caches does not load node:crypto at all
// (source/core/hash.ts requires it at the first hash).
const cryptoStub = stubFile('crypto', 'export default {};\n');
// Every module's `import process from 'node:process'` gets the global instead: an import of a
// builtin makes Node copy all its properties into an ES module, and copying `process` runs its
// lazy getters (the set of allowed NODE_OPTIONS flags, the diagnostic report: ~3 ms of start-up).
// Only the names bundled code imports are exported (a new one fails the build).
const processStub = stubFile(
	'process',
	'const p = globalThis.process;\nexport default p;\nexport const env = p.env;\n' +
		'export function cwd() {\n\treturn p.cwd();\n}\n',
);
// terminal-size (Ink's width when standard output is not a terminal) imports node:child_process
// for `tput`, a few ms to load at every start: it gets one that loads it at the first call.
const childProcessStub = stubFile(
	'child-process',
	"import {createRequire as requireFrom} from 'node:module';\n" +
		'const requireHere = requireFrom(import.meta.url);\n' +
		"export function execFileSync(...args) {\n\treturn requireHere('node:child_process').execFileSync(...args);\n}\n",
);
const stubs = {
	name: 'stubs',
	setup(b) {
		b.onResolve({filter: /^ajv(?:-formats)?(?:\/|$)/}, () => ({path: ajvStub}));
		b.onResolve({filter: /^(?:node:)?process$/}, () => ({path: processStub}));
		b.onResolve({filter: /^(?:node:)?child_process$/}, (args) =>
			args.importer.includes('/node_modules/terminal-size/') ? {path: childProcessStub} : undefined,
		);
		b.onResolve({filter: /^(?:node:)?crypto$/}, (args) =>
			args.importer.includes('/node_modules/conf/') ? {path: cryptoStub} : undefined,
		);
		b.onResolve({filter: /^(?:node:)?assert$/}, (args) =>
			/\/node_modules\/(?:conf|signal-exit)\//.test(args.importer) ? {path: assertStub} : undefined,
		);
		b.onResolve({filter: /^semver$/}, (args) =>
			args.importer.includes('/node_modules/conf/') ? {path: semverStub} : undefined,
		);
	},
};

// string-width counts a string of plain characters (Latin, punctuation such as "·" or "…", CJK)
// through Intl.Segmenter and big Unicode-property regular expressions (~30 ms to build when it
// loads, before Ink's first frame): its importers (wrap-ansi's older copy included) get
// source/ui/string-width.ts, which counts those strings itself, with the same answers, and loads
// string-width for anything else.
// Likewise Ink's output gets source/ui/ansi-tokenize.ts: @alcalzone/ansi-tokenize with a quicker
// styledCharsToString (the same text; ~50 ms less in the first frame), and source/ui/slice-ansi.ts:
// slice-ansi that gives back a line asked for whole (Ink slices every line in a clipping box).
const stringWidth = join(root, 'source/ui/string-width.ts');
const ansiTokenize = join(root, 'source/ui/ansi-tokenize.ts');
const sliceAnsi = join(root, 'source/ui/slice-ansi.ts');
const quickInk = {
	name: 'quick-ink',
	setup(b) {
		b.onResolve({filter: /^string-width$/}, (args) =>
			args.importer === stringWidth ? undefined : {path: stringWidth},
		);
		b.onResolve({filter: /^@alcalzone\/ansi-tokenize$/}, (args) =>
			args.importer.includes('/node_modules/ink/') ? {path: ansiTokenize} : undefined,
		);
		b.onResolve({filter: /^slice-ansi$/}, (args) =>
			args.importer.endsWith('/node_modules/ink/build/output.js') ? {path: sliceAnsi} : undefined,
		);
	},
};

// The parser's version for the parse cache (source/core/parse-cache.ts): a hash of everything
// under source/core, so that a cache written by another parser is never read.
function parserVersion() {
	const hash = createHash('sha256');
	const add = (dir) => {
		for (const e of readdirSync(dir, {withFileTypes: true}).sort((a, b) =>
			a.name < b.name ? -1 : 1,
		)) {
			const p = join(dir, e.name);
			if (e.isDirectory()) add(p);
			else hash.update(`${relative(root, p)}\n`).update(readFileSync(p));
		}
	};
	add(join(root, 'source/core'));
	return hash.digest('hex').slice(0, 16);
}

// A CommonJS bundle has no `import.meta`: every module gets the URL of the file it is bundled in.
const importMetaUrl = stubFile(
	'import-meta-url',
	"import {pathToFileURL} from 'node:url';\nexport const importMetaUrl = pathToFileURL(__filename).href;\n",
);

// Ink's reconciler awaits at its top level, when DEV=true, React's devtools and its own package.json
// (for them). A CommonJS bundle cannot hold a top-level await, and this one has no devtools (see
// devtoolsStub): without the awaits, DEV=true changes nothing.
const inkAwaits = [
	["await import('./devtools.js')", 'void 0'],
	['await loadPackageJson()', '{name: undefined, version: undefined}'],
];
const cjsInk = {
	name: 'cjs-ink',
	setup(b) {
		b.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/}, (args) => {
			let contents = readFileSync(args.path, 'utf8');
			for (const [from, to] of inkAwaits) {
				if (!contents.includes(from))
					throw new Error(`Ink's reconciler no longer has \`${from}\`: check scripts/build.mjs`);
				contents = contents.replace(from, to);
			}
			return {contents, loader: 'js'};
		});
		// Yoga's module awaits its WebAssembly at its top level: Ink gets source/ui/yoga.ts instead.
		b.onResolve({filter: /^yoga-layout$/}, (args) =>
			args.importer.includes('/node_modules/ink/')
				? {path: join(root, 'source/ui/yoga.ts')}
				: undefined,
		);
	},
};

const options = {
	absWorkingDir: root,
	outdir: 'dist',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
	inject: [importMetaUrl],
	define: {
		'import.meta.url': 'importMetaUrl',
		__VERBATIM_PARSER__: JSON.stringify(parserVersion()),
	},
};

const entries = {main: 'source/cli.tsx'};
if (existsSync(join(root, 'source/core/search-worker.ts')))
	entries['search-worker'] = 'source/core/search-worker.ts';

await build({
	...options,
	entryPoints: entries,
	define: {
		...options.define,
		'process.env.NODE_ENV': '"production"',
		// Yoga's loader asks `typeof fetch` before decoding its inlined WebAssembly, and on Node 20
		// that first look at `fetch` loads undici (about 15 ms of start-up) for a fetch that fails
		// anyway. Nothing in Verbatim fetches.
		fetch: 'undefined',
		// Every module gets source/core/segmenter.ts's QuickSegmenter for Intl.Segmenter: Ink's
		// helpers build theirs when they load, and the first one built sets up ICU (~14 ms); this
		// one builds ICU's at its first use, and splits the text a reader mostly shows without it.
		'Intl.Segmenter': 'QuickSegmenter',
		// And source/core/atob.ts's quickAtob for atob: Yoga decodes its WebAssembly with it at
		// every start, and Node 20's atob is slow (~4 ms there).
		atob: 'quickAtob',
	},
	alias: {'react-devtools-core': devtoolsStub},
	inject: [...options.inject, 'source/core/segmenter.ts', 'source/core/atob.ts'],
	plugins: [stubs, quickInk, cjsInk],
});

// esbuild writes ASCII but for regular expressions (literals, and the String.raw sources our code
// gives `new RegExp`), whose non-ASCII characters it keeps. One is enough for Node to read the
// whole megabyte as a two-byte string, and for V8 to scan and cache that: ~10 ms of every start.
// As \uXXXX they match the same (a pair of surrogates escaped is one code point under the u flag).
const written = {};
for (const name of Object.keys(entries)) {
	const file = join(root, `dist/${name}.js`);
	const text = readFileSync(file, 'utf8');
	const ascii = text.replace(/[^\0-\x7f]/g, (c, at) => {
		if (text[at - 1] === '\\')
			throw new Error(`dist/${name}.js: a non-ASCII character escaped at ${at}`);
		return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
	});
	if (ascii !== text) writeFileSync(file, ascii);
	written[name] = ascii;
}

// The launcher names its code cache after the bundle's hash: V8 checks only the length of the
// source a cache was made for.
const bundleHash = createHash('sha256').update(written.main).digest('hex').slice(0, 16);
await build({
	...options,
	entryPoints: {cli: 'source/launch/cli.ts'},
	define: {...options.define, __VERBATIM_BUILD__: JSON.stringify(bundleHash)},
	banner: {js: '#!/usr/bin/env node'},
});
// dist/ is CommonJS, in a package of ES modules.
writeFileSync(join(root, 'dist/package.json'), '{"type": "commonjs"}\n');

// The chunks and stubs of earlier builds (ES modules, split) are never loaded again.
rmSync(join(root, 'dist/chunks'), {recursive: true, force: true});
for (const name of readdirSync(join(root, 'dist')))
	if (/^\.stub-.*\.js$/.test(name)) rmSync(join(root, 'dist', name));
