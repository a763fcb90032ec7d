/**
 * The search index as one binary file: typed arrays written as they are (8-byte aligned, loaded as
 * views on the file's bytes, without parsing), string lists as one UTF-8 blob with UTF-16 offsets,
 * small values in a JSON head. The layout follows the index's own fields, so a field added to
 * `SearchIndex` (typed array, number, string list, set of strings, titles) is kept without a change
 * here. `texts` (the sentences as written) is decoded only when first read.
 *
 * Layout: "VBIX" · format version (u32) · head length (u32) · CRC-32 of the head (u32) · head
 * (JSON, UTF-8) · padding to 8 · sections. Anything that does not match (magic, version, checksum,
 * file length, section bounds, offsets, ids out of range) decodes to null: a damaged file can
 * never crash a search. (The sections are not checksummed: at 1M sentences that alone would take
 * longer than loading them.)
 */
import {closeSync, fstatSync, openSync, readSync, writeSync} from 'node:fs';
import {crc32} from 'node:zlib';
import type {SearchIndex} from './build.js';
import {isByItem, lazy, makerOf, wholeOf} from './lists.js';
import {type Pieces, setPieces} from './pieces.js';

const MAGIC = 0x58494256; // "VBIX" little-endian
const FORMAT = 4;
/** Bytes before the head: magic, format, head length, checksum. */
const HEAD = 16;

type ArrayKind = 'u8' | 'u16' | 'u32' | 'i32' | 'f32' | 'f64';
const ctors = {
	u8: Uint8Array,
	u16: Uint16Array,
	u32: Uint32Array,
	i32: Int32Array,
	f32: Float32Array,
	f64: Float64Array,
} as const;

/** How one field is stored. */
type Field =
	| {kind: 'array'; type: ArrayKind; at: number; length: number}
	| {kind: 'strings'; at: number; bytes: number; offsets: number; count: number}
	| {kind: 'set'; at: number; bytes: number; offsets: number; count: number}
	| {kind: 'json'; value: unknown};

interface Head {
	fields: Record<string, Field>;
	/** Whatever the caller keeps beside the index (the library's manifest). */
	extra: unknown;
	/** Bytes of the sections. */
	size: number;
}

function kindOf(value: ArrayBufferView): ArrayKind | null {
	if (value instanceof Uint8Array) return 'u8';
	if (value instanceof Uint16Array) return 'u16';
	if (value instanceof Uint32Array) return 'u32';
	if (value instanceof Int32Array) return 'i32';
	if (value instanceof Float32Array) return 'f32';
	if (value instanceof Float64Array) return 'f64';
	return null;
}

/**
 * A value JSON keeps as it is: a primitive, or a list or record of such values (the speakers'
 * voices and persons: small, next to the sentences).
 */
const isPrimitive = (v: unknown) =>
	v === null ||
	typeof v === 'string' ||
	typeof v === 'boolean' ||
	(typeof v === 'number' && Number.isFinite(v));
const isPlain = (v: unknown): boolean =>
	isPrimitive(v) ||
	(Array.isArray(v) && v.every(isPlain)) ||
	(typeof v === 'object' &&
		v !== null &&
		Object.getPrototypeOf(v) === Object.prototype &&
		Object.values(v).every(isPlain));

const isStringList = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The bytes of an index file, in parts (views on the index's arrays, where they can be). */
function encodeIndexParts(index: SearchIndex, extra: unknown): Uint8Array[] {
	const encoder = new TextEncoder();
	const chunks: Uint8Array[] = [];
	let at = 0;
	const pad = () => {
		const n = (8 - (at % 8)) % 8;
		if (n) {
			chunks.push(new Uint8Array(n));
			at += n;
		}
	};
	const add = (bytes: Uint8Array): number => {
		const start = at;
		chunks.push(bytes);
		at += bytes.length;
		pad();
		return start;
	};
	/** The `count` strings `item(0)`, `item(1)`, …: a blob and its offsets. */
	const addStrings = (count: number, item: (i: number) => string) => {
		// Byte offsets into the UTF-8 blob; each string is followed by a line feed.
		const offsets = new Uint32Array(count + 1);
		// Encoded a few thousand at a time: never one string of the whole text (nor, from a
		// list made by item, every item at once).
		const blobAt = at;
		const some: string[] = [];
		for (let i = 0; i < count; i += 4096) {
			some.length = 0;
			for (let j = i; j < Math.min(count, i + 4096); j++) {
				const s = item(j);
				some.push(s);
				offsets[j + 1] = offsets[j]! + Buffer.byteLength(s) + 1;
			}
			const piece = encoder.encode(`${some.join('\n')}\n`);
			chunks.push(piece);
			at += piece.length;
		}
		const bytes = at - blobAt;
		if (bytes !== offsets[count]) throw new Error('index strings: bad encoding');
		pad();
		const offsetsAt = add(new Uint8Array(offsets.buffer));
		return {at: blobAt, bytes, offsets: offsetsAt, count};
	};
	const listStrings = (list: string[]) => addStrings(list.length, (i) => list[i]!);
	const fields: Record<string, Field> = {};
	const record = index as unknown as Record<string, unknown>;
	for (const [name, item] of Object.entries(record)) {
		// A list made by item from memory is written a few thousand items at a time.
		const make = Array.isArray(item) ? makerOf<string>(item) : undefined;
		if (make) {
			fields[name] = {kind: 'strings', ...addStrings((item as string[]).length, make)};
			continue;
		}
		// A list read on demand is written whole.
		const value = wholeOf(item);
		if (ArrayBuffer.isView(value)) {
			const type = kindOf(value);
			if (!type) throw new Error(`index field ${name}: unsupported array`);
			const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
			fields[name] = {kind: 'array', type, at: add(bytes), length: (value as Uint8Array).length};
		} else if (value instanceof Set) {
			fields[name] = {kind: 'set', ...listStrings([...value] as string[])};
		} else if (isStringList(value) && value.length > 64) {
			fields[name] = {kind: 'strings', ...listStrings(value)};
		} else if (isPlain(value)) fields[name] = {kind: 'json', value};
		// A kind of field this format does not know: no file (the caller builds the index instead).
		else throw new Error(`index field ${name}: cannot be written`);
	}
	const head = encoder.encode(JSON.stringify({fields, extra, size: at} satisfies Head));
	const prefix = new Uint8Array(HEAD + head.length + ((8 - ((HEAD + head.length) % 8)) % 8));
	const view = new DataView(prefix.buffer);
	view.setUint32(0, MAGIC, true);
	view.setUint32(4, FORMAT, true);
	view.setUint32(8, head.length, true);
	prefix.set(head, HEAD);
	view.setUint32(12, crc32(prefix.subarray(HEAD)), true);
	return [prefix, ...chunks];
}

/** Encodes an index (and `extra`, any JSON value) as the bytes of an index file. */
export function encodeIndex(index: SearchIndex, extra: unknown): Uint8Array {
	return Buffer.concat(encodeIndexParts(index, extra));
}

/** Writes an index file (the parts one after another: no copy of the whole index is made). */
export function writeIndexFile(path: string, index: SearchIndex, extra: unknown): void {
	const fd = openSync(path, 'w');
	try {
		for (const part of encodeIndexParts(index, extra)) {
			let done = 0;
			while (done < part.length) done += writeSync(fd, part, done);
		}
	} finally {
		closeSync(fd);
	}
}

/** What an index file holds. */
export interface DecodedIndex {
	index: SearchIndex;
	extra: unknown;
}

/** Where an index file's bytes come from: memory, or an open file read as needed. */
interface Source {
	size: number;
	/** Read from a file: what only results need is read when they need it (see `ON_DEMAND`). */
	onDemand: boolean;
	/** `length` bytes at `at`, 8-byte aligned (a view or a copy). */
	bytes(at: number, length: number): Uint8Array;
	/** `length` bytes at `at` to look at once: valid until the next call (no new buffer). */
	peek(at: number, length: number): Uint8Array;
	/** `length` bytes at `at` in a buffer of their own, unaligned (small ones share a pool). */
	piece(at: number, length: number): Uint8Array;
	/** A reader of the UTF-8 text `[from, to)` of the `length` bytes at `at`, as needed. */
	text(at: number, length: number): (from: number, to: number) => string;
}

function memorySource(file: Uint8Array): Source {
	// Typed arrays need their alignment: a buffer that lacks it is copied.
	const bytes = file.byteOffset % 8 === 0 ? file : file.slice();
	const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return {
		size: bytes.length,
		onDemand: false,
		bytes: (at, length) => bytes.subarray(at, at + length),
		peek: (at, length) => bytes.subarray(at, at + length),
		piece: (at, length) => bytes.subarray(at, at + length),
		text: (at) => (from, to) => all.toString('utf8', at + from, at + to),
	};
}

/** The file stays open (for texts read later) as long as the process runs. */
function fileSource(fd: number): Source {
	// Small reads (a sentence, its offsets) go to one buffer: no new memory for each.
	let scratch = Buffer.allocUnsafeSlow(4096);
	const read = (at: number, length: number, into?: Buffer) => {
		const buf = into ?? Buffer.allocUnsafeSlow(length);
		let done = 0;
		while (done < length) {
			const n = readSync(fd, buf, done, length - done, at + done);
			if (n === 0) throw new Error('short read');
			done += n;
		}
		return buf.subarray(0, length);
	};
	const peek = (at: number, length: number) => {
		if (length > scratch.length) scratch = Buffer.allocUnsafeSlow(length * 2);
		return read(at, length, scratch);
	};
	return {
		size: fstatSync(fd).size,
		onDemand: true,
		bytes: (at, length) => read(at, length),
		peek,
		piece: (at, length) => read(at, length, Buffer.allocUnsafe(length)),
		text: (at) => (from, to) => peek(at + from, to - from).toString('utf8'),
	};
}

/**
 * Per-sentence arrays of numbers that a search reads for few sentences (results; the speaker
 * filter; the repeats of a one-word query): from a file, each number is read when asked for,
 * until the reads would have paid for reading the array whole (see `READ_COST`). (The
 * sentences' texts are read by item likewise.)
 */
const ON_DEMAND = new Set(['remark', 'paragraph', 'start', 'speaker', 'repeated']);

/**
 * Byte arrays the engine reads by ranges (pieces.ts): from a file, the postings of a query's
 * words and the words of its candidates are read, not the whole arrays.
 */
const BY_RANGES = new Set(['post', 'fwd']);

/**
 * A read costs about as much as bringing 2 KB of the file into new memory: once the ranges read
 * of an array would have paid for reading it whole, it is read whole, and kept.
 */
const READ_COST = 2048;

/** An array of an index file read by ranges, until reading it whole is cheaper (see above). */
class FromFile implements Pieces {
	at = 0;
	private whole: Uint8Array | null = null;
	private spent = 0;
	constructor(
		private readonly source: Source,
		private readonly offset: number,
		readonly length: number,
	) {}
	read(from: number, to: number): Uint8Array {
		// (Ranges come from the index's own start arrays, checked against `length` on load.)
		if (!this.whole) {
			this.spent += READ_COST + (to - from);
			if (this.spent <= this.length) {
				this.at = 0;
				return to > from ? this.source.piece(this.offset + from, to - from) : EMPTY;
			}
		}
		this.at = from;
		return this.all();
	}
	/** The whole array (read once). */
	all(): Uint8Array {
		if (!this.whole) {
			const raw = this.source.bytes(this.offset, this.length);
			this.whole = new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
		}
		return this.whole;
	}
}
const EMPTY = new Uint8Array(0);

/** A string list in a blob: its offsets, and a reader of its text. */
interface Blob {
	text: (from: number, to: number) => string;
	offsets: Uint32Array;
	count: number;
}

function eager({text, offsets, count}: Blob): string[] {
	if (count === 0) return [];
	const all = text(0, offsets[count]!);
	// Each item is followed by a line feed: split there, unless an item holds one of its own.
	const parts = all.split('\n');
	if (parts.length === count + 1) {
		parts.length = count;
		return parts;
	}
	const out = new Array<string>(count);
	// ASCII-only text: offsets in bytes are offsets in characters.
	if (all.length === offsets[count]!) {
		for (let i = 0; i < count; i++) out[i] = all.slice(offsets[i]!, offsets[i + 1]! - 1);
		return out;
	}
	const buf = Buffer.from(all);
	for (let i = 0; i < count; i++) out[i] = buf.toString('utf8', offsets[i]!, offsets[i + 1]! - 1);
	return out;
}

/**
 * Decodes the bytes of an index file, or returns null when they are not one written by this
 * version of the format (damaged, cut short, foreign). Typed arrays are views on `bytes`: keep
 * them unchanged.
 */
export function decodeIndex(file: Uint8Array): DecodedIndex | null {
	try {
		return decode(memorySource(file));
	} catch {
		return null;
	}
}

/**
 * Reads an index file: everything but the sentences' text, which is read from the file when a
 * search or a result first needs it (the file is kept open). Null when the file is missing or is
 * not an index file of this format.
 */
export function readIndexFile(path: string): DecodedIndex | null {
	let fd = -1;
	try {
		fd = openSync(path, 'r');
		const decoded = decode(fileSource(fd));
		if (!decoded) closeSync(fd);
		return decoded;
	} catch {
		if (fd >= 0) closeSync(fd);
		return null;
	}
}

function decode(source: Source): DecodedIndex | null {
	if (source.size < HEAD) return null;
	const first = source.bytes(0, HEAD);
	const view = new DataView(first.buffer, first.byteOffset, HEAD);
	if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) return null;
	const headLength = view.getUint32(8, true);
	const base = HEAD + headLength + ((8 - ((HEAD + headLength) % 8)) % 8);
	if (base > source.size) return null;
	const headBytes = source.bytes(HEAD, base - HEAD);
	if (crc32(headBytes) !== view.getUint32(12, true)) return null;
	const decoder = new TextDecoder('utf-8', {fatal: true});
	const head = JSON.parse(decoder.decode(headBytes.subarray(0, headLength))) as Head;
	if (typeof head !== 'object' || head === null || typeof head.fields !== 'object') return null;
	if (source.size !== base + head.size) return null;
	const region = (at: number, length: number) => {
		if (!Number.isInteger(at) || !Number.isInteger(length) || at < 0 || length < 0)
			throw new Error('bad section');
		if (base + at + length > source.size || (base + at) % 8 !== 0) throw new Error('bad section');
		return base + at;
	};
	type Strings = {at: number; bytes: number; offsets: number; count: number};
	const strings = (f: Strings): Blob => {
		const raw = source.bytes(region(f.offsets, (f.count + 1) * 4), (f.count + 1) * 4);
		const offsets = new Uint32Array(raw.buffer, raw.byteOffset, f.count + 1);
		if (offsets[0] !== 0 || offsets[f.count]! !== f.bytes) throw new Error('bad strings');
		for (let i = 0; i < f.count; i++)
			if (offsets[i + 1]! < offsets[i]! + 1) throw new Error('bad strings');
		return {text: source.text(region(f.at, f.bytes), f.bytes), offsets, count: f.count};
	};
	/** A list of strings (per sentence, per transcript): each read when first asked for. */
	const sentences = (f: Strings): string[] => {
		if (!source.onDemand) {
			const blob = strings(f);
			return lazy(
				f.count,
				(i) => blob.text(blob.offsets[i]!, blob.offsets[i + 1]! - 1),
				() => eager(blob),
			);
		}
		const offsets = region(f.offsets, (f.count + 1) * 4);
		const read = source.text(region(f.at, f.bytes), f.bytes);
		const offset = (i: number) => {
			const b = source.peek(offsets + 4 * i, 4);
			return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
		};
		if (offset(0) !== 0 || offset(f.count) !== f.bytes) throw new Error('bad strings');
		return lazy(
			f.count,
			(i) => {
				// Where sentence i starts and the next one does, in one read.
				const b = source.peek(offsets + 4 * i, 8);
				const view = new DataView(b.buffer, b.byteOffset, 8);
				const from = view.getUint32(0, true);
				const to = view.getUint32(4, true);
				// (Damaged offsets give an empty sentence.)
				return to >= from + 1 && to <= f.bytes ? read(from, to - 1) : '';
			},
			() => eager(strings(f)),
		);
	};
	/**
	 * A per-sentence array from a file: each number read when asked for, until reading the
	 * whole array is cheaper (then read whole, and kept).
	 */
	const numbers = (f: {type: 'u8' | 'u32' | 'i32'; at: number; length: number}) => {
		const C = ctors[f.type];
		const size = C.BYTES_PER_ELEMENT;
		const at = region(f.at, f.length * size);
		let all: InstanceType<typeof C> | null = null;
		let spent = 0;
		const whole = () => {
			if (!all) {
				const raw = source.bytes(at, f.length * size);
				all = new C(raw.buffer as ArrayBuffer, raw.byteOffset, f.length);
			}
			return all;
		};
		const get = {u8: 'getUint8', u32: 'getUint32', i32: 'getInt32'} as const;
		// The numbers read so far (results come back keystroke after keystroke), until read whole.
		const read = new Map<number, number>();
		return lazy(
			f.length,
			(i) => {
				if (all) return all[i]!;
				const known = read.get(i);
				if (known !== undefined) return known;
				spent += READ_COST;
				if (spent > f.length * size) {
					read.clear();
					return whole()[i]!;
				}
				const raw = source.peek(at + i * size, size);
				const value = new DataView(raw.buffer, raw.byteOffset, size)[get[f.type]](0, true);
				read.set(i, value);
				return value;
			},
			whole,
			false,
		);
	};
	const count = head.fields.count?.kind === 'json' ? head.fields.count.value : -1;
	const index: Record<string, unknown> = {};
	const ranges: Record<string, FromFile> = {};
	for (const [name, f] of Object.entries(head.fields)) {
		if (f.kind === 'array') {
			const C = ctors[f.type];
			if (!C) return null;
			if (source.onDemand && BY_RANGES.has(name) && f.type === 'u8') {
				const pieces = new FromFile(source, region(f.at, f.length), f.length);
				ranges[name] = pieces;
				// Read whole when asked for as an array (to write the index again, to merge).
				Object.defineProperty(index, name, {get: () => pieces.all(), enumerable: true});
				continue;
			}
			const type = f.type;
			const numeric = type === 'u8' || type === 'u32' || type === 'i32';
			if (source.onDemand && ON_DEMAND.has(name) && numeric && f.length === count) {
				index[name] = numbers({...f, type});
				continue;
			}
			const raw = source.bytes(
				region(f.at, f.length * C.BYTES_PER_ELEMENT),
				f.length * C.BYTES_PER_ELEMENT,
			);
			index[name] = new C(raw.buffer as ArrayBuffer, raw.byteOffset, f.length);
		} else if (f.kind === 'strings') {
			// Per-sentence lists are decoded on demand, and from a file per-transcript ones too
			// (titles for results; the files are those of the library); the vocabulary at once.
			const byItem = f.count === count || (source.onDemand && name !== 'vocab');
			index[name] = byItem ? sentences(f) : eager(strings(f));
		} else if (f.kind === 'set') index[name] = new Set(eager(strings(f)));
		else if (f.kind === 'json') index[name] = f.value;
	}
	const lengthOf = (name: string) =>
		ranges[name]?.length ?? (index[name] instanceof Uint8Array ? index[name].length : -1);
	if (!looksLikeIndex(index, lengthOf)) return null;
	const decoded = index as unknown as SearchIndex;
	if (ranges.post && ranges.fwd) setPieces(decoded, {post: ranges.post, fwd: ranges.fwd});
	return {index: decoded, extra: head.extra};
}

/** Whether `a` is a typed array of `n` numbers that never decrease, from 0 to `last`. */
function isStarts(a: unknown, n: number, last: number): a is Uint32Array {
	if (!(a instanceof Uint32Array) || a.length !== n || a[0] !== 0 || a[n - 1] !== last)
		return false;
	for (let i = 1; i < n; i++) if (a[i]! < a[i - 1]!) return false;
	return true;
}

/**
 * The fields the engine reads (search/build.ts `SearchIndex`), with consistent lengths and
 * bounds. (Ids inside the varints are not checked here: the engine ignores any out of range.)
 */
function looksLikeIndex(
	x: Record<string, unknown>,
	lengthOf: (name: 'post' | 'fwd') => number,
): boolean {
	const count = x.count;
	if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return false;
	const sized = {
		remark: Uint32Array,
		paragraph: Uint32Array,
		start: Uint32Array,
		speaker: Int32Array,
		repeated: Uint8Array,
	};
	for (const [name, type] of Object.entries(sized)) {
		const list = x[name] as Uint8Array;
		if (!(list instanceof type || isByItem(list)) || list.length !== count) return false;
	}
	const {vocab, df, postStart, fwdStart, files, voices, persons} = x;
	if (!Array.isArray(vocab) || !Array.isArray(files) || !Array.isArray(voices)) return false;
	if (!Array.isArray(persons) || !Array.isArray(x.texts) || x.texts.length !== count) return false;
	if (!Array.isArray(x.titles) || !Array.isArray(x.keys)) return false;
	if (!(df instanceof Uint32Array) || df.length !== vocab.length) return false;
	const post = lengthOf('post');
	const fwd = lengthOf('fwd');
	if (post < 0 || fwd < 0) return false;
	if (!isStarts(postStart, vocab.length + 1, post)) return false;
	if (!isStarts(fwdStart, count + 1, fwd)) return false;
	if (!isStarts(x.firstSentence, files.length + 1, count)) return false;
	// (Read by item from a file, a speaker out of range is no voice: see search.ts.)
	const speaker = x.speaker;
	if (speaker instanceof Int32Array)
		for (let s = 0; s < count; s++)
			if (speaker[s]! >= voices.length || speaker[s]! < -1) return false;
	// A voice names its person by index.
	return voices.every(
		(v: unknown) =>
			typeof v === 'object' &&
			v !== null &&
			typeof (v as {person?: unknown}).person === 'number' &&
			(v as {person: number}).person < persons.length,
	);
}
