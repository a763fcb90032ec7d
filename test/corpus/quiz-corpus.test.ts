/**
 * The quiz over real transcripts: every quote of every named speaker in ../shared/corpus/raw and
 * ../shared/bench/kremlin-archive (plus folders in QUIZ_CORPUS, separated by the path delimiter)
 * becomes a question, and each must be fair. Skipped when the shared folders are absent.
 */
import {existsSync} from 'node:fs';
import {delimiter} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/core/library.js';
import {buildQuizBank, generateQuestions} from '../../source/core/quiz.js';

const folders = [
	'../shared/corpus/raw',
	'../shared/bench/kremlin-archive',
	...(process.env.QUIZ_CORPUS?.split(delimiter).filter(Boolean) ?? []),
].filter((f) => existsSync(f));

/** Lower case without diacritics, written here independently of the code under test. */
const plain = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/gu, 'ss')
		.replace(/ø/gu, 'o')
		.replace(/ł/gu, 'l');

describe.runIf(folders.length > 0)('quiz over the real corpus', () => {
	it('asks only fair questions', {timeout: 120_000}, async () => {
		const library = await loadLibrary(folders);
		const named = new Set<string>();
		for (const t of library.transcripts)
			for (const s of t.transcript.speakers) if (!s.anonymous) named.add(s.name);
		const bank = buildQuizBank(library.transcripts);
		const questions = generateQuestions(bank, {count: Number.MAX_SAFE_INTEGER, seed: 'corpus'});
		let redactions = 0;
		const problems: string[] = [];
		for (const q of questions) {
			redactions += q.redactions;
			const where = `${q.file}#${q.remark}: ${q.quote}`;
			const options = new Set(q.options);
			if (options.size !== q.options.length) problems.push(`duplicate options ${where}`);
			if (q.options.length < 2 || q.options.length > 4) problems.push(`option count ${where}`);
			if (!options.has(q.answer)) problems.push(`answer not an option ${where}`);
			for (const o of q.options) if (!named.has(o)) problems.push(`unnamed option ${o} ${where}`);
			const quote = plain(q.quote);
			for (const o of q.options)
				for (const w of plain(o).split(/[^\p{L}\p{N}]+/u))
					if (w.length >= 4 && quote.includes(w)) problems.push(`"${w}" in ${where}`);
			const words = q.quote.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
			const tokens = q.quote.split(/\s+/u).filter(Boolean).length;
			if (words < 8) problems.push(`under 8 words ${where}`);
			if (tokens > 60) problems.push(`over 60 words ${where}`);
		}
		const files = new Set(questions.map((q) => q.file)).size;
		process.stdout.write(
			`quiz corpus: ${library.transcripts.length} transcripts, ${questions.length} questions from ${files} of them, ${redactions} redactions\n`,
		);
		expect(problems.slice(0, 20)).toEqual([]);
		expect(questions.length).toBeGreaterThan(library.transcripts.length);
	});
});
