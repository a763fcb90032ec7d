/**
 * The text of transcripts on demand, for a library held as outlines (indexed-library.ts): a
 * transcript is read whole (from the parse cache, else its file) when it is opened or a search
 * hit of it is shown, and only the few read last are kept, so that memory does not grow with the
 * text of transcripts nobody is reading. Whole entries (a library loaded in full) are their own
 * text. Listeners hear when a read ends.
 */
import {wholeTranscript} from './indexed-library.js';
import type {LoadedTranscript} from './library.js';
import {isWhole} from './outline.js';
import type {ParseCache} from './parse-cache.js';

/** Whole transcripts kept by default: the one being read, a preview, the ones just before. */
const KEEP = 4;

export class TranscriptTexts {
	readonly #recent = new Map<string, LoadedTranscript>();
	readonly #pending = new Map<string, Promise<LoadedTranscript>>();
	readonly #failed = new Map<string, string>();
	readonly #listeners = new Set<() => void>();
	#version = 0;

	constructor(
		private readonly cache: ParseCache | null = null,
		private readonly keep = KEEP,
	) {}

	/** The whole transcript of an entry if it is at hand now, else undefined (see `load`). */
	peek(t: LoadedTranscript): LoadedTranscript | undefined {
		if (isWhole(t)) return t;
		const found = this.#recent.get(t.key);
		if (found) {
			// The most recently used last.
			this.#recent.delete(t.key);
			this.#recent.set(t.key, found);
		}
		return found;
	}

	/** Why the text of this entry could not be read, if it could not. */
	failure(t: LoadedTranscript): string | undefined {
		return this.#failed.get(t.key);
	}

	/** The whole transcript of an entry, read if it is not at hand. */
	load(t: LoadedTranscript): Promise<LoadedTranscript> {
		const found = this.peek(t);
		if (found) return Promise.resolve(found);
		let pending = this.#pending.get(t.key);
		if (!pending) {
			pending = wholeTranscript(t, this.cache).then(
				(whole) => {
					this.#pending.delete(t.key);
					this.#failed.delete(t.key);
					this.#recent.set(t.key, whole);
					while (this.#recent.size > this.keep)
						this.#recent.delete(this.#recent.keys().next().value!);
					this.#changed();
					return whole;
				},
				(error: unknown) => {
					this.#pending.delete(t.key);
					const code = (error as NodeJS.ErrnoException)?.code;
					this.#failed.set(t.key, code ? `cannot read ${t.name} (${code})` : String(error));
					this.#changed();
					throw error;
				},
			);
			this.#pending.set(t.key, pending);
		}
		return pending;
	}

	/**
	 * Every entry whole, in order, but those that cannot be read (for the quiz, which draws from
	 * all of them).
	 */
	async loadAll(list: readonly LoadedTranscript[]): Promise<LoadedTranscript[]> {
		const out = new Array<LoadedTranscript | undefined>(list.length);
		let next = 0;
		const worker = async () => {
			while (next < list.length) {
				const i = next++;
				const t = list[i]!;
				// Not kept among the recent ones: the caller holds what it needs.
				out[i] = this.peek(t) ?? (await wholeTranscript(t, this.cache).catch(() => undefined));
			}
		};
		await Promise.all(Array.from({length: Math.min(16, list.length)}, worker));
		return out.filter((t): t is LoadedTranscript => t !== undefined);
	}

	/** Tells `listener` whenever a read ends; returns the way to stop. */
	readonly subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};

	/** A number that changes whenever a read ends (for React's useSyncExternalStore). */
	readonly version = (): number => this.#version;

	#changed(): void {
		this.#version++;
		for (const listener of this.#listeners) listener();
	}
}
