/**
 * Word ids for building the index: each sentence's folded words (exactly `foldWords`, fold.ts)
 * as vocabulary ids, without making a string per word. A sentence of ASCII and of characters
 * that neither fold nor belong to words (curly quotes, dashes, currency signs) is cut into words
 * by a port of `foldWords` on character codes, and each word is looked up in an open-addressing
 * hash table by its codes; any other sentence goes through `foldWords` itself. The table also
 * finds sentences that repeat an earlier one, case aside.
 */
import {foldWords, SAME, SIGNS} from './fold.js';

/** FNV-1a over UTF-16 code units. */
const FNV = 0x811c9dc5;
/** (Signed 32-bit throughout: an unsigned hash would be a double to the JIT, and slow.) */
const step = (h: number, c: number) => Math.imul(h ^ c, 16777619);

/**
 * Character codes: ASCII letters and digits (3: `| 32` lower-cases them), others the port
 * handles (1: they neither fold nor belong to words) or leaves to `foldWords` (2); 0: not yet
 * known (each is worked out when first met).
 */
const kinds = new Uint8Array(65536)
	.fill(1, 0, 128)
	.fill(3, 48, 58)
	.fill(3, 65, 91)
	.fill(3, 97, 123);
const WORD = /^[\p{L}\p{N}]$/u;
function learn(c: number): boolean {
	const ch = String.fromCharCode(c);
	const ok =
		!(c >= 0xc0 && c <= 0x1fff) && // may carry accents (foldAccents)
		!(c >= 0xd800 && c <= 0xdfff) && // surrogates: case may change in pairs
		!WORD.test(ch) &&
		ch.toLowerCase() === ch;
	kinds[c] = ok ? 1 : 2;
	return ok;
}

/** The characters of `SIGNS` (1), by code. */
const signs = new Uint8Array(65536);
for (const sign of Object.keys(SIGNS)) signs[sign.charCodeAt(0)] = 1;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A word character of a simple sentence after lower-casing (only ASCII ones are). */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Growing list of unsigned 32-bit numbers. */
export class Growing {
	buf: Uint32Array;
	used = 0;
	constructor(capacity = 1024) {
		this.buf = new Uint32Array(Math.max(16, capacity));
	}
	push(x: number) {
		if (this.used === this.buf.length) {
			const bigger = new Uint32Array(this.buf.length * 2);
			bigger.set(this.buf);
			this.buf = bigger;
		}
		this.buf[this.used++] = x;
	}
	/** The numbers pushed (a view of the buffer, not a copy). */
	done(): Uint32Array {
		return this.buf.subarray(0, this.used);
	}
}

/** The vocabulary being built: word → id, by character codes. */
export class WordIds {
	/** Words by id. */
	readonly words: string[] = [];
	/**
	 * Hash table, 4 numbers a slot: the hash, id + 1 (0: empty), number of codes and where they
	 * are in `chars` of a word. A word found costs a look at its slot and its characters (cache
	 * misses are what count, at 16 million words).
	 */
	private slots: Int32Array = new Int32Array(4 << 16);
	/** Entries in the table, and how often each id was found. */
	private entryCount = 0;
	private found = new Growing();
	private chars = new Uint16Array(1 << 16);
	private charsUsed = 0;
	/** The word being cut, and a word given as a string. */
	private buf = new Uint16Array(64) as Uint16Array;
	private sbuf = new Uint16Array(64) as Uint16Array;

	/** How often each word (by id) was found. */
	counts(): Uint32Array {
		return this.found.buf;
	}

	/** The id of the word in `buf[0, n)`, added when new (`hash` is its hash), counted once. */
	private lookup(buf: Uint16Array, n: number, hash: number): number {
		const slots = this.slots;
		const mask = (slots.length >> 2) - 1;
		for (let i = hash & mask; ; i = (i + 1) & mask) {
			const id = slots[4 * i + 1]! - 1;
			if (id < 0) return this.insert(buf, n, hash);
			if (slots[4 * i] !== hash || slots[4 * i + 2] !== n) continue;
			const from = slots[4 * i + 3]!;
			const chars = this.chars;
			let k = 0;
			while (k < n && chars[from + k] === buf[k]) k++;
			if (k === n) {
				this.found.buf[id]!++;
				return id;
			}
		}
	}

	private insert(buf: Uint16Array, n: number, hash: number): number {
		let word = '';
		for (let k = 0; k < n; k += 4096)
			word += String.fromCharCode(...buf.subarray(k, Math.min(n, k + 4096)));
		// A spelling folded to another ("roubles" → "rubles") takes that word's id.
		const same = SAME.get(word);
		let id: number;
		if (same !== undefined) id = this.idOf(same);
		else {
			id = this.words.length;
			this.words.push(word);
			this.found.push(0);
		}
		this.found.buf[id]!++;
		if (this.charsUsed + n > this.chars.length) {
			const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + n));
			bigger.set(this.chars);
			this.chars = bigger;
		}
		this.chars.set(buf.subarray(0, n), this.charsUsed);
		if (++this.entryCount * 2 > this.slots.length >> 2) this.slots = this.rehash();
		// (Found again: adding the folded spelling above may have moved the slots.)
		this.place(this.slots, [hash, id + 1, n, this.charsUsed]);
		this.charsUsed += n;
		return id;
	}

	private place(slots: Int32Array, entry: ArrayLike<number>) {
		const mask = (slots.length >> 2) - 1;
		let i = entry[0]! & mask;
		while (slots[4 * i + 1] !== 0) i = (i + 1) & mask;
		slots.set(entry, 4 * i);
	}

	/** The table with twice the slots. */
	private rehash(): Int32Array {
		const old = this.slots;
		const slots = new Int32Array(old.length * 2);
		for (let i = 0; i < old.length; i += 4)
			if (old[i + 1] !== 0) this.place(slots, old.subarray(i, i + 4));
		return slots;
	}

	/** The id of a word given as a string (counted as found). */
	idOf(word: string): number {
		const n = word.length;
		if (n > this.sbuf.length) this.sbuf = new Uint16Array(n * 2);
		let h = FNV;
		for (let k = 0; k < n; k++) {
			const c = word.charCodeAt(k);
			this.sbuf[k] = c;
			h = step(h, c);
		}
		return this.lookup(this.sbuf, n, h);
	}

	/**
	 * Appends the ids of the folded words of `text`, or of its characters `from` to `end`
	 * (excluded), to `out`, and returns the hash of that text lower-cased. (The build gives a
	 * paragraph and a sentence's bounds in it: the paragraph is a flat string, where a sentence
	 * cut from it would be a slice that every character is read through.)
	 */
	sentence(text: string, out: Growing, from = 0, end = text.length): number {
		const mark = out.used;
		// (Room for the longest word there can be.)
		if (this.buf.length < end - from) this.buf = new Uint16Array(end - from);
		const buf = this.buf;
		/** The word being cut: its codes so far (none: not in a word), and their hash. */
		let n = 0;
		let word = FNV;
		let h = FNV;
		for (let i = from; i < end; i++) {
			const code = text.charCodeAt(i);
			const kind = kinds[code];
			if (kind === 3) {
				const c = code | 32;
				h = step(h, c);
				buf[n++] = c;
				word = step(word, c);
				continue;
			}
			// A character the port does not handle: the whole sentence through foldWords.
			if (kind !== 1 && (kind === 2 || !learn(code))) {
				out.used = mark;
				return this.slow(from === 0 && end === text.length ? text : text.slice(from, end), out);
			}
			// (Not a letter: lower case already.)
			const c = code;
			h = step(h, c);
			if (n > 0) {
				if ((c === 46 || c === 44 || c === 39 || c === 96) && i + 1 < end) {
					const prevDigit = isDigit(text.charCodeAt(i - 1));
					const next = lower(text.charCodeAt(i + 1));
					const nextDigit = isDigit(next);
					const nextWord = isWordCode(next);
					// Decimals stay ("3.5"); thousands separators go ("66,000").
					if (c === 46 && prevDigit && nextDigit) {
						buf[n++] = c;
						word = step(word, c);
						continue;
					}
					if (
						c === 44 &&
						prevDigit &&
						i + 3 < end &&
						isDigit(text.charCodeAt(i + 1)) &&
						isDigit(text.charCodeAt(i + 2)) &&
						isDigit(text.charCodeAt(i + 3)) &&
						!(i + 4 < end && isDigit(text.charCodeAt(i + 4)))
					)
						continue;
					// Apostrophes inside a word ("russia's"), dots of abbreviations ("u.s.").
					if (
						((c === 39 || c === 96) && nextWord && !nextDigit) ||
						(c === 46 &&
							!prevDigit &&
							nextWord &&
							(i < from + 2 || !isWordCode(lower(text.charCodeAt(i - 2)))))
					)
						continue;
				} else if ((c === 0x2019 || c === 0x2018) && i + 1 < end) {
					const next = lower(text.charCodeAt(i + 1));
					if (isWordCode(next) && !isDigit(next)) continue;
				}
				out.push(this.lookup(buf, n, word));
				n = 0;
				word = FNV;
			}
			if (signs[c] === 1) out.push(this.idOf(SIGNS[String.fromCharCode(c)]!));
		}
		if (n > 0) out.push(this.lookup(buf, n, word));
		return h;
	}

	/** `sentence` through `foldWords`. */
	private slow(text: string, out: Growing): number {
		for (const w of foldWords(text)) out.push(this.idOf(w));
		const low = text.toLowerCase();
		let h = FNV;
		for (let i = 0; i < low.length; i++) h = step(h, low.charCodeAt(i));
		return h;
	}
}
