import {defineConfig} from 'vitest/config';

// `npm test`: everything that needs only the project itself. The tests that read the team's
// ../shared folder (corpus scores, relevance, recall) live in test/corpus and run with
// `npm run test:corpus` (vitest.corpus.config.ts).
export default defineConfig({
	// React's production build, as in the bundled app (scripts/build.mjs defines NODE_ENV): the
	// development build and its JSX checks cost about a fifth of the suite's CPU time.
	oxc: {jsx: {development: false}},
	test: {
		include: ['test/{core,store,ui}/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
		// Both cores (vitest leaves one free by default), and one module cache per worker instead
		// of per file: Ink and React are imported twice, not once for each of ~65 files.
		maxWorkers: 2,
		isolate: false,
		globalSetup: ['test/helpers/global-build.ts'],
		env: {NODE_ENV: 'production'},
	},
});
