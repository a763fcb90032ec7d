import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/core/library.js';
import {outlineEntry} from '../../source/core/outline.js';
import {TranscriptTexts} from '../../source/core/texts.js';

async function folder() {
	const dir = mkdtempSync(join(tmpdir(), 'verbatim-texts-'));
	for (const n of [1, 2, 3])
		writeFileSync(join(dir, `t${n}.txt`), `Anna Berg: Text number ${n}.\n\nBob Jones: Fine.\n`);
	const library = await loadLibrary([dir]);
	return {dir, whole: library.transcripts, outlines: library.transcripts.map(outlineEntry)};
}

describe('the text of transcripts on demand', () => {
	it('reads an outline whole when asked, keeps the last few, and says why one cannot be read', async () => {
		const {dir, whole, outlines} = await folder();
		const texts = new TranscriptTexts(null, 2);
		// A whole entry is its own text; an outline is not at hand until read.
		expect(texts.peek(whole[0]!)).toBe(whole[0]);
		expect(texts.peek(outlines[0]!)).toBeUndefined();
		let heard = 0;
		const stop = texts.subscribe(() => heard++);
		const read = await texts.load(outlines[0]!);
		expect(read.transcript).toEqual(whole[0]!.transcript);
		expect(read.key).toBe(outlines[0]!.key);
		expect(texts.peek(outlines[0]!)).toBe(read);
		expect(heard).toBe(1);
		// Two kept: reading two more lets the first go.
		await texts.load(outlines[1]!);
		await texts.load(outlines[2]!);
		expect(texts.peek(outlines[0]!)).toBeUndefined();
		expect(texts.peek(outlines[2]!)?.transcript).toEqual(whole[2]!.transcript);
		// A file gone: the read fails, and the reason is kept.
		rmSync(whole[0]!.file);
		await expect(texts.load(outlines[0]!)).rejects.toThrow();
		expect(texts.failure(outlines[0]!)).toMatch(/cannot read t1\.txt \(ENOENT\)/);
		// All of them for the quiz: those that can be read.
		expect((await texts.loadAll(outlines)).map((t) => t.name)).toEqual(['t2.txt', 't3.txt']);
		stop();
		rmSync(dir, {recursive: true, force: true});
	});
});
