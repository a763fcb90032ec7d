/**
 * The search index of a library made from indexes of its parts, without reading, parsing or
 * splitting their text again: when a few files of a large library are added, changed or removed,
 * only those are indexed (`buildIndex`), and the result is merged with the index of the library
 * as it was. The merged index is the one `buildIndex` would build of the whole library, field by
 * field (test/core/index-file.test.ts): sentences in library order, vocabulary ids in order of
 * first use, postings ascending, repeats found across parts, speakers as the transcripts give them.
 *
 * It follows the fields of `SearchIndex` (search/build.ts): an index with fields it does not know
 * (a newer engine) is not merged, and the caller builds the index instead.
 */
import type {Library} from './library.js';
import {buildIndex, type SearchIndex} from './search/build.js';

/** The fields merged here: exactly those of `SearchIndex` when this was written. */
const FIELDS = [
	'count',
	'texts',
	'transcript',
	'remark',
	'paragraph',
	'start',
	'speaker',
	'voices',
	'persons',
	'files',
	'titles',
	'keys',
	'repeatOf',
	'vocab',
	'postStart',
	'post',
	'fwdStart',
	'fwd',
];

/** As in search/build.ts: sentences up to this long are checked for repeats. */
const REPEAT_MAX = 120;

const voiceKey = (v: {name: string; role: string | null}) => `${v.name}\u0000${v.role ?? ''}`;

/** Where each transcript's sentences are in a part: `first[t] .. first[t + 1]`. */
function ranges(part: SearchIndex): Uint32Array | null {
	const n = part.keys.length;
	const first = new Uint32Array(n + 1);
	const tr = part.transcript;
	for (let s = 0; s < part.count; s++) {
		const t = tr[s]!;
		if (t >= n || (s > 0 && t < tr[s - 1]!)) return null;
		first[t + 1]!++;
	}
	for (let t = 0; t < n; t++) first[t + 1]! += first[t]!;
	return first;
}

/**
 * The index of `library` from indexes of parts of it, each holding some of its transcripts (by
 * key; a later part wins). The library's transcripts may be outlines: their speakers are enough.
 * Null when a transcript is in no part, or a part is not an index this merge knows.
 */
export function mergeIndexes(library: Library, parts: readonly SearchIndex[]): SearchIndex | null {
	const known = new Set(FIELDS);
	for (const part of parts) {
		const names = Object.keys(part);
		if (names.length !== FIELDS.length || !names.every((f) => known.has(f))) return null;
	}
	// Files, titles, keys, voices and persons: as the library's transcripts give them.
	const base = buildIndex({
		transcripts: library.transcripts.map((t) => ({
			...t,
			transcript: {...t.transcript, remarks: []},
		})),
		skipped: 0,
		errors: [],
	});
	const voiceIds = new Map(base.voices.map((v, i) => [voiceKey(v), i]));
	const where = new Map<string, {p: number; t: number}>();
	const firsts: Uint32Array[] = [];
	const voiceMaps: Int32Array[] = [];
	for (let p = 0; p < parts.length; p++) {
		const part = parts[p]!;
		const first = ranges(part);
		if (!first) return null;
		firsts.push(first);
		voiceMaps.push(Int32Array.from(part.voices, (v) => voiceIds.get(voiceKey(v)) ?? -1));
		for (let t = 0; t < part.keys.length; t++) where.set(part.keys[t]!, {p, t});
	}
	const from = library.transcripts.map((t) => where.get(t.key));
	if (from.some((f) => f === undefined)) return null;

	let count = 0;
	let words = 0;
	for (const f of from) {
		const first = firsts[f!.p]!;
		const part = parts[f!.p]!;
		const a = first[f!.t]!;
		const b = first[f!.t + 1]!;
		count += b - a;
		words += part.fwdStart[b]! - part.fwdStart[a]!;
	}
	const texts = new Array<string>(count);
	const transcript = new Uint32Array(count);
	const remark = new Uint32Array(count);
	const paragraph = new Uint32Array(count);
	const start = new Uint32Array(count);
	const speaker = new Int32Array(count);
	const repeatOf = new Int32Array(count).fill(-1);
	const fwdStart = new Uint32Array(count + 1);
	const fwd = new Uint32Array(words);
	// Vocabulary ids in order of first use, as the build gives them; document frequencies.
	const vocab: string[] = [];
	const ids = new Map<string, number>();
	const idMaps = parts.map((part) => new Int32Array(part.vocab.length).fill(-1));
	const bound = parts.reduce((n, part) => n + part.vocab.length, 0);
	const last = new Int32Array(bound).fill(-1);
	const df = new Uint32Array(bound);
	const firstOf = new Map<string, number>();
	let s = 0;
	let k = 0;
	for (let j = 0; j < from.length; j++) {
		const {p, t} = from[j]!;
		const part = parts[p]!;
		const map = idMaps[p]!;
		const voices = voiceMaps[p]!;
		// The part's arrays in locals: this loop runs once per word of the library.
		const {texts: pTexts, remark: pRemark, paragraph: pParagraph, start: pStart} = part;
		const {speaker: pSpeaker, fwd: pFwd, fwdStart: pFwdStart, vocab: pVocab} = part;
		const end = firsts[p]![t + 1]!;
		for (let o = firsts[p]![t]!; o < end; o++, s++) {
			const text = pTexts[o]!;
			texts[s] = text;
			transcript[s] = j;
			remark[s] = pRemark[o]!;
			paragraph[s] = pParagraph[o]!;
			start[s] = pStart[o]!;
			const v = pSpeaker[o]!;
			speaker[s] = v < 0 ? -1 : voices[v]!;
			if (v >= 0 && speaker[s]! < 0) return null;
			if (text.length <= REPEAT_MAX) {
				const lower = text.toLowerCase();
				const seen = firstOf.get(lower);
				if (seen === undefined) firstOf.set(lower, s);
				else repeatOf[s] = seen;
			}
			const to = pFwdStart[o + 1]!;
			for (let i = pFwdStart[o]!; i < to; i++) {
				const w = pFwd[i]!;
				let id = map[w]!;
				if (id < 0) {
					const word = pVocab[w]!;
					id = ids.get(word) ?? -1;
					if (id < 0) {
						id = vocab.length;
						ids.set(word, id);
						vocab.push(word);
					}
					map[w] = id;
				}
				fwd[k++] = id;
				if (last[id] !== s) {
					last[id] = s;
					df[id]!++;
				}
			}
			fwdStart[s + 1] = k;
		}
	}
	// Postings, ascending by sentence.
	const postStart = new Uint32Array(vocab.length + 1);
	for (let w = 0; w < vocab.length; w++) postStart[w + 1] = postStart[w]! + df[w]!;
	const cursor = postStart.slice(0, vocab.length);
	const post = new Uint32Array(postStart[vocab.length]!);
	last.fill(-1);
	for (let x = 0; x < count; x++) {
		const to = fwdStart[x + 1]!;
		for (let i = fwdStart[x]!; i < to; i++) {
			const w = fwd[i]!;
			if (last[w] === x) continue;
			last[w] = x;
			post[cursor[w]!++] = x;
		}
	}
	return {
		count,
		texts,
		transcript,
		remark,
		paragraph,
		start,
		speaker,
		voices: base.voices,
		persons: base.persons,
		files: base.files,
		titles: base.titles,
		keys: base.keys,
		repeatOf,
		vocab,
		postStart,
		post,
		fwdStart,
		fwd,
	};
}
