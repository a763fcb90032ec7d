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
import {lazy} from './lists.js';
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
	/**
	 * Each sentence as written (from a build or an index file, each made when first read: see
	 * `Places`, index-file.ts).
	 */
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

/** Gives a person a speaker's name (a spelling with accents is shown) and labels (`@name`). */
function giveName(person: Person, name: string, labels: readonly string[]) {
	if (person.name !== name && /[^\x00-\x7f]/.test(name) && !/[^\x00-\x7f]/.test(person.name))
		person.name = name;
	for (const w of nameWords(name, labels)) if (!person.words.includes(w)) person.words.push(w);
}

/** Yields now and then while building, so that a caller can interleave other work. */
export function* buildIndexSteps(library: Library): Generator<void, SearchIndex> {
	const chars = charsOf(library);
	// Each sentence's words are cut as it is found, from its paragraph.
	const places = new Places(chars);
	const first = new FirstPass(places.textOf, chars);
	const sentences = yield* collectSentences(library, first, places);
	return yield* indexWords({texts: places.texts(first.count), ...sentences}, first);
}

/**
 * About how many characters a library's paragraphs have, to size the build's buffers (they grow
 * if short; room never written costs no memory). Every paragraph's length would be a walk over
 * half a million strings, each a cache miss (40-100 ms at a million sentences): only some 64
 * files are counted, and the largest, and files of unknown size (0); the others are their bytes
 * times the characters per byte of those counted (at most one: a character takes a byte at least).
 */
function charsOf(library: Library): number {
	const list = library.transcripts;
	let bytes = 0;
	for (const t of list) bytes += Math.max(t.bytes, 0);
	const every = Math.max(1, Math.floor(list.length / 64));
	/** Characters counted, and of those the characters and bytes of files of known size. */
	let counted = 0;
	let sampleChars = 0;
	let sampleBytes = 0;
	/** Bytes of the files not counted. */
	let rest = 0;
	for (let t = 0; t < list.length; t++) {
		const b = list[t]!.bytes;
		if (b > 0 && t % every !== 0 && b * 64 < bytes) {
			rest += b;
			continue;
		}
		let chars = 0;
		for (const remark of list[t]!.transcript.remarks)
			for (const para of remark.paragraphs) chars += para.length;
		counted += chars;
		if (b > 0) {
			sampleChars += chars;
			sampleBytes += b;
		}
	}
	return counted + Math.round(rest * Math.min(1, sampleChars / Math.max(1, sampleBytes)));
}

/** A library's sentences with where they come from: what the words are indexed from. */
type Sentences = Pick<
	SearchIndex,
	'texts' | 'firstSentence' | 'voices' | 'persons' | 'files' | 'titles' | 'keys' | 'speaker'
> & {remark: Uint32Array; paragraph: Uint32Array; start: Uint32Array};

/**
 * The sentences of a library's transcripts, their speakers' voices and persons; each sentence
 * goes to `first` as it is found.
 */
function* collectSentences(
	library: Library,
	first: FirstPass,
	places: Places,
): Generator<void, Omit<Sentences, 'texts'>> {
	const firstSentence = new Uint32Array(library.transcripts.length + 1);
	// Room for a sentence in 64 characters (grown if short: copied; room never written costs
	// no memory).
	const room = (first.chars >> 6) + 1024;
	const re = new Growing(room);
	const pa = new Growing(room);
	const st = new Growing(room);
	const sp = new Growing(room);
	const voiceIds = new Map<string, number>();
	const voices: Voice[] = [];
	const personIds = new Map<string, number>();
	const persons: Person[] = [];
	/** Persons by a name as written, and the names and labels given to them (see `giveName`). */
	const personOf = new Map<string, number>();
	const givenNames = new Set<string>();
	const files: string[] = [];
	const titles: Array<string | null> = [];
	const keys: string[] = [];
	for (const loaded of library.transcripts) {
		files.push(loaded.file);
		titles.push(loaded.transcript.title);
		keys.push(loaded.key);
	}
	const out: Collected = {first, places, re, pa, st, sp, bounds: []};
	for (let t = 0; t < library.transcripts.length; t++) {
		firstSentence[t] = first.count;
		const transcript = library.transcripts[t]!.transcript;
		const ids = new Map<string, number>();
		for (const s of transcript.speakers) {
			let v = voiceIds.get(voiceKey(s));
			let p = personOf.get(s.name);
			if (p === undefined) {
				const pk = personKey(s.name);
				p = personIds.get(pk);
				if (p === undefined) {
					p = persons.length;
					personIds.set(pk, p);
					persons.push({name: s.name, words: []});
				}
				personOf.set(s.name, p);
			}
			// A name and labels given to their person once need not be again (it would change
			// nothing): most speakers of a large library speak in many of its files.
			const given = `${s.name}\u0000${s.labels.join('\u0000')}`;
			if (!givenNames.has(given)) {
				givenNames.add(given);
				giveName(persons[p]!, s.name, s.labels);
			}
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
	firstSentence[library.transcripts.length] = first.count;
	return {
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
	first: FirstPass;
	places: Places;
	re: Growing;
	pa: Growing;
	st: Growing;
	sp: Growing;
	bounds: number[];
}

/** Adds the sentences of a remark's paragraphs (remark `r`, said by voice `sid`). */
function addSentences(paragraphs: readonly string[], r: number, sid: number, out: Collected) {
	const {first, places, re, pa, st, sp, bounds} = out;
	let offset = 0;
	for (let p = 0; p < paragraphs.length; p++) {
		const para = paragraphs[p]!;
		const n = sentenceBounds(para, bounds);
		for (let i = 0; i < n; i += 2) {
			const s = bounds[i]!;
			const e = bounds[i + 1]!;
			places.add(para, s, e);
			first.add(para, s, e);
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
	let chars = 0;
	for (const text of texts) chars += text.length;
	const first = new FirstPass((s) => texts[s]!, chars);
	for (let s = 0; s < texts.length; s += 16384) {
		first.addTexts(Math.min(texts.length, s + 16384));
		yield;
	}
	return yield* indexWords(sentences, first);
}

/** The index of sentences whose words `first` has cut: vocabulary, forward index, postings. */
function* indexWords(sentences: Sentences, first: FirstPass): Generator<void, SearchIndex> {
	const count = first.count;

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

	// Pass 2: the forward index in ranked ids, and the postings, ascending by sentence. The
	// forward index is written over `raw` as it is read, when there is room (see
	// `writeSentences`): 25 MB less fresh memory at a million sentences.
	const second: SecondPass = {
		raw: first.raw,
		r: RAW_SLACK,
		end: first.used,
		rank,
		fwd: first.raw.length >= fwdBytes ? first.raw : new Uint8Array(fwdBytes),
		at: 0,
		idBytes: varintBytes(Math.max(0, V - 1)),
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
		// (Views: the room past the count was never written.)
		repeated: first.repeated.subarray(0, count),
		vocab,
		df,
		postStart,
		post: second.post,
		fwdStart: second.fwdStart,
		// (A view: past `at` is room never written, or what was left of `raw`.)
		fwd: second.fwd.subarray(0, second.at),
	};
}

/**
 * Bytes pass 1 leaves free at the start of `raw`, for pass 2 to write the forward index over
 * `raw` (see `writeSentences`): room for a first sentence of 1,300 words at their longest, and
 * more with every sentence (its count of words is not written again).
 */
const RAW_SLACK = 4096;

/**
 * Pass 1 of the word index: per sentence, in `raw`, varints: the number of its words, its head
 * in the forward index (length and repeat), its words' first-seen ids. Per word (by first-seen
 * id): the sentences that hold it and the bytes of its postings (gaps do not depend on ids).
 */
class FirstPass {
	readonly words = new WordIds();
	/** (From `RAW_SLACK` on.) */
	raw: Uint8Array;
	used = RAW_SLACK;
	/**
	 * Per word w, side by side (a word looked at costs one cache miss, not three): at `3 * w` the
	 * last sentence that held it, then the sentences that hold it, then the bytes of its postings.
	 */
	stats = newStats(1024);
	/** Bytes of the sentences' heads in the forward index. */
	headBytes = 0;
	/** Per sentence (grown as they come; `done` cuts it to the count). */
	repeated: Uint8Array;
	private readonly repeats: Repeats;
	/** The words of the sentence at hand. */
	private readonly ids = new Growing(256);

	/** Sentences added. */
	count = 0;

	/**
	 * `textOf` gives the sentences (each known before it is added); `chars`, about how many
	 * characters they have, sizes the buffers.
	 */
	constructor(
		readonly textOf: (s: number) => string,
		readonly chars: number,
	) {
		// About one word in five characters, of a byte or two (grown if short: copied); about a
		// sentence in 64 characters.
		const sentences = (chars >> 6) + 1024;
		this.raw = new Uint8Array(RAW_SLACK + Math.floor(chars / 3) + 3 * sentences);
		this.repeated = new Uint8Array(sentences);
		this.repeats = new Repeats(chars >> 7);
	}

	/** The next sentences, up to `to` (excluded), whole. */
	addTexts(to: number) {
		while (this.count < to) {
			const text = this.textOf(this.count);
			this.add(text, 0, text.length);
		}
	}

	/**
	 * The next sentence, `textOf(count)`: characters `from` to `end` (excluded) of `text`, its
	 * paragraph.
	 */
	add(text: string, from: number, end: number) {
		const {textOf, words, ids, repeats} = this;
		const s = this.count++;
		ids.used = 0;
		const hash = words.sentence(text, ids, from, end);
		if (s === this.repeated.length) this.growRepeated();
		const repeat = end - from <= REPEAT_MAX && repeats.seen(hash, s, textOf) ? 1 : 0;
		this.repeated[s] = repeat;
		if (3 * words.words.length > this.stats.length) this.growWords();
		const n = ids.used;
		if (this.used + 5 * (n + 2) > this.raw.length) this.growRaw(5 * (n + 2));
		const head = Math.min(end - from, 65535) * 2 + repeat;
		this.headBytes += varintBytes(head);
		this.used = this.writeIds(s, head, ids.buf, n);
	}

	/** Writes sentence `s`'s `n` word ids and head to `raw`, and counts its words. */
	private writeIds(s: number, head: number, buf: Uint32Array, n: number): number {
		const {raw, stats} = this;
		let r = writeVarint(raw, this.used, n);
		r = writeVarint(raw, r, head);
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
		return r;
	}

	private growWords() {
		const bigger = newStats(Math.max((this.stats.length / 3) * 2, this.words.words.length));
		bigger.set(this.stats);
		this.stats = bigger;
	}

	private growRepeated() {
		const bigger = new Uint8Array(this.repeated.length * 2);
		bigger.set(this.repeated);
		this.repeated = bigger;
	}

	/** `raw` with room for `more` bytes. */
	private growRaw(more: number) {
		const bigger = new Uint8Array(Math.max(this.raw.length * 2, this.used + more));
		bigger.set(this.raw.subarray(0, this.used));
		this.raw = bigger;
	}
}

/**
 * Where the sentences of a build are: sentence s is characters `from[s]` to `to[s]` of
 * `paras[s]`, its paragraph. No string is made per sentence (a million of them, kept to the end
 * of the build, would be copied by the garbage collector twice): the index's `texts` makes each
 * when it is read (by a search: those of its results and candidates; to write the index file).
 */
class Places {
	readonly paras: string[];
	readonly from: Growing;
	readonly to: Growing;
	constructor(chars: number) {
		// Room for a sentence in 64 characters, made at once: an array grown a push at a time is
		// copied to fresh memory over and over.
		const room = (chars >> 6) + 1024;
		this.paras = new Array<string>(room);
		this.from = new Growing(room);
		this.to = new Growing(room);
	}
	add(para: string, from: number, to: number) {
		this.paras[this.from.used] = para;
		this.from.push(from);
		this.to.push(to);
	}
	readonly textOf = (s: number): string => this.paras[s]!.slice(this.from.buf[s], this.to.buf[s]);
	/** The texts of the first `count` sentences, each made when read (see `lazy`). */
	texts(count: number): string[] {
		this.paras.length = count;
		return lazy(count, this.textOf, null);
	}
}

/** Pass 2 of `indexSentences`: where it reads `raw`, and writes the forward index and postings. */
interface SecondPass {
	/** Where `raw` is read, and where it ends. */
	raw: Uint8Array;
	r: number;
	end: number;
	/** Vocabulary id of each first-seen id. */
	rank: Uint32Array;
	/** The forward index (maybe `raw` itself), and where it goes on. */
	fwd: Uint8Array;
	at: number;
	/** The bytes of the largest vocabulary id. */
	idBytes: number;
	fwdStart: Uint32Array;
	post: Uint8Array;
	/** Per word: where its postings go on, and the last sentence written there. */
	cursor: Uint32Array;
	last: Int32Array;
}

/**
 * Pass 2 for sentences `from` to `to` (excluded). (Varints of ids below 2 ** 28 are read.)
 *
 * When `fwd` is `raw`, each sentence is written before the bytes it is read from: a sentence
 * takes the bytes of its words' counts, and frequent words have small ids either way, so that
 * the forward index stays behind what is left to read. Should a sentence at its longest (a
 * head of 3 bytes, ids of `idBytes`) not fit there, what is left of `raw` is first copied aside.
 */
function writeSentences(x: SecondPass, from: number, to: number) {
	const {rank, fwd, fwdStart, post, cursor, last, idBytes} = x;
	let raw = x.raw;
	const r = {at: x.r};
	let at = x.at;
	for (let s = from; s < to; s++) {
		const start = r.at;
		const n = readVarint(raw, r);
		// (Nearly never: see `RAW_SLACK`.)
		if (raw === fwd && at + 3 + n * idBytes > start) {
			raw = x.raw = raw.slice(start, x.end);
			x.end -= start;
			r.at -= start;
		}
		// The head as it is.
		let b = raw[r.at++]!;
		fwd[at++] = b;
		while (b >= 0x80) {
			b = raw[r.at++]!;
			fwd[at++] = b;
		}
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
	private entries = 0;
	/** Room for about `count` sentences before the table grows. */
	constructor(count: number) {
		let size = 1024;
		while (size * 3 < count * 4) size *= 2;
		this.slots = new Int32Array(2 * size);
	}

	/** Whether an earlier sentence has the same text, case aside; else remembers `s`. */
	seen(hash: number, s: number, textOf: (s: number) => string): boolean {
		const slots = this.slots;
		const mask = (slots.length >> 1) - 1;
		let lower: string | null = null;
		for (let i = hash & mask; ; i = (i + 1) & mask) {
			const other = slots[2 * i]! - 1;
			if (other < 0) {
				slots[2 * i] = s + 1;
				slots[2 * i + 1] = hash;
				if (++this.entries * 4 > (slots.length >> 1) * 3) this.grow();
				return false;
			}
			if (slots[2 * i + 1] !== hash) continue;
			lower ??= textOf(s).toLowerCase();
			if (textOf(other).toLowerCase() === lower) return true;
		}
	}

	/** The table with twice the slots. */
	private grow() {
		const old = this.slots;
		const slots = new Int32Array(old.length * 2);
		const mask = (slots.length >> 1) - 1;
		for (let j = 0; j < old.length; j += 2) {
			if (old[j] === 0) continue;
			let i = old[j + 1]! & mask;
			while (slots[2 * i] !== 0) i = (i + 1) & mask;
			slots[2 * i] = old[j]!;
			slots[2 * i + 1] = old[j + 1]!;
		}
		this.slots = slots;
	}
}

/** Builds the search index of a library in one go. */
export function buildIndex(library: Library): SearchIndex {
	return runSteps(buildIndexSteps(library));
}
