// The index's word tables (search/build.ts) against foldWords itself: each sentence's words in
// the forward index, each word's sentences in its postings, the vocabulary by frequency, repeats;
// with texts that make the build grow its buffers (many one-letter words, a large vocabulary).
import {describe, expect, it} from 'vitest';
import type {LoadedTranscript} from '../../source/core/library.js';
import {buildIndex, readVarint, type SearchIndex} from '../../source/core/search/build.js';
import {foldWords} from '../../source/core/search/fold.js';
import {splitSentences} from '../../source/core/sentences.js';
import {handLibrary, rng} from '../helpers/search-fixtures.js';

/** The words of sentence `s` in the forward index, and its head (length and repeat). */
function forward(index: SearchIndex, s: number): {head: number; words: string[]} {
	const cursor = {at: index.fwdStart[s]!};
	const head = readVarint(index.fwd, cursor);
	const words: string[] = [];
	while (cursor.at < index.fwdStart[s + 1]!)
		words.push(index.vocab[readVarint(index.fwd, cursor)]!);
	return {head, words};
}

/** The sentences in the postings of word `w`. */
function postings(index: SearchIndex, w: number): number[] {
	const cursor = {at: index.postStart[w]!};
	const out: number[] = [];
	let s = -1;
	while (cursor.at < index.postStart[w + 1]!) {
		s += readVarint(index.post, cursor) + 1;
		out.push(s);
	}
	return out;
}

function check(index: SearchIndex) {
	const holders = new Map<string, number[]>();
	const counts = new Map<string, number>();
	const seen = new Set<string>();
	for (let s = 0; s < index.count; s++) {
		const text = index.texts[s]!;
		const words = foldWords(text);
		const repeat = text.length <= 120 && seen.has(text.toLowerCase()) ? 1 : 0;
		seen.add(text.toLowerCase());
		expect(index.repeated[s]).toBe(repeat);
		expect(forward(index, s)).toEqual({head: Math.min(text.length, 65535) * 2 + repeat, words});
		for (const w of words) {
			counts.set(w, (counts.get(w) ?? 0) + 1);
			const list = holders.get(w) ?? [];
			if (list.at(-1) !== s) list.push(s);
			holders.set(w, list);
		}
	}
	expect(new Set(index.vocab)).toEqual(new Set(holders.keys()));
	expect(index.vocab.length).toBe(holders.size);
	for (let w = 0; w < index.vocab.length; w++) {
		const word = index.vocab[w]!;
		expect(postings(index, w)).toEqual(holders.get(word));
		expect(index.df[w]).toBe(holders.get(word)!.length);
		// The most frequent first.
		if (w > 0) expect(counts.get(index.vocab[w - 1]!)!).toBeGreaterThanOrEqual(counts.get(word)!);
	}
}

describe('index build', () => {
	it('indexes every word of every sentence, as foldWords cuts them', () => {
		const random = rng(7);
		const syllables = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'zu', 'pe'];
		const word = () => {
			let w = '';
			const n = 1 + Math.floor(random() * 4);
			for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
			return w;
		};
		const turns: Array<[string | null, string]> = [];
		for (let t = 0; t < 300; t++) {
			const sentences: string[] = [];
			for (let k = 0; k < 4; k++) {
				const words = Array.from({length: 3 + Math.floor(random() * 12)}, word);
				sentences.push(`${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
			}
			turns.push([t % 3 === 0 ? null : 'Anna Petrova', sentences.join(' ')]);
		}
		// Many one-letter words (more words than the build first makes room for), signs, numbers,
		// accents and apostrophes (cut by foldWords), repeats whatever the case.
		turns.push([null, 'A b c d e f g h i j k l m n o p q r s t u v w x y z. A b c d e f g h.']);
		turns.push(['Anna Petrova', 'Niinistö’s $66 billion, 66,000 roubles, 1.5%. Thank you.']);
		turns.push([null, "THANK YOU. Russia's U.S. e.g. 3.5 percent. Thank you. Thank you!"]);
		const index = buildIndex(handLibrary([['Syllables', turns]]));
		expect(index.vocab.length).toBeGreaterThan(2000);
		expect(index.repeated.reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
		check(index);
	});

	it('indexes words seen first that are not frequent (more bytes in vocabulary ids)', () => {
		// 128 words (one-byte first-seen ids) 40 times over, then 150 others (more frequent, so
		// the first 128 get two-byte ids) 50 times: more bytes than the build keeps free.
		const early = Array.from({length: 128}, (_, i) => `early${i}`).join(' ');
		const common = Array.from({length: 150}, (_, i) => `common${i}`).join(' ');
		const turns: Array<[string | null, string]> = [[null, `${`${early} `.repeat(40)}.`]];
		for (let i = 0; i < 50; i++) turns.push([null, `${common}. ${early.slice(0, 20)}.`]);
		check(buildIndex(handLibrary([['Early', turns]])));
	});

	it('indexes sentences of one-letter words (more bytes of words than characters / 3)', () => {
		const text = Array.from({length: 200}, (_, i) => 'abcdefghij'[i % 10]).join(' ');
		const index = buildIndex(
			handLibrary([['Letters', [[null, `${text}. ${text.toUpperCase()}. ${text}!`]]]]),
		);
		check(index);
	});

	it('keeps every sentence as written and where it is, whatever size the files say they have', () => {
		const turns: Array<[string | null, string]> = [];
		for (let t = 0; t < 400; t++)
			turns.push([
				t % 2 ? 'Anna Petrova' : null,
				`Turn ${t} begins. Mr. Smith said “yes” (twice)!\nA second paragraph, ${t}… Thank you.`,
			]);
		// 133 files: the build sizes its buffers from every second one's characters per byte.
		const lib = handLibrary(
			Array.from({length: 133}, (_, i) => [`Doc ${i}`, turns.slice(3 * i, 3 * i + 3)]),
		);
		const index = buildIndex(lib);
		const want: string[] = [];
		const where: number[][] = [];
		for (const {transcript} of lib.transcripts)
			transcript.remarks.forEach((remark, r) => {
				let offset = 0;
				remark.paragraphs.forEach((para, p) => {
					for (const [from, to] of splitSentences(para)) {
						want.push(para.slice(from, to));
						where.push([r, p, offset + from]);
					}
					offset += para.length + 1;
				});
			});
		expect([...index.texts]).toEqual(want);
		expect(index.texts[want.length - 1]).toBe(want.at(-1));
		expect(where.map((_, s) => [index.remark[s], index.paragraph[s], index.start[s]])).toEqual(
			where,
		);
		check(index);
		// Sizes from the files' bytes (every second file is counted): the counted ten times their
		// characters (the others guessed short), or the others (guessed long). The same index.
		const charsIn = (t: LoadedTranscript) =>
			t.transcript.remarks.reduce((n, r) => n + r.paragraphs.join('').length, 0);
		for (const [counted, others] of [
			[10, 1],
			[1, 10],
		]) {
			const sized = buildIndex({
				...lib,
				transcripts: lib.transcripts.map((t, i) => ({
					...t,
					bytes: charsIn(t) * (i % 2 ? others! : counted!),
				})),
			});
			for (const [name, value] of Object.entries(index)) {
				const got = (sized as unknown as Record<string, unknown>)[name];
				if (Array.isArray(value)) expect([...(got as unknown[])], name).toEqual([...value]);
				else expect(got, name).toEqual(value);
			}
		}
	});
});
