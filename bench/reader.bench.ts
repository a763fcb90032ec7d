/**
 * Page-turn time on a 2,000-turn transcript built from the Kremlin archive: the pure page model
 * (move + visible slice, wrapping on demand) and the whole app (key in → frame out, through
 * React and Ink, in a fake 100×30 terminal). Prints p50/p95.
 */
import {EventEmitter} from 'node:events';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Remark, Speaker, Transcript} from '../source/core/model.js';

// React and Ink are not bundled here: make them load their production builds, as dist/cli.js does.
Object.assign(process.env, {NODE_ENV: 'production'});
const {render} = await import('ink');
const {createElement} = await import('react');
const {App} = await import('../source/app.js');
const {loadLibrary} = await import('../source/core/library.js');
const {openStore} = await import('../source/store/store.js');
const {ReaderLayout} = await import('../source/ui/reader/layout.js');
const {speakerInfo} = await import('../source/ui/reader/speakers.js');

const turns = 2000;
const archive = join(process.cwd(), '../shared/bench/kremlin-archive');
const library = await loadLibrary([archive]);
const speakers = new Map<string, Speaker>();
const remarks: Remark[] = [];
for (const {transcript} of library.transcripts) {
	for (const s of transcript.speakers) if (!speakers.has(s.id)) speakers.set(s.id, s);
	for (const r of transcript.remarks) if (remarks.length < turns) remarks.push(r);
	if (remarks.length >= turns) break;
}
const big: Transcript = {
	title: `${turns} turns from the Kremlin archive`,
	date: null,
	place: null,
	format: 'kremlin',
	speakers: [...speakers.values()],
	remarks,
};
const chars = remarks.reduce((n, r) => n + r.paragraphs.join('\n\n').length, 0);
console.log(
	`transcript: ${remarks.length} turns, ${(chars / 1e6).toFixed(2)} M characters, ${speakers.size} speakers`,
);

const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (xs: number[]) =>
	`p50 ${pct(xs, 50).toFixed(3)} ms  p95 ${pct(xs, 95).toFixed(3)} ms  max ${pct(xs, 100).toFixed(3)} ms`;

// 1. The pure page model: a fresh layout (nothing wrapped yet), page down through everything.
{
	const rows = 28;
	const layout = new ReaderLayout(big, 100, null, speakerInfo(big).prefix);
	let cursor = {index: 0, row: 0};
	const times: number[] = [];
	const t0 = performance.now();
	layout.slice(cursor, rows);
	const first = performance.now() - t0;
	for (;;) {
		const start = performance.now();
		const next = layout.move(cursor, rows - 1, rows);
		layout.slice(next, rows);
		times.push(performance.now() - start);
		if (next.index === cursor.index && next.row === cursor.row) break;
		cursor = next;
	}
	console.log(
		`page model, first page: ${first.toFixed(3)} ms; ${times.length} page turns: ${fmt(times)}`,
	);
	const g = performance.now();
	layout.lastTop(rows);
	console.log(
		`page model, jump to end (G) on a fresh layout: ${(performance.now() - g).toFixed(3)} ms`,
	);
}

// 1b. Captions: 20,000 timed cues, runs of 7 by one speaker read as one turn (joined blocks).
{
	const cues = 20_000;
	const captions: Transcript = {
		title: `${cues} caption cues`,
		date: null,
		place: null,
		format: 'vtt',
		speakers: [
			{id: 'a', name: 'Ann Lee', role: null, labels: ['Ann Lee'], anonymous: false},
			{id: 'b', name: 'Bo Chen', role: null, labels: ['Bo Chen'], anonymous: false},
		],
		remarks: Array.from({length: cues}, (_, i) => ({
			speaker: Math.floor(i / 7) % 2 === 0 ? 'a' : 'b',
			paragraphs: [`cue ${i} says a few words about the river and the bridge`],
			time: i * 2.5,
		})),
	};
	const rows = 28;
	const t0 = performance.now();
	const layout = new ReaderLayout(captions, 100, null, speakerInfo(captions).prefix);
	let cursor = {index: 0, row: 0};
	layout.slice(cursor, rows);
	const first = performance.now() - t0;
	const times: number[] = [];
	for (;;) {
		const start = performance.now();
		const next = layout.move(cursor, rows - 1, rows);
		for (const row of layout.slice(next, rows)) layout.marginOf(row);
		times.push(performance.now() - start);
		if (next.index === cursor.index && next.row === cursor.row) break;
		cursor = next;
	}
	console.log(
		`captions (${cues} cues in ${layout.count} turns): layout + first page ${first.toFixed(3)} ms; ${times.length} page turns: ${fmt(times)}`,
	);
}

// 2. The whole app: press Space, time until Ink has written the new frame.
class Out extends EventEmitter {
	columns = 100;
	rows = 30;
	isTTY = false;
	writes = 0;
	write = () => {
		this.writes++;
		return true;
	};
}
class In extends EventEmitter {
	isTTY = true;
	data: string | null = null;
	write(d: string) {
		this.data = d;
		this.emit('readable');
	}
	read = () => {
		const d = this.data;
		this.data = null;
		return d;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}
{
	const home = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
	const store = openStore({cwd: home});
	const out = new Out();
	const input = new In();
	const lib = {
		transcripts: [{key: 'big', file: 'big.txt', name: 'big.txt', transcript: big, bytes: chars}],
		skipped: 0,
		errors: [],
	};
	const t0 = performance.now();
	const app = render(createElement(App, {library: lib, store}), {
		stdout: out as unknown as NodeJS.WriteStream,
		stdin: input as unknown as NodeJS.ReadStream,
		stderr: out as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	console.log(
		`app, first frame of the 2,000-turn transcript: ${(performance.now() - t0).toFixed(1)} ms`,
	);
	await new Promise((r) => setTimeout(r, 50));
	const turn = async (key: string, n: number) => {
		const times: number[] = [];
		for (let i = 0; i < n; i++) {
			const before = out.writes;
			const start = performance.now();
			input.write(key);
			while (out.writes === before) await new Promise((r) => setImmediate(r));
			times.push(performance.now() - start);
			await new Promise((r) => setImmediate(r));
		}
		return times;
	};
	const down = await turn(' ', 400);
	console.log(`app, page down ×${down.length}: ${fmt(down)}`);
	const up = await turn('b', 200);
	console.log(`app, page up ×${up.length}:   ${fmt(up)}`);
	const lines = await turn('j', 200);
	console.log(`app, line down ×${lines.length}: ${fmt(lines)}`);
	const end = await turn('G', 1);
	console.log(`app, G (end): ${end[0]!.toFixed(2)} ms`);
	app.unmount();
	store.flush();
	rmSync(home, {recursive: true, force: true});
}
