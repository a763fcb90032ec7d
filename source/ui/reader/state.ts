/**
 * The Read view's state, and the moves that key handlers (keys.ts) build on: to a row, a turn,
 * a position, a find match. Positions are turn + text offset; rows exist only within a layout.
 */
import type {Bookmark, Position, Transcript} from '../../core/model.js';
import {commandOf, countDigit, isInterrupt, type KeyFlags, keymap} from '../keys/keymap.js';
import {findMatches, type Match, nextMatch} from './find.js';
import type {Cursor, ReaderLayout} from './layout.js';
import type {OutlineItem, SpeakerInfo} from './speakers.js';

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
	/** Show the page chrome at the start (hidden by default). */
	chrome: boolean;
}

/** What the key function needs besides the state. */
export interface ReaderEnv {
	transcript: Transcript;
	layout: ReaderLayout;
	speakers: SpeakerInfo;
	/** The outline's rows (computed when first needed). */
	outline(): OutlineItem[];
	bookmarks: Bookmark[];
	/** Rows of text on one page. */
	pageRows: number;
	now: number;
}

type ReaderEffect =
	| {type: 'add-bookmark'; bookmark: Bookmark}
	| {type: 'remove-bookmark'; index: number}
	/** A jump left `from`: the view records it in the place history. */
	| {type: 'jump'; from: Position}
	/** Ctrl-O, Ctrl-I/Tab or `''` at `here`: the view asks the place history where to go. */
	| {type: 'history'; move: 'back' | 'forward' | 'swap'; here: Position}
	/** `y`: copy this remark as a quote. */
	| {type: 'copy'; turn: number}
	/** `h`: the help overlay. */
	| {type: 'help'};

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
		chrome: false,
	};
}

/**
 * True when the reader wants this key for itself, so the app's global keys must ignore it.
 * `opener`: set when Read was opened by another view (Search, Quiz) with its own find query, so
 * that Esc goes straight back to that view instead of first clearing the highlights it asked for;
 * a find the user typed here is still cleared by the first Esc.
 */
export function readerClaims(
	state: ReaderState,
	input: string,
	key: KeyFlags,
	opener: {query?: string | undefined} | null = null,
): boolean {
	if (isInterrupt(input, key)) return false;
	if (state.mode.kind !== 'normal') return true;
	if (countDigit(input, key) !== null) return true;
	if (commandOf(keymap.read, input, key) === 'clear') {
		if (state.count !== '') return true;
		if (opener) return state.query !== '' && state.query !== (opener.query ?? '');
		return state.query !== '' || state.marks.length > 0;
	}
	return false;
}

/** Speakers in order of first appearance (narration excluded), as the lists show them. */
export function speakerIds(speakers: SpeakerInfo): string[] {
	return [...speakers.turns.keys()];
}

/** The top row of the page in the current layout. */
export function topCursor(state: ReaderState, layout: ReaderLayout, pageRows: number): Cursor {
	const cursor = state.at?.layout === layout ? state.at.cursor : layout.cursorOf(state.top);
	return layout.clampTop(cursor, pageRows);
}

/** The top row in the current layout (for key handlers). */
export function cursorOf(state: ReaderState, env: ReaderEnv): Cursor {
	return topCursor(state, env.layout, env.pageRows);
}

export function at(state: ReaderState, env: ReaderEnv, cursor: Cursor): ReaderResult {
	return {
		state: {
			...state,
			count: '',
			top: env.layout.positionOf(cursor),
			at: {layout: env.layout, cursor},
		},
	};
}

/**
 * Moves the top to a remark (0-based), or the first shown one after it: the row where its text
 * begins (a cue inside a joined run of cues begins on a row of its own block).
 */
export function toTurn(state: ReaderState, env: ReaderEnv, turn: number): ReaderResult {
	const clamped = Math.max(0, Math.min(turn, env.transcript.remarks.length - 1));
	return toPosition(state, env, {turn: clamped, offset: 0});
}

export function toPosition(state: ReaderState, env: ReaderEnv, position: Position): ReaderResult {
	return at(state, env, env.layout.clampTop(env.layout.cursorOf(position), env.pageRows));
}

export function jumpMatch(state: ReaderState, env: ReaderEnv, forward: boolean): ReaderResult {
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
	const what = m.close ? 'close match' : 'match';
	return {state: {...moved, current: i, message: `${what} ${i + 1}/${state.matches.length}`}};
}

export function cursorPosition(state: ReaderState, env: ReaderEnv): Position {
	return env.layout.positionOf(cursorOf(state, env));
}
