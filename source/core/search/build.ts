/**
 * The search index of a library, built once and a pure function of its transcripts: every
 * sentence as a record (typed arrays plus its text), the speakers (as each transcript names them,
 * and the people they are across files), and the word index in front of the scorer: the
 * vocabulary of folded words (fold.ts), for each word the ascending sentences that hold it
 * (postings), and for each sentence its words in order (the forward index).
 */
import type {Library} from '../library.js';
import {sentenceBounds} from '../sentences.js';
import {translit} from '../speaker-merge.js';
import {FUNCTION_WORDS, foldKey, ROLE_WORDS} from '../speaker-words.js';
import {foldWords} from './fold.js';
import {Growing, WordIds} from './word-ids.js';

/** A speaker as one transcript names them. */
interface Voice {
	name: string;
	role: string | null;
	/** Index into `SearchIndex.persons`. */
	person: number;
}

/** One person across the library: voices whose names match after folding accents and spellings. */
interface Person {
	/** The name shown for the person (the first spelling with accents, else the first seen). */
	name: string;
	/** The folded words of the person's names and short labels, for `@name`. */
	words: string[];
}

/** The searchable sentences of a library and the word index over them. */
export interface SearchIndex {
	/** Number of sentences. */
	count: number;
	/** Each sentence as written. */
	texts: string[];
	/**
	 * Per transcript (index into `library.transcripts`): its first sentence, in order; one more
	 * entry, `count`, ends the last (see `transcriptOf`).
	 */
	firstSentence: Uint32Array;
	/**
	 * Per sentence: remark (turn) index in its transcript (from an index file, read when asked
	 * for: only results need it).
	 */
	remark: ArrayLike<number>;
	/** Per sentence: paragraph index in its remark (read likewise). */
	paragraph: ArrayLike<number>;
	/** Per sentence: offset of the sentence in the remark's paragraphs joined with '\n' (likewise). */
	start: ArrayLike<number>;
	/** Per sentence: index into `voices`, or -1 for narration. */
	speaker: Int32Array;
	/** Distinct (name, role) pairs as the transcripts give them. */
	voices: Voice[];
	/** The people behind the voices. */
	persons: Person[];
	/** Per transcript: file, title and key, for results. */
	files: string[];
	titles: Array<string | null>;
	keys: string[];
	/**
	 * Per sentence: 1 when an earlier sentence of the library has the same text, case aside
	 * ("Thank you.", a repeated photo caption), else 0; sentences longer than `REPEAT_MAX` are
	 * not compared. Ties rank repeats after every first occurrence.
	 */
	repeated: Uint8Array;
	/** The vocabulary: distinct folded words, the most frequent first. */
	vocab: string[];
	/** Per word: the number of sentences that hold it. */
	df: Uint32Array;
	/**
	 * Postings of word w, the ascending sentences that hold it, in bytes
	 * `post[postStart[w] .. postStart[w + 1])`: each the gap after the one before (the first:
	 * after -1) less one, as a varint (see `readVarint`).
	 */
	postStart: Uint32Array;
	post: Uint8Array;
	/**
	 * Sentence s in bytes `fwd[fwdStart[s] .. fwdStart[s + 1])`, varints: first its length (UTF-16
	 * code units, at most 65535) times two plus `repeated[s]`, for ranking without the text (and
	 * in the cache line its words are read from); then its words in order, vocabulary ids
	 * (frequent words, with small ids, take one byte).
	 */
	fwdStart: Uint32Array;
	fwd: Uint8Array;
}

/** The transcript (index into `library.transcripts`) of sentence `s`. */
export function transcriptOf(index: SearchIndex, s: number): number {
	const first = index.firstSentence;
	let lo = 0;
	let hi = first.length - 2;
	// The last transcript whose first sentence is at or before s.
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (first[mid]! <= s) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * Reads the varint at `varint.at` of `bytes` and moves `at` past it (bytes past the end read as
 * 0: a damaged index gives wrong numbers, never a loop without end).
 */
export function readVarint(bytes: Uint8Array, cursor: {at: number}): number {
	let b = bytes[cursor.at++]!;
	if (b < 0x80) return b;
	let x = b & 0x7f;
	let scale = 0x80;
	do {
		b = bytes[cursor.at++]!;
		x += (b & 0x7f) * scale;
		scale *= 0x80;
	} while (b >= 0x80 && scale < 2 ** 35);
	return x;
}

/** Varints: 7 bits a byte, low bits first, the high bit set on every byte but the last. */
const varintBytes = (x: number) =>
	x < 0x80 ? 1 : x < 0x4000 ? 2 : x < 0x200000 ? 3 : x < 0x10000000 ? 4 : 5;
function writeVarint(out: Uint8Array, at: number, x: number): number {
	while (x >= 0x80) {
		out[at++] = (x & 0x7f) | 0x80;
		x >>>= 7;
	}
	out[at++] = x;
	return at;
}

/** Sentences up to this long are checked for repeats (see `SearchIndex.repeated`). */
const REPEAT_MAX = 120;

/** A voice's identity: its name and role as the transcripts give them. */
export const voiceKey = (v: {name: string; role: string | null}) =>
	`${v.name}\u0000${v.role ?? ''}`;

/** Runs the steps of a build to the end, without yielding to anything else. */
export function runSteps<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** The identity of a speaker's name across files: folded accents and transliterations. */
function personKey(name: string): string {
	return translit(foldKey(name)).replace(/[.,]/g, '');
}

/** The words by which `@name` finds a person: their name's, and those of short labels. */
function nameWords(name: string, labels: readonly string[]): string[] {
	const words = new Set<string>();
	const add = (text: string) => {
		for (const w of foldWords(text)) if (!FUNCTION_WORDS.has(w) && !ROLE_WORDS.has(w)) words.add(w);
	};
	add(name);
	for (const label of labels) if (label.trim().split(/\s+/).length <= 2) add(label);
	return [...words];
}

/** Yields now and then while building, so that a caller can interleave other work. */
export function* buildIndexSteps(library: Library): Generator<void, SearchIndex> {
	return yield* indexSentences(yield* collectSentences(library));
}

/** A library's sentences with where they come from: what the words are indexed from. */
type Sentences = Pick<
	SearchIndex,
	'texts' | 'firstSentence' | 'voices' | 'persons' | 'files' | 'titles' | 'keys' | 'speaker'
> & {remark: Uint32Array; paragraph: Uint32Array; start: Uint32Array};

/** The sentences of a library's transcripts, their speakers' voices and persons. */
function* collectSentences(library: Library): Generator<void, Sentences> {
	const texts: string[] = [];
	const firstSentence = new Uint32Array(library.transcripts.length + 1);
	// Room for a sentence in 64 characters (grown if short: copied; room never written costs
	// no memory).
	let chars = 0;
	for (const {transcript} of library.transcripts)
		for (const remark of transcript.remarks)
			for (const para of remark.paragraphs) chars += para.length;
	const room = (chars >> 6) + 1024;
	const re = new Growing(room);
	const pa = new Growing(room);
	const st = new Growing(room);
	const sp = new Growing(room);
	const voiceIds = new Map<string, number>();
	const voices: Voice[] = [];
	const personIds = new Map<string, number>();
	const persons: Person[] = [];
	const files: string[] = [];
	const titles: Array<string | null> = [];
	const keys: string[] = [];
	for (const loaded of library.transcripts) {
		files.push(loaded.file);
		titles.push(loaded.transcript.title);
		keys.push(loaded.key);
	}
	const out: Collected = {texts, re, pa, st, sp, bounds: []};
	for (let t = 0; t < library.transcripts.length; t++) {
		firstSentence[t] = texts.length;
		const transcript = library.transcripts[t]!.transcript;
		const ids = new Map<string, number>();
		for (const s of transcript.speakers) {
			let v = voiceIds.get(voiceKey(s));
			const pk = personKey(s.name);
			let p = personIds.get(pk);
			if (p === undefined) {
				p = persons.length;
				personIds.set(pk, p);
				persons.push({name: s.name, words: []});
			}
			const person = persons[p]!;
			if (
				person.name !== s.name &&
				/[^\x00-\x7f]/.test(s.name) &&
				!/[^\x00-\x7f]/.test(person.name)
			)
				person.name = s.name;
			for (const w of nameWords(s.name, s.labels))
				if (!person.words.includes(w)) person.words.push(w);
			if (v === undefined) {
				v = voices.length;
				voiceIds.set(voiceKey(s), v);
				voices.push({name: s.name, role: s.role, person: p});
			}
			ids.set(s.id, v);
		}
		const remarks = transcript.remarks;
		for (let r = 0; r < remarks.length; r++) {
			const remark = remarks[r]!;
			const sid = remark.speaker === null ? -1 : (ids.get(remark.speaker) ?? -1);
			addSentences(remark.paragraphs, r, sid, out);
		}
		if (t % 8 === 7) yield;
	}
	firstSentence[library.transcripts.length] = texts.length;
	return {
		texts,
		firstSentence,
		remark: re.done(),
		paragraph: pa.done(),
		start: st.done(),
		speaker: new Int32Array(sp.buf.buffer, 0, sp.used),
		voices,
		persons,
		files,
		titles,
		keys,
	};
}

/** The sentences collected so far, and scratch for their bounds. */
interface Collected {
	texts: string[];
	re: Growing;
	pa: Growing;
	st: Growing;
	sp: Growing;
	bounds: number[];
}

/** Adds the sentences of a remark's paragraphs (remark `r`, said by voice `sid`). */
function addSentences(paragraphs: readonly string[], r: number, sid: number, out: Collected) {
	const {texts, re, pa, st, sp, bounds} = out;
	let offset = 0;
	for (let p = 0; p < paragraphs.length; p++) {
		const para = paragraphs[p]!;
		const n = sentenceBounds(para, bounds);
		for (let i = 0; i < n; i += 2) {
			const s = bounds[i]!;
			texts.push(para.slice(s, bounds[i + 1]!));
			re.push(r);
			pa.push(p);
			st.push(offset + s);
			sp.push(sid);
		}
		offset += para.length + 1;
	}
}

/**
 * The index of sentences: their words, repeats, vocabulary and postings (the build's second
 * half; index-merge.ts gives it the sentences of kept indexes instead of transcripts).
 */
export function* indexSentences(sentences: Sentences): Generator<void, SearchIndex> {
	const {texts} = sentences;
	const count = texts.length;

	// Pass 1 (in steps: small functions are what the JIT compiles best).
	const first = new FirstPass(texts);
	for (let s = 0; s < count; s += 16384) {
		first.add(s, Math.min(count, s + 16384));
		yield;
	}

	// The vocabulary, the most frequent words first (then first seen): they get small ids.
	const {words, stats} = first;
	const V = words.words.length;
	const found = words.counts();
	const order = Uint32Array.from({length: V}, (_, i) => i).sort(
		(a, b) => found[b]! - found[a]! || a - b,
	);
	const rank = new Uint32Array(V);
	const vocab = new Array<string>(V);
	const df = new Uint32Array(V);
	const postStart = new Uint32Array(V + 1);
	// Room for the forward index (words are found at least as often as they occur).
	let fwdBytes = first.headBytes;
	for (let w = 0; w < V; w++) {
		const id = order[w]!;
		rank[id] = w;
		vocab[w] = words.words[id]!;
		df[w] = stats[3 * id + 1]!;
		postStart[w + 1] = postStart[w]! + stats[3 * id + 2]!;
		fwdBytes += found[id]! * varintBytes(w);
	}
	yield;

	// Pass 2: the forward index in ranked ids, and the postings, ascending by sentence.
	const second: SecondPass = {
		raw: first.raw,
		r: 0,
		rank,
		fwd: new Uint8Array(fwdBytes),
		at: 0,
		fwdStart: new Uint32Array(count + 1),
		post: new Uint8Array(postStart[V]!),
		cursor: postStart.slice(0, V),
		last: new Int32Array(V).fill(-1),
	};
	for (let s = 0; s < count; s += 65536) {
		writeSentences(second, s, Math.min(count, s + 65536));
		yield;
	}
	return {
		...sentences,
		count,
		repeated: first.repeated,
		vocab,
		df,
		postStart,
		post: second.post,
		fwdStart: second.fwdStart,
		// (A view: the room past `at` was never written.)
		fwd: second.fwd.subarray(0, second.at),
	};
}

/**
 * Pass 1 of `indexSentences`: per sentence, in `raw`, varints: its head in the forward index
 * (length and repeat), the number of its words, their first-seen ids. Per word (by first-seen
 * id): the sentences that hold it and the bytes of its postings (gaps do not depend on ids).
 */
class FirstPass {
	readonly words = new WordIds();
	raw: Uint8Array;
	used = 0;
	/**
	 * Per word w, side by side (a word looked at costs one cache miss, not three): at `3 * w` the
	 * last sentence that held it, then the sentences that hold it, then the bytes of its postings.
	 */
	stats = newStats(1024);
	/** Bytes of the sentences' heads in the forward index. */
	headBytes = 0;
	readonly repeated: Uint8Array;
	private readonly repeats: Repeats;
	/** The words of the sentence at hand. */
	private readonly ids = new Growing(256);

	constructor(private readonly texts: string[]) {
		let chars = 0;
		let short = 0;
		for (const text of texts) {
			chars += text.length;
			if (text.length <= REPEAT_MAX) short++;
		}
		// About one word in five characters, of a byte or two (grown if short: copied).
		this.raw = new Uint8Array(Math.floor(chars / 3) + 3 * texts.length + 16);
		this.repeated = new Uint8Array(texts.length);
		this.repeats = new Repeats(short);
	}

	/** Sentences `from` to `to` (excluded). */
	add(from: number, to: number) {
		const {texts, words, ids, repeated, repeats} = this;
		let {raw, used: r, stats, headBytes} = this;
		for (let s = from; s < to; s++) {
			const text = texts[s]!;
			ids.used = 0;
			const hash = words.sentence(text, ids);
			if (text.length <= REPEAT_MAX && repeats.seen(hash, s, texts)) repeated[s] = 1;
			if (3 * words.words.length > stats.length) stats = this.growWords();
			const n = ids.used;
			const buf = ids.buf;
			if (r + 5 * (n + 2) > raw.length) {
				this.used = r;
				raw = this.growRaw(5 * (n + 2));
			}
			const head = Math.min(text.length, 65535) * 2 + repeated[s]!;
			headBytes += varintBytes(head);
			r = writeVarint(raw, r, head);
			r = writeVarint(raw, r, n);
			for (let i = 0; i < n; i++) {
				const id = buf[i]!;
				r = writeVarint(raw, r, id);
				const at = 3 * id;
				const last = stats[at]!;
				if (last === s) continue;
				stats[at] = s;
				stats[at + 1]!++;
				stats[at + 2]! += varintBytes(s - last - 1);
			}
		}
		this.used = r;
		this.headBytes = headBytes;
	}

	private growWords(): Int32Array {
		const bigger = newStats(Math.max((this.stats.length / 3) * 2, this.words.words.length));
		bigger.set(this.stats);
		this.stats = bigger;
		return bigger;
	}

	/** `raw` with room for `more` bytes. */
	private growRaw(more: number): Uint8Array {
		const bigger = new Uint8Array(Math.max(this.raw.length * 2, this.used + more));
		bigger.set(this.raw.subarray(0, this.used));
		this.raw = bigger;
		return bigger;
	}
}

/** Pass 2 of `indexSentences`: where it reads `raw`, and writes the forward index and postings. */
interface SecondPass {
	raw: Uint8Array;
	r: number;
	/** Vocabulary id of each first-seen id. */
	rank: Uint32Array;
	fwd: Uint8Array;
	at: number;
	fwdStart: Uint32Array;
	post: Uint8Array;
	/** Per word: where its postings go on, and the last sentence written there. */
	cursor: Uint32Array;
	last: Int32Array;
}

/** Pass 2 for sentences `from` to `to` (excluded). (Varints of ids below 2 ** 28 are read.) */
function writeSentences(x: SecondPass, from: number, to: number) {
	const {raw, rank, fwd, fwdStart, post, cursor, last} = x;
	const r = {at: x.r};
	let at = x.at;
	for (let s = from; s < to; s++) {
		// The head as it is.
		let b = raw[r.at++]!;
		fwd[at++] = b;
		while (b >= 0x80) {
			b = raw[r.at++]!;
			fwd[at++] = b;
		}
		const n = readVarint(raw, r);
		for (let i = 0; i < n; i++) {
			const w = rank[readVarint(raw, r)]!;
			at = writeVarint(fwd, at, w);
			if (last[w] === s) continue;
			cursor[w] = writeVarint(post, cursor[w]!, s - last[w]! - 1);
			last[w] = s;
		}
		fwdStart[s + 1] = at;
	}
	x.r = r.at;
	x.at = at;
}

/** `FirstPass.stats` for `words` words, none seen. */
function newStats(words: number): Int32Array {
	const stats = new Int32Array(3 * words);
	for (let w = 0; w < words; w++) stats[3 * w] = -1;
	return stats;
}

/** Sentences seen, by the hash of their lower-cased text (open addressing). */
class Repeats {
	/** Per slot: a sentence + 1 (0: empty) and the hash of its text, side by side. */
	private slots: Int32Array;
	constructor(count: number) {
		let size = 1024;
		while (size * 3 < count * 4) size *= 2;
		this.slots = new Int32Array(2 * size);
	}

	/** Whether an earlier sentence has the same text, case aside; else remembers `s`. */
	seen(hash: number, s: number, texts: string[]): boolean {
		const slots = this.slots;
		const mask = (slots.length >> 1) - 1;
		let lower: string | null = null;
		for (let i = hash & mask; ; i = (i + 1) & mask) {
			const other = slots[2 * i]! - 1;
			if (other < 0) {
				slots[2 * i] = s + 1;
				slots[2 * i + 1] = hash;
				return false;
			}
			if (slots[2 * i + 1] !== hash) continue;
			lower ??= texts[s]!.toLowerCase();
			if (texts[other]!.toLowerCase() === lower) return true;
		}
	}
}

/** Builds the search index of a library in one go. */
export function buildIndex(library: Library): SearchIndex {
	return runSteps(buildIndexSteps(library));
}
