/**
 * The search worker (bundled as dist/search-worker.js): builds the index of the library it is
 * given, then answers queries; it abandons a query as soon as the shared `latest` id moves on.
 */
import {parentPort, workerData} from 'node:worker_threads';
import type {Library} from './library.js';
import {buildIndex, type SearchOptions, searchSteps} from './search.js';

const data = workerData as {library: Library; latest: SharedArrayBuffer};
const latest = new Int32Array(data.latest);
const index = buildIndex(data.library);
const port = parentPort!;

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
