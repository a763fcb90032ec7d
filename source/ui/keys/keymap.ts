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
	/**
	 * Shown in the footer (keep the footer short: the most useful few); a string is the short
	 * label shown there instead of the description's first words.
	 */
	hint?: boolean | string;
}

export const globalKeys: Binding[] = [
	{id: 'help', keys: ['?'], description: 'help: every key of this view', hint: true},
	{id: 'quit', keys: ['q', 'ctrl+c'], description: 'quit (progress is saved)', hint: true},
	{id: 'back', keys: ['escape'], description: 'close overlay / back'},
	{id: 'next-view', keys: ['tab'], description: 'next view'},
	{id: 'prev-view', keys: ['shift+tab'], description: 'previous view'},
	// Alt+digit switches at once from every view; a bare digit only where digits mean nothing
	// else (Library, Stats): in Read they are counts (42g), in Search text, in Quiz answers.
	{id: 'view:read', keys: ['alt+1', '1'], description: 'Read view (1 alone: Library, Stats)'},
	{id: 'view:search', keys: ['alt+2', '2'], description: 'Search view'},
	{id: 'view:quiz', keys: ['alt+3', '3'], description: 'Quiz view'},
	{id: 'view:stats', keys: ['alt+4', '4'], description: 'Stats view'},
];

export const keymap: Record<ViewId, Binding[]> = {
	// ── library (owned by the Read/Library view) ──
	library: [
		{id: 'down', keys: ['down', 'ctrl+n'], description: 'next transcript'},
		{id: 'up', keys: ['up', 'ctrl+p'], description: 'previous transcript'},
		{id: 'page-down', keys: ['pagedown'], description: 'page down'},
		{id: 'page-up', keys: ['pageup'], description: 'page up'},
		{id: 'first', keys: ['home'], description: 'first transcript'},
		{id: 'last', keys: ['end'], description: 'last transcript'},
		{id: 'open', keys: ['return'], description: 'read the selected transcript', hint: 'read'},
		{id: 'filter', keys: ['/'], description: 'filter (or just type a word)', hint: 'filter'},
		{id: 'clear', keys: ['escape'], description: 'clear the filter'},
	],
	// ── read ──
	read: [
		{
			id: 'down',
			keys: ['j', 'down', 'e', 'ctrl+e', 'ctrl+n'],
			description: 'line down (5j: five lines)',
		},
		{id: 'up', keys: ['k', 'up', 'ctrl+y', 'ctrl+p'], description: 'line up'},
		{
			id: 'page-down',
			keys: ['space', 'f', 'pagedown', 'ctrl+f'],
			description: 'page down',
			hint: 'page',
		},
		{id: 'page-up', keys: ['b', 'pageup', 'ctrl+b'], description: 'page up'},
		{id: 'half-down', keys: ['d', 'ctrl+d'], description: 'half a page down'},
		{id: 'half-up', keys: ['u', 'ctrl+u'], description: 'half a page up'},
		{id: 'top', keys: ['g', 'home'], description: 'first turn (42g: turn 42)'},
		{id: 'bottom', keys: ['G', 'end'], description: 'last turn'},
		{
			id: 'percent',
			keys: ['%', 'p'],
			description: 'to a percentage of the text (50%: the middle; alone: the start)',
		},
		{id: 'help', keys: ['h'], description: 'help (as ?)'},
		{
			id: 'chrome',
			keys: ['c'],
			description: 'show/hide the page chrome (website menus) at the start',
		},
		{id: 'goto', keys: [':'], description: 'go to turn N (:42 Enter)', hint: 'turn'},
		{id: 'next-turn', keys: [']'], description: 'next turn'},
		{id: 'prev-turn', keys: ['['], description: 'previous turn'},
		{id: 'next-same', keys: ['}'], description: 'next turn by the same speaker'},
		{id: 'prev-same', keys: ['{'], description: 'previous turn by the same speaker'},
		{id: 'find', keys: ['/'], description: 'find in this transcript', hint: 'find'},
		{id: 'find-next', keys: ['n'], description: 'next match'},
		{id: 'find-prev', keys: ['N'], description: 'previous match'},
		{
			id: 'speaker',
			keys: ['s'],
			description: 'show one speaker only (s again: all)',
			hint: 'speaker',
		},
		{id: 'outline', keys: ['o'], description: 'outline: speakers and their turns', hint: 'outline'},
		{id: 'bookmark', keys: ['m'], description: 'bookmark this place (with a note)', hint: 'mark'},
		{
			id: 'bookmarks',
			keys: ["'"],
			description: "bookmarks: jump (x deletes); '' back to the last place",
			hint: 'marks',
		},
		{
			id: 'copy',
			keys: ['y'],
			description: 'copy this turn as a quote: “…” — Speaker, Title, date (turn N)',
			hint: 'copy',
		},
		{id: 'place-back', keys: ['ctrl+o'], description: 'back to the place before the last jump'},
		{
			id: 'place-forward',
			keys: ['ctrl+i', 'tab'],
			description: 'forward again after Ctrl+O (Tab, when there is a place ahead)',
		},
	],
	// ── search ──
	search: [
		{id: 'down', keys: ['down', 'ctrl+n'], description: 'next hit', hint: 'move'},
		{
			id: 'up',
			keys: ['up', 'ctrl+p'],
			description: 'previous hit (↑ on an empty line: earlier queries)',
		},
		{id: 'page-down', keys: ['pagedown'], description: 'a page of hits down'},
		{id: 'page-up', keys: ['pageup'], description: 'a page of hits up'},
		{id: 'first', keys: ['home'], description: 'first hit'},
		{id: 'last', keys: ['end'], description: 'last hit'},
		{
			id: 'open',
			keys: ['return'],
			description: 'read the hit in its transcript (Esc/q there comes back)',
			hint: 'read',
		},
		{
			id: 'preview',
			keys: ['tab'],
			description: 'show/hide the turns around the hit',
			hint: 'preview',
		},
		{
			id: 'history',
			keys: ['ctrl+r'],
			description: 'earlier queries (again: older)',
			hint: 'history',
		},
		{
			id: 'clear',
			keys: ['escape'],
			description: 'clear the query; on an empty line: leave Search',
			hint: 'clear',
		},
		{id: 'cursor', keys: ['left', 'right'], description: 'move the cursor in the query'},
		{id: 'line-start', keys: ['ctrl+a'], description: 'cursor to the start of the query'},
		{id: 'line-end', keys: ['ctrl+e'], description: 'cursor to the end of the query'},
		{id: 'kill-line', keys: ['ctrl+u'], description: 'clear the query'},
		{id: 'kill-word', keys: ['ctrl+w'], description: 'delete the word before the cursor'},
		{
			id: 'copy',
			keys: ['ctrl+y'],
			description: 'copy the hit as a quote: “…” — Speaker, Title, date (turn N)',
		},
	],
	// ── quiz ──
	quiz: [
		{
			id: 'answer',
			keys: ['1', '2', '3', '4'],
			description: 'answer with option 1–4',
			hint: 'answer',
		},
		{id: 'choose', keys: ['up', 'down'], description: 'move between the options', hint: 'choose'},
		{id: 'pick', keys: ['return'], description: 'answer with the highlighted option'},
		{
			id: 'next',
			keys: ['return', 'space'],
			description: 'after an answer: next question',
			hint: 'next',
		},
		{
			id: 'context',
			keys: ['c'],
			description: 'after an answer: read the quote in context (Esc/q comes back)',
			hint: 'context',
		},
		{id: 'undo', keys: ['u'], description: 'undo the last answer', hint: 'undo'},
		{
			id: 'review',
			keys: ['r'],
			description: 'summary: review the missed quotes again',
			hint: 'review missed',
		},
		{id: 'new', keys: ['n'], description: 'summary: a new session', hint: 'new session'},
	],
	// ── stats ──
	stats: [
		{id: 'down', keys: ['j', 'down'], description: 'scroll down (small windows)', hint: 'scroll'},
		{id: 'up', keys: ['k', 'up'], description: 'scroll up'},
		{id: 'page-down', keys: ['space', 'pagedown'], description: 'page down'},
		{id: 'page-up', keys: ['b', 'pageup'], description: 'page up'},
	],
};

/** The subset of Ink's `Key` that key names are made from (no Ink import in this table). */
export interface KeyFlags {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	tab?: boolean;
	shift?: boolean;
	ctrl?: boolean;
	backspace?: boolean;
	delete?: boolean;
	/** Alt (Option) held: the terminal sent Esc before the key. */
	meta?: boolean;
}

/** The name of a key press as bindings spell it ("j", "pagedown", "ctrl+c", "space"). */
export function keyName(input: string, key: KeyFlags): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.escape) return 'escape';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl) return `ctrl+${input}`;
	if (key.meta && input !== '') return `alt+${input}`;
	if (input === ' ') return 'space';
	return input;
}

/** The id of the binding a key press triggers in `bindings`, if any. */
export function commandOf(bindings: Binding[], input: string, key: KeyFlags): string | undefined {
	const name = keyName(input, key);
	return bindings.find((b) => b.keys.includes(name))?.id;
}

/** True when the key press is one of the binding `id`'s keys. */
export function matches(bindings: Binding[], id: string, input: string, key: KeyFlags): boolean {
	const name = keyName(input, key);
	return bindings.some((b) => b.id === id && b.keys.includes(name));
}

const keyLabels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift+tab': 'Shift+Tab',
	backspace: 'Backspace',
	space: 'Space',
};

/** How a key name is written for people ("PgDn", "Ctrl+C"). */
export function keyLabel(name: string): string {
	if (name.startsWith('ctrl+')) return `Ctrl+${name.slice(5).toUpperCase()}`;
	if (name.startsWith('alt+')) return `Alt+${name.slice(4)}`;
	return keyLabels[name] ?? name;
}
