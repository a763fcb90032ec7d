/**
 * Just enough of a WebAssembly assembler (MVP, plus a few SIMD instructions) to write small
 * functions by hand: opcodes, LEB128 numbers, sections, and a structured-code writer whose
 * branches name their targets.
 */

// Opcodes (WebAssembly MVP).
export const BLOCK = 0x02;
export const LOOP = 0x03;
export const IF = 0x04;
export const END = 0x0b;
export const BR = 0x0c;
export const BR_IF = 0x0d;
export const CALL = 0x10;
export const LOCAL_GET = 0x20;
export const LOCAL_SET = 0x21;
export const GLOBAL_GET = 0x23;
export const GLOBAL_SET = 0x24;
export const LOAD8_U = 0x2d;
export const STORE8 = 0x3a;
export const STORE16 = 0x3b;
export const CONST = 0x41;
export const EQZ = 0x45;
export const EQ = 0x46;
export const NE = 0x47;
export const LT_U = 0x49;
export const GT_U = 0x4b;
export const LE_U = 0x4d;
export const GE_U = 0x4f;
export const ADD = 0x6a;
export const SUB = 0x6b;
export const AND = 0x71;
export const OR = 0x72;
export const XOR = 0x73;
export const SHL = 0x74;
export const SHR_U = 0x76;
export const CTZ = 0x68;
export const VOID = 0x40;
// 64-bit integer operations (for eight bytes at a time).
export const I64_LOAD = 0x29;
export const I64_STORE = 0x37;
export const I64_CONST = 0x42;
export const I64_EQZ = 0x50;
export const I64_CTZ = 0x7a;
export const I64_ADD = 0x7c;
export const I64_SUB = 0x7d;
export const I64_AND = 0x83;
export const I64_OR = 0x84;
export const I64_XOR = 0x85;
export const I64_SHL = 0x86;
export const I64_SHR_U = 0x88;
export const WRAP_I64 = 0xa7;
export const I64_EXTEND_U = 0xad;

// 128-bit vector operations (the SIMD proposal, in every Node since 16): prefix byte, then number.
export const SIMD = 0xfd;
export const V128 = 0x7b;
export const V128_LOAD = 0x00;
export const V128_STORE = 0x0b;
export const I8X16_BITMASK = 0x64;
export const I16X8_EXTEND_LOW_U = 0x89;
export const I16X8_EXTEND_HIGH_U = 0x8a;

/** Signed LEB128 of a 64-bit value. */
export function sleb64(n: bigint): number[] {
	const out: number[] = [];
	let v = BigInt.asIntN(64, n);
	for (;;) {
		const byte = Number(v & 0x7fn);
		v >>= 7n;
		const done = (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0);
		out.push(done ? byte : byte | 0x80);
		if (done) return out;
	}
}

export function sleb(n: number): number[] {
	const out: number[] = [];
	let v = n | 0;
	for (;;) {
		const byte = v & 0x7f;
		v >>= 7;
		const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
		out.push(done ? byte : byte | 0x80);
		if (done) return out;
	}
}

export function uleb(n: number): number[] {
	const out: number[] = [];
	let v = n >>> 0;
	do {
		const byte = v & 0x7f;
		v >>>= 7;
		out.push(v === 0 ? byte : byte | 0x80);
	} while (v !== 0);
	return out;
}

/** A small structured-code writer: branch targets by name instead of by depth. */
export class Asm {
	bytes: number[] = [];
	private labels: (string | null)[] = [];
	op(...b: number[]): this {
		this.bytes.push(...b);
		return this;
	}
	/** A vector instruction (`SIMD` prefix), with its memory immediates if any. */
	simd(op: number, ...imm: number[]): this {
		return this.op(SIMD, ...uleb(op), ...imm);
	}
	i32(n: number): this {
		return this.op(CONST, ...sleb(n));
	}
	i64(n: bigint): this {
		return this.op(I64_CONST, ...sleb64(n));
	}
	get(local: number): this {
		return this.op(LOCAL_GET, local);
	}
	set(local: number): this {
		return this.op(LOCAL_SET, local);
	}
	gget(global: number): this {
		return this.op(GLOBAL_GET, global);
	}
	gset(global: number): this {
		return this.op(GLOBAL_SET, global);
	}
	open(kind: number, label: string | null = null): this {
		this.labels.push(label);
		return this.op(kind, VOID);
	}
	end(): this {
		this.labels.pop();
		return this.op(END);
	}
	private depth(label: string): number {
		const at = this.labels.lastIndexOf(label);
		if (at < 0) throw new Error(`no label ${label}`);
		return this.labels.length - 1 - at;
	}
	br(label: string): this {
		return this.op(BR, this.depth(label));
	}
	brIf(label: string): this {
		return this.op(BR_IF, this.depth(label));
	}
}

export function section(id: number, body: number[]): number[] {
	return [id, ...uleb(body.length), ...body];
}

export function vec(items: number[][]): number[] {
	return [...uleb(items.length), ...items.flat()];
}

export function name(s: string): number[] {
	const b = [...new TextEncoder().encode(s)];
	return [...uleb(b.length), ...b];
}
