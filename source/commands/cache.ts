/** The parse and index caches the commands load libraries with (none outside the built app). */
import {join} from 'node:path';
import {type IndexCache, openIndexCache} from '../core/index-cache.js';
import {openParseCache, type ParseCache, parserVersion} from '../core/parse-cache.js';
import {cacheDir} from '../store/paths.js';

export function parseCache(): ParseCache | null {
	return openParseCache(cacheDir(), parserVersion());
}

/** Search indexes, beside the parsed transcripts of the same version (opened after them). */
export function indexCache(): IndexCache | null {
	const version = parserVersion();
	return version ? openIndexCache(join(cacheDir(), version, 'index')) : null;
}
