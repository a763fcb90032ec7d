/** Quiz quotes in captions: a sentence that runs on over the cues of one speaker is quoted whole. */
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import type {Transcript} from '../../source/core/model.js';
import {quoteCandidates} from '../../source/core/quotes.js';
import {parseTranscript} from '../../source/core/transcript.js';

const vtt = parseTranscript(readFileSync('test/fixtures/formats/reader-run.vtt', 'utf8'));

test('a sentence over several cues is one quote, of the cue it starts in', () => {
	const quotes = quoteCandidates(vtt);
	const lanterns = quotes.find((q) => q.text.includes('copper lanterns'));
	expect(lanterns?.text).toBe(
		'We spent a year just watching them. The ferry men kept their boats lit with copper lanterns all through the winter, and that light is what the deck recalls.',
	);
	expect([lanterns?.remark, lanterns?.start]).toEqual([6, 0]);
	// Every quote starts where it says, in the cue it names.
	for (const q of quotes) {
		const cue = vtt.remarks[q.remark]!.paragraphs[q.paragraph]!;
		expect(q.text.startsWith(cue.slice(q.start, q.start + 20))).toBe(true);
	}
	// The other speaker's one-cue sentence is still quoted on its own.
	expect(quotes.some((q) => q.speaker === 'tom-reyes' && q.remark === 10)).toBe(true);
});

test('untimed remarks and other layouts are quoted per remark, as before', () => {
	const plain: Transcript = {
		...vtt,
		format: 'plain',
	};
	const quotes = quoteCandidates(plain);
	expect(quotes.some((q) => q.text.includes('copper lanterns all through'))).toBe(false);
	expect(
		quotes.every((q) => vtt.remarks[q.remark]!.paragraphs[q.paragraph]!.includes(q.text)),
	).toBe(true);
});
