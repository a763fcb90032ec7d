// `npm run lint` step: every key decision goes through the keymap's matchers
// (source/ui/keys/keymap.ts). Fails on a key tested by hand elsewhere in the UI: the typed input
// or a key name compared with a literal (`input === 'q'`, `name === 'escape'`, `switch (name)`),
// or Ink's key flags (`key.escape`).
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const matcher = 'source/ui/keys/keymap.ts';
/** Files still testing keys by hand, each with the work that removes it (delete when done). */
const pending = {};
const checks = [
	[/\b(?:input|name)\s*[!=]==?\s*['"`]/, 'compares a key with a literal'],
	[/['"`]\s*[!=]==?\s*(?:input|name)\b/, 'compares a key with a literal'],
	[/\bswitch\s*\(\s*(?:input|name)\s*\)/, 'switches on a key'],
	[/\bkeyName\([^)]*\)\s*[!=]==?/, 'compares a key name'],
	[
		/\bkey\.(?:ctrl|meta|shift|return|escape|tab|backspace|delete|home|end|pageUp|pageDown|upArrow|downArrow|leftArrow|rightArrow)\b/,
		"tests Ink's key flags",
	],
];

function* files(dir) {
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (/\.tsx?$/.test(entry.name)) yield path;
	}
}

const problems = [];
const seen = new Set();
for (const file of [...files(join(root, 'source/ui')), join(root, 'source/app.tsx')]) {
	const name = relative(root, file).replaceAll('\\', '/');
	if (name === matcher) continue;
	readFileSync(file, 'utf8')
		.split('\n')
		.forEach((line, i) => {
			for (const [pattern, what] of checks) {
				if (!pattern.test(line)) continue;
				if (name in pending) seen.add(name);
				else problems.push(`${name}:${i + 1}: ${what}: ${line.trim()}`);
			}
		});
}
for (const name of Object.keys(pending))
	if (!seen.has(name))
		problems.push(
			`${name}: no longer tests keys by hand: remove it from pending in scripts/check-keys.mjs`,
		);
if (problems.length > 0) {
	console.error('Keys tested outside the keymap (use commandOf/matches/isInterrupt/typedText):');
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log(
	`check-keys: every key goes through ${matcher} (${Object.keys(pending).length} files pending)`,
);
