/**
 * The Store. Two snapshot files in the store folder — config.json (reading progress, search
 * history, settings; small, read at start) and quiz.json (cards and review log; read on first
 * use) — and a journal per process (journal.ts). Every change is an event: bookmarks, settings,
 * cards and reviews are appended and fsynced before the method returns (so "saved" is true when
 * shown); reading positions, "opened" times and search history are written within `debounceMs`.
 * Compaction folds the journals into the snapshots under a lock (`flush` when the journal has
 * grown, `close` at exit), working from what is on disk — never from one window's memory — so
 * two windows never lose each other's changes. A failed write is kept in memory and retried; the
 * first failure is told through `warning` and `onWarning`. A store written by a newer version is
 * read-only; a damaged file is copied aside (`<file>.corrupt-<time>`) and reported.
 */
import {rmSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {
	Bookmark,
	CardRecord,
	Position,
	ReviewEntry,
	Settings,
	Store,
	TranscriptProgress,
} from '../core/model.js';
import {sanitize} from '../core/sanitize.js';
import {alive, removeTemps} from './durable.js';
import {applyMain, applyQuiz, fileOf, isEvent, type StoreEvent} from './events.js';
import {errorText, type FileSpec, filePath, readSnapshot, writeSnapshot} from './file.js';
import {type JournalRead, journalFolder, mergeEvents, OwnJournal, readJournals} from './journal.js';
import {tryLock} from './lock.js';
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

export {installFlushOnExit} from './exit.js';

/** Options of `openStore`. */
export interface StoreOptions {
	/** Folder of the store files; default VERBATIM_HOME, else the per-user config folder. */
	cwd?: string;
	/** Delay before reading positions and search history are written; default 500 ms. */
	debounceMs?: number;
	/** Compact when this process's journal passes this many bytes; default 256 KiB. */
	compactBytes?: number;
}

const finite = (n: unknown, fallback = 0): number =>
	typeof n === 'number' && Number.isFinite(n) ? n : fallback;

function cleanPosition(p: Position): Position {
	return {turn: Math.max(0, Math.trunc(finite(p.turn))), offset: Math.max(0, finite(p.offset))};
}

function copyProgress(p: TranscriptProgress): TranscriptProgress {
	return {
		position: p.position ? {...p.position} : null,
		// Notes come from a file on disk: shown only through sanitize.
		bookmarks: p.bookmarks.map((b) => ({...b, note: sanitize(b.note)})),
		lastOpened: p.lastOpened,
		remarkCount: p.remarkCount,
	};
}

export const mainSpec: FileSpec<MainData> = {
	name: 'config',
	schema: mainSchema,
	empty: emptyMain,
	normalise(raw) {
		const data: MainData = {...raw, ...emptyMain()};
		for (const [key, p] of Object.entries(raw.progress ?? {}))
			data.progress[key] = {
				...p,
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

export const quizSpec: FileSpec<QuizData> = {
	name: 'quiz',
	schema: quizSchema,
	empty: emptyQuiz,
	normalise: (raw) => ({
		...raw,
		cards: {...raw.cards},
		reviews: (raw.reviews ?? []).slice(-reviewLogCap),
	}),
};

/** Events that may wait for the debounce (a lost one costs a scroll, not a review). */
const lazyKinds = new Set(['pos', 'open', 'hist']);

/** A file's size, or -1 when it cannot be read. */
function sizeOf(path: string): number {
	try {
		return statSync(path).size;
	} catch {
		return -1;
	}
}

/** A timestamp safe in file names: 2026-11-28T01-54-00-123Z. */
function stamp(): string {
	return new Date().toISOString().replace(/[:.]/g, '-');
}

type Which = 'main' | 'quiz';

/** Journal offsets as recorded in a snapshot's `__internal__.journal`. */
function offsetsOf(internal: Record<string, unknown>): Record<string, number> {
	const j = internal.journal;
	if (typeof j !== 'object' || j === null || Array.isArray(j)) return {};
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(j)) if (typeof v === 'number') out[k] = v;
	return out;
}

class ConfStore implements Store {
	readonly path: string;
	readonly dir: string;
	#debounceMs: number;
	#compactBytes: number;
	#main: MainData;
	#quizData: QuizData | undefined;
	/** Journals as read at start (quiz events are replayed when quiz.json is first read). */
	#journals: JournalRead[];
	#own: OwnJournal;
	/** Events not on disk yet: lazy ones waiting for the timer, and any whose write failed. */
	#pending: StoreEvent[] = [];
	#timer: NodeJS.Timeout | undefined;
	#notes: string[] = [];
	#saveError: string | null = null;
	#readOnly: string | null = null;
	#listeners = new Set<(text: string) => void>();
	#closed = false;

	constructor(dir: string, debounceMs: number, compactBytes: number) {
		this.dir = dir;
		this.path = filePath(dir, 'config');
		this.#debounceMs = debounceMs;
		this.#compactBytes = compactBytes;
		this.#own = new OwnJournal(dir);
		this.#journals = readJournals(dir);
		const newer = this.#journals.reduce((n, j) => n + j.newer, 0);
		if (newer > 0)
			this.#readOnly = `changes saved by a newer version of Verbatim are waiting in ${join(dir, journalFolder)}`;
		this.#main = this.#open('main');
		removeTemps(dir, ['config.json', 'quiz.json']);
	}

	/** Reads a snapshot and replays the journals over it. */
	#open<W extends Which>(which: W): W extends 'main' ? MainData : QuizData {
		const spec = (which === 'main' ? mainSpec : quizSpec) as FileSpec<Record<string, unknown>>;
		const read = readSnapshot(this.dir, spec);
		let data = spec.empty();
		let offsets: Record<string, number> = {};
		if (read.kind === 'ok') {
			data = read.data;
			offsets = offsetsOf(read.internal);
			if (read.newer)
				this.#readOnly = `${filePath(this.dir, spec.name)} was written by a newer version of Verbatim (${read.newer}); opened read-only, nothing will be saved`;
		} else if (read.kind === 'damaged') this.#keepAside(spec.name, read.reason, read.bytes);
		else if (read.kind === 'unreadable')
			this.#readOnly = `cannot read ${filePath(this.dir, spec.name)} (${read.reason}); opened read-only, nothing will be saved`;
		const apply = which === 'main' ? applyMain : applyQuiz;
		for (const event of mergeEvents(
			this.#journals,
			(n) => offsets[n] ?? 0,
			(e) => fileOf(e) === which,
		))
			apply(data as never, event);
		return data as never;
	}

	/** Copies a damaged file aside, byte for byte, and removes it so that a fresh one can start. */
	#keepAside(name: string, reason: string, bytes: Buffer): void {
		const path = filePath(this.dir, name);
		const backup = `${path}.corrupt-${stamp()}`;
		try {
			writeFileSync(backup, bytes, {flag: 'wx'});
			rmSync(path, {force: true});
			const note = `saved progress in ${path} could not be read (${reason}); it was kept as ${backup}`;
			this.#notes.push(note);
			// quiz.json is read on first use, after the app has started: tell it as it happens.
			for (const listener of this.#listeners) listener(note);
		} catch (error) {
			this.#readOnly = `saved progress in ${path} could not be read (${reason}) and could not be kept aside (${errorText(error)}); opened read-only, nothing will be saved`;
		}
	}

	get #quiz(): QuizData {
		this.#quizData ??= this.#open('quiz');
		return this.#quizData;
	}

	get warning(): string | null {
		const parts = [...this.#notes, this.#readOnly, this.#saveError].filter(Boolean);
		return parts.length ? parts.join('; ') : null;
	}

	/** Whether the store saves nothing (newer version, unreadable file). */
	get readOnly(): boolean {
		return this.#readOnly !== null;
	}

	/** Changes made but not on disk yet (a failed write keeps them here to retry). */
	get unsaved(): number {
		return this.#pending.length;
	}

	/** Calls `listener` when saving starts to fail (once per failure, not per event). */
	onWarning(listener: (text: string) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#record(event: StoreEvent): void {
		this.#pending.push(event);
		if (this.#readOnly) return;
		if (lazyKinds.has(event.k) && !this.#saveError) this.#schedule(this.#debounceMs);
		else this.#write();
	}

	#schedule(ms: number): void {
		if (this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.flush();
		}, ms);
		this.#timer.unref();
	}

	/** Appends what is pending; on failure keeps it, tells once, and retries later. */
	#write(): boolean {
		if (this.#pending.length === 0) return true;
		if (this.#readOnly) return false;
		try {
			this.#own.append(this.#pending);
			this.#pending = [];
			this.#saveError = null;
			return true;
		} catch (error) {
			const first = this.#saveError === null;
			this.#saveError = `could not save to ${this.dir} (${errorText(error)}); ${this.#pending.length} unsaved ${this.#pending.length === 1 ? 'change is' : 'changes are'} kept and retried`;
			if (first) for (const listener of this.#listeners) listener(this.#saveError);
			this.#schedule(2000);
			return false;
		}
	}

	#entry(key: string): TranscriptProgress {
		this.#main.progress[key] ??= {
			position: null,
			bookmarks: [],
			lastOpened: null,
			remarkCount: null,
		};
		return this.#main.progress[key];
	}

	#change(event: StoreEvent): void {
		if (!isEvent(JSON.parse(JSON.stringify(event)))) {
			this.#saveError = `a change of the wrong shape was not saved (${event.k})`;
			return;
		}
		if (fileOf(event) === 'main') applyMain(this.#main, event);
		else applyQuiz(this.#quiz, event);
		this.#record(event);
	}

	getProgress(key: string): TranscriptProgress {
		const p = this.#main.progress[key];
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
		this.#change({k: 'pos', t: Date.now(), key, pos: next, count});
	}

	addBookmark(key: string, bookmark: Bookmark): void {
		const b: Bookmark = {
			...cleanPosition(bookmark),
			note: String(bookmark.note ?? ''),
			created: finite(bookmark.created, Date.now()),
		};
		this.#change({k: 'bm+', t: Date.now(), key, b});
	}

	removeBookmark(key: string, index: number): void {
		const b = this.#main.progress[key]?.bookmarks[index];
		if (!b) return;
		this.#change({k: 'bm-', t: Date.now(), key, turn: b.turn, offset: b.offset});
	}

	markOpened(key: string, remarkCount?: number): void {
		const count = remarkCount === undefined ? null : finite(remarkCount);
		this.#change({k: 'open', t: Date.now(), key, count});
	}

	getSearchHistory(): string[] {
		return this.#main.searchHistory.map((q) => sanitize(q));
	}

	pushSearchHistory(query: string): void {
		const q = query.trim();
		if (!q || this.#main.searchHistory[0] === q) return;
		this.#change({k: 'hist', t: Date.now(), q});
	}

	getCard(id: string): CardRecord | undefined {
		const card = this.#quiz.cards[id];
		return card ? {...card} : undefined;
	}

	setCard(id: string, card: CardRecord): void {
		this.#change({k: 'card', t: Date.now(), id, card: {...card}});
	}

	deleteCard(id: string): void {
		if (!(id in this.#quiz.cards)) return;
		this.#change({k: 'card-', t: Date.now(), id});
	}

	allCards(): Record<string, CardRecord> {
		const out: Record<string, CardRecord> = {};
		for (const [id, card] of Object.entries(this.#quiz.cards)) out[id] = {...card};
		return out;
	}

	getReviewLog(): ReviewEntry[] {
		// Names come from a file on disk: shown only through sanitize.
		return this.#quiz.reviews.map((r) => ({
			...r,
			chosen: sanitize(r.chosen),
			correct: sanitize(r.correct),
		}));
	}

	appendReview(entry: ReviewEntry): void {
		const e = {...entry, previous: entry.previous ? {...entry.previous} : null};
		this.#change({k: 'rev', t: Date.now(), e});
	}

	popReview(): ReviewEntry | undefined {
		const last = this.#quiz.reviews[this.#quiz.reviews.length - 1];
		if (!last) return undefined;
		this.#change({k: 'rev-', t: Date.now(), card: last.card, at: last.at});
		return last;
	}

	getSettings(): Settings {
		return {...this.#main.settings};
	}

	setSettings(settings: Partial<Settings>): void {
		const next = {...this.#main.settings};
		if (settings.newPerDay !== undefined)
			next.newPerDay = Math.max(0, Math.trunc(finite(settings.newPerDay, next.newPerDay)));
		this.#change({k: 'set', t: Date.now(), s: next});
	}

	/** Everything the store holds (snapshots with every journal replayed), as plain copies. */
	contents(): {config: MainData; quiz: QuizData} {
		return structuredClone({config: this.#main, quiz: this.#quiz});
	}

	/** Writes what is pending; compacts when this process's journal has grown. Never throws. */
	flush(): void {
		if (this.#timer) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
		}
		if (!this.#write()) return;
		if (this.#own.size >= this.#compactBytes) this.compact();
	}

	/** Writes what is pending and folds the journals into the snapshots (at exit). */
	close(): void {
		this.flush();
		if (!this.#closed && this.#pending.length === 0) this.compact();
		this.#closed = true;
		const n = this.#pending.length;
		// What is still in memory now is lost: say so plainly.
		if (n > 0 && this.#saveError)
			this.#saveError = this.#saveError.replace(
				/; \d+ unsaved changes? (is|are) kept and retried$/,
				`; ${n} ${n === 1 ? 'change was' : 'changes were'} NOT saved`,
			);
	}

	/**
	 * Folds every journal into config.json and quiz.json, from what is on disk, under the lock;
	 * then removes the journals fully folded whose process is gone (and this one's, which starts
	 * a new file). Skipped when another process holds the lock. Returns whether it ran.
	 */
	compact(): boolean {
		if (this.#readOnly) return false;
		const journals = readJournals(this.dir);
		if (journals.length === 0) return true;
		let release: (() => void) | null;
		try {
			release = tryLock(this.dir);
		} catch {
			return false;
		}
		if (!release) return false;
		try {
			const own = this.#own.name;
			const done = new Map<string, boolean>(journals.map((j) => [j.name, true]));
			for (const which of ['main', 'quiz'] as const) {
				const spec = (which === 'main' ? mainSpec : quizSpec) as FileSpec<Record<string, unknown>>;
				const events = (j: JournalRead) => j.events.filter((x) => fileOf(x.event) === which);
				const read = readSnapshot(this.dir, spec);
				if (read.kind === 'ok' && read.newer) {
					this.#readOnly = `${filePath(this.dir, spec.name)} was written by a newer version of Verbatim (${read.newer}) meanwhile; nothing more will be saved`;
					return false;
				}
				if (read.kind === 'unreadable') return false;
				if (read.kind === 'damaged') this.#keepAside(spec.name, read.reason, read.bytes);
				const offsets = read.kind === 'ok' ? offsetsOf(read.internal) : {};
				const todo = journals.filter((j) => events(j).some((x) => x.end > (offsets[j.name] ?? 0)));
				if (todo.length === 0) continue;
				const data = read.kind === 'ok' ? read.data : spec.empty();
				const apply = which === 'main' ? applyMain : applyQuiz;
				for (const event of mergeEvents(
					todo,
					(n) => offsets[n] ?? 0,
					(e) => fileOf(e) === which,
				))
					apply(data as never, event);
				const next: Record<string, number> = {};
				const names = new Set(journals.map((j) => j.name));
				for (const [name, at] of Object.entries(offsets)) if (names.has(name)) next[name] = at;
				for (const j of todo) next[j.name] = j.complete;
				try {
					writeSnapshot(this.dir, spec, data, {
						...(read.kind === 'ok' ? read.internal : {}),
						journal: next,
					});
				} catch (error) {
					for (const j of todo) done.set(j.name, false);
					this.#saveError = `could not update ${filePath(this.dir, spec.name)} (${errorText(error)}); your changes are safe in ${join(this.dir, journalFolder)}`;
				}
			}
			for (const j of journals) {
				if (!done.get(j.name)) continue;
				const mine = j.name === own;
				if (!mine && (j.pid === null || alive(j.pid))) continue;
				// Its owner may have appended after it was read, then died: keep it for next time.
				const path = join(this.dir, journalFolder, j.name);
				if (!mine && sizeOf(path) !== j.size) continue;
				if (mine) {
					if (this.#own.size !== j.complete) continue;
					this.#own.rotate();
				}
				try {
					unlinkSync(path);
				} catch {}
			}
			return true;
		} finally {
			release();
		}
	}
}

/** The Store with its `warning` always present (null when all is well). */
export type OpenedStore = Store & {
	readonly warning: string | null;
	readonly readOnly: boolean;
	readonly unsaved: number;
	readonly dir: string;
	onWarning(listener: (text: string) => void): () => void;
	close(): void;
	compact(): boolean;
	contents(): {config: MainData; quiz: QuizData};
};

/**
 * Opens (or creates) the store. Never throws: a damaged file is copied to
 * `<file>.corrupt-<timestamp>` and a fresh one starts; a folder that cannot be written gives a
 * store that keeps changes in memory (and retries); `warning` says what happened.
 */
export function openStore(opts: StoreOptions = {}): OpenedStore {
	return new ConfStore(
		storeDir(opts.cwd),
		Math.max(0, opts.debounceMs ?? 500),
		opts.compactBytes ?? 256 * 1024,
	);
}
