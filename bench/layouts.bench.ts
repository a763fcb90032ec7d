/**
 * Throughput of the non-Kremlin layouts (briefing, play, vtt, plain, court, call) and their score
 * functions on ~4 MB inputs built by repeating the corpus files (and a fixture for plain), and of a
 * ~4 MB saved web page read whole (HTML parser, layout detection, parse, speakers).
 */
import {readFileSync} from 'node:fs';
import {alone} from '../source/core/formats/alone.js';
import {briefing} from '../source/core/formats/briefing.js';
import {court} from '../source/core/formats/court.js';
import {plain} from '../source/core/formats/plain.js';
import {play} from '../source/core/formats/play.js';
import type {Layout} from '../source/core/formats/types.js';
import {vtt} from '../source/core/formats/vtt.js';
import {clean} from '../source/core/text.js';
import {parseTranscript} from '../source/core/transcript.js';

const raw = '../shared/corpus/raw/';
const cases: [Layout, string][] = [
	[briefing, `${raw}wh-gaggle-jean-pierre-2021-07-13.txt`],
	[play, `${raw}play-coriolanus-tinyshakespeare-opening.txt`],
	[vtt, `${raw}vtt-w3c-webvtt-spec-interview-example.vtt`],
	[plain, 'test/fixtures/formats/podcast.txt'],
	[court, `${raw}scotus-official-2010-08-1448.txt`],
	[alone, `${raw}earnings-fool-ko-q4-2021.txt`],
];
const size = 4_000_000;
/** CPU time of this process in ms (less disturbed than wall time on a shared machine). */
const cpu = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1000;
};
const line = (
	name: string,
	mb: number,
	blocks: number,
	parseMs: number,
	cpuMs: number,
	rest = '',
) =>
	console.log(
		`${name.padEnd(9)} ${mb.toFixed(1)} MB, ${blocks} blocks: parse ${parseMs.toFixed(0)} ms (${(mb / (parseMs / 1000)).toFixed(0)} MB/s), CPU ${cpuMs.toFixed(0)} ms (${(mb / (cpuMs / 1000)).toFixed(0)} MB/s)${rest}`,
	);
for (const [layout, file] of cases) {
	const one = clean(readFileSync(file, 'utf8'));
	const body = layout === vtt ? one.slice(one.indexOf('\n\n')) : `${one}\n\n`;
	const text = (layout === vtt ? 'WEBVTT' : '') + body.repeat(Math.ceil(size / body.length));
	layout.parse(text);
	const runs = 5;
	let start = performance.now();
	const c0 = cpu();
	let blocks = 0;
	for (let i = 0; i < runs; i++) {
		blocks = layout.parse(text).blocks.length;
	}
	const parseMs = (performance.now() - start) / runs;
	const cpuMs = (cpu() - c0) / runs;
	start = performance.now();
	for (let i = 0; i < 1000; i++) {
		layout.score(text);
	}
	const scoreMs = (performance.now() - start) / 1000;
	const name = layout === alone ? 'call' : layout.name;
	const mb = Buffer.byteLength(text) / 1e6;
	line(name, mb, blocks, parseMs, cpuMs, `, score ${scoreMs.toFixed(2)} ms`);
}

// A saved Kremlin page whose article body is repeated to ~4 MB, parsed as `verbatim parse` does.
const page = readFileSync(`${raw}html-kremlin-yamal-lng-2017-12-08.html`, 'utf8');
const from = page.indexOf('<p', page.indexOf('<article'));
const to = page.lastIndexOf('</p>', page.indexOf('</article>')) + 4;
const article = page.slice(from, to);
const html =
	page.slice(0, from) + article.repeat(Math.ceil(size / article.length)) + page.slice(to);
parseTranscript(html);
const runs = 3;
const start = performance.now();
const c0 = cpu();
let remarks = 0;
for (let i = 0; i < runs; i++) remarks = parseTranscript(html).remarks.length;
const wall = (performance.now() - start) / runs;
line('html', Buffer.byteLength(html) / 1e6, remarks, wall, (cpu() - c0) / runs);
