/**
 * The postings and the forward index (`post`, `fwd` of a SearchIndex) as the engine reads them:
 * one range of bytes at a time. An index in memory gives its own arrays; an index read from a
 * file (index-file.ts) reads each range from the file, so that a search touches only the
 * postings of its words and the words of its candidates, not megabytes of both.
 */
import type {SearchIndex} from './build.js';

/** Ranges of one byte array. */
export interface Pieces {
	/**
	 * A buffer holding bytes `[from, to)` of the array, the first of them at `at` (set by the
	 * call). The buffer may be reused by the next call.
	 */
	read(from: number, to: number): Uint8Array;
	at: number;
}

/** Where a reader of varints is in a range: the next byte, and the end of the range. */
export interface Cursor {
	at: number;
	end: number;
}

/**
 * Range `i` of an array cut by `starts` (bytes `starts[i]` to `starts[i + 1]`: a word's postings,
 * a sentence's words): the buffer holding it, with `cursor` set to its first byte and its end.
 */
export function rangeOf(
	pieces: Pieces,
	starts: Uint32Array,
	i: number,
	cursor: Cursor,
): Uint8Array {
	const from = starts[i]!;
	const to = starts[i + 1]!;
	const bytes = pieces.read(from, to);
	cursor.at = pieces.at;
	cursor.end = pieces.at + to - from;
	return bytes;
}

/** The byte arrays of an index that the engine reads by ranges. */
export interface IndexPieces {
	post: Pieces;
	fwd: Pieces;
}

/** An array in memory: every range is a place in it. */
class InMemory implements Pieces {
	at = 0;
	constructor(private readonly bytes: Uint8Array) {}
	read(from: number): Uint8Array {
		this.at = from;
		return this.bytes;
	}
}

const given = new WeakMap<SearchIndex, IndexPieces>();

/** How `index`'s arrays are to be read (an index file sets this as it reads an index). */
export function setPieces(index: SearchIndex, pieces: IndexPieces): void {
	given.set(index, pieces);
}

/** The pieces of `index`: those set for it, else its arrays in memory. */
export function piecesOf(index: SearchIndex): IndexPieces {
	let pieces = given.get(index);
	if (!pieces) {
		pieces = {post: new InMemory(index.post), fwd: new InMemory(index.fwd)};
		given.set(index, pieces);
	}
	return pieces;
}
