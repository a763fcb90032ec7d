import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {globalKeys, keymap} from '../../source/ui/keys/keymap.js';
import {withKeys} from '../../source/ui/keys/markdown.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README lists every key binding of the keymap (run `npm run readme` to update)', () => {
	expect(readme).toBe(withKeys(readme));
	for (const b of [...globalKeys, ...Object.values(keymap).flat()]) {
		expect(readme).toContain(b.description.replaceAll('|', '\\|'));
	}
});

test('the README gives the install-and-start and test commands exactly', () => {
	expect(readme).toContain('\n    npm install && npm start\n');
	expect(readme).toContain('\n    npm test\n');
	const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
	expect(pkg.scripts.start).toBeTruthy();
	expect(pkg.scripts.test).toContain('vitest run');
	expect(readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')).toMatch(
		/npm ci\nnpm test\n/,
	);
});
