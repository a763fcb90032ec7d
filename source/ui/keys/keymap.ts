/**
 * The one keymap table: every command id, its keys and its description. The footer hints and
 * the help overlay are generated from it, and input handlers match keys through `matches`.
 * Each view owns one section; edit only your view's section.
 */

/** A view of the app. */
export type ViewId = 'library' | 'read' | 'search' | 'quiz' | 'stats';

/** The characters of a string, as a union ('ab' → 'a' | 'b'). */
type Chars<S extends string> = S extends `${infer C}${infer Rest}` ? C | Chars<Rest> : never;
type Letter = Chars<'abcdefghijklmnopqrstuvwxyz'>;
type Digit = Chars<'0123456789'>;
type Punctuation = Chars<'?/:;[]{}\'"`~!@#$%^&*()-_=+<>,.|\\'>;
/** The keys that have names ("pagedown"), as `keyName` reports them. */
// biome-ignore format: a list of names, kept short
const namedKeys = [
	'up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end',
	'return', 'escape', 'tab', 'shift+tab', 'backspace', 'space',
] as const;

/**
 * A key as bindings spell it: a single character ("j", "G", "?"), a named key ("pagedown",
 * "escape", "space") or "ctrl+x". Checked by the compiler here, and by `checkKeymap` in
 * test/ui/keymap.test.ts.
 */
export type KeyName =
	| (typeof namedKeys)[number]
	| Digit
	| Letter
	| Uppercase<Letter>
	| Punctuation
	| `ctrl+${Letter}`
	| `alt+${Digit}`;

/** One binding of the table. */
export interface Binding {
	readonly id: string;
	readonly keys: readonly KeyName[];
	readonly description: string;
	/**
	 * Shown in the footer (keep the footer short: the most useful few); a string is the short
	 * label shown there instead of the description's first words.
	 */
	readonly hint?: boolean | string;
}

const globalTable = [
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
] as const satisfies readonly Binding[];

const viewTable = {
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
		{
			id: 'delete',
			keys: ['backspace'],
			description: 'delete the last letter of the filter (empty: stop filtering)',
		},
		{id: 'kill-line', keys: ['ctrl+u'], description: 'clear the filter as you type it'},
		{id: 'sort', keys: ['>'], description: 'sort: file order, newest first, by title, last read'},
		{id: 'delete-word', keys: ['ctrl+w'], description: 'delete the last word of the filter'},
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
		{id: 'clear', keys: ['escape'], description: 'drop a count, then the find highlights'},
		{
			id: 'place-forward',
			keys: ['ctrl+i', 'tab'],
			description: 'forward again after Ctrl+O (Tab, when there is a place ahead)',
		},
	],
	// ── search ──
	search: [
		{id: 'down', keys: ['down', 'ctrl+n'], description: 'next hit', hint: 'move'},
		{id: 'up', keys: ['up', 'ctrl+p'], description: 'previous hit'},
		{
			id: 'recall-older',
			keys: ['up'],
			description: 'on an empty line or while recalling: an earlier query',
		},
		{
			id: 'recall-newer',
			keys: ['down'],
			description: 'while recalling: a later query, at the end the line typed',
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
		{id: 'cursor-left', keys: ['left'], description: 'cursor left in the query'},
		{id: 'cursor-right', keys: ['right'], description: 'cursor right in the query'},
		{id: 'delete', keys: ['backspace'], description: 'delete the character before the cursor'},
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
		{id: 'option-up', keys: ['up'], description: 'highlight the option above'},
		{id: 'option-down', keys: ['down'], description: 'highlight the option below'},
		{
			id: 'pick',
			keys: ['return'],
			description: 'answer with the highlighted option (↑ ↓ move)',
			hint: 'pick',
		},
		{
			id: 'grade',
			keys: ['1', '2', '3', '4'],
			description: 'after an answer: grade it Again / Hard / Good / Easy (as Anki) and go on',
			hint: 'grade',
		},
		{
			id: 'next',
			keys: ['return', 'space'],
			description: 'after an answer: the suggested grade, and go on',
			hint: 'next',
		},
		{
			id: 'guessed',
			keys: ['g'],
			description: 'after an answer: "I guessed" (Hard when right) and go on',
			hint: 'guessed',
		},
		{
			id: 'context',
			keys: ['c'],
			description: 'after an answer: read the quote in context (Esc/q comes back)',
			hint: 'context',
		},
		{id: 'suspend', keys: ['@'], description: 'suspend this card (never asked again)'},
		{id: 'bury', keys: ['-'], description: 'bury this card until tomorrow'},
		{id: 'undo', keys: ['u'], description: 'undo the last answer or grade', hint: 'undo'},
		{
			id: 'review',
			keys: ['r'],
			description: 'summary: review the missed quotes again',
			hint: 'review missed',
		},
		{id: 'new', keys: ['n'], description: 'summary: a new session', hint: 'new session'},
		{
			id: 'cards',
			keys: ['l'],
			description: 'your cards: a list to suspend or bury them',
			hint: 'cards',
		},
		{id: 'list-down', keys: ['j', 'down'], description: 'card list: next card', hint: 'move'},
		{id: 'list-up', keys: ['k', 'up'], description: 'card list: previous card'},
		{id: 'list-page-down', keys: ['space', 'pagedown'], description: 'card list: page down'},
		{id: 'list-page-up', keys: ['b', 'pageup'], description: 'card list: page up'},
		{
			id: 'list-suspend',
			keys: ['s'],
			description: 'card list: suspend / unsuspend the card',
			hint: 'suspend',
		},
		{
			id: 'list-bury',
			keys: ['-'],
			description: 'card list: bury until tomorrow / unbury',
			hint: 'bury',
		},
		{id: 'list-close', keys: ['escape', 'l'], description: 'card list: close', hint: 'close'},
	],
	// ── stats ──
	stats: [
		{id: 'down', keys: ['j', 'down'], description: 'scroll down (small windows)', hint: 'scroll'},
		{id: 'up', keys: ['k', 'up'], description: 'scroll up'},
		{id: 'page-down', keys: ['space', 'pagedown'], description: 'page down'},
		{id: 'page-up', keys: ['b', 'pageup'], description: 'page up'},
		{id: 'cards', keys: ['l'], description: 'your quiz cards (suspend, bury)', hint: 'cards'},
	],
} as const satisfies Record<ViewId, readonly Binding[]>;

/** The overlays' keys (help), each a section like a view's. */
const overlayTable = {
	prompt: [
		{id: 'confirm', keys: ['return'], description: 'go to the turn, find, or save the note'},
		{id: 'cancel', keys: ['escape'], description: 'close the prompt'},
		{id: 'delete', keys: ['backspace'], description: 'delete the last letter (empty: close)'},
	],
	list: [
		{id: 'close', keys: ['escape', 'q'], description: 'close the list'},
		{id: 'up', keys: ['up', 'k', 'ctrl+p'], description: 'previous item'},
		{id: 'down', keys: ['down', 'j', 'ctrl+n'], description: 'next item'},
		{id: 'page-up', keys: ['pageup'], description: 'a page up'},
		{id: 'page-down', keys: ['pagedown', 'space'], description: 'a page down'},
		{id: 'first', keys: ['home', 'g'], description: 'first item'},
		{id: 'last', keys: ['end', 'G'], description: 'last item'},
		{id: 'open', keys: ['return'], description: 'go there (a speaker: show only them)'},
		{id: 'delete', keys: ['x'], description: 'bookmarks: delete the bookmark'},
		{id: 'swap', keys: ["'"], description: "bookmarks: '' goes back to where you were"},
	],
	help: [
		{id: 'down', keys: ['down', 'j'], description: 'scroll down', hint: 'scroll'},
		{id: 'up', keys: ['up', 'k'], description: 'scroll up'},
		{id: 'page-down', keys: ['pagedown', 'space', 'f'], description: 'page down', hint: 'page'},
		{id: 'page-up', keys: ['pageup', 'b'], description: 'page up'},
		{id: 'close', keys: ['escape', '?', 'q'], description: 'close the help', hint: 'close'},
	],
} as const satisfies Record<string, readonly Binding[]>;

/** A section of the table as consumers see it: bindings whose ids are the section's union. */
export type Section<Id extends string> = readonly (Binding & {readonly id: Id})[];

/** The commands of a view ("down" | "open" | …), derived from the table. */
export type Command<V extends ViewId> = (typeof viewTable)[V][number]['id'];
/** An overlay with keys of its own. */
export type OverlayId = keyof typeof overlayTable;
/** The commands of an overlay. */
export type OverlayCommand<O extends OverlayId> = (typeof overlayTable)[O][number]['id'];
/** The app's global commands ("help" | "quit" | "view:read" | …). */
export type GlobalCommand = (typeof globalTable)[number]['id'];
/** A command of some section of bindings. */
export type CommandOf<B extends readonly Binding[]> = B[number]['id'];

/** The global keys: help, quit, back, Tab and the view digits. */
export const globalKeys: Section<GlobalCommand> = globalTable;
/** Each view's bindings. */
export const keymap: {readonly [V in ViewId]: Section<Command<V>>} = viewTable;
/** Each overlay's bindings. */
export const overlayKeys: {readonly [O in OverlayId]: Section<OverlayCommand<O>>} = overlayTable;

/** True when `name` is a key name bindings may use (see `KeyName`). */
export function isKeyName(name: string): name is KeyName {
	if ((namedKeys as readonly string[]).includes(name)) return true;
	if (/^ctrl\+[a-z]$/.test(name) || /^alt\+[0-9]$/.test(name)) return true;
	return [...name].length === 1 && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(name);
}

/**
 * Checks a table of sections: every key name known, every id unique in its section. Throws a
 * message naming the binding. test/ui/keymap.test.ts runs it on the app's own tables (not each
 * start: its Unicode-property expression costs a few ms to build).
 */
export function checkKeymap(sections: Record<string, readonly Binding[]>): void {
	for (const [section, bindings] of Object.entries(sections)) {
		const ids = new Set<string>();
		for (const b of bindings) {
			if (ids.has(b.id)) throw new Error(`keymap: ${section}: the id "${b.id}" is used twice`);
			ids.add(b.id);
			if (b.keys.length === 0) throw new Error(`keymap: ${section}.${b.id} has no keys`);
			for (const k of b.keys as readonly string[])
				if (!isKeyName(k)) throw new Error(`keymap: ${section}.${b.id}: unknown key "${k}"`);
		}
	}
}

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

/**
 * Keys typed fast or pasted can arrive as one chunk ("42g", "/russia\r"): the key presses of a
 * chunk, one per character as Ink would have reported it alone (a chunk with an escape sequence,
 * or a Ctrl/Meta key, is one press).
 */
export function splitChunk(input: string, key: KeyFlags & {meta?: boolean}): [string, KeyFlags][] {
	if (input.length <= 1 || key.ctrl || key.meta || input.includes('\u001B')) return [[input, key]];
	return [...input].map(splitKey);
}

/** One character of a chunk as Ink would have reported it alone. */
function splitKey(ch: string): [string, KeyFlags] {
	if (ch === '\r' || ch === '\n') return ['', {return: true}];
	if (ch === '\t') return ['', {tab: true}];
	if (ch === '\u007F' || ch === '\b') return ['', {backspace: true}];
	const code = ch.charCodeAt(0);
	if (code < 32) return [String.fromCharCode(code + 96), {ctrl: true}];
	return [ch, {shift: ch !== ch.toLowerCase()}];
}

/** The id of the binding a key press triggers in `bindings`, if any. */
export function commandOf<const B extends readonly Binding[]>(
	bindings: B,
	input: string,
	key: KeyFlags,
): CommandOf<B> | undefined {
	const name = keyName(input, key);
	return bindings.find((b) => (b.keys as readonly string[]).includes(name))?.id;
}

/** True when the key press is one of the binding `id`'s keys. */
export function matches<const B extends readonly Binding[]>(
	bindings: B,
	id: CommandOf<B>,
	input: string,
	key: KeyFlags,
): boolean {
	const name = keyName(input, key);
	return bindings.some((b) => b.id === id && (b.keys as readonly string[]).includes(name));
}

/** The key that quits from anywhere, whatever the focused view claims (one of quit's keys). */
export const INTERRUPT: KeyName = 'ctrl+c';

/** The digit a key press types when it is a plain digit (a count in Read), else null. */
export function countDigit(input: string, key: KeyFlags): string | null {
	const name = keyName(input, key);
	return /^[0-9]$/.test(name) ? name : null;
}

/** True for the interrupt key (Ctrl+C). */
export function isInterrupt(input: string, key: KeyFlags): boolean {
	return keyName(input, key) === INTERRUPT;
}

/** True for a key the global table binds (so a view that types text must not take it). */
export function isGlobalKey(input: string, key: KeyFlags): boolean {
	return commandOf(globalKeys, input, key) !== undefined;
}

/**
 * The text a key press types into a line, or '' for a key that types nothing (arrows, Enter,
 * Esc, Tab, Backspace, Ctrl+x). A paste arrives as one string; control characters are dropped.
 */
export function typedText(input: string, key: KeyFlags): string {
	const name = keyName(input, key);
	if (name !== input && name !== 'space') return '';
	return input.replace(/\p{Cc}/gu, '');
}

const keyLabels: Record<string, string | undefined> = {
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
