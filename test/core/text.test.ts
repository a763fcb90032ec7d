import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
	clean,
	decode,
	decodeClean,
	detectEncoding,
	isBinary,
	readTextFile,
} from '../../source/core/text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
	const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
	let o = 0;
	const put = (code: number) => {
		out[o++] = bigEndian ? code >> 8 : code & 0xff;
		out[o++] = bigEndian ? code & 0xff : code >> 8;
	};
	if (bom) put(0xfeff);
	for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
	return out;
}

/** Both paths (string and bytes) must give the same cleaned text. */
function cleaned(s: string): string {
	const viaString = clean(s);
	expect(decodeClean(utf8(s))).toBe(viaString);
	return viaString;
}

describe('decoding', () => {
	it('reads UTF-8 with and without a BOM', () => {
		expect(decode(utf8('café'))).toBe('café');
		expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('café')]))).toBe('café');
		expect(decodeClean(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('café')]))).toBe('café');
	});

	it('reads UTF-16 LE and BE with a BOM', () => {
		expect(detectEncoding(utf16('Putin: да', false)).encoding).toBe('utf-16le');
		expect(detectEncoding(utf16('Putin: да', true)).encoding).toBe('utf-16be');
		expect(decodeClean(utf16('Putin: да\r\n', false))).toBe('Putin: да\n');
		expect(decodeClean(utf16('Putin: да\r\n', true))).toBe('Putin: да\n');
	});

	it('reads UTF-16 without a BOM when every other byte is zero', () => {
		expect(decodeClean(utf16('Vladimir Putin: Thank you.', false, false))).toBe(
			'Vladimir Putin: Thank you.',
		);
	});

	it('falls back to Windows-1252 for invalid UTF-8, so café stays café', () => {
		const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]);
		expect(detectEncoding(bytes).encoding).toBe('windows-1252');
		expect(decodeClean(bytes)).toBe('café “q”');
		expect(decodeClean(bytes)).not.toContain('\ufffd');
	});
});

describe('cleaning', () => {
	it('turns CRLF and lone CR into LF', () => {
		expect(cleaned('a\r\nb\rc\n')).toBe('a\nb\nc\n');
	});

	it('turns U+00A0 and other Unicode spaces into plain spaces', () => {
		expect(cleaned('of\u00a0the\u2009thin\u202fnarrow\u3000wide\u2007figure')).toBe(
			'of the thin narrow wide figure',
		);
	});

	it('drops zero-width and bidi control characters', () => {
		expect(cleaned('Pu\u200btin\u200c \u200dsaid\ufeff \u2060ok\u202e!\u00ad')).toBe(
			'Putin said ok!',
		);
	});

	it('removes every C0 and C1 control except newline and tab', () => {
		// Every control but ESC and the C1 introducers of CSI/OSC/DCS/SOS/PM/APC (tested below).
		const introducers = [0x1b, 0x90, 0x98, 0x9b, 0x9d, 0x9e, 0x9f];
		let all = '';
		for (let c = 0; c < 0x20; c++) if (!introducers.includes(c)) all += String.fromCharCode(c);
		for (let c = 0x7f; c < 0xa0; c++) if (!introducers.includes(c)) all += String.fromCharCode(c);
		const out = cleaned(`a${all}b`);
		expect(out.replace(/[\n\t]/g, '')).toBe('ab');
		expect(out).toContain('\t');
		expect(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(out)).toBe(false);
	});

	it('keeps ordinary text unchanged (and returns it as is)', () => {
		const text = 'Vladimir Putin: Thank you – “yes”, café, Ёлка, 東京.\n\tIndented.';
		expect(clean(text)).toBe(text);
		expect(decodeClean(utf8(text))).toBe(text);
	});
});

describe('escape sequences are removed with their payload', () => {
	const cases: [string, string][] = [
		['CSI colour', 'a\x1b[31;1mred\x1b[0m b'],
		['CSI cursor move and erase', 'a\x1b[2J\x1b[10;20Hred\x1b[K b'],
		['CSI private mode', 'a\x1b[?1049hred\x1b[?25l b'],
		['8-bit CSI', 'a\x9b31mred\x9b0m b'],
		['OSC window title ended by BEL', 'a\x1b]0;pwned title\x07red b'],
		['OSC 52 clipboard write ended by ST', 'a\x1b]52;c;cm0gLXJmIH4=\x1b\\red b'],
		['OSC hyperlink', 'a\x1b]8;;http://evil.example\x07red\x1b]8;;\x07 b'],
		['8-bit OSC ended by 8-bit ST', 'a\x9d0;title\x9cred b'],
		['DCS', 'a\x1bP1$r0m\x1b\\red b'],
		['8-bit DCS', 'a\x90q#0;2;0;0;0\x9cred b'],
		['APC', 'a\x1b_Gf=100;AAAA\x1b\\red b'],
		['PM', 'a\x1b^private\x1b\\red b'],
		['SOS', 'a\x1bXstring\x1b\\red b'],
		['two-byte ESC sequences', 'a\x1bcred\x1b7\x1b8 b'],
		['charset designation', 'a\x1b(Bred\x1b)0 b'],
	];
	for (const [name, input] of cases) {
		it(name, () => {
			expect(cleaned(input)).toBe('ared b');
		});
	}

	it('an unterminated string sequence ends at the end of its line', () => {
		expect(cleaned('a\x1b]0;never ended\nnext line')).toBe('a\nnext line');
	});

	it('a string sequence ended by another escape does not leave the second one behind', () => {
		expect(cleaned('a\x1b]0;title\x1b[31mred')).toBe('ared');
	});

	it('leaves no ESC anywhere, whatever the mix', () => {
		const nasty = '\x1b[\x1b]\x1bP\x1b\x1b\x1b[31\x1b]52;c;\x07\x9b\x9d\x90x\x9c\x1b';
		const out = cleaned(`x${nasty}y`);
		expect(out).not.toMatch(/[\x1b\x07\x80-\x9f]/);
	});
});

describe('binary detection', () => {
	it('flags NUL bytes and mostly-control data, not text or UTF-16', () => {
		expect(isBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
		expect(isBinary(new Uint8Array(Array.from({length: 200}, (_, i) => (i * 7) % 31)))).toBe(true);
		expect(isBinary(utf8('Vladimir Putin: Thank you.\n'))).toBe(false);
		expect(isBinary(utf16('Vladimir Putin: Thank you.', false))).toBe(false);
		expect(isBinary(utf8('a\x1b[31mred\x1b[0m\n'))).toBe(false);
	});
});

describe('hostile sizes', () => {
	it('cleans 100,000 one-word lines', () => {
		const text = Array.from({length: 100_000}, (_, i) => `w${i}\u00a0`).join('\r');
		const out = decodeClean(utf8(text));
		const lines = out.split('\n');
		expect(lines).toHaveLength(100_000);
		expect(lines[99_999]).toBe('w99999 ');
		expect(clean(text)).toBe(out);
	});
});

describe('no-break spaces in UTF-8 bytes', () => {
	it('become spaces exactly as clean(decode()) makes them, wherever they fall', () => {
		for (const text of [
			'\u00a0',
			'a\u00a0b',
			'\u00a0\u00a0x\u00a0',
			'Путин:\u00a0да\u00a0',
			'no nbsp',
		]) {
			const bytes = utf8(text);
			expect(decodeClean(bytes)).toBe(clean(decode(bytes)));
		}
		// A stray A0 byte that is not part of C2 A0 is left to the decoder (U+FFFD), not a space.
		const stray = new Uint8Array([...utf8('Zoë says'), 0xa0, ...utf8(' “hi” ')]);
		expect(decodeClean(stray)).toBe(clean(decode(stray)));
	});
});

describe('damaged UTF-8', () => {
	it('stays UTF-8 with a replacement character for a stray byte', () => {
		const bytes = new Uint8Array([
			...utf8('Zoë Müller: “Grüß Gott.” '),
			0x92,
			...utf8(' Владимир: да.'),
		]);
		expect(decodeClean(bytes)).toBe('Zoë Müller: “Grüß Gott.” \ufffd Владимир: да.');
	});

	it('reads Windows-1252 when its high bytes form no UTF-8 sequence', () => {
		const bytes = new Uint8Array([
			...utf8('Jos'),
			0xe9,
			...utf8(' said: '),
			0x93,
			...utf8('Caf'),
			0xe9,
			0x94,
		]);
		expect(decodeClean(bytes)).toBe('José said: “Café”');
	});
});

describe('readTextFile', () => {
	it('reads a file with a BOM that decodeClean removes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-text-'));
		try {
			const body = `${'Vladimir Putin:\u00a0 Thank\u00a0you.\r\n'.repeat(50)}\x1b]52;c;eA==\x07end`;
			const file = join(dir, 'big.txt');
			writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
			expect(decodeClean(readTextFile(file))).toBe(clean(body));
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
