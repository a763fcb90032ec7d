/**
 * The Store over conf. Two files in the store folder: config.json (reading progress, search
 * history, settings; small, opened at once) and quiz.json (cards and review log; opened on first
 * use so that a long review log never slows the reader's start). Data lives in memory; each file
 * is written at most once per `debounceMs` and on `flush()`; a damaged file is copied aside before
 * starting afresh; a failed write becomes a `warning` instead of an exception.
 */
import {ConfFile, type FileSpec} from './file.js';
import {storeDir} from './paths.js';
import {
	defaultSettings,
	emptyMain,
	emptyQuiz,
	type MainData,
	mainSchema,
	type QuizData,
	quizSchema,
	reviewLogCap,
	searchHistoryCap,
} from './schema.js';
import type {
	Bookmark,
	CardRecord,
	Position,
	ReviewEntry,
	Settings,
	Store,
	TranscriptProgress,
} from './types.js';

export {installFlushOnExit} from './exit.js';

/** Options of `openStore`. */
export interface StoreOptions {
	/** Folder of the store files; default VERBATIM_HOME, else the per-user config folder. */
	cwd?: string;
	/** Delay between a change and its write to disk; default 500 ms. */
	debounceMs?: number;
}

const finite = (n: unknown, fallback = 0): number =>
	typeof n === 'number' && Number.isFinite(n) ? n : fallback;

function cleanPosition(p: Position): Position {
	return {turn: Math.max(0, Math.trunc(finite(p.turn))), offset: Math.max(0, finite(p.offset))};
}

function copyProgress(p: TranscriptProgress): TranscriptProgress {
	return {
		position: p.position ? {...p.position} : null,
		bookmarks: p.bookmarks.map((b) => ({...b})),
		lastOpened: p.lastOpened,
		remarkCount: p.remarkCount,
	};
}

const mainSpec: FileSpec<MainData> = {
	name: 'config',
	schema: mainSchema,
	empty: emptyMain,
	normalise(raw) {
		const data = emptyMain();
		for (const [key, p] of Object.entries(raw.progress ?? {}))
			data.progress[key] = {
				position: p.position ?? null,
				bookmarks: p.bookmarks ?? [],
				lastOpened: p.lastOpened ?? null,
				remarkCount: p.remarkCount ?? null,
			};
		data.searchHistory = (raw.searchHistory ?? []).slice(0, searchHistoryCap);
		data.settings = {...defaultSettings, ...raw.settings};
		return data;
	},
};

const quizSpec: FileSpec<QuizData> = {
	name: 'quiz',
	schema: quizSchema,
	empty: emptyQuiz,
	normalise: (raw) => ({cards: {...raw.cards}, reviews: (raw.reviews ?? []).slice(-reviewLogCap)}),
};

class ConfStore implements Store {
	readonly path: string;
	#dir: string;
	#debounceMs: number;
	#main: ConfFile<MainData>;
	#quizFile: ConfFile<QuizData> | undefined;

	constructor(dir: string, debounceMs: number) {
		this.#dir = dir;
		this.#debounceMs = debounceMs;
		this.#main = new ConfFile(dir, mainSpec, debounceMs);
		this.path = this.#main.path;
	}

	get #data(): MainData {
		return this.#main.data;
	}

	/** quiz.json, opened on first use. */
	get #quiz(): ConfFile<QuizData> {
		this.#quizFile ??= new ConfFile(this.#dir, quizSpec, this.#debounceMs);
		return this.#quizFile;
	}

	get warning(): string | null {
		return [this.#main.warning, this.#quizFile?.warning].filter(Boolean).join('; ') || null;
	}

	#entry(key: string): TranscriptProgress {
		this.#data.progress[key] ??= {
			position: null,
			bookmarks: [],
			lastOpened: null,
			remarkCount: null,
		};
		return this.#data.progress[key];
	}

	getProgress(key: string): TranscriptProgress {
		const p = this.#data.progress[key];
		return p
			? copyProgress(p)
			: {position: null, bookmarks: [], lastOpened: null, remarkCount: null};
	}

	setPosition(key: string, position: Position, remarkCount?: number): void {
		const p = this.#entry(key);
		const next = cleanPosition(position);
		const count = remarkCount === undefined ? p.remarkCount : finite(remarkCount);
		if (
			p.position?.turn === next.turn &&
			p.position.offset === next.offset &&
			p.remarkCount === count
		)
			return;
		p.position = next;
		p.remarkCount = count;
		this.#main.changed();
	}

	addBookmark(key: string, bookmark: Bookmark): void {
		const p = this.#entry(key);
		const b: Bookmark = {
			...cleanPosition(bookmark),
			note: String(bookmark.note ?? ''),
			created: finite(bookmark.created, Date.now()),
		};
		const same = p.bookmarks.findIndex((x) => x.turn === b.turn && x.offset === b.offset);
		if (same >= 0) p.bookmarks.splice(same, 1);
		p.bookmarks.push(b);
		p.bookmarks.sort((x, y) => x.turn - y.turn || x.offset - y.offset);
		this.#main.changed();
	}

	removeBookmark(key: string, index: number): void {
		const p = this.#data.progress[key];
		if (!p || index < 0 || index >= p.bookmarks.length) return;
		p.bookmarks.splice(index, 1);
		this.#main.changed();
	}

	markOpened(key: string, remarkCount?: number): void {
		const p = this.#entry(key);
		p.lastOpened = Date.now();
		if (remarkCount !== undefined) p.remarkCount = finite(remarkCount);
		this.#main.changed();
	}

	getSearchHistory(): string[] {
		return [...this.#data.searchHistory];
	}

	pushSearchHistory(query: string): void {
		const q = query.trim();
		if (!q) return;
		const list = this.#data.searchHistory;
		if (list[0] === q) return;
		this.#data.searchHistory = [q, ...list.filter((x) => x !== q)].slice(0, searchHistoryCap);
		this.#main.changed();
	}

	getCard(id: string): CardRecord | undefined {
		const card = this.#quiz.data.cards[id];
		return card ? {...card} : undefined;
	}

	setCard(id: string, card: CardRecord): void {
		this.#quiz.data.cards[id] = {...card};
		this.#quiz.changed();
	}

	deleteCard(id: string): void {
		if (!(id in this.#quiz.data.cards)) return;
		delete this.#quiz.data.cards[id];
		this.#quiz.changed();
	}

	allCards(): Record<string, CardRecord> {
		const out: Record<string, CardRecord> = {};
		for (const [id, card] of Object.entries(this.#quiz.data.cards)) out[id] = {...card};
		return out;
	}

	getReviewLog(): ReviewEntry[] {
		return [...this.#quiz.data.reviews];
	}

	appendReview(entry: ReviewEntry): void {
		const log = this.#quiz.data.reviews;
		log.push({...entry, previous: entry.previous ? {...entry.previous} : null});
		if (log.length > reviewLogCap) log.splice(0, log.length - reviewLogCap);
		this.#quiz.changed();
	}

	popReview(): ReviewEntry | undefined {
		const entry = this.#quiz.data.reviews.pop();
		if (entry) this.#quiz.changed();
		return entry;
	}

	getSettings(): Settings {
		return {...this.#data.settings};
	}

	setSettings(settings: Partial<Settings>): void {
		const next = {...this.#data.settings};
		if (settings.newPerDay !== undefined)
			next.newPerDay = Math.max(0, Math.trunc(finite(settings.newPerDay, next.newPerDay)));
		this.#data.settings = next;
		this.#main.changed();
	}

	flush(): void {
		this.#main.flush();
		this.#quizFile?.flush();
	}
}

/** The Store with its `warning` always present (null when all is well). */
export type OpenedStore = Store & {readonly warning: string | null};

/**
 * Opens (or creates) the store. Never throws: a damaged file is copied to
 * `<file>.corrupt-<timestamp>` and a fresh one starts; a folder that cannot be written gives a
 * store that keeps progress in memory only. Either way `warning` says what happened.
 */
export function openStore(opts: StoreOptions = {}): OpenedStore {
	return new ConfStore(storeDir(opts.cwd), Math.max(0, opts.debounceMs ?? 500));
}
