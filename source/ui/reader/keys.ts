/**
 * What each key does in the Read view: reading keys, prompts (find, go to, bookmark note) and
 * lists (speakers, outline, bookmarks). Pure: (state, key, env) → next state and an effect.
 */

import type {Bookmark} from '../../core/model.js';
import {clusterBefore} from '../../core/wrap.js';
import {
	commandOf,
	countDigit,
	type KeyFlags,
	keymap,
	matches,
	overlayKeys,
	typedText,
} from '../keys/keymap.js';
import {runStart} from './cues.js';
import {findMatches} from './find.js';
import type {Cursor} from './layout.js';
import {positionAtPercent} from './progress.js';
import {
	at,
	cursorOf,
	cursorPosition,
	jumpMatch,
	type ReaderEnv,
	type ReaderMode,
	type ReaderResult,
	type ReaderState,
	speakerIds,
	toPosition,
	toTurn,
} from './state.js';

/** Applies one key press. A jump that moves the page also reports the place it left. */
export function readerKey(
	s: ReaderState,
	input: string,
	key: KeyFlags,
	env: ReaderEnv,
): ReaderResult {
	const state: ReaderState = s.message ? {...s, message: null} : s;
	const result = applyKey(state, input, key, env);
	if (result.effect || !isJump(s, input, key)) return result;
	const from = cursorPosition(s, env);
	const to = result.state.top;
	if (to.turn === from.turn && to.offset === from.offset) return result;
	return {...result, effect: {type: 'jump', from}};
}

/** Keys that jump (and so leave a place in the history): g G :N / n N, a bookmark, the outline. */
function isJump(state: ReaderState, input: string, key: KeyFlags): boolean {
	const {kind} = state.mode;
	if (kind === 'normal') {
		const command = commandOf(keymap.read, input, key);
		return ['top', 'bottom', 'percent', 'find-next', 'find-prev'].includes(command ?? '');
	}
	if (kind === 'goto' || kind === 'find') return matches(overlayKeys.prompt, 'confirm', input, key);
	if (kind === 'bookmarks' || kind === 'outline')
		return matches(overlayKeys.list, 'open', input, key);
	return false;
}

function applyKey(state: ReaderState, input: string, key: KeyFlags, env: ReaderEnv): ReaderResult {
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

/** A move through the place history from the current place. */
function history(
	state: ReaderState,
	env: ReaderEnv,
	move: 'back' | 'forward' | 'swap',
): ReaderResult {
	return {
		state: {...state, count: '', mode: {kind: 'normal'}},
		effect: {type: 'history', move, here: cursorPosition(state, env)},
	};
}

function normalKey(state: ReaderState, input: string, key: KeyFlags, env: ReaderEnv): ReaderResult {
	const digit = countDigit(input, key);
	if (digit !== null && !(digit === '0' && state.count === '')) {
		return {state: {...state, count: (state.count + digit).slice(0, 6)}};
	}
	const count = state.count === '' ? null : Number(state.count);
	const command = commandOf(keymap.read, input, key);
	if (count !== null && command !== 'clear' && !counted.has(command ?? '')) {
		// A count before a key that takes none (a digit meant as a view key, then a word): the
		// key is dropped rather than acted on, and the footer says how to switch views.
		return {state: {...state, count: '', message: countMessage(state.count)}};
	}
	const {layout, pageRows} = env;
	const here = cursorOf(state, env);
	const move = (rows: number) => at(state, env, layout.move(here, rows, pageRows));
	const half = Math.max(1, Math.floor(pageRows / 2));
	switch (command) {
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
				? at(state, env, layout.endTop(pageRows))
				: toTurn(state, env, count - 1);
		case 'percent':
			return toPosition(state, env, positionAtPercent(env.transcript, count ?? 0));
		case 'help':
			return {state: {...state, count: ''}, effect: {type: 'help'}};
		case 'chrome': {
			const chrome = !state.chrome;
			const message = chrome ? 'page chrome shown (c hides it)' : 'page chrome hidden (c shows it)';
			// The layout changes: keep the place by position, not by row (at the very top, the top).
			const top = chrome && here.index === 0 && here.row === 0 ? {turn: 0, offset: 0} : state.top;
			return {state: {...state, count: '', chrome, top, at: null, message}};
		}
		case 'next-turn':
			return here.index + 1 < layout.count
				? toTurn(state, env, layout.turnAt(here.index + 1))
				: at(state, env, here);
		case 'prev-turn':
			return at(state, env, {
				index: here.row > 0 ? here.index : Math.max(0, here.index - 1),
				row: 0,
			});
		case 'next-same':
		case 'prev-same':
			return sameSpeaker(state, env, here, command === 'next-same');
		case 'goto':
			return {state: {...state, count: '', mode: {kind: 'goto', text: state.count}}};
		case 'find':
			return {state: {...state, count: '', mode: {kind: 'find', text: ''}}};
		case 'find-next':
		case 'find-prev':
			return jumpMatch(state, env, command === 'find-next');
		case 'speaker':
			if (state.filter !== null)
				return {state: {...state, count: '', filter: null, message: 'showing every speaker'}};
			return {state: {...state, count: '', mode: {kind: 'speakers', selected: 0}}};
		case 'outline': {
			// Opens on the row of the turn at the top of the page.
			const turn = runStart(env.transcript, layout.positionOf(here).turn);
			const selected = Math.max(
				0,
				env.outline().findIndex((item) => item.turn === turn),
			);
			return {state: {...state, count: '', mode: {kind: 'outline', selected}}};
		}
		case 'bookmark':
			return {state: {...state, count: '', mode: {kind: 'note', text: ''}}};
		case 'bookmarks':
			// Opens even when empty: a second ' there goes back to the last place ('').
			return {state: {...state, count: '', mode: {kind: 'bookmarks', selected: 0}}};
		case 'copy': {
			// The turn the speaker line names: that of the first line of text on the page.
			const rows = layout.slice(here, 2);
			const row = rows.find((r) => r.line !== null) ?? rows[0];
			const turn = row
				? layout.positionIn(row.turn, row.line?.start ?? 0).turn
				: layout.turnAt(here.index);
			return {state: {...state, count: ''}, effect: {type: 'copy', turn}};
		}
		case 'place-back':
			return history(state, env, 'back');
		case 'place-forward':
			return history(state, env, 'forward');
		case 'clear':
			if (state.count !== '') return {state: {...state, count: ''}};
			return {state: {...state, query: '', matches: [], current: -1, marks: []}};
		default:
			return {state: state.count === '' ? state : {...state, count: ''}};
	}
}

/** Commands that take a count typed before them ("5j", "42g", "3 Space"). */
const counted = new Set(['down', 'up', 'page-down', 'page-up', 'top', 'bottom', 'goto', 'percent']);

/** What a dropped count says: digits are counts in Read; how to reach the views instead. */
function countMessage(count: string): string {
	const view = /^[1-4]$/.test(count) ? `Alt+${count}` : 'Alt+1–4';
	return `${count}: a count in Read (${count}g: turn ${count}, ${count}j: lines) · views: ${view} or Tab`;
}

function sameSpeaker(
	state: ReaderState,
	env: ReaderEnv,
	here: Cursor,
	forward: boolean,
): ReaderResult {
	const {layout, transcript} = env;
	const speaker = transcript.remarks[layout.turnAt(here.index)]!.speaker;
	const step = forward ? 1 : -1;
	for (let i = here.index + step; i >= 0 && i < layout.count; i += step) {
		if (transcript.remarks[layout.turnAt(i)]!.speaker === speaker)
			return toTurn(state, env, layout.turnAt(i));
	}
	return {
		state: {
			...state,
			count: '',
			message: forward ? 'no later turn by this speaker' : 'no earlier turn by this speaker',
		},
	};
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
	const command = commandOf(overlayKeys.prompt, input, key);
	if (command === 'cancel') return {state: {...state, mode: normal}};
	if (command === 'delete') {
		if (text === '') return {state: {...state, mode: normal}};
		return {state: {...state, mode: {kind, text: text.slice(0, clusterBefore(text, text.length))}}};
	}
	if (command === 'confirm') {
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
	const typed = typedText(input, key);
	if (typed === '') return {state};
	if (kind === 'goto' && !/^[0-9]+$/.test(typed)) return {state};
	return {state: {...state, mode: {kind, text: text + typed}}};
}

/** Items in a list mode. */
function listLength(
	kind: 'speakers' | 'outline' | 'bookmarks',
	env: Pick<ReaderEnv, 'speakers' | 'bookmarks' | 'outline'>,
): number {
	if (kind === 'outline') return env.outline().length;
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
	const page = Math.max(1, env.pageRows - 2);
	switch (commandOf(overlayKeys.list, input, key)) {
		case 'close':
			return {state: {...state, mode: normal}};
		case 'swap':
			// '' as in less: back to where the last jump came from.
			if (kind === 'bookmarks') return history(state, env, 'swap');
			return {state};
		case 'up':
			return select(selected - 1);
		case 'down':
			return select(selected + 1);
		case 'page-up':
			return select(selected - page);
		case 'page-down':
			return select(selected + page);
		case 'first':
			return select(0);
		case 'last':
			return select(n - 1);
		case 'delete':
			if (kind !== 'bookmarks' || n === 0) return {state};
			return {
				state:
					n === 1
						? {...state, mode: normal, message: 'bookmark deleted'}
						: {...select(Math.min(selected, n - 2)).state, message: 'bookmark deleted'},
				effect: {type: 'remove-bookmark', index: selected},
			};
		case 'open': {
			const done = {...state, mode: normal};
			if (kind === 'bookmarks') {
				const b = env.bookmarks[selected];
				return b ? toPosition(done, env, b) : {state: done};
			}
			if (kind === 'outline') {
				const item = env.outline()[selected];
				if (!item) return {state: done};
				const turn = item.turn ?? env.speakers.turns.get(item.speaker)![0]!;
				return env.layout.shows(turn)
					? toTurn(done, env, turn)
					: {state: {...done, filter: null, top: {turn, offset: 0}, at: null}};
			}
			const id = speakerIds(env.speakers)[selected];
			if (id === undefined) return {state: done};
			const turns = env.speakers.turns.get(id)!;
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
