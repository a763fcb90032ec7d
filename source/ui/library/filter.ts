/** The Library's rows and its filter: every word typed must occur in a transcript's summary. */
import type {LoadedTranscript} from '../../core/library.js';

/** What the Library shows of a transcript, computed once per load. */
export interface LibraryRow {
	item: LoadedTranscript;
	title: string;
	/** The most frequent named speakers, most turns first. */
	speakers: string;
	turns: number;
	/** Lower-case text that the filter searches. */
	haystack: string;
}

export function libraryRows(items: LoadedTranscript[]): LibraryRow[] {
	return items.map((item) => {
		const {transcript} = item;
		const counts = new Map<string, number>();
		let turns = 0;
		for (const r of transcript.remarks) {
			if (r.speaker === null) continue;
			turns++;
			counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
		}
		const named = transcript.speakers
			.filter((s) => !s.anonymous && counts.has(s.id))
			.sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
		const speakers = named.map((s) => s.name);
		const title = transcript.title ?? item.name;
		const haystack = [title, item.name, transcript.date ?? '', transcript.place ?? '', ...speakers]
			.join('\n')
			.toLowerCase();
		return {
			item,
			title,
			speakers: speakers.slice(0, 3).join(', ') + (speakers.length > 3 ? ', …' : ''),
			turns,
			haystack,
		};
	});
}

/** The rows whose summary contains every word of `query` (case-insensitive), in order. */
export function filterRows(rows: LibraryRow[], query: string): LibraryRow[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return rows;
	return rows.filter((r) => words.every((w) => r.haystack.includes(w)));
}
