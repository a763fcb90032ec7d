/**
 * Page chrome: the website furniture a saved page starts with ("View settings", "Font size:",
 * "Site colours:", "Official website of the President of Russia", "Документ /"), which the parser
 * keeps as narration. Read hides it until asked (`c`): the short, unpunctuated paragraphs that
 * open the first remark when it is narration, up to the first line that reads as prose.
 */
import {remarkTime} from '../../core/cite.js';
import type {Transcript} from '../../core/model.js';

/** A paragraph that reads as a menu item or a label rather than prose. */
function looksLikeChrome(paragraph: string): boolean {
	const text = paragraph.trim();
	if (text === '' || text.length > 60) return false;
	if (/[.!?…"”»)]$/u.test(text)) return false;
	return text.split(/\s+/).length <= 8;
}

/** Characters of the first remark's text that are page chrome (0 when none). */
export function chromeLength(transcript: Transcript): number {
	const first = transcript.remarks[0];
	if (!first || first.speaker !== null || transcript.remarks.length < 2) return 0;
	// A timed remark is a caption cue ("[music]"), never a website's menu.
	if (remarkTime(first) !== null) return 0;
	let length = 0;
	let count = 0;
	for (const paragraph of first.paragraphs) {
		if (!looksLikeChrome(paragraph)) break;
		length += paragraph.length + 2;
		count++;
	}
	if (count === 0) return 0;
	// Everything was chrome: hide it all (no "\n\n" after the last paragraph).
	return count === first.paragraphs.length ? length - 2 : length;
}
