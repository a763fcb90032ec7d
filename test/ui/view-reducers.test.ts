/**
 * The pure reducers of the Library, Search and Stats views, one test per action, and the Library's
 * keys → actions and its Fuse.js filter; no Ink involved.
 */
import {describe, expect, test} from 'vitest';
import type {SearchHit, SearchResult} from '../../source/core/search.js';
import {libraryFilter, libraryRows} from '../../source/ui/library/filter.js';
import {libraryAction, libraryClaims} from '../../source/ui/library/keys.js';
import {initialLibrary, type LibraryState, libraryReducer} from '../../source/ui/library/state.js';
import {notWalking} from '../../source/ui/search/history.js';
import {
	initialSearch,
	isSearching,
	needsSearch,
	PAGE_HITS,
	type SearchState,
	searchReducer,
	shownHits,
} from '../../source/ui/search/state.js';
import {statsReducer} from '../../source/ui/stats/state.js';
import {libraryOf, makeTranscript} from '../helpers/ui-transcripts.js';

describe('Library reducer', () => {
	const s: LibraryState = {filter: '', typing: false, selected: 1, sort: 'file'};
	test('sort: > cycles file order, newest first, by title, last read first', () => {
		const orders = [];
		let t = s;
		for (let i = 0; i < 4; i++) {
			t = libraryReducer(t, {type: 'sort'});
			orders.push(t.sort);
		}
		expect(orders).toEqual(['newest', 'title', 'recent', 'file']);
		expect(t.selected).toBe(s.selected);
	});

	test('select: kept within the rows shown', () => {
		expect(libraryReducer(s, {type: 'select', index: 5, count: 3}).selected).toBe(2);
		expect(libraryReducer(s, {type: 'select', index: -1, count: 3}).selected).toBe(0);
		expect(libraryReducer(s, {type: 'select', index: 1, count: 3})).toBe(s);
		expect(libraryReducer(s, {type: 'select', index: 4, count: 0}).selected).toBe(0);
	});
	test('start-typing', () => {
		expect(libraryReducer(s, {type: 'start-typing'}).typing).toBe(true);
	});
	test('set-filter: the selection stays within the rows left', () => {
		expect(
			libraryReducer(s, {type: 'set-filter', filter: 'osaka', typing: true, count: 1}),
		).toEqual({filter: 'osaka', typing: true, selected: 0, sort: 'file'});
		expect(libraryReducer(s, {type: 'set-filter', filter: '', typing: false, count: 3})).toEqual({
			filter: '',
			typing: false,
			selected: 1,
			sort: 'file',
		});
	});
	test('stop-typing', () => {
		expect(libraryReducer({...s, typing: true}, {type: 'stop-typing'}).typing).toBe(false);
		expect(libraryReducer(s, {type: 'stop-typing'})).toBe(s);
	});
	test('open: typing stops (the view opens the row)', () => {
		expect(libraryReducer({...s, typing: true, filter: 'x'}, {type: 'open'})).toEqual({
			...s,
			filter: 'x',
		});
	});
	test('initial: the given row, never below 0', () => {
		expect(initialLibrary(-1).selected).toBe(0);
	});
});

describe('Library keys', () => {
	const env = {count: 3, pageRows: 10, filtered: (f: string) => (f === 'zz' ? 0 : 2)};
	const s = initialLibrary(1);
	test('moves, opens, starts and edits the filter', () => {
		expect(libraryAction(s, '', {downArrow: true}, env)).toEqual({
			type: 'select',
			index: 2,
			count: 3,
		});
		expect(libraryAction(s, '', {pageDown: true}, env)).toMatchObject({index: 11});
		expect(libraryAction(s, '', {end: true}, env)).toMatchObject({index: 2});
		expect(libraryAction(s, '', {return: true}, env)).toEqual({type: 'open'});
		expect(libraryAction(s, '', {return: true}, {...env, count: 0})).toBeNull();
		expect(libraryAction(s, '/', {}, env)).toEqual({type: 'start-typing'});
		expect(libraryAction(s, 'c', {}, env)).toMatchObject({type: 'set-filter', filter: 'c'});
		expect(libraryAction(s, 'q', {}, env)).toBeNull();
		const typing = {filter: 'z', typing: true, selected: 0, sort: 'file' as const};
		expect(libraryAction(typing, 'z', {}, env)).toEqual({
			type: 'set-filter',
			filter: 'zz',
			typing: true,
			count: 0,
		});
		expect(libraryAction(typing, 'q', {}, env)).toMatchObject({filter: 'zq'});
		expect(libraryAction(typing, '', {backspace: true}, env)).toMatchObject({filter: ''});
		// Backspace takes a whole cluster: an emoji family, a letter with its marks.
		const wide = {...typing, filter: 'zoë👨‍👩‍👧‍👦'};
		expect(libraryAction(wide, '', {backspace: true}, env)).toMatchObject({filter: 'zoë'});
		expect(libraryAction({...typing, filter: ''}, '', {backspace: true}, env)).toEqual({
			type: 'stop-typing',
		});
		expect(libraryAction(typing, '', {home: true}, env)).toBeNull();
	});
	test('claims: letters start the filter; q, digits and Tab stay global', () => {
		expect(libraryClaims(s, 'c', {})).toBe(true);
		expect(libraryClaims(s, 'q', {})).toBe(false);
		expect(libraryClaims(s, '2', {})).toBe(false);
		expect(libraryClaims(s, '', {escape: true})).toBe(false);
		expect(libraryClaims({...s, filter: 'x'}, '', {escape: true})).toBe(true);
		expect(libraryClaims({...s, typing: true}, 'q', {})).toBe(true);
		expect(libraryClaims({...s, typing: true}, '', {tab: true})).toBe(false);
	});
});

describe('Library filter (Fuse.js)', () => {
	const rows = libraryRows(
		libraryOf(
			makeTranscript(10, 'Meeting with President of Kazakhstan'),
			makeTranscript(10, 'Press conference in Osaka'),
			makeTranscript(10, 'Interview to China Central Television'),
		).transcripts,
	);
	const filter = libraryFilter(rows);
	const titles = (q: string) => filter(q).map((r) => r.title);
	test('every word must match some field; a typo is forgiven', () => {
		expect(titles('')).toHaveLength(3);
		expect(titles('osaka')).toEqual(['Press conference in Osaka']);
		expect(titles('osaak')).toEqual(['Press conference in Osaka']);
		expect(titles('kazakstan')).toEqual(['Meeting with President of Kazakhstan']);
		expect(titles('press osaka')).toEqual(['Press conference in Osaka']);
		expect(titles('putn')).toHaveLength(3);
		expect(titles('osaka china')).toEqual([]);
	});
	test('words with digits match exactly; rows keep the Library order', () => {
		expect(titles('2017')).toEqual(rows.map((r) => r.title));
		expect(titles('2017q')).toEqual([]);
		expect(titles('2018')).toEqual([]);
	});
});

const hit = (remark: number): SearchHit =>
	({
		key: 'k',
		file: 'f',
		title: 't',
		remark,
		speaker: null,
		text: 'x',
		score: 0,
		matches: [],
	}) as unknown as SearchHit;
function answer(query: string, n: number, total = n): SearchResult {
	return {
		query,
		hits: Array.from({length: n}, (_, i) => hit(i)),
		total,
		exhaustive: true,
	} as unknown as SearchResult;
}
const typed = (query: string): SearchState =>
	searchReducer(initialSearch, {type: 'set-query', query});

describe('Search reducer', () => {
	test('ready', () => {
		expect(searchReducer(initialSearch, {type: 'ready'}).ready).toBe(true);
	});
	test('failed', () => {
		const s = searchReducer(typed('gas'), {type: 'failed', error: 'worker died'});
		expect(s.error).toBe('worker died');
		expect(isSearching(s)).toBe(false);
	});
	test('set-query: the cursor at the end unless given; the walk ends; a search is needed', () => {
		const s = typed('gas');
		expect(s).toMatchObject({query: 'gas', cursor: 3, walk: notWalking, limit: PAGE_HITS});
		expect(isSearching(s)).toBe(true);
		expect(needsSearch(initialSearch, s)).toBe(true);
		const walk = {at: 0, draft: 'g'};
		const moved = searchReducer(s, {type: 'set-query', query: 'gas', cursor: 1, walk});
		expect(moved).toMatchObject({cursor: 1, walk});
		expect(needsSearch(s, moved)).toBe(false);
		const cleared = searchReducer({...s, result: answer('gas', 2)}, {type: 'set-query', query: ''});
		expect(cleared).toMatchObject({result: null, selected: 0});
		expect(shownHits(cleared)).toEqual([]);
	});
	test('answer: taken for the current line only; a pending Enter opens the first hit', () => {
		const s = typed('gas');
		expect(
			searchReducer(s, {type: 'answer', query: 'ga', limit: PAGE_HITS, result: answer('ga', 3)}),
		).toBe(s);
		const got = searchReducer(
			{...s, openPending: true},
			{type: 'answer', query: 'gas', limit: PAGE_HITS, result: answer('gas', 3)},
		);
		expect(shownHits(got)).toHaveLength(3);
		expect(got).toMatchObject({openPending: false, openFirst: true, selected: 0});
		expect(isSearching(got)).toBe(false);
	});
	test('move: within the hits; near the end asks for more', () => {
		const s: SearchState = {...typed('gas'), result: answer('gas', PAGE_HITS, 500)};
		expect(searchReducer(s, {type: 'move', by: 3, pageRows: 10}).selected).toBe(3);
		expect(searchReducer(s, {type: 'move', by: -3, pageRows: 10}).selected).toBe(0);
		const end = searchReducer(s, {type: 'move', by: PAGE_HITS, pageRows: 10});
		expect(end).toMatchObject({selected: PAGE_HITS - 1, limit: 2 * PAGE_HITS});
		expect(needsSearch(s, end)).toBe(true);
		expect(searchReducer(initialSearch, {type: 'move', by: 1, pageRows: 10})).toBe(initialSearch);
	});
	test('toggle-preview', () => {
		expect(searchReducer(initialSearch, {type: 'toggle-preview'}).preview).toBe(true);
	});
	test('open-pending', () => {
		expect(searchReducer(typed('gas'), {type: 'open-pending'}).openPending).toBe(true);
	});
	test('opened-read: the walk ends, coming back keeps where Esc leaves to', () => {
		const s = searchReducer(
			{...typed('gas'), walk: {at: 1, draft: ''}, openFirst: true},
			{type: 'opened-read'},
		);
		expect(s).toMatchObject({walk: notWalking, openedRead: true, openFirst: false});
		const back = searchReducer({...s, leaveTo: 'quiz'}, {type: 'visit', previous: 'read'});
		expect(back).toMatchObject({leaveTo: 'quiz', openedRead: false});
	});
	test('visit: Esc on an empty line will go back to the view Search came from', () => {
		expect(searchReducer(initialSearch, {type: 'visit', previous: 'stats'}).leaveTo).toBe('stats');
		expect(searchReducer(initialSearch, {type: 'visit', previous: undefined}).leaveTo).toBe(
			'library',
		);
	});
});

describe('Stats reducer', () => {
	test('scroll: within 0 … max', () => {
		expect(statsReducer({top: 0}, {type: 'scroll', by: 5, max: 3})).toEqual({top: 3});
		expect(statsReducer({top: 2}, {type: 'scroll', by: -5, max: 3})).toEqual({top: 0});
		const s = {top: 0};
		expect(statsReducer(s, {type: 'scroll', by: -1, max: 3})).toBe(s);
	});
});
