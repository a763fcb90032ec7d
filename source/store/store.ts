/**
 * The Store over conf: state kept in memory, written to disk at most once per `debounceMs` and
 * on `flush()`; a damaged file is copied aside before starting afresh; a failed write becomes a
 * `warning` instead of an exception.
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Conf from 'conf';
import {storeDir} from './paths.js';
import {
	defaultSettings,
	emptyData,
	reviewLogCap,
	type StoreData,
	schema,
	searchHistoryCap,
	storeVersion,
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
	/** Folder of the config file; default VERBATIM_HOME, else the per-user config folder. */
	cwd?: string;
	/** Delay between a change and its write to disk; default 500 ms. */
	debounceMs?: number;
}

const configName = 'config';
const internalKey = '__internal__';

function createConf(cwd: string): Conf<StoreData> {
	return new Conf<StoreData>({
		cwd,
		projectName: 'verbatim',
		configName,
		// biome-ignore lint/suspicious/noExplicitAny: conf's Schema<T> type is stricter than JSON schema
		schema: schema as any,
		defaults: emptyData(),
		projectVersion: storeVersion,
		migrations: {
			// The first stored version: nothing to convert; later versions add their steps here.
			'1.0.0': () => {},
		},
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
		serialize: (value) => `${JSON.stringify(value)}\n`,
	});
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function reason(error: unknown): string {
	const text = message(error);
	if (error instanceof SyntaxError) return 'it is not valid JSON';
	if (text.startsWith('Config schema violation')) return 'it does not have the expected shape';
	return text;
}

/** A timestamp safe in file names: 2026-11-28T01-54-00-123Z. */
function stamp(): string {
	return new Date().toISOString().replace(/[:.]/g, '-');
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

function normalise(raw: Partial<StoreData>): StoreData {
	const data = emptyData();
	for (const [key, p] of Object.entries(raw.progress ?? {}))
		data.progress[key] = {
			position: p.position ?? null,
			bookmarks: p.bookmarks ?? [],
			lastOpened: p.lastOpened ?? null,
			remarkCount: p.remarkCount ?? null,
		};
	data.searchHistory = (raw.searchHistory ?? []).slice(0, searchHistoryCap);
	data.cards = {...raw.cards};
	data.reviews = (raw.reviews ?? []).slice(-reviewLogCap);
	data.settings = {...defaultSettings, ...raw.settings};
	return data;
}

class ConfStore implements Store {
	readonly path: string;
	#conf: Conf<StoreData> | null;
	#data: StoreData;
	#internal: unknown;
	#debounceMs: number;
	#timer: NodeJS.Timeout | undefined;
	#dirty = false;
	#openWarning: string | null;
	#writeWarning: string | null = null;

	constructor(
		path: string,
		conf: Conf<StoreData> | null,
		warning: string | null,
		debounceMs: number,
	) {
		this.path = path;
		this.#conf = conf;
		this.#openWarning = warning;
		this.#debounceMs = debounceMs;
		const raw = (conf?.store ?? {}) as Partial<StoreData> & Record<string, unknown>;
		this.#internal = raw[internalKey];
		this.#data = normalise(raw);
	}

	get warning(): string | null {
		return [this.#openWarning, this.#writeWarning].filter(Boolean).join('; ') || null;
	}

	#changed(): void {
		this.#dirty = true;
		if (this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.flush();
		}, this.#debounceMs);
		this.#timer.unref();
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
		this.#changed();
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
		this.#changed();
	}

	removeBookmark(key: string, index: number): void {
		const p = this.#data.progress[key];
		if (!p || index < 0 || index >= p.bookmarks.length) return;
		p.bookmarks.splice(index, 1);
		this.#changed();
	}

	markOpened(key: string, remarkCount?: number): void {
		const p = this.#entry(key);
		p.lastOpened = Date.now();
		if (remarkCount !== undefined) p.remarkCount = finite(remarkCount);
		this.#changed();
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
		this.#changed();
	}

	getCard(id: string): CardRecord | undefined {
		const card = this.#data.cards[id];
		return card ? {...card} : undefined;
	}

	setCard(id: string, card: CardRecord): void {
		this.#data.cards[id] = {...card};
		this.#changed();
	}

	deleteCard(id: string): void {
		if (!(id in this.#data.cards)) return;
		delete this.#data.cards[id];
		this.#changed();
	}

	allCards(): Record<string, CardRecord> {
		const out: Record<string, CardRecord> = {};
		for (const [id, card] of Object.entries(this.#data.cards)) out[id] = {...card};
		return out;
	}

	getReviewLog(): ReviewEntry[] {
		return [...this.#data.reviews];
	}

	appendReview(entry: ReviewEntry): void {
		const log = this.#data.reviews;
		log.push({...entry, previous: entry.previous ? {...entry.previous} : null});
		if (log.length > reviewLogCap) log.splice(0, log.length - reviewLogCap);
		this.#changed();
	}

	popReview(): ReviewEntry | undefined {
		const entry = this.#data.reviews.pop();
		if (entry) this.#changed();
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
		this.#changed();
	}

	flush(): void {
		if (this.#timer) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
		}
		if (!this.#dirty || !this.#conf) return;
		try {
			const value: Record<string, unknown> = {...this.#data};
			if (this.#internal !== undefined) value[internalKey] = this.#internal;
			this.#conf.store = value as StoreData;
			this.#dirty = false;
			this.#writeWarning = null;
		} catch (error) {
			this.#writeWarning = `could not save progress to ${this.path}: ${message(error)}`;
		}
	}
}

/** The Store with its `warning` always present (null when all is well). */
export type OpenedStore = Store & {readonly warning: string | null};

/**
 * Opens (or creates) the store. Never throws: a damaged file is copied to
 * `<file>.corrupt-<timestamp>` and a fresh store starts; a folder that cannot be written gives a
 * store that keeps progress in memory only. Either way `warning` says what happened.
 */
export function openStore(opts: StoreOptions = {}): OpenedStore {
	const dir = storeDir(opts.cwd);
	const file = join(dir, `${configName}.json`);
	const debounceMs = Math.max(0, opts.debounceMs ?? 500);
	let conf: Conf<StoreData> | null = null;
	let warning: string | null = null;
	// conf may rewrite the file while opening it (defaults, migration version) before it finds a
	// problem: keep the original bytes so the backup is exactly what the user had.
	let original: Buffer | null = null;
	try {
		original = readFileSync(file);
	} catch {}
	try {
		conf = createConf(dir);
	} catch (error) {
		if (original) {
			const backup = `${file}.corrupt-${stamp()}`;
			try {
				writeFileSync(backup, original, {flag: 'wx'});
				rmSync(file, {force: true});
				conf = createConf(dir);
				warning = `saved progress could not be read (${reason(error)}); the old file was kept as ${backup}`;
			} catch (again) {
				warning = `saved progress in ${file} could not be read (${reason(error)}) and was left as it is (${message(again)}); progress will not be saved this time`;
			}
		} else {
			warning = `cannot keep progress in ${dir} (${message(error)}); progress will not be saved this time`;
		}
	}
	return new ConfStore(conf?.path ?? file, conf, warning, debounceMs);
}
