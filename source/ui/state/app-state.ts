/**
 * The app shell's state: which view is showing, the help overlay, what the Read view shows and
 * which view opened it (so Esc/q there goes back), and the Library's selection.
 */
import {closedHelp, type HelpAction, type HelpState, helpReducer} from '../help/state.js';
import type {ViewId} from '../keys/keymap.js';

/** A range of a remark's text (paragraphs joined by "\n\n") to highlight. */
export interface Highlight {
	turn: number;
	start: number;
	end: number;
}

/** What to open in the Read view. */
export interface ReadRequest {
	/** LoadedTranscript.key. */
	key: string;
	/** Remark index (0-based) to show at the top; default: where the reader last was. */
	turn?: number;
	/** Character offset into that remark's text. */
	offset?: number;
	/** Highlight these ranges (a search hit). */
	highlights?: Highlight[];
	/** Find this text in the transcript (matches highlighted, n/N move between them). */
	query?: string;
	/** The view that Esc/q in Read returns to; null: q quits. */
	returnTo?: ViewId | null;
	/** A move through the place history (Ctrl-O, `''`): records no place of its own. */
	history?: boolean;
}

/**
 * The Read view's current request; `serial` changes on every open so the reader restarts.
 * `resume`: what Read showed before another view opened this (a Search hit, the Quiz's context),
 * at the place it was left — going back to that view restores it, so Read is where you were.
 */
export type ReadTarget = ReadRequest & {serial: number; resume?: ReadTarget | null};

export interface AppState {
	view: ViewId;
	/** The help overlay (help/state.ts). */
	help: HelpState;
	read: ReadTarget | null;
	/** The key of the transcript selected in the Library. */
	selected: string | null;
	/** A one-line note shown in the footer until the next key (skipped files, store warnings). */
	notice: string | null;
	/** The view shown before the current one (Search's Esc on an empty line goes back there). */
	previous?: ViewId;
}

export type AppAction =
	| {type: 'switch'; view: ViewId}
	| {type: 'open-read'; request: ReadRequest; from?: {turn: number; offset: number} | null}
	| {type: 'read-settled'}
	| {type: 'back'}
	| {type: 'help'; action: HelpAction}
	| {type: 'select'; key: string}
	| {type: 'notice'; text: string | null};

/**
 * The first state: Read when one transcript is loaded, else the Library with the cursor on the
 * transcript read last (`lastOpened`: when each was last opened, null if never).
 */
export function initialAppState(
	keys: string[],
	notice: string | null = null,
	lastOpened: (key: string) => number | null = () => null,
): AppState {
	const single = keys.length === 1;
	let selected = keys[0] ?? null;
	let latest = 0;
	for (const key of keys) {
		const at = lastOpened(key) ?? 0;
		if (at > latest) {
			latest = at;
			selected = key;
		}
	}
	return {
		view: single ? 'read' : 'library',
		help: closedHelp,
		read: single ? {key: keys[0]!, returnTo: null, serial: 1} : null,
		selected,
		notice,
	};
}

export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'switch': {
			if (action.view === state.view) return state;
			if (action.view === 'read' && state.read === null) {
				if (state.selected === null) return state;
				return {
					...state,
					view: 'read',
					previous: state.view,
					help: closedHelp,
					read: {key: state.selected, returnTo: 'library', serial: 1},
				};
			}
			return {...state, view: action.view, previous: state.view, help: closedHelp};
		}
		case 'open-read': {
			const serial = (state.read?.serial ?? 0) + 1;
			const returnTo = action.request.returnTo === undefined ? state.view : action.request.returnTo;
			const old = state.read;
			// Opened from another view: remember the reading it covers, at the place it was left.
			const resume =
				state.view !== 'read' && old && action.from
					? {...old, ...action.from, resume: null}
					: (old?.resume ?? null);
			return {
				...state,
				view: 'read',
				previous: state.view,
				help: closedHelp,
				selected: action.request.key,
				read: {...action.request, returnTo: returnTo === 'read' ? null : returnTo, serial, resume},
			};
		}
		case 'read-settled': {
			// The reader has started at the requested place: from now on it resumes where it is.
			const read = state.read;
			if (!read || (read.turn === undefined && read.offset === undefined)) return state;
			return {...state, read: {...read, turn: undefined, offset: undefined}};
		}
		case 'back': {
			const to = state.view === 'read' ? state.read?.returnTo : null;
			if (!to) return state;
			const resume = state.read?.resume;
			const read = resume ? {...resume, serial: (state.read?.serial ?? 0) + 1} : state.read;
			return {...state, view: to, help: closedHelp, read, selected: read?.key ?? state.selected};
		}
		case 'help': {
			const help = helpReducer(state.help, action.action);
			return help === state.help ? state : {...state, help};
		}
		case 'select':
			return state.selected === action.key ? state : {...state, selected: action.key};
		case 'notice':
			return state.notice === action.text ? state : {...state, notice: action.text};
		default:
			return state;
	}
}
