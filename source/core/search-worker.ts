/**
 * The search worker (bundled as dist/search-worker.js): loads the library's index from the index
 * cache, or builds it from the library it is given (and writes it there), then answers queries;
 * it abandons a query as soon as the shared `latest` id moves on. Given no library and no usable
 * index file, it answers "miss" (the searcher then starts a worker with the library).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {manifestOf, openIndexCache} from './index-cache.js';
import {
	buildIndex,
	type SearchIndex,
	type SearchOptions,
	searchSteps,
	type WorkerData,
} from './search.js';

const data = workerData as WorkerData;
const latest = new Int32Array(data.latest);
const port = parentPort!;
const cache = openIndexCache(data.indexDir);

function load(): SearchIndex | null {
	const found = data.library ? null : cache?.read(data.id);
	if (found) {
		found.index.files = data.files;
		return found.index;
	}
	if (!data.library) return null;
	const index = buildIndex(data.library);
	cache?.write(index, manifestOf(data.library.transcripts));
	return index;
}

const index = load();
if (!index) port.postMessage({miss: true});
else {
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
}
