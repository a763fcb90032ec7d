// The layouts on the shared corpus (../shared): every truth turn of the named files, and Kremlin
// pages left to the Kremlin layout. Skipped, with a note, where ../shared is absent.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {briefing} from '../../source/core/formats/briefing.js';
import {plain} from '../../source/core/formats/plain.js';
import {play} from '../../source/core/formats/play.js';
import {srt} from '../../source/core/formats/srt.js';
import type {Layout} from '../../source/core/formats/types.js';
import {vtt} from '../../source/core/formats/vtt.js';
import {clean} from '../../source/core/text.js';
import {
	archiveDir,
	compareWithTruth,
	corpusDir,
	corpusText,
	hasCorpus,
	truth,
} from '../helpers/formats.js';

const layouts: Layout[] = [briefing, play, vtt, srt, plain];

describe.skipIf(!hasCorpus)('briefing layout on the corpus', () => {
	for (const slug of [
		'wh-gaggle-jean-pierre-2021-07-13',
		'wh-background-call-johnson-2021-06-10',
		'wh-joint-presser-biden-lee-2022-03-29',
	]) {
		it(`finds every truth turn and no other in ${slug}`, () => {
			const expected = truth(slug);
			const doc = briefing.parse(corpusText(`${slug}.txt`));
			expect(compareWithTruth(doc, expected)).toEqual([]);
			expect(doc.title).toBe(expected.title);
			expect(doc.date).toBe(expected.date);
			expect(briefing.score(corpusText(`${slug}.txt`))).toBeGreaterThan(0.6);
		});
	}
});

describe.skipIf(!hasCorpus)('play layout on the corpus', () => {
	it('finds all 46 turns of the Coriolanus opening and no other', () => {
		const slug = 'play-coriolanus-tinyshakespeare-opening';
		const doc = play.parse(corpusText(`${slug}.txt`));
		expect(compareWithTruth(doc, truth(slug))).toEqual([]);
		expect(doc.title).toBeNull();
	});
});

describe.skipIf(!hasCorpus)('vtt layout on the corpus', () => {
	it('finds all 13 cues of the W3C interview as 13 turns', () => {
		const slug = 'vtt-w3c-webvtt-spec-interview-example';
		// The truth keeps the cue "<i>Laughs</i>" as written; the parser removes cue markup (the
		// contract: paragraphs hold no markup), so that one start reads "Laughs".
		expect(compareWithTruth(vtt.parse(corpusText(`${slug}.vtt`)), truth(slug))).toEqual([
			'turn 11: "Laughs" ≠ "<i>Laughs</i>"',
		]);
	});
});

describe.skipIf(!hasCorpus)('scores leave Kremlin pages to the Kremlin layout', () => {
	it('scores every one of the 607 archive pages and the Kremlin corpus files below 0.05', () => {
		const files = [
			...readdirSync(archiveDir).map((f) => join(archiveDir, f)),
			...readdirSync(join(corpusDir, 'raw'))
				.filter((f) => f.startsWith('kremlin-'))
				.map((f) => join(corpusDir, 'raw', f)),
		];
		expect(files.length).toBeGreaterThan(600);
		const high: string[] = [];
		for (const file of files) {
			const text = clean(readFileSync(file, 'utf8'));
			for (const layout of layouts) {
				if (layout.score(text) >= 0.05) {
					high.push(`${layout.name} ${file}`);
				}
			}
		}
		expect(high).toEqual([]);
	});
});
