/**
 * The plain commands' names: the first argument that runs one (commands/main.ts) instead of the
 * app. Also what the launcher (source/launch/cli.ts) names a start's code cache after.
 */
const commandNames = [
	'parse',
	'search',
	'quiz',
	'cards',
	'stats',
	'progress',
	'bookmarks',
] as const;

export type CommandName = (typeof commandNames)[number];

/** The plain command that a command line (without `node` and the script) runs, if any. */
export function commandOf(argv: readonly string[]): CommandName | null {
	const name = argv[0];
	return (commandNames as readonly string[]).includes(name ?? '') ? (name as CommandName) : null;
}
