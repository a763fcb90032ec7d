import {defineConfig} from 'vitest/config';

// `npm run test:corpus`: the tests that read the team's ../shared folder (the transcript corpus
// with its truth, the Kremlin archive). Where ../shared is absent they are skipped, and the setup
// says so on the console.
export default defineConfig({
	test: {
		include: ['test/corpus/**/*.test.{ts,tsx}'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		pool: 'forks',
		globalSetup: ['test/helpers/global-build.ts', 'test/helpers/shared-note.ts'],
	},
});
