#!/usr/bin/env node
/**
 * The store's long fault run (a few minutes; `npm test` runs a bounded version in
 * test/store/faults.test.ts): many SIGKILLs at random moments while bookmarking and answering,
 * three processes writing at once, a real file-size limit (ulimit -f: EFBIG part-way), then a
 * check that every acknowledged change is there. Prints one line per check; exit 1 if any lost.
 *
 *   node scripts/fault.mjs [--rounds N]
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildSync} from 'esbuild';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 60;
const work = mkdtempSync(join(tmpdir(), 'verbatim-fault-'));
const bundle = (entry, out) =>
	buildSync({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'esm',
		outfile: out,
		logLevel: 'silent',
		banner: {
			js: "import {createRequire} from 'node:module';const require=createRequire(import.meta.url);",
		},
	});
const driver = join(work, 'driver.mjs');
bundle('test/helpers/store-driver.ts', driver);
// A reader of the store, bundled the same way: prints what a restart would see.
const readerSource = join(work, 'reader.ts');
writeFileSync(
	readerSource,
	`import {openStore} from '${join(process.cwd(), 'source/store/store.ts')}';
const s = openStore({cwd: process.argv[2]});
const tags = process.argv.slice(3);
const out = {warning: s.warning, notes: {}, cards: s.getReviewLog().map((r) => r.card)};
for (const t of tags) out.notes[t] = s.getProgress('k' + t).bookmarks.map((b) => b.note);
process.stdout.write(JSON.stringify(out));`,
);
const reader = join(work, 'reader.mjs');
bundle(readerSource, reader);

/** Runs the driver (optionally under `ulimit -f blocks`); kills it after `killMs` if given. */
function run(dir, count, tag, {killMs, fileBlocks} = {}) {
	return new Promise((resolve) => {
		const child =
			fileBlocks === undefined
				? spawn(process.execPath, [driver, dir, String(count), tag])
				: spawn('sh', [
						'-c',
						`ulimit -f ${fileBlocks}; exec "$0" "$@"`,
						process.execPath,
						driver,
						dir,
						String(count),
						tag,
					]);
		const acked = [];
		let done = '';
		let buffer = '';
		child.stdout.on('data', (d) => {
			buffer += d;
			for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
				const line = buffer.slice(0, nl);
				buffer = buffer.slice(nl + 1);
				const m = /^ack (\d+)$/.exec(line);
				if (m) {
					acked.push(Number(m[1]));
					// The kill lands at a random moment after the first change was acknowledged.
					if (acked.length === 1 && killMs !== undefined)
						setTimeout(() => child.kill('SIGKILL'), killMs);
				} else if (line.startsWith('done')) done = line.slice(5);
			}
		});
		child.on('exit', (code, signal) => resolve({acked, code, signal, done}));
	});
}

function look(dir, tags) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [reader, dir, ...tags]);
		let out = '';
		child.stdout.on('data', (d) => {
			out += d;
		});
		child.on('exit', () => resolve(JSON.parse(out)));
	});
}

let lost = 0;
function check(name, ok, detail) {
	if (!ok) lost++;
	console.log(`${ok ? 'ok  ' : 'LOST'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function missing(state, tag, acked) {
	const notes = new Set(state.notes[tag] ?? []);
	const cards = new Set(state.cards);
	return acked.filter((i) => !notes.has(`${tag}-${i}`) || !cards.has(`${tag}:${i}`)).length;
}

// 1. SIGKILL at random moments.
{
	const dir = join(work, 'kills');
	let acks = 0;
	let gone = 0;
	for (let r = 0; r < rounds; r++) {
		const tag = `r${r}`;
		const result = await run(dir, 2000, tag, {killMs: Math.random() * 300});
		acks += result.acked.length;
		gone += missing(await look(dir, [tag]), tag, result.acked);
	}
	check(
		`SIGKILL x${rounds} while bookmarking and answering`,
		gone === 0,
		`${acks} acknowledged, ${gone} lost`,
	);
	let left = 0;
	try {
		left = readdirSync(join(dir, 'journal')).length;
	} catch {}
	console.log(`     journals left by killed processes: ${left} (folded at the next clean exit)`);
}

// 2. Three processes at once.
{
	const dir = join(work, 'three');
	const results = await Promise.all(['a', 'b', 'c'].map((t) => run(dir, 150, t)));
	const state = await look(dir, ['a', 'b', 'c']);
	const gone = ['a', 'b', 'c'].reduce((n, t, i) => n + missing(state, t, results[i].acked), 0);
	check(
		'three processes writing at once',
		gone === 0,
		`${results.reduce((n, r) => n + r.acked.length, 0)} acknowledged, ${gone} lost`,
	);
}

// 3. A real file-size limit: the journal fits, the snapshot rewrite does not (EFBIG part-way).
if (process.platform !== 'win32') {
	const dir = join(work, 'efbig');
	const first = await run(dir, 300, 'big');
	const quizBefore = readFileSync(join(dir, 'quiz.json'));
	const blocks = Math.ceil(statSync(join(dir, 'quiz.json')).size / 512);
	const limited = await run(dir, 40, 'lim', {fileBlocks: blocks});
	const after = readFileSync(join(dir, 'quiz.json'));
	check(
		'file-size limit: quiz.json left whole',
		after.equals(quizBefore),
		`limit ${blocks * 512} bytes; told: ${limited.done || '(nothing)'}`,
	);
	const state = await look(dir, ['big', 'lim']);
	const gone = missing(state, 'big', first.acked) + missing(state, 'lim', limited.acked);
	check(
		'file-size limit: nothing acknowledged lost',
		gone === 0,
		`${first.acked.length + limited.acked.length} acknowledged, ${gone} lost`,
	);
}

console.log(lost === 0 ? 'all faults survived' : `${lost} checks lost data`);
process.exitCode = lost === 0 ? 0 : 1;
if (process.env.KEEP) console.log(driver, reader);
