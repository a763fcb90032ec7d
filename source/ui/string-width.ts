/**
 * `string-width` as the build gives it to Ink, its helpers and core/wrap.ts (scripts/build.mjs
 * redirects their imports here): a string whose every code unit is a grapheme cluster of its own
 * that `quickWidth` knows (Latin, Greek, Cyrillic, common punctuation such as "·" "…" "—", CJK,
 * Hangul), between colour codes (CSI sequences, which string-width strips), is counted here, with
 * the same answer. Anything else (other escapes, marks, emoji, options) goes to string-width
 * itself, which is loaded at that first need: building its regular expressions (the RGI_Emoji one
 * alone, ~17 ms) and its Intl.Segmenter (ICU's set-up, ~14 ms) would otherwise come before the
 * first frame of every start, and they are slow on long lines.
 */
import type {Options} from 'string-width';
import {quickWidth} from '../core/wrap.js';

type StringWidth = (text: string, options?: Options) => number;
let full: StringWidth | undefined;

/**
 * string-width itself. `require`, not `import`: the build bundles a module that is required as a
 * function that runs it at the first call (esbuild's lazy `__esm`), where an import would run it
 * when Ink loads. (vitest, and Node from 20.19, also require an ES module.)
 */
function stringWidth(text: string, options?: Options): number {
	full ??= (require('string-width') as {default: StringWidth}).default;
	return full(text, options);
}

export default function width(text: string, options?: Options): number {
	if (options === undefined && typeof text === 'string') {
		let sum = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			const w = quickWidth(code);
			if (w > 0) sum += w;
			else if (code === 0x1b && text.charCodeAt(i + 1) === 0x5b) {
				const end = csiEnd(text, i + 2);
				if (end < 0) return stringWidth(text);
				i = end;
			} else return stringWidth(text);
		}
		return sum;
	}
	return stringWidth(text, options);
}

/**
 * The index of the final byte of a CSI sequence whose parameters start at `i` (ESC [ parameters
 * 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E: ansi-regex's CSI), or -1.
 */
function csiEnd(text: string, i: number): number {
	let code = text.charCodeAt(i);
	while (code >= 0x30 && code <= 0x3f) code = text.charCodeAt(++i);
	while (code >= 0x20 && code <= 0x2f) code = text.charCodeAt(++i);
	return code >= 0x40 && code <= 0x7e ? i : -1;
}
