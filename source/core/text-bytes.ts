/**
 * The byte level of text.ts: valid UTF-8 cleaned in one pass, in place — by a lean JavaScript loop
 * for small inputs, by the WebAssembly loop of clean-wasm.ts for big ones (with the rare
 * sequences it stops at handled here) — and files read straight into that loop's memory.
 */
import {Buffer} from 'node:buffer';
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {type CleanMachine, cleanMachine} from './clean-wasm.js';

/** Inputs at least this long are cleaned by the WebAssembly loop (smaller ones by JavaScript)… */
const WASM_BIG = 1 << 16;
/**
 * …and from this long once a few have been read: assembling and compiling the loop costs about
 * 3 ms once, more than the JavaScript loop takes on one small file (the app opening one
 * transcript), less than it saves over a folder of them.
 */
const WASM_MIN = 1 << 12;
/** Small inputs read so far (see `WASM_MIN`). */
let smallInputs = 0;

/** Whether an input of `size` bytes goes to the WebAssembly loop; `count` notes it as read. */
export function preferWasm(size: number, count = true): boolean {
	if (size >= WASM_BIG) return true;
	if (size < WASM_MIN) return false;
	if (spare !== null || smallInputs >= 4) return true;
	if (count) smallInputs++;
	return false;
}

/** Machines whose memory holds a buffer handed out by `textBuffer`. */
const machineOf = new WeakMap<Uint8Array, CleanMachine>();

/** True for a buffer from `textBuffer` that lives in a cleaning machine's memory. */
export function isMachineBuffer(bytes: Uint8Array): boolean {
	return machineOf.has(bytes);
}

/**
 * Where a machine holds `size` input bytes: above the space their UTF-16 decoding is written to
 * (`widen` writes from 0 and never overtakes its reads when the input starts this high).
 */
function inputBase(size: number): number {
	return Math.ceil((size + 64) / 16) * 16;
}

/** Grows the machine's memory to hold `end` bytes. */
function reserve(machine: CleanMachine, end: number): void {
	const pages = Math.ceil((end + 16) / 65536);
	const have = machine.memory.buffer.byteLength / 65536;
	if (pages > have) machine.memory.grow(pages - have);
}

/**
 * A buffer of `size` bytes to read a file into. When big, it lives in the memory of a cleaning
 * machine, so `decodeClean…` cleans it where it is instead of copying it first. Such a buffer is
 * spent once decoded: it is cleaned in place, and its memory then serves the next file.
 */
export function textBuffer(size: number): Uint8Array {
	if (!preferWasm(size, false)) return new Uint8Array(size);
	const machine = takeMachine();
	if (!machine) return new Uint8Array(size);
	const base = inputBase(size);
	reserve(machine, base + size);
	const view = new Uint8Array(machine.memory.buffer, base, size);
	machineOf.set(view, machine);
	return view;
}

/** Reads a whole file into a `textBuffer`. */
export function readTextFile(path: string): Uint8Array {
	const fd = openSync(path, 'r');
	try {
		const size = fstatSync(fd).size;
		const bytes = textBuffer(size);
		let got = 0;
		while (got < size) {
			const n = readSync(fd, bytes, got, size - got, got);
			if (n === 0) break;
			got += n;
		}
		return got === size ? bytes : bytes.subarray(0, got);
	} finally {
		closeSync(fd);
	}
}

/** Cleaned bytes in a machine's memory: [from, to). */
interface Cleaned {
	machine: CleanMachine;
	from: number;
	to: number;
}

/**
 * Cleans with the WebAssembly loop: the input is cleaned in place in the machine's memory (copied
 * there first unless it came from `textBuffer`); the loop stops at each rare sequence, which
 * `cleanStep` handles. Null without WebAssembly.
 */
function cleanUtf8Wasm(bytes: Uint8Array, start: number, spaced: number[]): Cleaned | null {
	let machine = machineOf.get(bytes);
	let base: number;
	let end: number;
	let mem: Uint8Array;
	if (machine) {
		machineOf.delete(bytes);
		base = bytes.byteOffset;
		end = base + bytes.length;
		mem = new Uint8Array(machine.memory.buffer, 0, end);
	} else {
		machine = takeMachine() ?? undefined;
		if (!machine) return null;
		const len = bytes.length - start;
		base = inputBase(len);
		end = base + len;
		reserve(machine, end);
		mem = new Uint8Array(machine.memory.buffer, 0, end);
		mem.set(bytes.subarray(start), base);
		start = 0;
	}
	const m = machine;
	m.w.value = base;
	m.line.value = 0;
	m.prev.value = 0;
	m.dirty.value = 0;
	m.high.value = 0;
	m.marks = spaced;
	let i = base + start;
	for (;;) {
		i = m.run(i, end);
		if (i >= end) break;
		i = cleanStep(mem, i, m, spaced);
	}
	if (m.dirty.value) spaced.push(m.line.value);
	return {machine: m, from: base, to: m.w.value};
}

/**
 * One idle machine, kept for the next file: its memory is already mapped (a fresh memory costs a
 * page fault per 4 KB page on first write, about as much as reading the file). It is kept only
 * while files keep coming (dropped `SPARE_MS` after the last one), and only up to `SPARE_MAX`
 * bytes of memory, so a process that reads one file and goes on does not hold it.
 */
let spare: CleanMachine | null = null;
const SPARE_MAX = 128 << 20;
const SPARE_MS = 1000;
let dropSpare: ReturnType<typeof setTimeout> | null = null;

function keepSpare(m: CleanMachine): void {
	m.marks = [];
	spare = m;
	if (dropSpare) dropSpare.refresh();
	else {
		dropSpare = setTimeout(() => {
			spare = null;
			dropSpare = null;
		}, SPARE_MS);
		dropSpare.unref?.();
	}
}
function takeMachine(): CleanMachine | null {
	const m = spare ?? cleanMachine([]);
	spare = null;
	return m;
}

/**
 * `cleanUtf8Wasm` and the decoding of its result (plain ASCII copied as it is; else by the
 * machine's `widen` and a copy of the UTF-16 into a string, or by TextDecoder); the machine is then free for the next file. Null
 * without WebAssembly.
 */
export function decodeUtf8Wasm(bytes: Uint8Array, start: number, spaced: number[]): string | null {
	const out = cleanUtf8Wasm(bytes, start, spaced);
	if (!out) return null;
	const {machine: m, from, to} = out;
	const buffer = m.memory.buffer;
	// Plain ASCII is copied into a one-byte string as it is (half the memory of UTF-16).
	const text = !m.high.value
		? Buffer.from(buffer, from, to - from).toString('latin1')
		: m.widen
			? Buffer.from(buffer, 0, m.widen(from, to, 0)).toString('utf16le')
			: new TextDecoder('utf-8').decode(new Uint8Array(buffer, from, to - from));
	if (buffer.byteLength <= SPARE_MAX) keepSpare(m);
	return text;
}

/** Cleans the one sequence at `i` where the WebAssembly loop stopped; returns the next position. */
function cleanStep(bytes: Uint8Array, at: number, m: CleanMachine, spaced: number[]): number {
	let i = at;
	const b = bytes[i]!;
	let write = -1;
	if (b === 0xc2) {
		const c = bytes[i + 1]!;
		if (c === 0xad) i += 2;
		else {
			if (c === 0x85) write = 10;
			i = skipC1(bytes, c, i + 2);
		}
	} else if (b >= 0xe1) {
		const action = threeByteAction(b, bytes[i + 1]!, bytes[i + 2]!);
		if (action === KEEP) {
			write = b;
			m.high.value = 1;
			i++;
		} else {
			if (action !== DROP) write = action;
			i += 3;
		}
	} else if (b === 13) {
		write = 10;
		i += bytes[i + 1] === 10 ? 2 : 1;
	} else if (b === 12 || b === 11) {
		write = 10;
		i++;
	} else if (b === ESC) {
		i = skipEscape(bytes, i + 1);
	} else {
		i++;
	}
	if (write >= 0) {
		if (write === 10) {
			if (m.dirty.value) {
				spaced.push(m.line.value);
				m.dirty.value = 0;
			}
			m.line.value += 1;
		} else if (write === 0x20 && m.prev.value === 0x20) m.dirty.value = 1;
		const w = m.w.value;
		bytes[w] = write;
		m.w.value = w + 1;
		m.prev.value = write;
	}
	return i;
}

const ESC = 0x1b;
const BEL = 0x07;

/** Bytes that need a look: C0 controls (LF and tab too), DEL, lead bytes of cleaned code points. */
const ATTENTION = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) ATTENTION[b] = 1;
for (const b of [0x7f, 0xc2, 0xe1, 0xe2, 0xe3, 0xef]) ATTENTION[b] = 1;

/**
 * Cleans valid UTF-8 from `bytes[start..]` into `out` (which may be `bytes` itself: writes never
 * overtake reads); returns the number of bytes written. Every removed or replaced sequence is a
 * whole, valid code point, so valid input stays valid. (The WebAssembly loop does the same for big
 * inputs and also notes double-spaced lines; this one stays lean for small files.)
 */
export function cleanUtf8(bytes: Uint8Array, start: number, out: Uint8Array): number {
	const len = bytes.length;
	let w = 0;
	let i = start;
	while (i < len) {
		let b = bytes[i]!;
		while (ATTENTION[b] === 0) {
			out[w++] = b;
			if (++i >= len) return w;
			b = bytes[i]!;
		}
		if (b === 10 || b === 9) {
			out[w++] = b;
			i++;
		} else if (b === 0xc2) {
			const c = bytes[i + 1]!;
			if (c === 0xa0) {
				out[w++] = 0x20;
				i += 2;
			} else if (c === 0xad) {
				i += 2;
			} else if (c >= 0x80 && c <= 0x9f) {
				if (c === 0x85) out[w++] = 10;
				i = skipC1(bytes, c, i + 2);
			} else {
				out[w++] = b;
				i++;
			}
		} else if (b >= 0xe1) {
			const action = threeByteAction(b, bytes[i + 1]!, bytes[i + 2]!);
			if (action === KEEP) {
				out[w++] = b;
				i++;
			} else {
				if (action !== DROP) out[w++] = action;
				i += 3;
			}
		} else if (b === 13) {
			out[w++] = 10;
			i += bytes[i + 1] === 10 ? 2 : 1;
		} else if (b === 12 || b === 11) {
			out[w++] = 10;
			i++;
		} else if (b === ESC) {
			i = skipEscape(bytes, i + 1);
		} else {
			i++;
		}
	}
	return w;
}

const KEEP = -1;
const DROP = 0;

/** What to do with a 3-byte UTF-8 sequence: keep it, drop it, or write one ASCII byte instead. */
function threeByteAction(b: number, c: number, d: number): number {
	if (b === 0xe2) {
		if (c === 0x80) {
			if (d <= 0x8a || d === 0xaf) return 0x20; // U+2000–U+200A, U+202F
			if (d <= 0x8f || (d >= 0xaa && d <= 0xae)) return DROP; // U+200B–U+200F, U+202A–U+202E
			if (d === 0xa8 || d === 0xa9) return 10; // U+2028, U+2029
			return KEEP;
		}
		if (c === 0x81) {
			if (d === 0x9f) return 0x20; // U+205F
			if (d >= 0xa0 && d <= 0xaf) return DROP; // U+2060–U+206F
		}
		return KEEP;
	}
	if (b === 0xe1) {
		if (c === 0x9a && d === 0x80) return 0x20; // U+1680
		if (c === 0xa0 && d === 0x8e) return DROP; // U+180E
		return KEEP;
	}
	if (b === 0xe3) return c === 0x80 && d === 0x80 ? 0x20 : KEEP; // U+3000
	return c === 0xbb && d === 0xbf ? DROP : KEEP; // U+FEFF
}

/**
 * Skips an escape sequence whose ESC sat just before `i`; returns the index after it. CSI
 * (`ESC [`), string sequences (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`,
 * ended by BEL or ST) and two- or three-byte sequences are all removed, payload included.
 */
function skipEscape(bytes: Uint8Array, i: number): number {
	const c = bytes[i];
	if (c === undefined) return i;
	if (c === 0x5b) return skipCsi(bytes, i + 1);
	if (c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f)
		return skipString(bytes, i + 1);
	let j = i;
	while (j < bytes.length && bytes[j]! >= 0x20 && bytes[j]! <= 0x2f) j++;
	if (j < bytes.length && bytes[j]! >= 0x30 && bytes[j]! <= 0x7e) return j + 1;
	return j;
}

/** Skips a C1 control (second byte `c` of `C2 xx`); the 8-bit introducers take their payload. */
function skipC1(bytes: Uint8Array, c: number, i: number): number {
	if (c === 0x9b) return skipCsi(bytes, i);
	if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f)
		return skipString(bytes, i);
	return i;
}

/** Skips CSI parameters, intermediates and the final byte. */
function skipCsi(bytes: Uint8Array, i: number): number {
	let j = i;
	while (j < bytes.length && bytes[j]! >= 0x20 && bytes[j]! <= 0x3f) j++;
	if (j < bytes.length && bytes[j]! >= 0x40 && bytes[j]! <= 0x7e) return j + 1;
	return j;
}

/**
 * Skips a control string up to BEL, `ESC \` or the 8-bit ST (`C2 9C`). An unterminated string ends
 * at the end of its line, so one stray introducer cannot swallow a whole transcript.
 */
function skipString(bytes: Uint8Array, i: number): number {
	let j = i;
	while (j < bytes.length) {
		const b = bytes[j]!;
		if (b === BEL) return j + 1;
		if (b === ESC) return bytes[j + 1] === 0x5c ? j + 2 : j;
		if (b === 0xc2 && bytes[j + 1] === 0x9c) return j + 2;
		if (b === 10 || b === 13) return j;
		j++;
	}
	return j;
}
