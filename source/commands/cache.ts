/** The parse and index caches the commands load libraries with (none outside the built app). */
import {join} from 'node:path';
import {type IndexCache, openIndexCache} from '../core/index-cache.js';
import {openParseCache, type ParseCache, parserVersion} from '../core/parse-cache.js';
import {cacheDir} from '../store/paths.js';

export function parseCache(): ParseCache | null {
	return openParseCache(cacheDir(), parserVersion());
}

/** Where the parse cache is, for a search worker to open it (null outside the built app). */
export function parseCacheLocation(): {root: string; version: string} | null {
	const version = parserVersion();
	return version ? {root: cacheDir(), version} : null;
}

/** The folder of search indexes, beside the parsed transcripts of the same version. */
export function indexDir(): string | null {
	const version = parserVersion();
	return version ? join(cacheDir(), version, 'index') : null;
}

/** The search index cache (open it after the parse cache, which removes other versions). */
export function indexCache(): IndexCache | null {
	return openIndexCache(indexDir());
}
