/**
 * The search index of a library, built once and a pure function of its transcripts: every
 * sentence as a record (typed arrays plus its text), the speakers (as each transcript names them,
 * and the people they are across files), and the word index in front of the scorer: the
 * vocabulary of folded words (fold.ts), for each word the ascending sentences that hold it
 * (postings), and for each sentence its words in order (the forward index).
 */
import type {Library} from '../library.js';
import {splitSentences} from '../sentences.js';
import {translit} from '../speaker-merge.js';
import {FUNCTION_WORDS, foldKey, ROLE_WORDS} from '../speaker-words.js';
import {foldWords} from './fold.js';

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
	/** Per sentence: index into `library.transcripts`. */
	transcript: Uint32Array;
	/** Per sentence: remark (turn) index in its transcript. */
	remark: Uint32Array;
	/** Per sentence: paragraph index in its remark. */
	paragraph: Uint32Array;
	/** Per sentence: offset of the sentence in the remark's paragraphs joined with '\n'. */
	start: Uint32Array;
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
	 * Per sentence: the first sentence of the library with the same text, case aside ("Thank
	 * you.", a repeated photo caption), or -1 when it is that first one; sentences longer than
	 * `REPEAT_MAX` are not compared. Ties rank repeats after every first occurrence.
	 */
	repeatOf: Int32Array;
	/** Per sentence: its length (UTF-16 code units, at most 65535), for ranking without the text. */
	lengths: Uint16Array;
	/** The vocabulary: distinct folded words. */
	vocab: string[];
	/** Postings of word w: `post[postStart[w] .. postStart[w + 1])`, ascending sentence numbers. */
	postStart: Uint32Array;
	post: Uint32Array;
	/** Words of sentence s in order: `fwd[fwdStart[s] .. fwdStart[s + 1])`, vocabulary ids. */
	fwdStart: Uint32Array;
	fwd: Uint32Array;
}

/** Sentences up to this long are checked for repeats (see `SearchIndex.repeatOf`). */
const REPEAT_MAX = 120;

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

class Growing {
	buf = new Uint32Array(1024);
	used = 0;
	push(x: number) {
		if (this.used === this.buf.length) {
			const bigger = new Uint32Array(this.buf.length * 2);
			bigger.set(this.buf);
			this.buf = bigger;
		}
		this.buf[this.used++] = x;
	}
}

/** Yields now and then while building, so that a caller can interleave other work. */
export function* buildIndexSteps(library: Library): Generator<void, SearchIndex> {
	const texts: string[] = [];
	const tr: number[] = [];
	const re: number[] = [];
	const pa: number[] = [];
	const st: number[] = [];
	const sp: number[] = [];
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
	for (let t = 0; t < library.transcripts.length; t++) {
		const transcript = library.transcripts[t]!.transcript;
		const ids = new Map<string, number>();
		for (const s of transcript.speakers) {
			const voiceKey = `${s.name}\u0000${s.role ?? ''}`;
			let v = voiceIds.get(voiceKey);
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
				voiceIds.set(voiceKey, v);
				voices.push({name: s.name, role: s.role, person: p});
			}
			ids.set(s.id, v);
		}
		transcript.remarks.forEach((remark, r) => {
			const sid = remark.speaker === null ? -1 : (ids.get(remark.speaker) ?? -1);
			let offset = 0;
			remark.paragraphs.forEach((para, p) => {
				for (const [s, e] of splitSentences(para)) {
					texts.push(para.slice(s, e));
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

	// Pass 1: word ids, each sentence's words in order (forward index), document frequencies.
	const ids = new Map<string, number>();
	const vocab: string[] = [];
	const last: number[] = [];
	const df: number[] = [];
	const fwd = new Growing();
	const fwdStart = new Uint32Array(count + 1);
	const repeatOf = new Int32Array(count).fill(-1);
	const lengths = new Uint16Array(count);
	const firstOf = new Map<string, number>();
	for (let s = 0; s < count; s++) {
		const text = texts[s]!;
		lengths[s] = Math.min(text.length, 65535);
		if (text.length <= REPEAT_MAX) {
			const lower = text.toLowerCase();
			const first = firstOf.get(lower);
			if (first === undefined) firstOf.set(lower, s);
			else repeatOf[s] = first;
		}
		for (const w of foldWords(text)) {
			let id = ids.get(w);
			if (id === undefined) {
				id = vocab.length;
				// A flat copy: not a slice or a concatenation that keeps its sentence's folded text.
				const own = JSON.parse(JSON.stringify(w)) as string;
				ids.set(own, id);
				vocab.push(own);
				last.push(-1);
				df.push(0);
			}
			fwd.push(id);
			if (last[id] === s) continue;
			last[id] = s;
			df[id]!++;
		}
		fwdStart[s + 1] = fwd.used;
		if ((s & 8191) === 8191) yield;
	}

	// Pass 2: postings, ascending by sentence.
	const postStart = new Uint32Array(vocab.length + 1);
	for (let w = 0; w < vocab.length; w++) postStart[w + 1] = postStart[w]! + df[w]!;
	const cursor = postStart.slice(0, vocab.length);
	const post = new Uint32Array(postStart[vocab.length]!);
	const words = fwd.buf;
	last.fill(-1);
	for (let s = 0; s < count; s++) {
		const to = fwdStart[s + 1]!;
		for (let i = fwdStart[s]!; i < to; i++) {
			const w = words[i]!;
			if (last[w] === s) continue;
			last[w] = s;
			post[cursor[w]!++] = s;
		}
	}
	return {
		count,
		texts,
		transcript: Uint32Array.from(tr),
		remark: Uint32Array.from(re),
		paragraph: Uint32Array.from(pa),
		start: Uint32Array.from(st),
		speaker: Int32Array.from(sp),
		voices,
		persons,
		files,
		titles,
		keys,
		repeatOf,
		lengths,
		vocab,
		postStart,
		post,
		fwdStart,
		fwd: words.slice(0, fwd.used),
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
