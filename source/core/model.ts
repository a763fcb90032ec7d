/**
 * The types everything shares: a parsed transcript (its speakers and remarks) and the quiz's
 * cards and reviews. Plain data, no behaviour; `verbatim parse --json` prints `Transcript`.
 */

/** One person (or one anonymous role such as "Question") who speaks in a transcript. */
export interface Speaker {
	/** Stable within one transcript, e.g. "vladimir-putin". */
	id: string;
	/** The person without role, e.g. "Vladimir Putin"; for anonymous speakers the generic word. */
	name: string;
	/** What the label adds to the name, e.g. "President of Russia"; null when no label has one. */
	role: string | null;
	/** Every label form seen, as written, without the colon or notes such as "(retranslated)". */
	labels: string[];
	/** True for generic labels: Question, Answer, Remark, Voice, Q, A, Moderator, … */
	anonymous: boolean;
}

/** One turn (from a label to the next label), or a block of narration when `speaker` is null. */
export interface Remark {
	/** A `Speaker.id`, or null for narration (lead, captions, stage directions, sub-headings). */
	speaker: string | null;
	/** Cleaned paragraphs: no label, single spaces, no control characters. */
	paragraphs: string[];
	/** The turn's (or cue's) start in seconds, where the document gives one. */
	time?: number;
}

/** A parsed transcript: the contract of `verbatim parse --json` (see DESIGN.md). */
export interface Transcript {
	title: string | null;
	/** YYYY-MM-DD or null. */
	date: string | null;
	place: string | null;
	/** The layout the parser recognised: "kremlin", "briefing", "play", "vtt", "plain", … */
	format: string;
	speakers: Speaker[];
	remarks: Remark[];
}
