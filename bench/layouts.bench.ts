/**
 * Throughput of the non-Kremlin layouts (briefing, play, vtt, plain) and their score functions on
 * ~4 MB inputs built by repeating the corpus files (and a fixture for plain).
 */
import {readFileSync} from 'node:fs';
import {briefing} from '../source/core/formats/briefing.js';
import {plain} from '../source/core/formats/plain.js';
import {play} from '../source/core/formats/play.js';
import type {Layout} from '../source/core/formats/types.js';
import {vtt} from '../source/core/formats/vtt.js';
import {clean} from '../source/core/text.js';

const raw = '../shared/corpus/raw/';
const cases: [Layout, string][] = [
	[briefing, `${raw}wh-gaggle-jean-pierre-2021-07-13.txt`],
	[play, `${raw}play-coriolanus-tinyshakespeare-opening.txt`],
	[vtt, `${raw}vtt-w3c-webvtt-spec-interview-example.vtt`],
	[plain, 'test/fixtures/formats/podcast.txt'],
];
const size = 4_000_000;
for (const [layout, file] of cases) {
	const one = clean(readFileSync(file, 'utf8'));
	const body = layout === vtt ? one.slice(one.indexOf('\n\n')) : `${one}\n\n`;
	const text = (layout === vtt ? 'WEBVTT' : '') + body.repeat(Math.ceil(size / body.length));
	layout.parse(text);
	const runs = 5;
	let start = performance.now();
	let blocks = 0;
	for (let i = 0; i < runs; i++) {
		blocks = layout.parse(text).blocks.length;
	}
	const parseMs = (performance.now() - start) / runs;
	start = performance.now();
	for (let i = 0; i < 1000; i++) {
		layout.score(text);
	}
	const scoreMs = (performance.now() - start) / 1000;
	const mb = Buffer.byteLength(text) / 1e6;
	console.log(
		`${layout.name.padEnd(9)} ${mb.toFixed(1)} MB, ${blocks} blocks: parse ${parseMs.toFixed(0)} ms (${(mb / (parseMs / 1000)).toFixed(0)} MB/s), score ${scoreMs.toFixed(2)} ms`,
	);
}
