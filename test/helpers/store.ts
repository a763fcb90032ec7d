/**
 * Test helper: a real Store (conf on disk) in a fresh temporary folder, removed when the test
 * process exits. `reopen()` flushes and opens a NEW store on the same folder, as a restart would.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type OpenedStore, openStore} from '../../source/store/store.js';

/** A Store for tests, with the folder it lives in and a way to simulate a restart. */
export type TestStore = OpenedStore & {
	/** The temporary folder holding config.json. */
	readonly dir: string;
	/** Closes this store (as at exit), then opens a new one on the same folder (a restart). */
	reopen(): TestStore;
};

const made: string[] = [];
process.once('exit', () => {
	for (const dir of made) rmSync(dir, {recursive: true, force: true});
});

/** Creates a Store in a fresh temp folder (or in `dir`). */
export function makeTestStore(opts: {dir?: string; debounceMs?: number} = {}): TestStore {
	const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'verbatim-store-'));
	if (!opts.dir) made.push(dir);
	const store = openStore({cwd: dir, debounceMs: opts.debounceMs});
	return Object.assign(store, {
		dir,
		reopen(): TestStore {
			store.close();
			return makeTestStore({dir, debounceMs: opts.debounceMs});
		},
	});
}
