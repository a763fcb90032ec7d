/**
 * `slice-ansi` as the build gives it to Ink's output (scripts/build.mjs redirects Ink's import
 * here). Ink slices every line it writes inside a box that clips (overflow hidden: the Frame's
 * body, each list row), even when the line is within the box, which is nearly always: that slice
 * splits the line into styled characters and joins them again (~20 ms of a first frame). A
 * slice from the start to at least the line's end is the line itself; any other goes to
 * slice-ansi.
 */
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';

export default function slice(text: string, start = 0, end?: number): string {
	if (start === 0 && (end === undefined || end >= stringWidth(text))) return text;
	return sliceAnsi(text, start, end);
}
