/**
 * The contexts every view reads: the app shell (state, actions, loaded library) and the Store.
 */

import type {Key} from 'ink';
import {createContext, useContext} from 'react';
import type {Library, LoadedTranscript} from '../../core/library.js';
import type {Store} from '../../core/model.js';
import type {TranscriptTexts} from '../../core/texts.js';
import type {HelpAction} from '../help/state.js';
import type {KeyFlags, ViewId} from '../keys/keymap.js';
import type {PlaceHistory} from '../reader/places.js';
import type {AppState, ReadRequest} from './app-state.js';

/**
 * A predicate by which the focused view claims a key press for itself (text prompts, count
 * digits), so that the global keys (q, ?, Tab, 1–4, Esc) leave it alone.
 */
export type KeyClaim = (input: string, key: KeyFlags) => boolean;

/** What the shell offers views. */
export interface Shell {
	state: AppState;
	library: Library;
	/** Transcripts by key (outlines, when the library is held without its text: see `texts`). */
	byKey: Map<string, LoadedTranscript>;
	/** The text of transcripts, read when a view shows it (hooks/use-whole.ts). */
	texts: TranscriptTexts;
	/** Views registered in the router, in Tab order. */
	views: ViewId[];
	/** Opens the Read view at a place; Esc/q there returns to `returnTo` (default: this view). */
	openRead(request: ReadRequest): void;
	/** Switches to a registered view. */
	switchTo(view: ViewId): void;
	/** Goes back to the view that opened this one, if any; false when there is none. */
	back(): boolean;
	selectTranscript(key: string): void;
	/** Opens, closes or scrolls the help overlay. */
	help(action: HelpAction): void;
	/** Handles a global key (help, quit, back, Tab, 1–4, Ctrl+C); false when it is not one. */
	globalKey(input: string, key: KeyFlags): boolean;
	/** Places left by jumps in Read (Ctrl-O / Ctrl-I / ''), across transcripts. */
	places: PlaceHistory;
	/** Read has started at its requested place: reopening it later resumes where it was left. */
	readSettled(): void;
	/** Leaves the app (progress is flushed by the caller of render). */
	quit(): void;
	/** The clock (ms since the epoch). */
	now(): number;
}

/**
 * Which view's key handler has the keys, per app. A view that commits sets it (in a layout
 * effect); input listeners subscribe later (passive effects), so a key typed right after a
 * switch would reach the old view's listener: every listener hands its key to this handler.
 */
export interface Focus {
	handler: ((input: string, key: Key) => void) | null;
}

export const ShellContext = createContext<Shell | null>(null);
export const FocusContext = createContext<Focus | null>(null);
export const StoreContext = createContext<Store | null>(null);

export function useShell(): Shell {
	const shell = useContext(ShellContext);
	if (!shell) throw new Error('useShell outside <App>');
	return shell;
}

export function useStore(): Store {
	const store = useContext(StoreContext);
	if (!store) throw new Error('useStore outside <App>');
	return store;
}
