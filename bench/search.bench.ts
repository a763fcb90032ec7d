// Search latency per keystroke at 10k, 100k and 1M distinct sentences: copies of the Kremlin
// archive with their lower-case words permuted per copy (bench/corpus.ts), against a plain Fuse.js
// scan at 10k; the index's build, encoding and loading (search/index-file.ts) at each size; then
// whole queries of common words and half-remembered quotes (a wrong word), the slowest kinds for a
// word index.
import {rmSync, statSync} from 'node:fs';
import Fuse from 'fuse.js';
import {type Library, type LoadedTranscript, loadLibrary} from '../source/core/library.js';
import {readIndexFile, writeIndexFile} from '../source/core/search/index-file.js';
import {buildIndex, FUSE_OPTIONS, type SearchIndex, searchSync} from '../source/core/search.js';
import {splitSentences} from '../source/core/sentences.js';
import {archive, archiveFiles, rewriter} from './corpus.js';

const queries = ['nuclear weap', 'enegry isues', 'baikonur roc'];
const limit = 50;
const whole = [
	'thank you very much',
	'the president said that we',
	'of the',
	'unprecedented volatility on global stock markets',
	'reach 66 billion dollars this year',
	'@putin energy',
];

function sentencesOf(t: LoadedTranscript): number {
	let n = 0;
	for (const r of t.transcript.remarks) for (const p of r.paragraphs) n += splitSentences(p).length;
	return n;
}

const rewrite = rewriter(archiveFiles().map((f) => f.text));

/** Copy `copy` of a transcript: every paragraph (and the title) rewritten. */
function copyOf(t: LoadedTranscript, copy: number): LoadedTranscript {
	if (copy === 0) return t;
	const tr = t.transcript;
	return {
		...t,
		key: `${t.key}-${copy}`,
		transcript: {
			...tr,
			title: tr.title === null ? null : rewrite(tr.title, copy),
			remarks: tr.remarks.map((r) => ({
				...r,
				paragraphs: r.paragraphs.map((p) => rewrite(p, copy)),
			})),
		},
	};
}

function corpus(base: Library, counts: number[], target: number): Library {
	const transcripts: LoadedTranscript[] = [];
	let n = 0;
	for (let copy = 0; n < target; copy++)
		for (let i = 0; i < base.transcripts.length && n < target; i++) {
			transcripts.push(copyOf(base.transcripts[i]!, copy));
			n += counts[i]!;
		}
	return {transcripts, skipped: 0, errors: []};
}

const cpuSince = (c0: NodeJS.CpuUsage) => {
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
};
const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

const typed: string[] = [];
for (const q of queries) for (let i = 1; i <= q.length; i++) typed.push(q.slice(0, i));

function typeAll(run: (q: string) => void): number[] {
	cpu = [];
	return typed.map((q) => {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		run(q);
		const wall = performance.now() - t0;
		const c = process.cpuUsage(c0);
		cpu.push((c.user + c.system) / 1000);
		return wall;
	});
}
/** CPU time (user + system, ms) of each keystroke of the last `typeAll`: less hurt by a busy machine. */
let cpu: number[] = [];

function slowest(times: number[]): string {
	return times
		.map((t, i) => [t, i] as const)
		.sort((a, b) => b[0] - a[0])
		.slice(0, 3)
		.map(([t, i]) => `"${typed[i]}" ${t.toFixed(0)} ms`)
		.join(', ');
}

const base = await loadLibrary([archive]);
const counts = base.transcripts.map(sentencesOf);
console.log(
	`archive: ${base.transcripts.length} transcripts, ${counts.reduce((a, b) => a + b, 0)} sentences`,
);
console.log(
	`queries typed one key at a time: ${queries.map((q) => `"${q}"`).join(', ')}; limit ${limit}`,
);

let fuseP50 = 0;
let oursP50At10k = 0;
for (const target of [10_000, 100_000, 1_000_000]) {
	const lib = corpus(base, counts, target);
	globalThis.gc?.();
	let c0 = process.cpuUsage();
	let t0 = performance.now();
	let built: SearchIndex | null = buildIndex(lib);
	const build = performance.now() - t0;
	const buildCpu = cpuSince(c0);
	// Written and loaded as the app and the command line do (search/index-file.ts).
	const file = `bench/.cache/search-${target}.vbix`;
	t0 = performance.now();
	writeIndexFile(file, built, null);
	const write = performance.now() - t0;
	built = null;
	globalThis.gc?.();
	c0 = process.cpuUsage();
	t0 = performance.now();
	let index: SearchIndex | null = readIndexFile(file)!.index;
	const load = performance.now() - t0;
	const loadCpu = cpuSince(c0);
	const idx = index;
	// Warm up (JIT) by typing other words, as the first keystrokes of a session would.
	for (const w of ['secrity counc', 'gas pipline', 'oil prices'])
		for (let i = 1; i <= w.length; i++) searchSync(idx, w.slice(0, i), {limit});
	const times = typeAll((q) => searchSync(idx, q, {limit}));
	globalThis.gc?.();
	const rss = process.memoryUsage().rss;
	const keyCpu = cpu;
	console.log(
		`${String(idx.count).padStart(8)} sentences: build ${build.toFixed(0)} ms (CPU ${buildCpu.toFixed(0)}), ` +
			`written ${write.toFixed(0)} ms (${mb(statSync(file).size)}), loaded ${load.toFixed(0)} ms (CPU ${loadCpu.toFixed(0)})`,
	);
	console.log(
		`   keystroke p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, ` +
			`max ${Math.max(...times).toFixed(1)} ms (CPU p50 ${pct(keyCpu, 50).toFixed(1)}, p95 ${pct(keyCpu, 95).toFixed(1)}), RSS ${mb(rss)}`,
	);
	console.log(`   slowest keystrokes: ${slowest(times)}`);
	const wholeTimes = whole.map((q) => {
		searchSync(idx, q, {limit});
		const t0 = performance.now();
		searchSync(idx, q, {limit});
		return `"${q}" ${(performance.now() - t0).toFixed(0)} ms`;
	});
	console.log(`   whole queries (second run): ${wholeTimes.join(', ')}`);
	if (target === 10_000) {
		oursP50At10k = pct(times, 50);
		const fuse = new Fuse([...idx.texts], FUSE_OPTIONS);
		const fuseTimes = typeAll((q) => fuse.search(q, {limit}));
		fuseP50 = pct(fuseTimes, 50);
		console.log(
			`   plain Fuse scan at ${idx.count}: p50 ${fuseP50.toFixed(1)} ms, p95 ${pct(fuseTimes, 95).toFixed(1)} ms` +
				` — ${(fuseP50 / oursP50At10k).toFixed(0)}× slower at p50`,
		);
	}
	index = null;
	void index;
	rmSync(file, {force: true});
}
