/**
 * Per-library state that must survive switching views (views unmount when the app switches):
 * today the search session. The app makes one `LibrarySessions` and provides it; tests may make
 * their own (with a fake searcher factory) and pass it to <App>.
 */
import {createContext, useContext} from 'react';
import type {Library} from '../../core/library.js';
import {type SearcherFactory, SearchSession} from '../search/session.js';

/** What one library keeps while views come and go. */
export interface LibrarySession {
	search: SearchSession;
}

export class LibrarySessions {
	private readonly byLibrary = new Map<Library, LibrarySession>();

	constructor(private readonly searcherFactory: SearcherFactory) {}

	/** The session of a library (created on first use; its searcher only when Search opens). */
	of(library: Library): LibrarySession {
		let session = this.byLibrary.get(library);
		if (!session) {
			session = {search: new SearchSession(library, this.searcherFactory)};
			this.byLibrary.set(library, session);
		}
		return session;
	}

	/** Stops every library's searcher (the app calls this once the UI is gone). */
	close(): void {
		for (const session of this.byLibrary.values()) session.search.close();
	}
}

export const SessionsContext = createContext<LibrarySessions | null>(null);

/** The session of the app's library. */
export function useLibrarySession(library: Library): LibrarySession {
	const sessions = useContext(SessionsContext);
	if (!sessions) throw new Error('useLibrarySession outside <App>');
	return sessions.of(library);
}
