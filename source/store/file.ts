/**
 * One of the store's JSON files (config.json, quiz.json) as a snapshot: found and read through conf
 * (its folder, name and `__internal__` version record), checked (a root that is not an object is
 * damage, a BOM is fine), and written by durable.ts — conf's own writer (atomically) can rename a
 * short write over a good file when the disk is full, so it is never used for writing.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Conf from 'conf';
import {writeFileDurably} from './durable.js';
import {projectName} from './paths.js';
import {storeVersion} from './schema.js';
import {type Schema, validate} from './validate.js';

const internalKey = '__internal__';

/** How to open one file: its name, JSON schema and how to build its data from what was read. */
export interface FileSpec<T extends Record<string, unknown>> {
	/** File name without `.json`. */
	name: string;
	/** The schemas of the root object's properties (checked by validate.ts when opened). */
	schema: Readonly<Record<string, Schema>>;
	/** A fresh file's content. */
	empty: () => T;
	/** Fills gaps and applies caps to what was read (already schema-valid); keeps unknown fields. */
	normalise: (raw: Partial<T>) => T;
}

/** A snapshot as read. */
export type SnapshotRead<T> =
	| {
			kind: 'ok';
			data: T;
			/** `__internal__` as found (conf's migration version, the journal offsets, others). */
			internal: Record<string, unknown>;
			/** The version that wrote it, when newer than this one's. */
			newer: string | null;
	  }
	| {kind: 'missing'}
	| {kind: 'damaged'; reason: string; bytes: Buffer}
	| {kind: 'unreadable'; reason: string};

export function errorText(error: unknown): string {
	if (error instanceof Error) {
		const code = (error as NodeJS.ErrnoException).code;
		const text = error.message.split('\n')[0]!;
		return code && !text.includes(code) ? `${code}: ${text}` : text;
	}
	return String(error);
}

/** Describes a root value that is not an object: "null", "an array", "a number". */
function rootShape(value: unknown): string | null {
	if (value === null) return 'its content is null';
	if (Array.isArray(value)) return 'its content is a list, not an object';
	if (typeof value !== 'object') return `its content is a ${typeof value}, not an object`;
	return null;
}

class Damage extends Error {}

/** "1.2.3" > "1.0.0": compares dotted numbers. */
function newerThan(version: string, than: string): boolean {
	const a = version.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
	const b = than.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	}
	return false;
}

/** The path of a store file. */
export function filePath(dir: string, name: string): string {
	return join(dir, `${name}.json`);
}

/** Reads a store file through conf (which never writes here: no defaults, no migrations). */
export function readSnapshot<T extends Record<string, unknown>>(
	dir: string,
	spec: FileSpec<T>,
): SnapshotRead<T> {
	const path = filePath(dir, spec.name);
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? ''))
			return {kind: 'missing'};
		return {kind: 'unreadable', reason: errorText(error)};
	}
	let parsed: unknown;
	try {
		new Conf<T>({
			cwd: dir,
			projectName,
			configName: spec.name,
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
			deserialize(text) {
				const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
				const shape = rootShape(value);
				if (shape) throw new Damage(shape);
				parsed = value;
				return value as T;
			},
		});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {kind: 'missing'};
		if (code) return {kind: 'unreadable', reason: errorText(error)};
		const reason =
			error instanceof SyntaxError
				? 'it is not valid JSON'
				: error instanceof Damage
					? error.message
					: errorText(error);
		return {kind: 'damaged', reason, bytes};
	}
	const raw = parsed as Record<string, unknown>;
	const problems = validate(raw, {type: 'object', properties: spec.schema});
	if (problems.length > 0)
		return {
			kind: 'damaged',
			reason: `it does not have the expected shape (${problems[0]})`,
			bytes,
		};
	const internal = raw[internalKey];
	const inner =
		typeof internal === 'object' && internal !== null && !Array.isArray(internal)
			? (internal as Record<string, unknown>)
			: {};
	const version = (inner.migrations as {version?: unknown} | undefined)?.version;
	const newer = typeof version === 'string' && newerThan(version, storeVersion) ? version : null;
	const {[internalKey]: _, ...rest} = raw;
	return {kind: 'ok', data: spec.normalise(rest as Partial<T>), internal: inner, newer};
}

/** Whether `value` has the shape of `schema`; the first problem, or null. */
export function shapeProblem(
	value: unknown,
	schema: Readonly<Record<string, Schema>>,
): string | null {
	return validate(value, {type: 'object', properties: schema}, 1)[0] ?? null;
}

/**
 * Writes a snapshot durably: `data` plus `__internal__` (kept as found, with this version and the
 * journal offsets). Refuses to write what would not read back. Throws the file system's error.
 */
export function writeSnapshot<T extends Record<string, unknown>>(
	dir: string,
	spec: FileSpec<T>,
	data: T,
	internal: Record<string, unknown>,
): void {
	const problem = shapeProblem(data, spec.schema);
	if (problem) throw new Error(`refusing to save data of the wrong shape (${problem})`);
	const migrations =
		typeof internal.migrations === 'object' && internal.migrations !== null
			? (internal.migrations as Record<string, unknown>)
			: {};
	const value = {
		...data,
		[internalKey]: {...internal, migrations: {...migrations, version: storeVersion}},
	};
	writeFileDurably(filePath(dir, spec.name), `${JSON.stringify(value)}\n`);
}
