/**
 * Word wrapping for the terminal: splits text into lines no wider than a number of columns and
 * returns each line as a range of the original string, so that callers can map screen lines back
 * to character offsets (reading positions, highlights) without copying text.
 */

/** One wrapped line: the characters `text.slice(start, end)` (trailing spaces excluded). */
export interface LineRange {
	start: number;
	end: number;
}

/** Columns taken by one code point: 0 for combining marks, 2 for wide (East Asian, emoji). */
export function charWidth(code: number): number {
	if (code < 0x300) return 1;
	if (code <= 0x36f) return 0;
	if (code >= 0x200b && code <= 0x200f) return 0;
	if (code < 0x1100) return 1;
	if (
		code <= 0x115f ||
		(code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1f64f) ||
		(code >= 0x1f900 && code <= 0x1f9ff) ||
		(code >= 0x20000 && code <= 0x3fffd)
	)
		return 2;
	if (code >= 0xfe00 && code <= 0xfe0f) return 0;
	return 1;
}

/** Columns taken by a string. */
export function textWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.codePointAt(i)!;
		if (code > 0xffff) i++;
		width += charWidth(code);
	}
	return width;
}

/**
 * Wraps `text` to `width` columns. Breaks at spaces; a word longer than the width is cut. A "\n"
 * ends a line, so "\n\n" between paragraphs gives an empty line. Always returns at least one line.
 */
export function wrapText(text: string, width: number): LineRange[] {
	const cols = Math.max(1, Math.floor(width));
	const lines: LineRange[] = [];
	let start = 0;
	const n = text.length;
	while (start <= n) {
		let col = 0;
		let i = start;
		let lastBreak = -1; // index of the last space that fits on this line
		let end = -1;
		let next = -1;
		while (i < n) {
			const code = text.charCodeAt(i);
			if (code === 10) {
				end = i;
				next = i + 1;
				break;
			}
			let cp = code;
			let size = 1;
			if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
				cp = text.codePointAt(i)!;
				size = 2;
			}
			const w = cp < 0x300 ? 1 : charWidth(cp);
			if (code === 32) {
				if (col + 1 > cols) {
					// The space itself overflows: break here and skip the run of spaces.
					end = i;
					next = i;
					while (next < n && text.charCodeAt(next) === 32) next++;
					break;
				}
				lastBreak = i;
			} else if (col + w > cols) {
				if (lastBreak > start) {
					end = lastBreak;
					next = lastBreak + 1;
				} else {
					end = i === start ? i + size : i;
					next = end;
				}
				while (next < n && text.charCodeAt(next) === 32) next++;
				break;
			}
			col += w;
			i += size;
		}
		if (end === -1) {
			lines.push({start, end: trimEnd(text, start, n)});
			break;
		}
		lines.push({start, end: trimEnd(text, start, end)});
		if (next >= n && text.charCodeAt(n - 1) !== 10) break;
		start = next;
	}
	return lines;
}

function trimEnd(text: string, start: number, end: number): number {
	let e = end;
	while (e > start && text.charCodeAt(e - 1) === 32) e--;
	return e;
}
