/**
 * The hot loop of text.ts's UTF-8 cleaning as a tiny WebAssembly function, assembled here from
 * readable instructions (no build step, no dependency). It copies bytes down in place — printable
 * ASCII, multi-byte characters, LF, tab — turns U+00A0 into a space, counts lines and notes the
 * lines that get a tab or two spaces in a row. At anything else (controls, escapes, the other
 * Unicode spaces and invisible characters) it stops and returns the position, so text-bytes.ts handles
 * that one sequence in JavaScript and calls it again.
 *
 * Memory: the input is copied to offset 0; output is written from offset 0 too (never ahead of
 * the input). Globals: w (bytes written), line, prev (last byte written), dirty (this line has a
 * tab or double space), high (a byte above 0x7F was written). Import env.mark(line) is called
 * for each such line when it ends.
 */
import {
	ADD,
	AND,
	Asm,
	BLOCK,
	CALL,
	CONST,
	CTZ,
	END,
	EQ,
	EQZ,
	GE_U,
	I8X16_BITMASK,
	I16X8_EXTEND_HIGH_U,
	I16X8_EXTEND_LOW_U,
	I64_ADD,
	I64_AND,
	I64_CTZ,
	I64_EQZ,
	I64_EXTEND_U,
	I64_LOAD,
	I64_OR,
	I64_SHL,
	I64_SHR_U,
	I64_STORE,
	I64_SUB,
	I64_XOR,
	IF,
	LE_U,
	LOAD8_U,
	LOOP,
	LT_U,
	NE,
	name,
	OR,
	SHL,
	SHR_U,
	STORE8,
	STORE16,
	SUB,
	section,
	uleb,
	V128,
	V128_LOAD,
	V128_STORE,
	vec,
	WRAP_I64,
	XOR,
} from './wasm-asm.js';

// Locals (state lives in locals while running, in globals between runs).
const I = 0; // param: read position
const END_AT = 1; // param: end of input
const B = 2;
const C = 3;
const D = 4;
const W = 5;
const LINE = 6;
const PREV = 7;
const DIRTY = 8;
const LOCALS = 7; // b, c, d, w, line, prev, dirty
const X = 9; // i64: eight input bytes
const Z = 10; // i64: which of them are spaces
const M = 11; // i64: which of them need a look
const LOCALS64 = 3;
// Globals, in the same order as their locals.
const G_W = 0;
const G_LINE = 1;
const G_PREV = 2;
const G_DIRTY = 3;
/** Set to 1 once a byte above 0x7F is written (the text is not plain ASCII). */
const G_HIGH = 4;

/** The cleaning program's own shorthands on top of the assembler. */
class Code extends Asm {
	/** mem[w] = value (pushed by `value`); then w += 1 and prev = value. */
	emit(value: (c: Code) => void): this {
		this.get(W);
		value(this);
		this.op(STORE8, 0, 0);
		this.get(W).i32(1).op(ADD).set(W);
		value(this);
		return this.set(PREV);
	}
	/** dirty |= (prev === 0x20) — call before writing a space. */
	spaceAfterSpace(): this {
		return this.get(PREV).i32(0x20).op(EQ).get(DIRTY).op(OR).set(DIRTY);
	}
	/**
	 * dirty |= two spaces in a row among the first `n` bytes of X (n = -1: the first C bytes), or
	 * a space first after a space written before.
	 */
	spaces(n: number): this {
		// Z: the high bit of each byte that is a space (exact: no carries between bytes).
		this.get(X)
			.i64(0x20n * ONES)
			.op(I64_XOR)
			.set(Z);
		this.get(Z).i64(LOW7).op(I64_AND).i64(LOW7).op(I64_ADD).get(Z).op(I64_OR).i64(LOW7).op(I64_OR);
		this.i64(-1n).op(I64_XOR).set(Z);
		if (n < 0) {
			// Keep the first C bytes: Z &= (1 << 8C) - 1.
			this.get(Z).i64(1n).get(C).i32(3).op(SHL).op(I64_EXTEND_U).op(I64_SHL).i64(1n).op(I64_SUB);
			this.op(I64_AND).set(Z);
		}
		this.get(Z).get(Z).i64(8n).op(I64_SHL).op(I64_AND).op(I64_EQZ).i32(1).op(XOR);
		this.get(PREV).i32(0x20).op(EQ).get(Z).op(WRAP_I64).i32(0x80).op(AND).i32(0).op(NE).op(AND);
		return this.op(OR).get(DIRTY).op(OR).set(DIRTY);
	}
	load(local: number, offset: number, into: number): this {
		return this.get(local).op(LOAD8_U, 0, offset).set(into);
	}
	advance(n: number): this {
		return this.get(I).i32(n).op(ADD).set(I);
	}
}

const ONES = 0x0101010101010101n;
const HIGH = 0x8080808080808080n;
const LOW7 = 0x7f7f7f7f7f7f7f7fn;

/**
 * Eight bytes at a time while they are all printable ASCII (spaces included, no LF, tab, control,
 * DEL or multi-byte character): copy them as one word and note two spaces in a row (also across
 * the previous word). When a word holds a byte that needs a look, the printable bytes before it
 * are copied the same way, and the byte-by-byte loop below takes that byte.
 */
function fastPath(c: Code): void {
	c.get(I).i32(8).op(ADD).get(END_AT).op(LE_U).open(IF);
	c.get(I).op(I64_LOAD, 0, 0).set(X);
	// M: the high bit of bytes with the high bit, below 0x20 (x - 0x20 borrows) or DEL (x + 1
	// reaches 0x80). Borrows and carries only start at such a byte, so the lowest bit is exact.
	c.get(X);
	c.get(X)
		.i64(0x20n * ONES)
		.op(I64_SUB)
		.get(X)
		.i64(-1n)
		.op(I64_XOR)
		.op(I64_AND)
		.op(I64_OR);
	c.get(X).i64(ONES).op(I64_ADD).op(I64_OR);
	c.i64(HIGH).op(I64_AND).set(M);
	c.get(M).op(I64_EQZ).open(IF);
	c.spaces(8);
	c.get(W).get(X).op(I64_STORE, 0, 0);
	c.get(X).i64(56n).op(I64_SHR_U).op(WRAP_I64).set(PREV);
	c.get(W).i32(8).op(ADD).set(W);
	c.advance(8).br('top');
	c.end();
	// C: how many printable bytes come before the first one that needs a look.
	c.get(M).op(I64_CTZ).op(WRAP_I64).i32(3).op(SHR_U).set(C);
	// Copy them as a word when that overwrites no unread byte (nothing removed yet, or far behind).
	c.get(C).i32(0).op(NE);
	c.get(W).get(I).op(EQ).get(I).get(W).op(SUB).i32(8).get(C).op(SUB).op(GE_U).op(OR);
	c.op(AND).open(IF);
	c.spaces(-1);
	c.get(W).get(X).op(I64_STORE, 0, 0);
	c.get(X).get(C).i32(3).op(SHL).i32(8).op(SUB).op(I64_EXTEND_U).op(I64_SHR_U).op(WRAP_I64);
	c.i32(0xff).op(AND).set(PREV);
	c.get(W).get(C).op(ADD).set(W);
	c.get(I).get(C).op(ADD).set(I);
	c.end();
	c.end();
}

function runBody(): number[] {
	const c = new Code();
	c.gget(G_W).set(W).gget(G_LINE).set(LINE).gget(G_PREV).set(PREV).gget(G_DIRTY).set(DIRTY);
	c.open(BLOCK, 'exit').open(LOOP, 'top');
	c.get(I).get(END_AT).op(GE_U).brIf('exit');
	fastPath(c);
	c.load(I, 0, B);

	// Printable ASCII: copy; note a space after a space.
	c.get(B).i32(0x20).op(SUB).i32(0x5f).op(LT_U).open(IF);
	c.get(B).i32(0x20).op(EQ).get(PREV).i32(0x20).op(EQ).op(AND).get(DIRTY).op(OR).set(DIRTY);
	c.emit((x) => x.get(B));
	c.advance(1).br('top').end();

	// LF: report the line if it was dirty, count it.
	c.get(B).i32(10).op(EQ).open(IF);
	c.get(DIRTY).open(IF).get(LINE).op(CALL, 0).i32(0).set(DIRTY).end();
	c.emit((x) => x.i32(10));
	c.get(LINE).i32(1).op(ADD).set(LINE);
	c.advance(1).br('top').end();

	// Tab: copy, the line is dirty.
	c.get(B).i32(9).op(EQ).open(IF);
	c.i32(1).set(DIRTY);
	c.emit((x) => x.i32(9));
	c.advance(1).br('top').end();

	// Anything else below 0x80 (controls, DEL) is for JavaScript.
	c.get(B).i32(0x80).op(LT_U).brIf('exit');

	// C2 xx: U+00A0 becomes a space; C2 A1–BF (but AD) are ordinary; C1 controls and AD stop.
	c.get(B).i32(0xc2).op(EQ).open(IF);
	c.load(I, 1, C);
	c.get(C).i32(0xa0).op(EQ).open(IF);
	c.spaceAfterSpace();
	c.emit((x) => x.i32(0x20));
	c.advance(2).br('top').end();
	c.get(C).i32(0xa0).op(LT_U).brIf('exit');
	c.get(C).i32(0xad).op(EQ).brIf('exit');
	c.end();

	// E1/E2/E3/EF lead bytes: stop at the few code points that are cleaned.
	c.get(B).i32(0xe1).op(GE_U).open(IF);
	c.load(I, 1, C).load(I, 2, D);
	// E2 80 80–8F, E2 80 A8–AF: spaces, zero-width, line separators, bidi controls.
	c.get(B).i32(0xe2).op(EQ).get(C).i32(0x80).op(EQ).op(AND).open(IF);
	c.get(D).i32(0x8f).op(LE_U).brIf('exit');
	c.get(D).i32(0xa8).op(GE_U).get(D).i32(0xaf).op(LE_U).op(AND).brIf('exit');
	c.end();
	// E2 81 9F–AF: medium space, word joiner, invisible operators.
	c.get(B).i32(0xe2).op(EQ).get(C).i32(0x81).op(EQ).op(AND).open(IF);
	c.get(D).i32(0x9f).op(GE_U).get(D).i32(0xaf).op(LE_U).op(AND).brIf('exit');
	c.end();
	// E1 9A 80 (ogham space), E1 A0 8E (Mongolian vowel separator).
	c.get(B).i32(0xe1).op(EQ).open(IF);
	c.get(C).i32(0x9a).op(EQ).get(D).i32(0x80).op(EQ).op(AND).brIf('exit');
	c.get(C).i32(0xa0).op(EQ).get(D).i32(0x8e).op(EQ).op(AND).brIf('exit');
	c.end();
	// E3 80 80 (ideographic space), EF BB BF (BOM / zero-width no-break space).
	c.get(B)
		.i32(0xe3)
		.op(EQ)
		.get(C)
		.i32(0x80)
		.op(EQ)
		.op(AND)
		.get(D)
		.i32(0x80)
		.op(EQ)
		.op(AND)
		.brIf('exit');
	c.get(B)
		.i32(0xef)
		.op(EQ)
		.get(C)
		.i32(0xbb)
		.op(EQ)
		.op(AND)
		.get(D)
		.i32(0xbf)
		.op(EQ)
		.op(AND)
		.brIf('exit');
	c.end();

	// Every other byte of a multi-byte character is copied as it is.
	c.i32(1).gset(G_HIGH);
	c.emit((x) => x.get(B));
	c.advance(1).br('top');
	c.end().end();
	c.get(W).gset(G_W).get(LINE).gset(G_LINE).get(PREV).gset(G_PREV).get(DIRTY).gset(G_DIRTY);
	c.get(I);
	c.op(END);
	return c.bytes;
}

// widen's locals.
const WO = 2; // param: where to write
const WB = 3;
const WMASK = 4;
const WV = 5; // v128: sixteen input bytes

/**
 * widen(i, end, o) -> o: decodes the valid UTF-8 at [i, end) to UTF-16LE at o, returning where the
 * output ends; sixteen bytes at a time while they are ASCII. Output may lie below the input as
 * long as it starts at least 32 bytes plus the input's length below it (writes never overtake
 * reads). Decoding here and copying the UTF-16 into a string is about twice as fast as Node's
 * UTF-8 decoder on text that is mostly ASCII with a few curly quotes and dashes.
 */
function widenBody(): number[] {
	const c = new Code();
	c.open(BLOCK, 'exit').open(LOOP, 'top');
	c.get(I).i32(16).op(ADD).get(END_AT).op(LE_U).open(IF);
	c.get(I).simd(V128_LOAD, 0, 0).set(WV);
	c.get(WV).simd(I8X16_BITMASK).set(WMASK);
	// Both halves are written even when not all sixteen are ASCII: the part past the first
	// non-ASCII byte is written over next.
	c.get(WO).get(WV).simd(I16X8_EXTEND_LOW_U).simd(V128_STORE, 0, 0);
	c.get(WO).get(WV).simd(I16X8_EXTEND_HIGH_U).simd(V128_STORE, 0, 16);
	c.get(WMASK).op(EQZ).open(IF);
	c.advance(16).get(WO).i32(32).op(ADD).set(WO).br('top');
	c.end();
	c.get(WMASK).op(CTZ).set(WMASK);
	c.get(I).get(WMASK).op(ADD).set(I);
	c.get(WO).get(WMASK).i32(1).op(SHL).op(ADD).set(WO);
	c.end();
	c.get(I).get(END_AT).op(GE_U).brIf('exit');
	c.load(I, 0, WB);
	// One character: ASCII (only near the end), or a 2-, 3- or 4-byte sequence.
	c.get(WB).i32(0x80).op(LT_U).open(IF);
	c.get(WO).get(WB).op(STORE16, 1, 0);
	c.advance(1).get(WO).i32(2).op(ADD).set(WO).br('top');
	c.end();
	c.get(WB).i32(0xe0).op(LT_U).open(IF);
	c.get(WO).get(WB).i32(0x1f).op(AND).i32(6).op(SHL);
	c.get(I).op(LOAD8_U, 0, 1).i32(0x3f).op(AND).op(OR).op(STORE16, 1, 0);
	c.advance(2).get(WO).i32(2).op(ADD).set(WO).br('top');
	c.end();
	c.get(WB).i32(0xf0).op(LT_U).open(IF);
	c.get(WO).get(WB).i32(0x0f).op(AND).i32(12).op(SHL);
	c.get(I).op(LOAD8_U, 0, 1).i32(0x3f).op(AND).i32(6).op(SHL).op(OR);
	c.get(I).op(LOAD8_U, 0, 2).i32(0x3f).op(AND).op(OR).op(STORE16, 1, 0);
	c.advance(3).get(WO).i32(2).op(ADD).set(WO).br('top');
	c.end();
	// Four bytes: a surrogate pair (WB becomes the code point minus 0x10000).
	c.get(WB).i32(0x07).op(AND).i32(18).op(SHL);
	c.get(I).op(LOAD8_U, 0, 1).i32(0x3f).op(AND).i32(12).op(SHL).op(OR);
	c.get(I).op(LOAD8_U, 0, 2).i32(0x3f).op(AND).i32(6).op(SHL).op(OR);
	c.get(I).op(LOAD8_U, 0, 3).i32(0x3f).op(AND).op(OR);
	c.i32(0x10000).op(SUB).set(WB);
	c.get(WO).get(WB).i32(10).op(SHR_U).i32(0xd800).op(OR).op(STORE16, 1, 0);
	c.get(WO).get(WB).i32(0x3ff).op(AND).i32(0xdc00).op(OR).op(STORE16, 1, 2);
	c.advance(4).get(WO).i32(4).op(ADD).set(WO).br('top');
	c.end().end();
	c.get(WO);
	c.op(END);
	return c.bytes;
}

function moduleBytes(withWiden: boolean): Uint8Array {
	const I32 = 0x7f;
	const types = vec([
		[0x60, ...vec([[I32], [I32]]), ...vec([[I32]])], // run(i, end) -> i
		[0x60, ...vec([[I32]]), ...vec([])], // mark(line)
		[0x60, ...vec([[I32], [I32], [I32]]), ...vec([[I32]])], // widen(i, end, o) -> o
	]);
	const imports = vec([[...name('env'), ...name('mark'), 0x00, 1]]);
	const functions = vec(withWiden ? [[0], [2]] : [[0]]);
	const memory = vec([[0x00, 1]]);
	const global = [I32, 0x01, CONST, 0, END];
	const globals = vec([global, global, global, global, global]);
	const exports = vec([
		[...name('run'), 0x00, 1],
		[...name('memory'), 0x02, 0],
		[...name('w'), 0x03, G_W],
		[...name('line'), 0x03, G_LINE],
		[...name('prev'), 0x03, G_PREV],
		[...name('dirty'), 0x03, G_DIRTY],
		[...name('high'), 0x03, G_HIGH],
		...(withWiden ? [[...name('widen'), 0x00, 2]] : []),
	]);
	const locals = vec([
		[LOCALS, I32],
		[LOCALS64, 0x7e],
	]);
	const fns = [[...locals, ...runBody()]];
	if (withWiden)
		fns.push([
			...vec([
				[2, I32],
				[1, V128],
			]),
			...widenBody(),
		]);
	const code = vec(fns.map((fn) => [...uleb(fn.length), ...fn]));
	return new Uint8Array([
		0x00,
		0x61,
		0x73,
		0x6d,
		0x01,
		0x00,
		0x00,
		0x00,
		...section(1, types),
		...section(2, imports),
		...section(3, functions),
		...section(5, memory),
		...section(6, globals),
		...section(7, exports),
		...section(10, code),
	]);
}

/** A mutable WebAssembly global as JavaScript sees it. */
interface WasmGlobal {
	value: number;
}

/** One instance: its memory, its state, and the run function. */
export interface CleanMachine {
	memory: {buffer: ArrayBuffer; grow(pages: number): number};
	/** Where `mark` pushes line numbers; set before each run. */
	marks: number[];
	run(i: number, end: number): number;
	/** Decodes cleaned UTF-8 to UTF-16LE (see `widenBody`); null where WebAssembly has no SIMD. */
	widen: ((i: number, end: number, o: number) => number) | null;
	w: WasmGlobal;
	line: WasmGlobal;
	prev: WasmGlobal;
	dirty: WasmGlobal;
	/** 1 once a byte above 0x7F has been written: the text is not plain ASCII. */
	high: WasmGlobal;
}

/** The part of the WebAssembly API used here (the project's TypeScript lib has no DOM types). */
interface WasmApi {
	Module: new (bytes: Uint8Array) => object;
	Instance: new (module: object, imports: object) => {exports: unknown};
}

const api = (globalThis as unknown as {WebAssembly?: WasmApi}).WebAssembly;
let compiled: object | null | undefined;

function compile(withWiden: boolean): object | null {
	try {
		return api ? new api.Module(moduleBytes(withWiden)) : null;
	} catch {
		return null;
	}
}

/** A fresh machine whose `mark` pushes to `machine.marks`, or null without WebAssembly. */
export function cleanMachine(marks: number[]): CleanMachine | null {
	if (compiled === undefined) compiled = compile(true) ?? compile(false);
	if (!compiled || !api) return null;
	const state = {marks};
	const instance = new api.Instance(compiled, {
		env: {mark: (line: number) => void state.marks.push(line)},
	});
	const exports = instance.exports as Omit<CleanMachine, 'marks'>;
	return {
		memory: exports.memory,
		run: exports.run,
		widen: exports.widen ?? null,
		w: exports.w,
		line: exports.line,
		prev: exports.prev,
		dirty: exports.dirty,
		high: exports.high,
		get marks() {
			return state.marks;
		},
		set marks(list: number[]) {
			state.marks = list;
		},
	};
}
