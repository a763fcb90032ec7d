/**
 * Just enough of a WebAssembly (MVP) assembler to write one small function by hand: opcodes,
 * LEB128 numbers, sections, and a structured-code writer whose branches name their targets.
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
export const CONST = 0x41;
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
export const VOID = 0x40;

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
	i32(n: number): this {
		return this.op(CONST, ...sleb(n));
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
