/** Where the store lives: `cwd` option, else VERBATIM_HOME, else the per-user config folder. */
import {homedir} from 'node:os';
import {join} from 'node:path';

/** conf's project name: the per-user folder is named after it. */
export const projectName = 'verbatim';

/**
 * The per-user config folder as conf (env-paths) names it for `projectName` without suffix:
 * `$XDG_CONFIG_HOME/verbatim` or `~/.config/verbatim` on Linux, `~/Library/Preferences/verbatim`
 * on macOS, `%APPDATA%\verbatim\Config` on Windows.
 */
function userConfigDir(env: NodeJS.ProcessEnv = process.env): string {
	const home = homedir();
	if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', projectName);
	if (process.platform === 'win32')
		return join(env.APPDATA || join(home, 'AppData', 'Roaming'), projectName, 'Config');
	return join(env.XDG_CONFIG_HOME || join(home, '.config'), projectName);
}

/** The folder the store uses for these options and this environment. */
export function storeDir(cwd?: string, env: NodeJS.ProcessEnv = process.env): string {
	if (cwd) return cwd;
	if (env.VERBATIM_HOME) return env.VERBATIM_HOME;
	return userConfigDir(env);
}

/**
 * The per-user cache folder: `$XDG_CACHE_HOME/verbatim` or `~/.cache/verbatim` on Linux,
 * `~/Library/Caches/verbatim` on macOS, `%LOCALAPPDATA%\verbatim\Cache` on Windows.
 */
function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const home = homedir();
	if (process.platform === 'darwin') return join(home, 'Library', 'Caches', projectName);
	if (process.platform === 'win32')
		return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), projectName, 'Cache');
	return join(env.XDG_CACHE_HOME || join(home, '.cache'), projectName);
}

/** Where parsed transcripts are cached: `cache/` in VERBATIM_HOME when set, else `userCacheDir`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return env.VERBATIM_HOME ? join(env.VERBATIM_HOME, 'cache') : userCacheDir(env);
}
