/**
 * `Intl.Segmenter`, with a shortcut for the text a reader mostly shows.
 *
 * Splitting a string into grapheme clusters through ICU costs ~14 ms the first time a process
 * asks (ICU's set-up: the constructor pays it, even for a segmenter never used), and an object
 * per character after that. A string made only of code units that are each a grapheme cluster
 * whatever their neighbours (`alone`: ASCII but CR, Latin, Greek, Cyrillic, common punctuation
 * and symbols, box drawing, kana, CJK ideographs, Hangul syllables) is split here into its code
 * units, which is what ICU gives it: by UAX #29 none of them joins the one before or after it.
 * Any other string, and the word and sentence granularities, go to Intl.Segmenter, built at its
 * first use. `test/core/segmenter.test.ts` checks the answers against Intl.Segmenter.
 *
 * The build gives this class to every bundled module in place of `Intl.Segmenter`
 * (scripts/build.mjs): Ink's helpers build their segmenters when they load, and would otherwise
 * pay ICU's set-up before the first frame.
 */

/** ICU's segmenter, named so that the build's substitution of `Intl.Segmenter` leaves it alone. */
const Native = globalThis.Intl.Segmenter;

/**
 * A code unit that is a grapheme cluster on its own next to any other such unit: its Unicode
 * Grapheme_Cluster_Break is Other or Control, and it is none of CR (CR LF is one cluster), the
 * marks that join the unit before them (Extend, SpacingMark, ZWJ), Prepend, Hangul jamo,
 * regional indicators or surrogates.
 */
export function alone(code: number): boolean {
	if (code < 0x300) return code !== 0x0d;
	if (code < 0x2000) return (code >= 0x370 && code < 0x483) || (code >= 0x48a && code < 0x530);
	if (code < 0x3000)
		return (
			(code >= 0x2010 && code <= 0x205e) ||
			(code >= 0x20a0 && code <= 0x20bf) ||
			(code >= 0x2100 && code <= 0x214f) ||
			(code >= 0x2190 && code <= 0x22ff) ||
			(code >= 0x2500 && code <= 0x25ff)
		);
	return (
		code <= 0x3029 ||
		(code >= 0x3041 && code <= 0x3096) ||
		(code >= 0x30a0 && code <= 0x30ff) ||
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xff01 && code <= 0xff60)
	);
}

/** Every code unit of `text` is `alone`. */
function allAlone(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (!alone(text.charCodeAt(i))) return false;
	return true;
}

/** The segments of a string whose every code unit is a cluster: the code units. */
class UnitSegments {
	constructor(private readonly input: string) {}

	containing(index?: number): Intl.SegmentData | undefined {
		// As Intl: the index is made a whole number (undefined and NaN are 0).
		const at = Math.trunc(Number(index ?? 0)) || 0;
		if (at < 0 || at >= this.input.length) return undefined;
		return {segment: this.input[at]!, index: at, input: this.input};
	}

	*[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
		const input = this.input;
		for (let i = 0; i < input.length; i++) yield {segment: input[i]!, index: i, input};
	}
}

export class QuickSegmenter {
	private readonly args: ConstructorParameters<typeof Intl.Segmenter>;
	private native: Intl.Segmenter | undefined;

	constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
		this.args = args;
	}

	private real(): Intl.Segmenter {
		this.native ??= new Native(...this.args);
		return this.native;
	}

	segment(input: string): Intl.Segments {
		const text = String(input);
		const granularity = this.args[1]?.granularity ?? 'grapheme';
		if (granularity === 'grapheme' && allAlone(text))
			return new UnitSegments(text) as unknown as Intl.Segments;
		return this.real().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.real().resolvedOptions();
	}
}
