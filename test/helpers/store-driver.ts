/**
 * A child process for the store's fault tests (bundled by esbuild in the test): opens the store in
 * argv[2] and makes argv[3] changes tagged argv[4] — a bookmark and a quiz review each — printing
 * `ack N` once each is acknowledged (the store call returned), then closes the store as at exit.
 */
import {openStore} from '../../source/store/store.js';

const [dir, count, tag] = process.argv.slice(2) as [string, string, string];
const store = openStore({cwd: dir});
const n = Number(count);
const key = `k${tag}`;
for (let i = 0; i < n; i++) {
	store.addBookmark(key, {turn: i, offset: 0, note: `${tag}-${i}`, created: i});
	store.appendReview({
		card: `${tag}:${i}`,
		at: Date.now(),
		chosen: 'A',
		correct: 'B',
		ms: 1,
		rating: 3,
		previous: null,
	});
	store.setPosition(key, {turn: i, offset: 0});
	process.stdout.write(`ack ${i}\n`);
}
store.close();
process.stdout.write(`done ${store.warning ?? ''}\n`);
