/**
 * A quick look for words of speech before the caption tests (narration.ts, caption-shape.ts):
 * one pass over a paragraph's characters, no regex, no substrings. It only ever answers what the
 * tests' own patterns would answer, so it may reject early but never decides otherwise.
 */

/** `speechScan`: nothing that rules a caption out. */
export const SPEECH_NONE = 0;
/** `speechScan`: a word or mark that neither caption test allows (both their patterns match). */
export const SPEECH_BOTH = 1;
/** `speechScan`: a word or mark only the longer caption test refuses (see caption-shape.ts). */
export const SPEECH_SHAPED = 2;

/** A word of ASCII letters packed 5 bits a letter (at most 6 letters), lowercase. */
function pack(word: string): number {
	let code = 0;
	for (let i = 0; i < word.length; i++) code = code * 32 + (word.charCodeAt(i) - 96);
	return code;
}

/** Pronouns and verbs that no caption has (caption-shape.ts's SPOKEN has them too). */
const BOTH_WORDS =
	'i we you it is are was were be have has had will would can could do does did not this that ' +
	'our my your let thank please';
/** Words of caption-shape.ts's SPOKEN only: the short caption test allows them. */
const SHAPED_WORDS = 'us me they been should must may might these those there here yes no';

/**
 * The listed words by their packed code, in a table without collisions: slot `code % size`
 * holds the code and what the word rules out (a typed-array look per word, no hashing).
 */
const {size: SLOTS, keys: KEYS, kinds: KINDS} = wordTable();

function wordTable(): {size: number; keys: Int32Array; kinds: Uint8Array} {
	const words: [number, number][] = [
		...BOTH_WORDS.split(' ').map((w): [number, number] => [pack(w), SPEECH_BOTH]),
		...SHAPED_WORDS.split(' ').map((w): [number, number] => [pack(w), SPEECH_SHAPED]),
	];
	for (let size = words.length; ; size++) {
		const keys = new Int32Array(size);
		const kinds = new Uint8Array(size);
		let clash = false;
		for (const [code, kind] of words) {
			const slot = code % size;
			if (keys[slot] !== 0) {
				clash = true;
				break;
			}
			keys[slot] = code;
			kinds[slot] = kind;
		}
		if (!clash) return {size, keys, kinds};
	}
}

/**
 * Scans `p` for the first mark or word of speech: "?", "!", ":", ";", quotation marks, or a whole
 * word (letters, digits and "_" bound it, as `\b` does) of the SPOKEN lists, in any case.
 */
export function speechScan(p: string): number {
	const n = p.length;
	let found = SPEECH_NONE;
	let code = 0;
	/** Letters in the current word, or -1 once it cannot be a listed word. */
	let letters = 0;
	for (let i = 0; i <= n; i++) {
		const c = i < n ? p.charCodeAt(i) : 32;
		if (c >= 97 && c <= 122) {
			// A seventh letter: no listed word (and the code stays a small integer).
			if (letters === 6) letters = -1;
			else if (letters >= 0) {
				code = code * 32 + (c - 96);
				letters++;
			}
			continue;
		}
		if (c >= 65 && c <= 90) {
			// A seventh letter: no listed word (and the code stays a small integer).
			if (letters === 6) letters = -1;
			else if (letters >= 0) {
				code = code * 32 + (c - 64);
				letters++;
			}
			continue;
		}
		if ((c >= 48 && c <= 57) || c === 95) {
			letters = -1;
			continue;
		}
		// A word ends here.
		if (letters > 0) {
			const slot = code % SLOTS;
			if (KEYS[slot] === code) {
				if (KINDS[slot] === SPEECH_BOTH) return SPEECH_BOTH;
				found = SPEECH_SHAPED;
			}
		}
		letters = 0;
		code = 0;
		if (c === 32) continue;
		if (
			c === 63 ||
			c === 33 ||
			c === 58 ||
			c === 59 ||
			c === 34 ||
			c === 0x201c ||
			c === 0x201d ||
			c === 0xab ||
			c === 0xbb
		)
			return SPEECH_BOTH;
		if (c === 0x2026) found = SPEECH_SHAPED;
	}
	return found;
}
