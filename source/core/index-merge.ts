/**
 * The search index of a library made from indexes of its parts, without reading, parsing or
 * splitting their text again: when a few files of a large library are added, changed or removed,
 * only those are indexed (`buildIndex`), and the result is merged with the index of the library
 * as it was. The parts give their sentences, in library order, to the second half of the build
 * (`indexSentences`: words, repeats, vocabulary, postings), so the merged index is the one
 * `buildIndex` would build of the whole library, field by field (test/core/index-file.test.ts).
 *
 * An index with other fields than `SearchIndex` has (another engine) is not merged, and the
 * caller builds the index instead.
 */
import type {Library} from './library.js';
import {buildIndex, indexSentences, runSteps, type SearchIndex, voiceKey} from './search/build.js';

/** The fields of `SearchIndex` this merge knows. */
const FIELDS = [
	'count',
	'texts',
	'firstSentence',
	'remark',
	'paragraph',
	'start',
	'speaker',
	'voices',
	'persons',
	'files',
	'titles',
	'keys',
	'repeated',
	'vocab',
	'df',
	'postStart',
	'post',
	'fwdStart',
	'fwd',
];

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
		if (part.firstSentence.length !== part.keys.length + 1) return null;
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
	const voiceMaps = parts.map((part) =>
		Int32Array.from(part.voices, (v) => voiceIds.get(voiceKey(v)) ?? -1),
	);
	for (let p = 0; p < parts.length; p++) {
		const keys = parts[p]!.keys;
		for (let t = 0; t < keys.length; t++) where.set(keys[t]!, {p, t});
	}
	const from = library.transcripts.map((t) => where.get(t.key));
	let count = 0;
	for (const f of from) {
		if (!f) return null;
		const first = parts[f.p]!.firstSentence;
		count += first[f.t + 1]! - first[f.t]!;
	}
	const texts = new Array<string>(count);
	const firstSentence = new Uint32Array(from.length + 1);
	const remark = new Uint32Array(count);
	const paragraph = new Uint32Array(count);
	const start = new Uint32Array(count);
	const speaker = new Int32Array(count);
	let s = 0;
	for (let j = 0; j < from.length; j++) {
		const {p, t} = from[j]!;
		const part = parts[p]!;
		const voices = voiceMaps[p]!;
		firstSentence[j] = s;
		const end = part.firstSentence[t + 1]!;
		for (let o = part.firstSentence[t]!; o < end; o++, s++) {
			texts[s] = part.texts[o]!;
			remark[s] = part.remark[o]!;
			paragraph[s] = part.paragraph[o]!;
			start[s] = part.start[o]!;
			const v = part.speaker[o]!;
			speaker[s] = v < 0 ? -1 : voices[v]!;
			if (v >= 0 && speaker[s]! < 0) return null;
		}
	}
	firstSentence[from.length] = count;
	return runSteps(
		indexSentences({
			texts,
			firstSentence,
			remark,
			paragraph,
			start,
			speaker,
			voices: base.voices,
			persons: base.persons,
			files: base.files,
			titles: base.titles,
			keys: base.keys,
		}),
	);
}
