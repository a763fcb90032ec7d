/**
 * The Read view's state and what each key does to it: a pure function from (state, key) to the
 * next state and an optional effect (save a bookmark), so that tests and the view share it.
 */
import type {Transcript} from '../../core/transcript.js';
import type {Bookmark, Position} from '../../store/types.js';
import {commandOf, type KeyFlags, keymap, keyName} from '../keys/keymap.js';
import {findMatches, type Match, nextMatch} from './find.js';
import type {Cursor, ReaderLayout} from './layout.js';
import type {SpeakerInfo} from './speakers.js';

/** What the Read view is doing: reading, typing into a prompt, or choosing from a list. */
export type ReaderMode =
	| {kind: 'normal'}
	| {kind: 'find' | 'goto' | 'note'; text: string}
	| {kind: 'speakers' | 'outline' | 'bookmarks'; selected: number};

export interface ReaderState {
	/** The place at the top of the page. */
	top: Position;
	/**
	 * The exact top row in the layout it was computed in: rows that share a position (a label
	 * wrapped over two rows, the blank row after a turn) stay distinct while the layout lasts.
	 */
	at: {layout: ReaderLayout; cursor: Cursor} | null;
	/** Digits typed before a command ("42" of "42g"). */
	count: string;
	mode: ReaderMode;
	/** The find query whose matches are highlighted ("" for none). */
	query: string;
	matches: Match[];
	/** Index in `matches` of the match last jumped to, or -1. */
	current: number;
	/** Show only this speaker's turns (a speaker id), or null for all. */
	filter: string | null;
	/** Ranges highlighted by whoever opened the reader (a search hit). */
	marks: Match[];
	/** A one-line note for the footer ("not found", "bookmark saved"). */
	message: string | null;
}

/** What the key function needs besides the state. */
export interface ReaderEnv {
	transcript: Transcript;
	layout: ReaderLayout;
	speakers: SpeakerInfo;
	bookmarks: Bookmark[];
	/** Rows of text on one page. */
	pageRows: number;
	now: number;
}

export type ReaderEffect =
	| {type: 'add-bookmark'; bookmark: Bookmark}
	| {type: 'remove-bookmark'; index: number};

export interface ReaderResult {
	state: ReaderState;
	effect?: ReaderEffect;
}

/** The first state of a reader at `top`, with an optional query or highlighted ranges. */
export function initialReader(
	transcript: Transcript,
	top: Position,
	opts: {query?: string; marks?: Match[]} = {},
): ReaderState {
	const query = opts.query ?? '';
	return {
		top,
		at: null,
		count: '',
		mode: {kind: 'normal'},
		query,
		matches: query ? findMatches(transcript, query) : [],
		current: -1,
		filter: null,
		marks: opts.marks ?? [],
		message: null,
	};
}

/** True when the reader wants this key for itself, so the app's global keys must ignore it. */
export function readerClaims(state: ReaderState, input: string, key: KeyFlags): boolean {
	const name = keyName(input, key);
	if (name === 'ctrl+c') return false;
	if (state.mode.kind !== 'normal') return true;
	if (/^[0-9]$/.test(name)) return true;
	if (name === 'escape') return state.count !== '' || state.query !== '' || state.marks.length > 0;
	return false;
}

/** Speakers in order of first appearance (narration excluded), as the lists show them. */
export function speakerIds(speakers: SpeakerInfo): string[] {
	return [...speakers.turns.keys()];
}

/** Applies one key press. */
export function readerKey(
	s: ReaderState,
	input: string,
	key: KeyFlags,
	env: ReaderEnv,
): ReaderResult {
	const state: ReaderState = s.message ? {...s, message: null} : s;
	switch (state.mode.kind) {
		case 'find':
		case 'goto':
		case 'note':
			return promptKey(state, state.mode.kind, state.mode.text, input, key, env);
		case 'speakers':
		case 'outline':
		case 'bookmarks':
			return listKey(state, state.mode.kind, state.mode.selected, input, key, env);
		default:
			return normalKey(state, input, key, env);
	}
}

/** The top row of the page in the current layout. */
export function topCursor(state: ReaderState, layout: ReaderLayout, pageRows: number): Cursor {
	const cursor = state.at?.layout === layout ? state.at.cursor : layout.cursorOf(state.top);
	return layout.clampTop(cursor, pageRows);
}

function cursorOf(state: ReaderState, env: ReaderEnv): Cursor {
	return topCursor(state, env.layout, env.pageRows);
}

function at(state: ReaderState, env: ReaderEnv, cursor: Cursor): ReaderResult {
	return {
		state: {
			...state,
			count: '',
			top: env.layout.positionOf(cursor),
			at: {layout: env.layout, cursor},
		},
	};
}

/** Moves the top to a remark (0-based), or the first shown one after it. */
function toTurn(state: ReaderState, env: ReaderEnv, turn: number): ReaderResult {
	const {layout} = env;
	const index = layout.indexAtOrAfter(
		Math.max(0, Math.min(turn, env.transcript.remarks.length - 1)),
	);
	return at(state, env, layout.clampTop({index, row: 0}, env.pageRows));
}

function toPosition(state: ReaderState, env: ReaderEnv, position: Position): ReaderResult {
	return at(state, env, env.layout.clampTop(env.layout.cursorOf(position), env.pageRows));
}

function normalKey(state: ReaderState, input: string, key: KeyFlags, env: ReaderEnv): ReaderResult {
	const name = keyName(input, key);
	if (/^[0-9]$/.test(name) && !(name === '0' && state.count === '')) {
		return {state: {...state, count: (state.count + name).slice(0, 6)}};
	}
	const count = state.count === '' ? null : Number(state.count);
	const {layout, pageRows} = env;
	const here = cursorOf(state, env);
	const move = (rows: number) => at(state, env, layout.move(here, rows, pageRows));
	const half = Math.max(1, Math.floor(pageRows / 2));
	switch (commandOf(keymap.read, input, key)) {
		case 'down':
			return move(count ?? 1);
		case 'up':
			return move(-(count ?? 1));
		case 'page-down':
			return move(Math.max(1, pageRows - 1) * (count ?? 1));
		case 'page-up':
			return move(-Math.max(1, pageRows - 1) * (count ?? 1));
		case 'half-down':
			return move(half);
		case 'half-up':
			return move(-half);
		case 'top':
			return count === null ? at(state, env, {index: 0, row: 0}) : toTurn(state, env, count - 1);
		case 'bottom':
			return count === null
				? at(state, env, layout.lastTop(pageRows))
				: toTurn(state, env, count - 1);
		case 'next-turn':
			return here.index + 1 < layout.count
				? toTurn(state, env, layout.order[here.index + 1]!)
				: at(state, env, here);
		case 'prev-turn':
			return at(state, env, {
				index: here.row > 0 ? here.index : Math.max(0, here.index - 1),
				row: 0,
			});
		case 'next-same':
		case 'prev-same':
			return sameSpeaker(state, env, here, commandOf(keymap.read, input, key) === 'next-same');
		case 'goto':
			return {state: {...state, count: '', mode: {kind: 'goto', text: state.count}}};
		case 'find':
			return {state: {...state, count: '', mode: {kind: 'find', text: ''}}};
		case 'find-next':
		case 'find-prev':
			return jumpMatch(state, env, name === 'n');
		case 'speaker':
			if (state.filter !== null)
				return {state: {...state, count: '', filter: null, message: 'showing every speaker'}};
			return {state: {...state, count: '', mode: {kind: 'speakers', selected: 0}}};
		case 'outline':
			return {state: {...state, count: '', mode: {kind: 'outline', selected: 0}}};
		case 'bookmark':
			return {state: {...state, count: '', mode: {kind: 'note', text: ''}}};
		case 'bookmarks':
			if (env.bookmarks.length === 0)
				return {state: {...state, count: '', message: 'no bookmarks yet: m adds one'}};
			return {state: {...state, count: '', mode: {kind: 'bookmarks', selected: 0}}};
		default:
			if (name === 'escape') {
				if (state.count !== '') return {state: {...state, count: ''}};
				return {state: {...state, query: '', matches: [], current: -1, marks: []}};
			}
			return {state: state.count === '' ? state : {...state, count: ''}};
	}
}

function sameSpeaker(
	state: ReaderState,
	env: ReaderEnv,
	here: Cursor,
	forward: boolean,
): ReaderResult {
	const {layout, transcript} = env;
	const speaker = transcript.remarks[layout.order[here.index]!]!.speaker;
	const step = forward ? 1 : -1;
	for (let i = here.index + step; i >= 0 && i < layout.count; i += step) {
		if (transcript.remarks[layout.order[i]!]!.speaker === speaker)
			return toTurn(state, env, layout.order[i]!);
	}
	return {
		state: {
			...state,
			count: '',
			message: forward ? 'no later turn by this speaker' : 'no earlier turn by this speaker',
		},
	};
}

function jumpMatch(state: ReaderState, env: ReaderEnv, forward: boolean): ReaderResult {
	if (state.matches.length === 0) {
		return {
			state: {
				...state,
				count: '',
				message: state.query ? `not found: ${state.query}` : 'no search: / finds',
			},
		};
	}
	const current = state.matches[state.current];
	const from = current ? {turn: current.turn, offset: current.start} : state.top;
	const i = nextMatch(
		state.matches,
		from,
		forward,
		(t) => env.layout.shows(t),
		current !== undefined,
	);
	if (i === -1) return {state: {...state, count: '', message: `not found: ${state.query}`}};
	const m = state.matches[i]!;
	const moved = toPosition(state, env, {turn: m.turn, offset: m.start}).state;
	return {state: {...moved, current: i, message: `match ${i + 1}/${state.matches.length}`}};
}

function promptKey(
	state: ReaderState,
	kind: 'find' | 'goto' | 'note',
	text: string,
	input: string,
	key: KeyFlags,
	env: ReaderEnv,
): ReaderResult {
	const normal: ReaderMode = {kind: 'normal'};
	if (key.escape) return {state: {...state, mode: normal}};
	if (key.backspace || key.delete) {
		if (text === '') return {state: {...state, mode: normal}};
		return {state: {...state, mode: {kind, text: text.slice(0, -1)}}};
	}
	if (key.return) {
		const done = {...state, mode: normal};
		if (kind === 'goto') {
			const n = Number.parseInt(text, 10);
			if (!Number.isFinite(n)) return {state: done};
			return toTurn(done, env, n - 1);
		}
		if (kind === 'find') {
			const query = text.trim();
			if (query === '') return {state: {...done, query: '', matches: [], current: -1}};
			const matches = findMatches(env.transcript, query);
			return jumpMatch({...done, query, matches, current: -1}, env, true);
		}
		const bookmark: Bookmark = {...cursorPosition(state, env), note: text.trim(), created: env.now};
		return {
			state: {...done, message: `bookmark saved at turn ${bookmark.turn + 1}`},
			effect: {type: 'add-bookmark', bookmark},
		};
	}
	if (key.ctrl || key.upArrow || key.downArrow || key.tab || input === '') return {state};
	if (kind === 'goto' && !/^[0-9]+$/.test(input)) return {state};
	return {state: {...state, mode: {kind, text: text + input}}};
}

function cursorPosition(state: ReaderState, env: ReaderEnv): Position {
	return env.layout.positionOf(cursorOf(state, env));
}

/** Items in a list mode. */
export function listLength(
	kind: 'speakers' | 'outline' | 'bookmarks',
	env: Pick<ReaderEnv, 'speakers' | 'bookmarks'>,
): number {
	return kind === 'bookmarks' ? env.bookmarks.length : env.speakers.turns.size;
}

function listKey(
	state: ReaderState,
	kind: 'speakers' | 'outline' | 'bookmarks',
	selected: number,
	input: string,
	key: KeyFlags,
	env: ReaderEnv,
): ReaderResult {
	const n = listLength(kind, env);
	const normal: ReaderMode = {kind: 'normal'};
	const select = (i: number) => ({
		state: {...state, mode: {kind, selected: Math.max(0, Math.min(n - 1, i))}},
	});
	const name = keyName(input, key);
	const page = Math.max(1, env.pageRows - 2);
	switch (name) {
		case 'escape':
		case 'q':
			return {state: {...state, mode: normal}};
		case 'up':
		case 'k':
		case 'ctrl+p':
			return select(selected - 1);
		case 'down':
		case 'j':
		case 'ctrl+n':
			return select(selected + 1);
		case 'pageup':
			return select(selected - page);
		case 'pagedown':
		case 'space':
			return select(selected + page);
		case 'home':
		case 'g':
			return select(0);
		case 'end':
		case 'G':
			return select(n - 1);
		case 'x':
			if (kind !== 'bookmarks' || n === 0) return {state};
			return {
				state:
					n === 1
						? {...state, mode: normal, message: 'bookmark deleted'}
						: {...select(Math.min(selected, n - 2)).state, message: 'bookmark deleted'},
				effect: {type: 'remove-bookmark', index: selected},
			};
		case 'return': {
			const done = {...state, mode: normal};
			if (kind === 'bookmarks') {
				const b = env.bookmarks[selected];
				return b ? toPosition(done, env, b) : {state: done};
			}
			const id = speakerIds(env.speakers)[selected];
			if (id === undefined) return {state: done};
			const turns = env.speakers.turns.get(id)!;
			if (kind === 'outline') {
				return env.layout.shows(turns[0]!)
					? toTurn(done, env, turns[0]!)
					: {state: {...done, filter: null, top: {turn: turns[0]!, offset: 0}}};
			}
			const top = state.top.turn;
			const first = turns.find((t) => t >= top) ?? turns[turns.length - 1]!;
			const who = env.speakers.byId.get(id)?.name ?? id;
			return {
				state: {
					...done,
					filter: id,
					top: {turn: first, offset: first === top ? state.top.offset : 0},
					message: `only ${who} (s: show all)`,
				},
			};
		}
		default:
			return {state};
	}
}
