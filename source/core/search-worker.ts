/**
 * The search worker (bundled as dist/search-worker.js): gets the library's index (from the index
 * cache, else updated or built there from the transcripts, read whole from the parse cache or
 * their files: indexed-library.ts `libraryIndex`), then answers queries; it abandons a query as
 * soon as the shared `latest` id moves on.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {openIndexCache} from './index-cache.js';
import {libraryIndex} from './indexed-library.js';
import {openParseCache} from './parse-cache.js';
import {type SearchOptions, searchSteps, type WorkerData} from './search.js';

const data = workerData as WorkerData;
const latest = new Int32Array(data.latest);
const port = parentPort!;

async function load() {
	const cache = data.parse ? openParseCache(data.parse.root, data.parse.version) : null;
	return libraryIndex(data.library, {cache, index: openIndexCache(data.indexDir)});
}

load().then(
	(index) => {
		port.on('message', (msg: {id: number; query: string; options: SearchOptions}) => {
			const steps = searchSteps(index, msg.query, msg.options);
			for (;;) {
				if (Atomics.load(latest, 0) !== msg.id) {
					port.postMessage({id: msg.id, result: null});
					return;
				}
				const next = steps.next();
				if (next.done) {
					port.postMessage({id: msg.id, result: next.value});
					return;
				}
			}
		});
		port.postMessage({ready: true});
	},
	(error: unknown) =>
		port.postMessage({failed: error instanceof Error ? error.message : String(error)}),
);
