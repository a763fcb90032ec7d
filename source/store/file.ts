/**
 * One conf-backed JSON file held in memory: opened once (a damaged file is copied aside first),
 * written at most once per debounce delay and on `flush()`, never throwing on a failed write.
 */
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Conf from 'conf';
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
	/** Fills gaps and applies caps to what was read (already schema-valid). */
	normalise: (raw: Partial<T>) => T;
}

/**
 * Opens the file through conf, then checks its shape (validate.ts, not conf's `schema` option: that
 * would compile an Ajv validator on every start). Throws as conf does for a file of the wrong shape.
 */
function createConf<T extends Record<string, unknown>>(dir: string, spec: FileSpec<T>): Conf<T> {
	const conf = new Conf<T>({
		cwd: dir,
		projectName,
		configName: spec.name,
		defaults: spec.empty(),
		projectVersion: storeVersion,
		migrations: {
			// The first stored version: nothing to convert; later versions add their steps here.
			'1.0.0': () => {},
		},
		accessPropertiesByDotNotation: false,
		clearInvalidConfig: false,
		serialize: (value) => `${JSON.stringify(value)}\n`,
	});
	checkShape(conf.store, spec.schema);
	return conf;
}

/** Throws (as conf would) when `value` does not have the shape of `schema`. */
function checkShape(value: unknown, schema: Readonly<Record<string, Schema>>): void {
	const problems = validate(value, {type: 'object', properties: schema});
	if (problems.length > 0) throw new Error(`Config schema violation: ${problems.join('; ')}`);
}

export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function reason(error: unknown): string {
	if (error instanceof SyntaxError) return 'it is not valid JSON';
	const text = errorText(error);
	if (text.startsWith('Config schema violation')) return 'it does not have the expected shape';
	return text;
}

/** A timestamp safe in file names: 2026-11-28T01-54-00-123Z. */
function stamp(): string {
	return new Date().toISOString().replace(/[:.]/g, '-');
}

/** One JSON file of the store, its data kept in memory. */
export class ConfFile<T extends Record<string, unknown>> {
	readonly path: string;
	/** The data; mutate it, then call `changed()`. */
	data: T;
	#conf: Conf<T> | null = null;
	#schema: Readonly<Record<string, Schema>>;
	#internal: unknown;
	#debounceMs: number;
	#timer: NodeJS.Timeout | undefined;
	#dirty = false;
	#openWarning: string | null = null;
	#writeWarning: string | null = null;

	constructor(dir: string, spec: FileSpec<T>, debounceMs: number) {
		this.path = join(dir, `${spec.name}.json`);
		this.#debounceMs = debounceMs;
		this.#schema = spec.schema;
		// conf may rewrite the file while opening it (defaults, migration version) before it finds
		// a problem: keep the original bytes so that the backup is exactly what the user had.
		let original: Buffer | null = null;
		try {
			original = readFileSync(this.path);
		} catch {}
		try {
			this.#conf = createConf(dir, spec);
		} catch (error) {
			this.#recover(dir, spec, original, error);
		}
		const raw = (this.#conf?.store ?? {}) as Partial<T> & Record<string, unknown>;
		this.#internal = raw[internalKey];
		this.data = spec.normalise(raw);
	}

	#recover(dir: string, spec: FileSpec<T>, original: Buffer | null, error: unknown): void {
		if (!original) {
			this.#openWarning = `cannot keep progress in ${dir} (${errorText(error)}); it will not be saved this time`;
			return;
		}
		const backup = `${this.path}.corrupt-${stamp()}`;
		try {
			writeFileSync(backup, original, {flag: 'wx'});
			rmSync(this.path, {force: true});
			this.#conf = createConf(dir, spec);
			this.#openWarning = `saved progress could not be read (${reason(error)}); the old file was kept as ${backup}`;
		} catch (again) {
			this.#openWarning = `saved progress in ${this.path} could not be read (${reason(error)}) and was left as it is (${errorText(again)}); progress will not be saved this time`;
		}
	}

	/** What went wrong opening or writing this file, or null. */
	get warning(): string | null {
		return [this.#openWarning, this.#writeWarning].filter(Boolean).join('; ') || null;
	}

	/** Marks the data changed: it is written within the debounce delay, or on `flush()`. */
	changed(): void {
		this.#dirty = true;
		if (this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.flush();
		}, this.#debounceMs);
		this.#timer.unref();
	}

	/** Writes now if anything changed (atomically, through conf). Never throws. */
	flush(): void {
		if (this.#timer) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
		}
		if (!this.#dirty || !this.#conf) return;
		try {
			const value: Record<string, unknown> = {...this.data};
			if (this.#internal !== undefined) value[internalKey] = this.#internal;
			// Never write what could not be read back.
			checkShape(value, this.#schema);
			this.#conf.store = value as T;
			this.#dirty = false;
			this.#writeWarning = null;
		} catch (error) {
			this.#writeWarning = `could not save progress to ${this.path}: ${errorText(error)}`;
		}
	}
}
