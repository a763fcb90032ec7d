import {describe, expect, it} from 'vitest';
import {
	classifyRole,
	collectPeople,
	DistractorIndex,
	pickDistractors,
} from '../../source/core/distractors.js';
import {InputError} from '../../source/core/errors.js';
import {
	buildQuizBank,
	generateQuestions,
	NEED_TWO_SPEAKERS,
	toJson,
} from '../../source/core/quiz.js';
import {
	isCourtesyOnly,
	isDangling,
	isFiller,
	paragraphCandidates,
	quoteCandidates,
	splitSentences,
} from '../../source/core/quotes.js';
import {fold, leaks, MASK, redactQuote} from '../../source/core/redact.js';
import {createRng, textHash} from '../../source/core/rng.js';
import {
	meeting,
	ministers,
	nazarbayev,
	presser,
	putin,
	source,
	speaker,
	transcript,
} from '../helpers/quiz-fixtures.js';

const sentences = (text: string) => splitSentences(text).map(([a, b]) => text.slice(a, b));

describe('sentences and candidates', () => {
	it('splits sentences but not after titles, initials or U.S.', () => {
		expect(
			sentences('Mr. Smith met V. Putin in the U.S. on Monday. It went well! Did it? Yes.'),
		).toEqual([
			'Mr. Smith met V. Putin in the U.S. on Monday.',
			'It went well!',
			'Did it?',
			'Yes.',
		]);
	});

	it('knows filler and dangling sentences', () => {
		expect(isFiller('Thank you.')).toBe(true);
		expect(isFiller('Go ahead, please.')).toBe(true);
		expect(isFiller('Good afternoon, colleagues.')).toBe(true);
		expect(isFiller('Mr Putin, thank you for inviting me to this meeting.')).toBe(true);
		expect(isFiller('Of course, we will build the plant in Turkey next year.')).toBe(false);
		// Pleasantries say only who hosts whom.
		expect(isFiller('It is a pleasure to welcome you to Moscow.')).toBe(true);
		expect(isFiller('Mr Aliyev, it is a great pleasure to see you.')).toBe(true);
		expect(isFiller('We are always very glad to see you.')).toBe(true);
		expect(isFiller('I would like to express gratitude to my dear friend.')).toBe(true);
		expect(isFiller('Let us all thank our guest once again.')).toBe(true);
		expect(isFiller('We are glad to see that trade has grown by a third this year.')).toBe(false);
		// Self-introductions: with the name hidden they only say "an unknown asker".
		expect(isFiller('Mr President, my name is Alexander Romanchuk.')).toBe(true);
		expect(isFiller('I am Vladimir Priymak, general director of the Fund, from Suzemka.')).toBe(
			true,
		);
		expect(isFiller('I’m Anna Ivanova from Kaliningrad.')).toBe(true);
		expect(isFiller('I am sure that we will build the plant in Turkey next year.')).toBe(false);
		expect(isFiller('I am President of Russia, and I will not allow this to happen.')).toBe(true);
		expect(isFiller('I am Very much in favour of building it, as I said many times.')).toBe(false);
		expect(isDangling('However, strictly speaking, this is not the most important thing.')).toBe(
			true,
		);
		expect(isDangling('and then we left.')).toBe(true);
		expect(isDangling('Trade grew by 34 percent.')).toBe(false);
		expect(isDangling('It will be the year of the presidential elections in our country.')).toBe(
			true,
		);
		expect(isDangling('It is important to build the new bridge before the winter comes.')).toBe(
			false,
		);
		expect(isDangling('This year we will build the new bridge across the river.')).toBe(false);
		expect(isDangling('Perhaps not even the fact that we have invested a lot.')).toBe(true);
		expect(isFiller('I’m honored to welcome the Prime Minister to the White House today.')).toBe(
			true,
		);
		expect(isFiller('It will be my pleasure to convey your regards to all the staff.')).toBe(true);
		expect(isFiller('I would like to take this opportunity to wish you a happy New Year.')).toBe(
			true,
		);
	});

	it('knows quotes of courtesy alone, which are never asked', () => {
		expect(isCourtesyOnly('Mr Putin, it is likewise a great pleasure for me to be here.')).toBe(
			true,
		);
		expect(isCourtesyOnly('Thank you very much for the kind words and the warm welcome.')).toBe(
			true,
		);
		expect(
			isCourtesyOnly(
				'I am glad that our trade grew by over 34 percent in the first ten months of this year.',
			),
		).toBe(false);
		expect(isCourtesyOnly('Our trade grew by over 34 percent in the first ten months.')).toBe(
			false,
		);
		const t = transcript(
			'Talks',
			[putin, nazarbayev],
			[['putin', ['Mr Nazarbayev, it is likewise a great pleasure for me to be here today.']]],
		);
		expect(quoteCandidates(t)).toEqual([]);
	});

	it('makes 8–60 word runs of 1–3 sentences that do not start dangling', () => {
		const para =
			'However, strictly speaking, this is not the most important thing. Perhaps not even the fact that we have invested over $10 billion in the economy of Kazakhstan. What is important is that we are moving to another level. Thank you. Go ahead, please.';
		const quotes = paragraphCandidates(para).map((c) => para.slice(c.start, c.end));
		expect(quotes).toEqual(['What is important is that we are moving to another level.']);
		const prompt = transcript(
			'Interview',
			[putin, nazarbayev],
			[
				['nazarbayev', ['How was the year for you? What are your plans now?']],
				['putin', ['The year was difficult for all of us, but we have done what we planned.']],
			],
		);
		expect(quoteCandidates(prompt).map((c) => c.speaker)).toEqual(['putin']);
	});
});

const subjects = [putin, nazarbayev].map((s) => ({name: s.name, role: s.role, labels: s.labels}));

describe('redaction', () => {
	it('hides every form of the names and the own role phrase', () => {
		const r = redactQuote(
			'As President of Kazakhstan, I say that Mr. President Putin’s plans and V. V. Putin and Mr Nazarbayev agree on Nursultan Nazarbayev and his long list of very good ideas.',
			subjects,
		);
		expect(r?.text).toBe(
			`As ${MASK}, I say that ${MASK} plans and ${MASK} and ${MASK} agree on ${MASK} and his long list of very good ideas.`,
		);
		expect(r?.count).toBe(5);
	});

	it('hides countries when the options’ roles name different ones, with their adjectives', () => {
		const r = redactQuote(
			'Relations between Kazakhstan and Russia grow every year, and today Russian and Kazakh companies invest together in Kazakhstan’s future and in new technology.',
			subjects,
		);
		expect(r?.text).toBe(
			`Relations between ${MASK} and ${MASK} grow every year, and today ${MASK} and ${MASK} companies invest together in ${MASK} future and in new technology.`,
		);
	});

	it('leaves "Russian Federation" alone when every option is Russian', () => {
		const russians = [
			{name: 'Vladimir Putin', role: 'President of Russia', labels: [], country: 'russia'},
			{name: 'Anton Siluanov', role: 'Finance Minister', labels: [], country: 'russia'},
		];
		const text =
			'The Constitution of the Russian Federation guarantees these rights, and Russia will keep every promise it has made to its citizens.';
		expect(redactQuote(text, russians)?.text).toBe(text);
		// With a Kazakh option, the country would tell them apart: hidden.
		const mixed = [russians[0]!, {...subjects[1]!, country: 'kazakhstan'}];
		expect(redactQuote(text, mixed)?.text).toBe(
			`The Constitution of the ${MASK} Federation guarantees these rights, and ${MASK} will keep every promise it has made to its citizens.`,
		);
	});

	it('hides a named non-option whose country would point to one option ("Prime Minister Abe")', () => {
		const options = [
			{name: 'Vladimir Putin', role: 'President of Russia', labels: [], country: 'russia'},
			{name: 'Taro Kono', role: 'Foreign Minister of Japan', labels: [], country: 'japan'},
		];
		const r = redactQuote(
			'I have just discussed this with Prime Minister Abe, and we agreed to continue the talks on a peace treaty next year.',
			options,
			['Shinzo Abe'],
		);
		expect(r?.text).toBe(
			`I have just discussed this with ${MASK}, and we agreed to continue the talks on a peace treaty next year.`,
		);
	});

	it('is case- and diacritics-insensitive, and hides patronymics', () => {
		const erdogan = {name: 'Recep Tayyip Erdoğan', role: 'President of Turkey', labels: []};
		const r = redactQuote(
			'Vladimir Vladimirovich told me that ERDOGAN and Mr Erdogan’s team will come to Moscow next week for talks.',
			[...subjects, erdogan],
		);
		expect(r?.text).toBe(
			`${MASK} told me that ${MASK} and ${MASK} team will come to Moscow next week for talks.`,
		);
	});

	it('hides short names only next to a title or another name part', () => {
		const xi = {name: 'Xi Jinping', role: null, labels: []};
		const lePen = {name: 'Marine Le Pen', role: null, labels: ['Marine Le Pen (retranslated)']};
		const r = redactQuote(
			'I met Mr Xi and Ms Le Pen yesterday, and we talked about the future of Europe and Asia for a long time.',
			[xi, lePen],
		);
		expect(r?.text).toBe(
			`I met ${MASK} and ${MASK} yesterday, and we talked about the future of Europe and Asia for a long time.`,
		);
	});

	it('refuses a quote when a name hides inside an ordinary word, or little is left', () => {
		const lePen = {name: 'Marine Le Pen', role: null, labels: []};
		expect(
			redactQuote('Our submarine fleet was modernised this year, as planned by the ministry.', [
				lePen,
				...subjects,
			]),
		).toBeNull();
		expect(
			redactQuote(
				'Mr Putin, Mr Nazarbayev, Vladimir Putin, Nursultan Nazarbayev, friends all.',
				subjects,
			),
		).toBeNull();
	});

	it('leaks() sees names inside words and without diacritics', () => {
		expect(leaks('the putinesque style', subjects)).toBe(true);
		expect(leaks(`the ${MASK} style`, subjects)).toBe(false);
		expect(fold('Erdoğan Øresund')).toBe('erdogan oresund');
	});
});

describe('distractors', () => {
	it('classifies roles', () => {
		expect(classifyRole('President of Russia')).toBe('head');
		expect(classifyRole('Prime Minister of Singapore')).toBe('head');
		expect(classifyRole('Deputy Prime Minister')).toBe('minister');
		expect(classifyRole('Finance Minister')).toBe('minister');
		expect(classifyRole('Governor of the Tula Region')).toBe('governor');
		expect(classifyRole('CEO of Rosneft')).toBe('business');
		expect(classifyRole('TASS journalist')).toBe('journalist');
		expect(classifyRole(null)).toBe('other');
	});

	it('takes the same transcript first, then similar roles, never anonymous, one per person', () => {
		const people = collectPeople([
			source('a', meeting),
			source('b', presser),
			source('c', ministers),
		]);
		expect([...people.keys()].sort()).toEqual([
			'alexander novak',
			'anton siluanov',
			'nursultan nazarbayev',
			'recep tayyip erdogan',
			'vladimir putin',
		]);
		const answer = people.get('nursultan nazarbayev')!;
		const same = [people.get('vladimir putin')!, answer];
		const index = new DistractorIndex(people.values());
		for (let seed = 0; seed < 20; seed++) {
			// No topic: the same kind of role (a head of state) comes next.
			const picked = pickDistractors(answer, same, index, createRng(seed), 2);
			expect(picked.map((p) => p.name)).toEqual(['Vladimir Putin', 'Recep Tayyip Erdoğan']);
		}
	});

	it('ranks by who could have said it: shared topic words first, then period, then role kind', () => {
		const people = collectPeople([
			source('a', meeting),
			source('b', presser),
			source('c', ministers),
		]);
		const answer = people.get('nursultan nazarbayev')!;
		const index = new DistractorIndex(people.values());
		const minister = people.get('anton siluanov')!;
		// A quote in words only one minister uses ranks him above the head of state.
		const words = [...minister.words].filter(
			(w) => ![...people.values()].some((p) => p !== minister && p.words.has(w)),
		);
		expect(words.length).toBeGreaterThan(3);
		const ranked = index.rank(answer, {text: words.slice(0, 6).join(' '), year: null});
		expect(ranked[0]!.p.name).toBe('Anton Siluanov');
		expect(ranked.map((x) => x.p.key)).not.toContain(answer.key);
	});
});

describe('questions', () => {
	const bank = buildQuizBank([
		source('k1', meeting),
		source('k2', presser),
		source('k3', ministers),
	]);

	it('are deterministic for a seed and differ between seeds', () => {
		const a = generateQuestions(bank, {count: 6, seed: 42});
		const b = generateQuestions(bank, {count: 6, seed: 42});
		const c = generateQuestions(bank, {count: 6, seed: 43});
		expect(a).toEqual(b);
		expect(a.length).toBe(6);
		expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
	});

	it('are fair: 2–4 distinct named options with the answer, no name word, 8+ words', () => {
		const named = new Set([
			'Vladimir Putin',
			'Nursultan Nazarbayev',
			'Recep Tayyip Erdoğan',
			'Anton Siluanov',
			'Alexander Novak',
		]);
		const all = generateQuestions(bank, {count: 100, seed: 1});
		expect(all.length).toBeGreaterThan(5);
		for (const q of all) {
			expect(q.options.length).toBeGreaterThanOrEqual(2);
			expect(q.options.length).toBeLessThanOrEqual(4);
			expect(new Set(q.options).size).toBe(q.options.length);
			expect(q.options).toContain(q.answer);
			for (const o of q.options) {
				expect(named.has(o)).toBe(true);
				for (const w of fold(o)
					.split(/\s+/)
					.filter((x) => x.length >= 4))
					expect(fold(q.quote)).not.toContain(w);
			}
			expect(q.quote.split(/\s+/).filter((t) => /\p{L}/u.test(t)).length).toBeGreaterThanOrEqual(8);
			expect(q.id).toBe(`${q.transcriptKey}:${textHash(q.original)}`);
		}
		// The greeting and the thanks never become questions.
		expect(all.some((q) => /thank you/i.test(q.original))).toBe(false);
		// The anonymous question is never quoted and never an option.
		expect(all.some((q) => q.original.includes('gas pipeline and the prices'))).toBe(false);
	});

	it('JSON has exactly the contract fields', () => {
		const [q] = generateQuestions(bank, {count: 1, seed: 5});
		expect(Object.keys(toJson(q!)).sort()).toEqual([
			'answer',
			'file',
			'options',
			'quote',
			'remark',
		]);
	});

	it('says what to load with fewer than two named speakers', () => {
		const lonely = transcript(
			'Q&A',
			[putin, speaker('q', 'Question', null, true)],
			[
				['q', ['What do you think about the weather in Moscow this winter, Mr President?']],
				[
					'putin',
					['The weather in Moscow this winter has been unusually warm, and the snow came late.'],
				],
			],
		);
		const one = buildQuizBank([source('x', lonely)]);
		expect(() => generateQuestions(one, {count: 3, seed: 1})).toThrow(InputError);
		expect(() => generateQuestions(one, {count: 3, seed: 1})).toThrow(NEED_TWO_SPEAKERS);
	});

	it('does not ask a quote with three or more hidden names (a caption listing guests)', () => {
		const caption =
			'Nursultan Nazarbayev, left, and Vladimir Putin prior to the talks with Nazarbayev and his delegation in the Kremlin.';
		const fair =
			'Our trade grew by over thirty percent in the first ten months of this year, a major step.';
		const t = transcript(
			'Talks',
			[putin, nazarbayev],
			[
				['putin', [caption]],
				['nazarbayev', [fair]],
			],
		);
		const questions = generateQuestions(buildQuizBank([source('cap', t)]), {count: 5, seed: 3});
		expect(questions.map((q) => q.original)).toEqual([fair]);
	});
});
