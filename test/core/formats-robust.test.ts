import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {briefing} from '../../source/core/formats/briefing.js';
import {kremlin} from '../../source/core/formats/kremlin.js';
import {plain} from '../../source/core/formats/plain.js';
import {play} from '../../source/core/formats/play.js';
import {srt} from '../../source/core/formats/srt.js';
import type {Layout} from '../../source/core/formats/types.js';
import {vtt} from '../../source/core/formats/vtt.js';
import {clean} from '../../source/core/text.js';
import {corpusDir} from '../helpers/formats.js';

const layouts: Layout[] = [briefing, play, vtt, srt, plain];

const hostile: Record<string, string> = {
	empty: '',
	'one line': 'Q',
	'one label': 'MS. PSAKI:',
	'only blanks': '\n \n\t\n   \n',
	'front matter unclosed': '---\ntitle: "x\\',
	'front matter only': '---\ntitle: "\\u12"\n---',
	'binary-ish': '\uFFFD\u0001PK\u0003\u0004 <v <v> --> -->\n\n0\n-->\n<v\n&#0;&#xFFFFFFF;&#55296;',
	'lone vtt': 'WEBVTT',
	'vtt no cues': 'WEBVTT\n\nNOTE\n\n',
	colons: ':::\n::\n: :\nA:\nB:\n',
	'unclosed tags': 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Bob\n<i>',
};

describe('every layout survives hostile text', () => {
	for (const layout of layouts) {
		for (const [name, text] of Object.entries(hostile)) {
			it(`${layout.name}: ${name}`, () => {
				const score = layout.score(text);
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(1);
				const doc = layout.parse(text);
				expect(Array.isArray(doc.blocks)).toBe(true);
				for (const block of doc.blocks) {
					expect(block.paragraphs.every((p) => typeof p === 'string')).toBe(true);
				}
			});
		}
	}

	it('never scores above the most a layout says it gives (detection skips on that)', () => {
		const dirs = ['test/fixtures/formats', 'test/fixtures/parse', join(corpusDir, 'raw')];
		const texts = [
			...Object.values(hostile),
			...dirs
				.filter((d) => existsSync(d))
				.flatMap((d) => readdirSync(d).map((f) => clean(readFileSync(join(d, f), 'utf8')))),
		];
		expect(texts.length).toBeGreaterThan(20);
		for (const layout of [kremlin, ...layouts])
			for (const text of texts) expect(layout.score(text)).toBeLessThanOrEqual(layout.most);
	});

	it('parses 100,000 one-word lines and a 2 MB text in every layout', () => {
		const lines = Array.from({length: 100_000}, (_, i) => (i % 7 === 0 ? 'Q' : `word${i}:`)).join(
			'\n',
		);
		const unit =
			'MS. PSAKI:  Hello there: yes.\n \nQ    Why?  \n\nFirst Citizen:\nSpeak: speak.\n\n00:01.000 --> 00:02.000\n<v Bob>Hi <i>there</i>\n\nAlice (00:00:01): ok\n\n';
		const big = unit.repeat(Math.ceil(2_000_000 / unit.length));
		const pathological = `${'A'.repeat(200_000)}:${' '.repeat(200_000)}x\n${'<v '.repeat(100_000)}\n${'\\'.repeat(100_000)}`;
		for (const layout of layouts) {
			for (const text of [lines, pathological]) {
				layout.score(text);
				expect(Array.isArray(layout.parse(text).blocks)).toBe(true);
			}
			layout.score(big);
			// The 2 MB text holds every layout's kind of turn.
			expect(layout.parse(big).blocks.filter((b) => b.label !== null).length).toBeGreaterThan(1000);
		}
	});
});
