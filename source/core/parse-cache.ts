/**
 * Parsed transcripts kept on disk between runs, one JSON file per content key, in a folder named
 * after the parser's version: reopening a folder of hundreds of transcripts reads them instead of
 * parsing them again (about 90 ms instead of 500 ms for the 607-page archive). A file that cannot
 * be read or does not look like a transcript is a miss; a write that fails is forgotten. Folders
 * of other versions are removed when a cache opens.
 */
import {mkdirSync, readdirSync} from 'node:fs';
import {readFile, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Transcript} from './model.js';

/** The parser's version, set by the build (a hash of source/core); absent under tests and benches. */
declare const __VERBATIM_PARSER__: string | undefined;

/** The version the built app stamps its cache with, or null where there is none. */
export function parserVersion(): string | null {
	return typeof __VERBATIM_PARSER__ === 'string' ? __VERBATIM_PARSER__ : null;
}

/** A cache of parsed transcripts by content key. */
export interface ParseCache {
	/** The transcript parsed from content with this key, if cached. */
	get(key: string): Promise<Transcript | undefined>;
	/** Keeps a transcript (written in the background; never throws). */
	put(key: string, transcript: Transcript): void;
	/** Resolves when every write started so far has ended (for tests). */
	settled(): Promise<void>;
}

/**
 * Control characters as JSON.stringify writes them (other than \t and \n), C1 controls and bidi
 * controls, raw or written as \u escapes (a hand-made file may escape what JSON.stringify would not).
 */
const CONTROL =
	/\\u00[01][0-9a-f]|\\u007f|\\u00[89][0-9a-f]|\\u202[a-e]|\\u206[6-9]|\\[bfr]|[\u0080-\u009f\u001b\u202a-\u202e\u2066-\u2069]/i;

/** Whether JSON text holds a control character (raw or escaped) that the parser never keeps. */
export function hasControl(text: string): boolean {
	return CONTROL.test(text);
}

/** Content keys are hex digests; anything else never names a file. */
const KEY = /^[0-9a-f]{8,64}$/;

/**
 * A cache in `root/<version>/`. Returns null when `version` is null (no cache) or the folder
 * cannot be made.
 */
export function openParseCache(root: string, version: string | null): ParseCache | null {
	if (!version || !KEY.test(version)) return null;
	const dir = join(root, version);
	try {
		mkdirSync(dir, {recursive: true});
		for (const name of readdirSync(root))
			if (name !== version)
				void rm(join(root, name), {recursive: true, force: true}).catch(() => {});
	} catch {
		return null;
	}
	const writes = new Set<Promise<void>>();
	let serial = 0;
	return {
		async get(key) {
			if (!KEY.test(key)) return undefined;
			try {
				const text = await readFile(join(dir, `${key}.json`), 'utf8');
				// What the parser keeps never holds a control character but tab and line feed, so a
				// file that does was not written here: a transcript must never drive the terminal.
				if (hasControl(text)) return undefined;
				const value: unknown = JSON.parse(text);
				return isTranscript(value) ? value : undefined;
			} catch {
				return undefined;
			}
		},
		put(key, transcript) {
			if (!KEY.test(key)) return;
			// Written aside, then renamed: a reader never sees half a file.
			const file = join(dir, `${key}.json`);
			const temp = `${file}.${process.pid}.${serial++}.tmp`;
			const write = writeFile(temp, JSON.stringify(transcript))
				.then(() => rename(temp, file))
				.catch(() => rm(temp, {force: true}).catch(() => {}))
				.finally(() => writes.delete(write));
			writes.add(write);
		},
		async settled() {
			while (writes.size > 0) await Promise.all(writes);
		},
	};
}

/** Enough of a Transcript's shape that the views can rely on it. */
function isTranscript(value: unknown): value is Transcript {
	if (typeof value !== 'object' || value === null) return false;
	const t = value as Record<string, unknown>;
	return (
		typeof t.format === 'string' &&
		Array.isArray(t.speakers) &&
		t.speakers.every(
			(s) =>
				typeof s === 'object' &&
				s !== null &&
				typeof (s as {id?: unknown}).id === 'string' &&
				typeof (s as {name?: unknown}).name === 'string',
		) &&
		Array.isArray(t.remarks) &&
		t.remarks.every(
			(r) =>
				typeof r === 'object' &&
				r !== null &&
				Array.isArray((r as {paragraphs?: unknown}).paragraphs) &&
				(r as {paragraphs: unknown[]}).paragraphs.every((p) => typeof p === 'string'),
		)
	);
}
