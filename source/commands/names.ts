/**
 * The plain commands' names: the first argument that runs one (commands/main.ts) instead of the
 * app. Also what the launcher (source/launch/cli.ts) names a start's code cache after.
 */
export const commandNames = [
	'parse',
	'search',
	'quiz',
	'cards',
	'stats',
	'progress',
	'bookmarks',
] as const;

export type CommandName = (typeof commandNames)[number];
