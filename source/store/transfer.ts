/**
 * `verbatim progress export / import / reset`: all progress as one JSON file, merged back in, or
 * set aside. Import and reset work on the snapshots under the store's lock, after this process
 * has folded every journal it can, so that nothing another window saved is overwritten.
 */
import {copyFileSync, existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import type {CardRecord} from '../core/model.js';
import {writeFileDurably} from './durable.js';
import {type FileSpec, filePath, readSnapshot, shapeProblem, writeSnapshot} from './file.js';
import {journalFolder} from './journal.js';
import {tryLock} from './lock.js';
import {
	emptyMain,
	emptyQuiz,
	type MainData,
	mainSchema,
	type QuizData,
	quizSchema,
	reviewLogCap,
	searchHistoryCap,
	storeVersion,
} from './schema.js';
import {mainSpec, openStore, quizSpec} from './store.js';

/** The export file's shape. */
export interface ProgressFile {
	verbatim: 'progress';
	version: string;
	exported: string;
	config: MainData;
	quiz: QuizData;
}

/** A failure to tell the user (one line). */
export class TransferError extends Error {}

/** Everything in the store at `dir`, as the export file's text. */
export function exportProgress(dir: string): {text: string; warning: string | null} {
	const store = openStore({cwd: dir});
	const {config, quiz} = store.contents();
	const file: ProgressFile = {
		verbatim: 'progress',
		version: storeVersion,
		exported: new Date().toISOString(),
		config,
		quiz,
	};
	return {text: `${JSON.stringify(file)}\n`, warning: store.warning};
}

/** Writes the export to `path` durably. */
export function writeExport(path: string, text: string): void {
	writeFileDurably(path, text);
}

/** Reads and checks an export file's text. */
export function parseProgress(text: string, shown: string): ProgressFile {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		throw new TransferError(`${shown} is not valid JSON`);
	}
	const v = value as Partial<ProgressFile> | null;
	if (typeof v !== 'object' || v === null || v.verbatim !== 'progress')
		throw new TransferError(`${shown} is not a Verbatim progress file`);
	const config = {...emptyMain(), ...(v.config ?? {})};
	const quiz = {...emptyQuiz(), ...(v.quiz ?? {})};
	const problem = shapeProblem(config, mainSchema) ?? shapeProblem(quiz, quizSchema);
	if (problem) throw new TransferError(`${shown} does not have the expected shape (${problem})`);
	return {
		verbatim: 'progress',
		version: String(v.version ?? ''),
		exported: String(v.exported ?? ''),
		config: mainSpec.normalise(config),
		quiz: quizSpec.normalise(quiz),
	};
}

const later = (a: number | null, b: number | null) => (a ?? -1) >= (b ?? -1);

/** Merges `incoming` into `into` (in place): nothing in either is lost. Returns counts. */
function mergeProgress(
	into: {config: MainData; quiz: QuizData},
	incoming: {config: MainData; quiz: QuizData},
): {transcripts: number; bookmarks: number; cards: number; reviews: number} {
	const counts = {transcripts: 0, bookmarks: 0, cards: 0, reviews: 0};
	for (const [key, p] of Object.entries(incoming.config.progress)) {
		const mine = into.config.progress[key];
		if (!mine) {
			into.config.progress[key] = structuredClone(p);
			counts.transcripts++;
			counts.bookmarks += p.bookmarks.length;
			continue;
		}
		for (const b of p.bookmarks)
			if (!mine.bookmarks.some((x) => x.turn === b.turn && x.offset === b.offset)) {
				mine.bookmarks.push({...b});
				counts.bookmarks++;
			}
		mine.bookmarks.sort((x, y) => x.turn - y.turn || x.offset - y.offset);
		if (!later(mine.lastOpened, p.lastOpened)) {
			mine.position = p.position ? {...p.position} : mine.position;
			mine.lastOpened = p.lastOpened;
			mine.remarkCount = p.remarkCount ?? mine.remarkCount;
		}
	}
	const history = [...into.config.searchHistory];
	for (const q of incoming.config.searchHistory) if (!history.includes(q)) history.push(q);
	into.config.searchHistory = history.slice(0, searchHistoryCap);
	for (const [id, card] of Object.entries(incoming.quiz.cards)) {
		const mine: CardRecord | undefined = into.quiz.cards[id];
		// The card that has seen more answers (or the later one) wins.
		const newer =
			!mine ||
			card.reps > mine.reps ||
			(card.reps === mine.reps && !later(mine.last_review, card.last_review));
		if (newer) {
			into.quiz.cards[id] = {...card};
			counts.cards++;
		}
	}
	const seen = new Set(into.quiz.reviews.map((r) => `${r.card}\u0000${r.at}`));
	for (const r of incoming.quiz.reviews)
		if (!seen.has(`${r.card}\u0000${r.at}`)) {
			into.quiz.reviews.push({...r});
			counts.reviews++;
		}
	into.quiz.reviews.sort((a, b) => a.at - b.at);
	if (into.quiz.reviews.length > reviewLogCap)
		into.quiz.reviews.splice(0, into.quiz.reviews.length - reviewLogCap);
	return counts;
}

/** Runs `task` under the store's lock, after folding the journals; throws when it is busy. */
function locked<T>(dir: string, task: () => T): T {
	const store = openStore({cwd: dir});
	if (store.readOnly) throw new TransferError(store.warning ?? 'the store is read-only');
	store.close();
	const release = tryLock(dir);
	if (!release)
		throw new TransferError('another Verbatim is saving progress right now; try again in a moment');
	try {
		return task();
	} finally {
		release();
	}
}

function readOrEmpty<T extends Record<string, unknown>>(dir: string, spec: FileSpec<T>) {
	const read = readSnapshot(dir, spec);
	if (read.kind === 'ok') return {data: read.data, internal: read.internal};
	if (read.kind === 'missing') return {data: spec.empty(), internal: {}};
	throw new TransferError(
		`${filePath(dir, spec.name)} cannot be used (${read.reason}); open Verbatim once to keep it aside`,
	);
}

/** Merges an export into the store at `dir`. */
export function importProgress(dir: string, incoming: ProgressFile) {
	return locked(dir, () => {
		const main = readOrEmpty(dir, mainSpec);
		const quiz = readOrEmpty(dir, quizSpec);
		const into = {config: main.data, quiz: quiz.data};
		const counts = mergeProgress(into, incoming);
		writeSnapshot(dir, mainSpec, into.config, main.internal);
		writeSnapshot(dir, quizSpec, into.quiz, quiz.internal);
		return counts;
	});
}

/** Sets all progress aside: the files are copied to `<file>.reset-<time>`; returns the copies. */
export function resetProgress(dir: string): string[] {
	return locked(dir, () => {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const backups: string[] = [];
		for (const name of ['config', 'quiz']) {
			const path = filePath(dir, name);
			if (!existsSync(path)) continue;
			const backup = `${path}.reset-${stamp}`;
			copyFileSync(path, backup);
			// The copy must be whole before the original goes.
			if (!readFileSync(backup).equals(readFileSync(path)))
				throw new TransferError(`could not copy ${path} aside; nothing was reset`);
			backups.push(backup);
		}
		for (const name of ['config', 'quiz']) rmSync(filePath(dir, name), {force: true});
		const folder = join(dir, journalFolder);
		if (existsSync(folder))
			for (const f of readdirSync(folder)) rmSync(join(folder, f), {force: true});
		return backups;
	});
}
