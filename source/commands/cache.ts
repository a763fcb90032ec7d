/** The parse cache the commands load libraries with (none outside the built app). */
import {openParseCache, type ParseCache, parserVersion} from '../core/parse-cache.js';
import {cacheDir} from '../store/paths.js';

export function parseCache(): ParseCache | null {
	return openParseCache(cacheDir(), parserVersion());
}
