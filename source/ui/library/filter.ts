/**
 * The Library's rows and its filter, by Fuse.js: every word typed must match the title, file
 * name, date, place or a speaker of a transcript, allowing a typo ("kazakstan", "putn"); words
 * with digits (years, dates) must occur exactly. Rows keep the Library's order.
 */
import Fuse, {type Expression} from 'fuse.js';
import type {LoadedTranscript} from '../../core/library.js';
import {turnsBySpeaker} from '../../core/outline.js';

/** What the Library shows of a transcript, computed once per load. */
export interface LibraryRow {
	item: LoadedTranscript;
	title: string;
	/** The most frequent named speakers, most turns first. */
	speakers: string;
	turns: number;
	/** Every named speaker (the filter searches them all). */
	names: string[];
	name: string;
	date: string;
	place: string;
}

export function libraryRows(items: LoadedTranscript[]): LibraryRow[] {
	return items.map((item) => {
		const {transcript} = item;
		// Counted in the text, or taken from the outline of a transcript held without it.
		const counts = turnsBySpeaker(item);
		let turns = 0;
		for (const n of counts.values()) turns += n;
		const named = transcript.speakers
			.filter((s) => !s.anonymous && counts.has(s.id))
			.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
		const names = named.map((s) => s.name);
		return {
			item,
			title: transcript.title ?? item.name,
			speakers: names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : ''),
			turns,
			names,
			name: item.name,
			date: transcript.date ?? '',
			place: transcript.place ?? '',
		};
	});
}

const fields = ['title', 'name', 'date', 'place', 'names'] as const;

/** The words of a query as Fuse extended-search patterns: words with digits match exactly. */
function pattern(word: string): string {
	return /\p{N}/u.test(word) && !/^['=!^]/.test(word) ? `'${word}` : word;
}

/** A filter over `rows`: the rows every word of a query matches, in the Library's order. */
export function libraryFilter(rows: LibraryRow[]): (query: string) => LibraryRow[] {
	// Made when a filter is first typed: not while a library of thousands opens.
	let fuse: Fuse<LibraryRow> | null = null;
	return (query) => {
		const words = query.split(/\s+/).filter(Boolean);
		if (words.length === 0) return rows;
		fuse ??= new Fuse(rows, {
			keys: [...fields],
			threshold: 0.3,
			ignoreLocation: true,
			useExtendedSearch: true,
			shouldSort: false,
		});
		const expression: Expression = {
			$and: words.map((word) => ({$or: fields.map((field) => ({[field]: pattern(word)}))})),
		};
		return fuse
			.search(expression)
			.sort((a, b) => a.refIndex - b.refIndex)
			.map((r) => r.item);
	};
}

/** The orders `>` cycles through in the Library. */
export const librarySorts = ['file', 'newest', 'title', 'recent'] as const;
export type LibrarySort = (typeof librarySorts)[number];

/** How each order is named in the header. */
export const sortNames: Record<LibrarySort, string> = {
	file: 'in file order',
	newest: 'newest first',
	title: 'by title',
	recent: 'last read first',
};

/**
 * Rows in an order: as the files came (`file`), by date newest first (undated last), by title,
 * or by when each was last opened (never opened last). Ties keep file order.
 */
export function sortRows(
	rows: readonly LibraryRow[],
	sort: LibrarySort,
	lastOpened: (key: string) => number | null,
): LibraryRow[] {
	if (sort === 'file') return [...rows];
	const keyed = rows.map((row, i) => ({row, i}));
	const by = (a: {row: LibraryRow; i: number}, b: {row: LibraryRow; i: number}): number => {
		if (sort === 'newest') return (b.row.date || '0').localeCompare(a.row.date || '0');
		if (sort === 'title') return a.row.title.localeCompare(b.row.title);
		return (lastOpened(b.row.item.key) ?? 0) - (lastOpened(a.row.item.key) ?? 0);
	};
	return keyed.sort((a, b) => by(a, b) || a.i - b.i).map((x) => x.row);
}
