/**
 * The search index of a library, built once: every sentence as a record (typed arrays plus its
 * text), and a candidate index in front of the scorer: the vocabulary (lower-cased, space-separated
 * words, punctuation kept) with, for each word, the sorted list of sentences that contain it
 * (postings in one Uint32Array).
 */
import type {Library} from '../library.js';
import {splitSentences} from '../sentences.js';

/** The searchable sentences of a library and the candidate index over them. */
export interface SearchIndex {
	/** Number of sentences. */
	count: number;
	/** Each sentence as written. */
	texts: string[];
	/** Each sentence lower-cased (what Fuse compares when the query has no capital). */
	lowers: string[];
	/** Per sentence: index into `library.transcripts`. */
	transcript: Uint32Array;
	/** Per sentence: remark (turn) index in its transcript. */
	remark: Uint32Array;
	/** Per sentence: paragraph index in its remark. */
	paragraph: Uint32Array;
	/** Per sentence: offset of the sentence in the remark's paragraphs joined with '\n'. */
	start: Uint32Array;
	/** Per sentence: index into `speakerNames`, or -1 for narration. */
	speaker: Int32Array;
	/** Distinct speaker names of the library. */
	speakerNames: string[];
	/** Per transcript: file, title and key, for results. */
	files: string[];
	titles: Array<string | null>;
	keys: string[];
	/**
	 * Per sentence: the first sentence of the library with the same text, case aside ("Thank
	 * you.", a repeated photo caption), or -1 when it is that first one; sentences longer than
	 * `REPEAT_MAX` are not compared. Ties rank repeats after every first occurrence, so that the
	 * best places of a list show different sentences.
	 */
	repeatOf: Int32Array;
	/** Per first occurrence: its next repeat (then each repeat's next), or -1. */
	nextRepeat: Int32Array;
	/** Per first occurrence: how many repeats it has. */
	repeats: Uint32Array;
	/** Lower-cased sentences without a space (Fuse scores a term equal to the whole text 0). */
	singles: Set<string>;
	/** The vocabulary: distinct lower-cased words (split on spaces only). */
	words: string[];
	/** Each word without the punctuation around it. */
	bare: string[];
	/** Postings of word w: `post[postStart[w] .. postStart[w + 1])`, ascending sentence numbers. */
	postStart: Uint32Array;
	post: Uint32Array;
}

/** Sentences up to this long are checked for repeats (see `SearchIndex.repeatOf`). */
const REPEAT_MAX = 120;

const punctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A word without the punctuation around it ("(russia’s," → "russia’s"). */
export function stripWord(word: string): string {
	return word.replace(punctuation, '');
}

/** Yields now and then while building, so that a caller can interleave other work. */
export function* buildIndexSteps(library: Library): Generator<void, SearchIndex> {
	const texts: string[] = [];
	const lowers: string[] = [];
	const tr: number[] = [];
	const re: number[] = [];
	const pa: number[] = [];
	const st: number[] = [];
	const sp: number[] = [];
	const speakerIds = new Map<string, number>();
	const speakerNames: string[] = [];
	const files: string[] = [];
	const titles: Array<string | null> = [];
	const keys: string[] = [];
	for (const loaded of library.transcripts) {
		files.push(loaded.file);
		titles.push(loaded.transcript.title);
		keys.push(loaded.key);
	}
	for (let t = 0; t < library.transcripts.length; t++) {
		const transcript = library.transcripts[t]!.transcript;
		const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
		transcript.remarks.forEach((remark, r) => {
			let sid = -1;
			const name = remark.speaker === null ? undefined : names.get(remark.speaker);
			if (name !== undefined) {
				sid = speakerIds.get(name) ?? -1;
				if (sid < 0) {
					sid = speakerNames.length;
					speakerIds.set(name, sid);
					speakerNames.push(name);
				}
			}
			let offset = 0;
			remark.paragraphs.forEach((para, p) => {
				for (const [s, e] of splitSentences(para)) {
					const text = para.slice(s, e);
					texts.push(text);
					lowers.push(text.toLowerCase());
					tr.push(t);
					re.push(r);
					pa.push(p);
					st.push(offset + s);
					sp.push(sid);
				}
				offset += para.length + 1;
			});
		});
		if (t % 8 === 7) yield;
	}
	const count = texts.length;

	// Pass 1: word ids, and each sentence's distinct words.
	const ids = new Map<string, number>();
	const words: string[] = [];
	const last: number[] = [];
	const df: number[] = [];
	let buf = new Uint32Array(Math.max(1024, count * 16));
	let used = 0;
	const ends = new Uint32Array(count);
	const singles = new Set<string>();
	const repeatOf = new Int32Array(count).fill(-1);
	const nextRepeat = new Int32Array(count).fill(-1);
	const repeats = new Uint32Array(count);
	/** Per text, its first sentence; per first sentence, its last repeat so far. */
	const firstOf = new Map<string, number>();
	const lastOf = new Int32Array(count);
	for (let s = 0; s < count; s++) {
		// Short sentences only (where nearly all repeats are: courtesies, captions, answers), by the
		// lower-cased copy: a flat string, quicker to hash than a slice of the file's text.
		const lower = lowers[s]!;
		if (lower.length <= REPEAT_MAX) {
			const first = firstOf.get(lower);
			if (first === undefined) {
				firstOf.set(lower, s);
				lastOf[s] = s;
			} else {
				repeatOf[s] = first;
				nextRepeat[lastOf[first]!] = s;
				lastOf[first] = s;
				repeats[first]!++;
			}
		}
		const parts = lowers[s]!.split(' ');
		if (parts.length === 1) singles.add(parts[0]!);
		for (const w of parts) {
			if (w === '') continue;
			let id = ids.get(w);
			if (id === undefined) {
				id = words.length;
				ids.set(w, id);
				words.push(w);
				last.push(-1);
				df.push(0);
			}
			if (last[id] === s) continue;
			last[id] = s;
			df[id]!++;
			if (used === buf.length) {
				const bigger = new Uint32Array(buf.length * 2);
				bigger.set(buf);
				buf = bigger;
			}
			buf[used++] = id;
		}
		ends[s] = used;
		if ((s & 8191) === 8191) yield;
	}

	const bare = words.map(stripWord);

	// Pass 2: postings, ascending by sentence.
	const postStart = new Uint32Array(words.length + 1);
	for (let w = 0; w < words.length; w++) postStart[w + 1] = postStart[w]! + df[w]!;
	const cursor = postStart.slice(0, words.length);
	const post = new Uint32Array(used);
	let from = 0;
	for (let s = 0; s < count; s++) {
		const to = ends[s]!;
		for (let i = from; i < to; i++) post[cursor[buf[i]!]!++] = s;
		from = to;
	}
	return {
		count,
		texts,
		lowers,
		transcript: Uint32Array.from(tr),
		remark: Uint32Array.from(re),
		paragraph: Uint32Array.from(pa),
		start: Uint32Array.from(st),
		speaker: Int32Array.from(sp),
		speakerNames,
		files,
		titles,
		keys,
		repeatOf,
		nextRepeat,
		repeats,
		singles,
		words,
		bare,
		postStart,
		post,
	};
}

/** Builds the search index of a library in one go. */
export function buildIndex(library: Library): SearchIndex {
	const steps = buildIndexSteps(library);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
