/**
 * The types everything shares: a parsed transcript (its speakers and remarks), and the progress
 * kept about it (places, bookmarks, quiz cards and reviews, settings) with the `Store` interface
 * that persists it — implemented over conf in store/store.ts; tests build one in a temporary
 * folder. Plain data, no behaviour; `verbatim parse --json` prints `Transcript`.
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

/** A place in a transcript: a turn (remark index) and an offset inside it, never a screen row. */
export interface Position {
	/** Remark index (0-based) in Transcript.remarks. */
	turn: number;
	/** Character offset into the remark's text (paragraphs joined by "\n\n") of the top line. */
	offset: number;
}

export interface Bookmark extends Position {
	note: string;
	/** Epoch milliseconds. */
	created: number;
}

/** Per transcript, keyed by the transcript's content hash. */
export interface TranscriptProgress {
	position: Position | null;
	bookmarks: Bookmark[];
	/** Epoch milliseconds, or null if never opened. */
	lastOpened: number | null;
	/** Remarks in the transcript when last saved (for "% read" without re-parsing). */
	remarkCount: number | null;
}

/** An FSRS card as stored: ts-fsrs Card fields with dates as epoch milliseconds. */
export interface CardRecord {
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: number;
	last_review: number | null;
	/** Wrong answers in total. */
	misses: number;
	/** Lapsed 8 times or more (suspended with a note when it became one). */
	leech: boolean;
	/** Never asked while true (the user suspended it, or it became a leech). */
	suspended?: boolean;
	/** Not asked before this instant (epoch ms): buried until the next day. */
	buriedUntil?: number;
	/** A note shown in the card list ("leech: …"). */
	note?: string;
}

/** One answered quiz question (the review log is capped at the last 5,000). */
export interface ReviewEntry {
	/** Card id: `${transcriptHash}:${sentenceHash}`. */
	card: string;
	/** Epoch milliseconds of the answer. */
	at: number;
	chosen: string;
	correct: string;
	/** Milliseconds from showing the question to answering. */
	ms: number;
	/** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
	rating: number;
	/** The card before this answer (null if it was new): undo restores it. */
	previous: CardRecord | null;
}

export interface Settings {
	/** New quiz cards introduced per local day. */
	newPerDay: number;
}

export interface Store {
	/** The file conf writes to. */
	readonly path: string;
	/**
	 * Set when something went wrong that the user should know about (a damaged file was copied
	 * aside, a write failed); null or absent when all is well. The UI shows it as a note.
	 */
	readonly warning?: string | null;
	getProgress(transcriptKey: string): TranscriptProgress;
	setPosition(transcriptKey: string, position: Position, remarkCount?: number): void;
	/** Kept sorted by position; a bookmark at the same turn and offset replaces the old one. */
	addBookmark(transcriptKey: string, bookmark: Bookmark): void;
	/** `index` into `getProgress(key).bookmarks`. */
	removeBookmark(transcriptKey: string, index: number): void;
	markOpened(transcriptKey: string, remarkCount?: number): void;
	/** Most recent first, no duplicates, capped at 100. */
	getSearchHistory(): string[];
	pushSearchHistory(query: string): void;
	getCard(cardId: string): CardRecord | undefined;
	setCard(cardId: string, card: CardRecord): void;
	deleteCard(cardId: string): void;
	allCards(): Record<string, CardRecord>;
	/** Oldest first. */
	getReviewLog(): ReviewEntry[];
	appendReview(entry: ReviewEntry): void;
	/** Removes and returns the newest entry (for undo). */
	popReview(): ReviewEntry | undefined;
	getSettings(): Settings;
	setSettings(settings: Partial<Settings>): void;
	/** Writes pending changes now (writes are otherwise debounced). Safe to call often. */
	flush(): void;
	/** Calls `listener` when saving starts to fail; returns an unsubscriber. */
	onWarning?(listener: (text: string) => void): () => void;
	/** Changes not on disk yet (kept in memory after a failed write, retried). */
	readonly unsaved?: number;
}
