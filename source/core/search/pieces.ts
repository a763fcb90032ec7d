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

/** Lists of an index file read by item (index-file.ts), and how to read each whole. */
const wholes = new WeakMap<object, () => unknown>();

/** Says how to read a list that is read by item whole (index-file.ts). */
function setWhole(list: object, whole: () => unknown): void {
	wholes.set(list, whole);
}

/** Whether `list` is read by item (from an index file). */
export function isByItem(list: unknown): boolean {
	return typeof list === 'object' && list !== null && wholes.has(list);
}

/** Lists whose items are made from memory (the build's texts), and how each is made. */
const makers = new WeakMap<object, (i: number) => unknown>();

/**
 * How item i of `list` is made, when it is made from memory when read (a list to go through a
 * few thousand items at a time, never whole: the build's texts); else undefined.
 */
export function makerOf<T>(list: readonly T[]): ((i: number) => T) | undefined {
	return makers.get(list) as ((i: number) => T) | undefined;
}

/**
 * The list as an array in memory: a list read by item is read whole (for a loop over many of
 * its items: the speaker filter; writing the index again).
 */
export function wholeOf<T>(list: T): T {
	const whole = typeof list === 'object' && list !== null ? wholes.get(list) : undefined;
	return whole ? (whole() as T) : list;
}

/**
 * A list whose items are made on first access (a Proxy over a cache of those made), so that
 * only the sentences a search or a result touches become strings or are read. `whole` reads the
 * list whole; null: `make` is cheap, from memory, and nothing is kept (see `makerOf`).
 */
export function lazy<T>(
	count: number,
	make: (i: number) => T,
	whole: (() => unknown) | null,
	keep = true,
): T[] {
	// (Items are kept once made, unless `make` is cheap once warm: `keep` false.)
	const cache = new Map<number, T>();
	const item = (i: number): T => {
		if (!keep || !whole) return make(i);
		let v = cache.get(i);
		if (v === undefined) {
			v = make(i);
			cache.set(i, v);
		}
		return v;
	};
	const list = new Proxy([] as T[], {
		get(target, prop) {
			if (typeof prop === 'string') {
				const i = +prop;
				if (i >= 0 && i < count && (i | 0) === i) return item(i);
				if (prop === 'length') return count;
			}
			if (prop === Symbol.iterator)
				return function* () {
					for (let i = 0; i < count; i++) yield item(i);
				};
			return Reflect.get(target, prop);
		},
		set(_target, prop, value) {
			const i = typeof prop === 'string' ? +prop : -1;
			if (!(i >= 0 && i < count)) return false;
			cache.set(i, value);
			return true;
		},
	});
	if (whole) setWhole(list, whole);
	else makers.set(list, make);
	return list;
}
