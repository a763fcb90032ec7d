// The speech scan against the patterns it stands for, on every line of the shared corpus.
import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
	SPEECH_BOTH,
	SPEECH_NONE,
	SPEECH_SHAPED,
	speechScan,
} from '../../source/core/formats/speech-scan.js';

describe.skipIf(!existsSync('../shared/corpus/raw'))('speechScan on the corpus', () => {
	it('answers as the patterns it stands for, on every line of the corpus', async () => {
		const {readdirSync, readFileSync} = await import('node:fs');
		const both =
			/[?!:;"“”«»]|\b(?:i|we|you|it|is|are|was|were|be|have|has|had|will|would|can|could|do|does|did|not|this|that|our|my|your|let|thank|please)\b/i;
		const shaped = /…|\b(?:us|me|they|been|should|must|may|might|these|those|there|here|yes|no)\b/i;
		const dir = '../shared/corpus/raw';
		let lines = 0;
		for (const file of readdirSync(dir))
			for (const p of readFileSync(`${dir}/${file}`, 'utf8').split('\n')) {
				const want = both.test(p) ? SPEECH_BOTH : shaped.test(p) ? SPEECH_SHAPED : SPEECH_NONE;
				expect(speechScan(p)).toBe(want);
				lines++;
			}
		expect(lines).toBeGreaterThan(1000);
	});
});
