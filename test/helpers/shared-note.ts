/** Vitest global setup of `npm run test:corpus`: says out loud when ../shared is missing. */
import {existsSync} from 'node:fs';

export default function setup(): void {
	if (!existsSync('../shared/corpus/truth')) {
		console.warn(
			'\n[test:corpus] ../shared is not beside the project: every corpus test is SKIPPED.\n',
		);
	}
}
