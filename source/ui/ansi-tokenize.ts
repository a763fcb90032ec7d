/**
 * @alcalzone/ansi-tokenize as the build gives it to Ink (scripts/build.mjs redirects Ink's import
 * here): the same module, but for two functions Ink calls on every line of a frame.
 * - `styledCharsToString` turns a row of Ink's grid of styled characters back into text. The
 *   original asks `diffAnsiCodes` between every two neighbours, which makes three Sets and four
 *   arrays per character (~50 ms of the first frame on a cold start); here neighbours with the
 *   same styles, most of a screen, are written with nothing in between, which is what that diff
 *   gives them. The text is the same, byte for byte.
 * - `tokenize` splits a line into characters and colour codes. The original walks it cluster by
 *   cluster through Intl.Segmenter; a line made of characters that `quickWidth` knows (each a
 *   cluster of its own) and SGR codes is split here a code unit at a time, each code's tokens
 *   given by the original once and remembered. Any other line goes to the original. The tokens
 *   are the same.
 * - `styledCharsFromTokens` gives each character the styles in force: here one array for a run
 *   of characters under the same codes, where the original copies it for each (Ink never
 *   changes them; it shares them itself between the cells of a wide character).
 */
import {
	type AnsiCode,
	ansiCodesToString,
	diffAnsiCodes,
	reduceAnsiCodesIncremental,
	type StyledChar,
	type Token,
	tokenize as tokenizeEach,
} from '@alcalzone/ansi-tokenize';
import {quickWidth} from '../core/wrap.js';

export * from '@alcalzone/ansi-tokenize';

/** The tokens of SGR codes seen (a screen uses a handful). */
const codeTokens = new Map<string, Token[]>();

/** The index after an SGR code (ESC [ digits and semicolons m) starting at `i`, or -1. */
function sgrEnd(text: string, i: number): number {
	if (text.charCodeAt(i + 1) !== 0x5b) return -1;
	for (let j = i + 2; j < text.length; j++) {
		const code = text.charCodeAt(j);
		if (code === 0x6d) return j + 1;
		if (code !== 0x3b && (code < 0x30 || code > 0x39)) return -1;
	}
	return -1;
}

export function tokenize(text: string, endChar = Number.POSITIVE_INFINITY): Token[] {
	const out: Token[] = [];
	let visible = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code === 0x1b) {
			const end = sgrEnd(text, i);
			if (end < 0) return tokenizeEach(text, endChar);
			const sgr = text.slice(i, end);
			let tokens = codeTokens.get(sgr);
			if (tokens === undefined) {
				tokens = tokenizeEach(sgr);
				if (codeTokens.size < 1000) codeTokens.set(sgr, tokens);
			}
			for (const token of tokens) out.push(token);
			i = end;
			continue;
		}
		const width = quickWidth(code);
		if (width === 0) return tokenizeEach(text, endChar);
		out.push({type: 'char', value: text[i]!, fullWidth: width === 2});
		visible += width;
		i++;
		if (visible >= endChar) break;
	}
	// Stopped at `endChar`: the original's last cluster takes in a mark or the like after it.
	if (i < text.length && text.charCodeAt(i) !== 0x1b && quickWidth(text.charCodeAt(i)) === 0)
		return tokenizeEach(text, endChar);
	return out;
}

/** The same codes in the same order (then their diff is empty). */
function sameStyles(a: AnsiCode[], b: AnsiCode[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++)
		if (a[i]!.code !== b[i]!.code || a[i]!.endCode !== b[i]!.endCode) return false;
	return true;
}

export function styledCharsToString(chars: StyledChar[]): string {
	let ret = '';
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i]!;
		if (i === 0) ret += ansiCodesToString(char.styles);
		else {
			const before = chars[i - 1]!.styles;
			if (!sameStyles(before, char.styles))
				ret += ansiCodesToString(diffAnsiCodes(before, char.styles));
		}
		ret += char.value;
		// Styles still on are reset at the end of the string.
		if (i === chars.length - 1 && char.styles.length > 0)
			ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
	}
	return ret;
}

export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
	let codes: AnsiCode[] = [];
	let styles: AnsiCode[] = [];
	const out: StyledChar[] = [];
	for (const token of tokens) {
		if (token.type === 'ansi') {
			codes = reduceAnsiCodesIncremental(codes, [token]);
			styles = [...codes];
		} else out.push({type: 'char', value: token.value, fullWidth: token.fullWidth, styles});
	}
	return out;
}
