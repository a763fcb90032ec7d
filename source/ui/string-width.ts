/**
 * `string-width` as the build gives it to Ink, its helpers and core/wrap.ts (scripts/build.mjs
 * redirects their imports here): a string whose every code unit is a grapheme cluster of its own
 * that `quickWidth` knows (Latin, Greek, Cyrillic, common punctuation such as "·" "…" "—", CJK,
 * Hangul) is counted here, with the same answer. string-width would send it through
 * Intl.Segmenter and its Unicode-property regular expressions, whose first use costs ~30 ms of
 * start-up (the RGI_Emoji one alone). Anything else (escape codes, marks, emoji, options) goes to
 * string-width itself.
 */
import stringWidth, {type Options} from 'string-width';
import {quickWidth} from '../core/wrap.js';

export default function width(text: string, options?: Options): number {
	if (options === undefined && typeof text === 'string') {
		let sum = 0;
		for (let i = 0; i < text.length; i++) {
			const w = quickWidth(text.charCodeAt(i));
			if (w === 0) return stringWidth(text);
			sum += w;
		}
		return sum;
	}
	return stringWidth(text, options);
}
