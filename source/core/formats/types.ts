/**
 * What a layout module (kremlin.ts, briefing.ts, play.ts, vtt.ts, …) produces from cleaned text,
 * before labels are resolved into speakers by speakers.ts.
 */

/** A labelled turn (`label` as written, without the colon) or narration (`label` null). */
export interface RawBlock {
	label: string | null;
	paragraphs: string[];
	/** Start of the turn or cue in seconds, where the document gives one. */
	time?: number;
}

/** A document as one layout reads it. */
export interface RawDocument {
	title: string | null;
	date: string | null;
	place: string | null;
	blocks: RawBlock[];
	/** Optional hints for speakers.ts, e.g. full names and roles found in the title or lead. */
	mentions?: string[];
	/** The layout's name when one module reads several ("play", "call"); else the module's name. */
	format?: string;
	/** Who a label names, where the document says it (a cast list, "Name -- Role" labels). */
	people?: Map<string, {name: string; role: string | null}>;
}

/** One transcript layout. */
export interface Layout {
	name: string;
	/**
	 * How well the text fits this layout, 0 (not at all) to 1 (certain). `head` is the text's first
	 * lines (`headLines(text, 200)`), when the caller has them already.
	 */
	score(text: string, head?: readonly string[]): number;
	/** The highest score `score` ever gives (detection skips a layout that cannot win). */
	most: number;
	/** `hints`: labels the source marked as such (bold at a paragraph's start in a web page). */
	parse(text: string, hints?: ReadonlySet<string>): RawDocument;
}
