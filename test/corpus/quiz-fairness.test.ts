/**
 * Blind guessing over real transcripts stays at chance: the answer's position among the options
 * is uniform, and neither "the best-known option" nor "the one I have never heard of" (options
 * ranked by how many quotable turns they have in the library) wins more than chance. Skipped when
 * ../shared is absent.
 */
import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/core/library.js';
import {buildQuizBank, generateQuestions} from '../../source/core/quiz.js';

const folders = ['../shared/bench/kremlin-archive', '../shared/corpus/raw'].filter((f) =>
	existsSync(f),
);

describe.runIf(folders.length > 0)('quiz fairness over the real corpus', () => {
	it('keeps blind strategies at chance', {timeout: 180_000}, async () => {
		const library = await loadLibrary(folders);
		const bank = buildQuizBank(library.transcripts);
		const questions = generateQuestions(bank, {count: 1500, seed: 'fairness'});
		expect(questions.length).toBe(1500);
		const quotes = new Map<string, number>();
		for (const e of bank.entries)
			for (const [id, list] of e.bySpeaker) {
				const name = e.people.get(id)!.name;
				quotes.set(name, (quotes.get(name) ?? 0) + list.length);
			}
		const n = questions.length;
		const position = [0, 0, 0, 0];
		let chance = 0;
		let most = 0;
		let least = 0;
		for (const q of questions) {
			position[q.options.indexOf(q.answer)]!++;
			chance += 1 / q.options.length;
			const byFame = [...q.options].sort((a, b) => (quotes.get(b) ?? 0) - (quotes.get(a) ?? 0));
			if (byFame[0] === q.answer) most++;
			if (byFame.at(-1) === q.answer) least++;
		}
		const rate = (x: number) => x / n;
		process.stdout.write(
			`quiz fairness: chance ${(rate(chance) * 100).toFixed(1)}%, positions ${position.map((p) => `${((p / n) * 100).toFixed(1)}%`).join(' ')}, most-quoted option ${(rate(most) * 100).toFixed(1)}%, least-quoted ${(rate(least) * 100).toFixed(1)}%\n`,
		);
		// About 3 standard errors at n = 1500.
		const slack = 0.035;
		for (const p of position.slice(0, 2))
			expect(Math.abs(rate(p) - rate(chance))).toBeLessThan(slack);
		expect(rate(most)).toBeLessThan(rate(chance) + slack);
		expect(rate(least)).toBeLessThan(rate(chance) + slack);
	});
});
