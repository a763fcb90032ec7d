/**
 * The journal: each process appends its changes, one JSON line per event, to a file of its own in
 * `<store>/journal/` and fsyncs it before the change is acknowledged. Starting replays every
 * journal over config.json and quiz.json; compaction (store.ts) folds them into those files.
 * A line cut short by a crash has no newline and is ignored; nobody else ever appends to a
 * process's file, so two windows never interleave inside a line.
 */
import {mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fsOps, fsyncDir, writeAll} from './durable.js';
import {isEvent, type StoreEvent} from './events.js';

/** The folder of the journals inside the store folder. */
export const journalFolder = 'journal';

/** One journal as read: its events with the byte offset just past each one. */
export interface JournalRead {
	name: string;
	/** The pid in the name (the owner), or null for a name not made here. */
	pid: number | null;
	events: {event: StoreEvent; end: number}[];
	/** Bytes up to the end of the last complete line. */
	complete: number;
	/** Bytes read (the file's size then, a torn last line included). */
	size: number;
	/** Lines that are not events this version knows (damaged, or from a newer version). */
	unknown: number;
	/** Lines that parse and name a kind this version does not know (a newer version's). */
	newer: number;
}

const NAME = /^(\d+)-[0-9a-z]+-[0-9a-z]+\.jsonl$/;

/** Reads every journal in `dir` (missing folder: none). */
export function readJournals(dir: string): JournalRead[] {
	const folder = join(dir, journalFolder);
	let names: string[];
	try {
		names = readdirSync(folder).filter((n) => n.endsWith('.jsonl'));
	} catch {
		return [];
	}
	names.sort();
	const out: JournalRead[] = [];
	for (const name of names) {
		let bytes: Buffer;
		try {
			bytes = readFileSync(join(folder, name));
		} catch {
			continue;
		}
		const m = NAME.exec(name);
		const read: JournalRead = {
			name,
			pid: m ? Number(m[1]) : null,
			events: [],
			complete: 0,
			size: bytes.length,
			unknown: 0,
			newer: 0,
		};
		let start = 0;
		for (;;) {
			const nl = bytes.indexOf(10, start);
			if (nl < 0) break;
			const line = bytes.subarray(start, nl).toString('utf8');
			start = nl + 1;
			read.complete = start;
			if (line.trim() === '') continue;
			let value: unknown;
			try {
				value = JSON.parse(line);
			} catch {
				read.unknown++;
				continue;
			}
			if (isEvent(value)) read.events.push({event: value, end: start});
			else {
				read.unknown++;
				const k = (value as {k?: unknown} | null)?.k;
				if (typeof k === 'string' && !isKnownKind(k)) read.newer++;
			}
		}
		out.push(read);
	}
	return out;
}

const knownKinds = new Set([
	'pos',
	'open',
	'bm+',
	'bm-',
	'hist',
	'set',
	'card',
	'card-',
	'rev',
	'rev-',
]);
const isKnownKind = (k: string) => knownKinds.has(k);

/**
 * Events of journals in time order: a merge that keeps each journal's own order and takes, at each
 * step, the journal whose next event is oldest. `from(name)` says where to start in each.
 */
export function mergeEvents(
	journals: readonly JournalRead[],
	from: (name: string) => number,
	want: (event: StoreEvent) => boolean,
): StoreEvent[] {
	const lists = journals.map((j) => j.events.filter((x) => x.end > from(j.name) && want(x.event)));
	const at = lists.map(() => 0);
	const out: StoreEvent[] = [];
	for (;;) {
		let best = -1;
		for (let i = 0; i < lists.length; i++) {
			const next = lists[i]![at[i]!];
			if (next && (best < 0 || next.event.t < lists[best]![at[best]!]!.event.t)) best = i;
		}
		if (best < 0) return out;
		out.push(lists[best]![at[best]!++]!.event);
	}
}

let opened = 0;

/** This process's journal: opened on the first append; a new file after a failed write. */
export class OwnJournal {
	#dir: string;
	#fd: number | null = null;
	#name: string | null = null;
	/** Bytes written to the current file. */
	size = 0;

	constructor(dir: string) {
		this.#dir = dir;
	}

	/** The current file's name, or null before the first append (or after `rotate`). */
	get name(): string | null {
		return this.#name;
	}

	/** Appends the events and fsyncs; throws (ENOSPC, EACCES…) with nothing acknowledged. */
	append(events: readonly StoreEvent[]): void {
		if (events.length === 0) return;
		const text = events.map((e) => `${JSON.stringify(e)}\n`).join('');
		const fd = this.#open();
		try {
			writeAll(fd, Buffer.from(text, 'utf8'));
			fsOps.fsyncSync(fd);
			this.size += Buffer.byteLength(text);
		} catch (error) {
			// A part-written line stays without its newline (ignored on reading); later events go
			// to a fresh file so that they never continue it.
			this.rotate();
			throw error;
		}
	}

	#open(): number {
		if (this.#fd !== null) return this.#fd;
		const folder = join(this.#dir, journalFolder);
		mkdirSync(folder, {recursive: true});
		const name = `${process.pid}-${Date.now().toString(36)}-${(opened++).toString(36)}${Math.random().toString(36).slice(2, 6)}.jsonl`;
		const fd = fsOps.openSync(join(folder, name), 'a', 0o600);
		try {
			fsyncDir(folder);
		} catch (error) {
			fsOps.closeSync(fd);
			throw error;
		}
		this.#fd = fd;
		this.#name = name;
		this.size = 0;
		return fd;
	}

	/** Closes the current file; the next append starts a new one. */
	rotate(): void {
		if (this.#fd !== null)
			try {
				fsOps.closeSync(this.#fd);
			} catch {}
		this.#fd = null;
		this.#name = null;
		this.size = 0;
	}
}
