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
});
