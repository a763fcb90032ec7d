import {describe, expect, it} from 'vitest';
import {
	SPEECH_BOTH,
	SPEECH_NONE,
	SPEECH_SHAPED,
	speechScan,
} from '../../source/core/formats/speech-scan.js';

describe('speechScan', () => {
	it('finds marks and words of speech in any case, as whole words only', () => {
		expect(speechScan('Meeting with Government members.')).toBe(SPEECH_NONE);
		expect(speechScan('I think so.')).toBe(SPEECH_BOTH);
		expect(speechScan('THANK you.')).toBe(SPEECH_BOTH);
		expect(speechScan('Ivan Petrov at the Itinerary exhibition.')).toBe(SPEECH_NONE);
		expect(speechScan('Question: the budget.')).toBe(SPEECH_BOTH);
		expect(speechScan('With “Rosneft” head Igor Sechin.')).toBe(SPEECH_BOTH);
		expect(speechScan('no2 and we_ and ewe.')).toBe(SPEECH_NONE);
		expect(speechScan('Visit to Yessentuki.')).toBe(SPEECH_NONE);
	});

	it('tells words only the longer caption test refuses', () => {
		expect(speechScan('They met in Sochi.')).toBe(SPEECH_SHAPED);
		expect(speechScan('At the forum…')).toBe(SPEECH_SHAPED);
		expect(speechScan('They said it was so.')).toBe(SPEECH_BOTH);
	});

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
