/**
 * @alcalzone/ansi-tokenize as the build gives it to Ink (scripts/build.mjs redirects Ink's import
 * here): the same module, but for `styledCharsToString`, which Ink calls on every row of every
 * frame to turn its grid of styled characters back into text. The original asks
 * `diffAnsiCodes` between every two neighbours, which makes three Sets and four arrays per
 * character (~50 ms of the first frame on a cold start); here neighbours with the same styles,
 * most of a screen, are written with nothing in between, which is what that diff gives them. The
 * text is the same, byte for byte.
 */
import {
	type AnsiCode,
	ansiCodesToString,
	diffAnsiCodes,
	type StyledChar,
} from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';

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
