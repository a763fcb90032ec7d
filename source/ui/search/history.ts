/**
 * Walking the query history (most recent first, from the store) like a shell: ↑ on an empty line
 * or Ctrl+R goes to older queries, ↓ back to newer ones and finally to what was typed before.
 */

/** Where a walk is: `at` is the index in the history (0 newest), -1 when not walking. */
export interface HistoryWalk {
	at: number;
	/** The line as it was before the walk started. */
	draft: string;
}

export const notWalking: HistoryWalk = {at: -1, draft: ''};

/** The next older query, or null when there is none. */
export function older(
	history: readonly string[],
	walk: HistoryWalk,
	line: string,
): {walk: HistoryWalk; query: string} | null {
	const draft = walk.at < 0 ? line : walk.draft;
	let at = walk.at + 1;
	// Skip an entry equal to the line (the query just searched is usually the newest).
	while (at < history.length && history[at] === line) at++;
	if (at >= history.length) return null;
	return {walk: {at, draft}, query: history[at]!};
}

/** The next newer query, or the draft when the walk ends. */
export function newer(
	history: readonly string[],
	walk: HistoryWalk,
): {walk: HistoryWalk; query: string} {
	if (walk.at <= 0) return {walk: notWalking, query: walk.draft};
	const at = walk.at - 1;
	return {walk: {at, draft: walk.draft}, query: history[at] ?? walk.draft};
}
