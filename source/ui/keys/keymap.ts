/**
 * The one keymap table: every command id, its keys and its description. The footer hints and
 * the help overlay are generated from it, and input handlers match keys through `matches`.
 * Each view owns one section; edit only your view's section.
 */

/** A view of the app. */
export type ViewId = 'library' | 'read' | 'search' | 'quiz' | 'stats';

/**
 * One binding. `keys` are names as typed: a single character ("j", "G", "?"), or one of
 * "up" "down" "left" "right" "pageup" "pagedown" "home" "end" "return" "escape" "tab"
 * "backspace" "space", or "ctrl+x".
 */
export interface Binding {
	id: string;
	keys: string[];
	description: string;
	/** Shown in the footer (keep the footer short: the most useful few). */
	hint?: boolean;
}

export const globalKeys: Binding[] = [
	{id: 'help', keys: ['?'], description: 'help: every key of this view', hint: true},
	{id: 'quit', keys: ['q', 'ctrl+c'], description: 'quit (progress is saved)', hint: true},
	{id: 'back', keys: ['escape'], description: 'close overlay / back'},
];

export const keymap: Record<ViewId, Binding[]> = {
	// ── library (owned by the Read/Library view) ──
	library: [],
	// ── read ──
	read: [],
	// ── search ──
	search: [],
	// ── quiz ──
	quiz: [],
	// ── stats ──
	stats: [],
};
