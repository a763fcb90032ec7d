/** The shell's pure parts: the help overlay's reducer, the app reducer, the global keys. */
import {describe, expect, test} from 'vitest';
import {helpLines} from '../../source/ui/help/lines.js';
import {closedHelp, helpReducer} from '../../source/ui/help/state.js';
import type {ViewId} from '../../source/ui/keys/keymap.js';
import {appReducer, initialAppState} from '../../source/ui/state/app-state.js';
import {globalKeyEffects} from '../../source/ui/state/global-keys.js';

const all: ViewId[] = ['library', 'read', 'search', 'quiz', 'stats'];

describe('help reducer', () => {
	test('open: at the top', () => {
		expect(helpReducer({open: false, top: 3}, {type: 'open'})).toEqual({open: true, top: 0});
	});
	test('close', () => {
		expect(helpReducer({open: true, top: 2}, {type: 'close'})).toEqual(closedHelp);
		expect(helpReducer(closedHelp, {type: 'close'})).toBe(closedHelp);
	});
	test('scroll: within 0 … max', () => {
		const open = {open: true, top: 0};
		expect(helpReducer(open, {type: 'scroll', by: 5, max: 3})).toEqual({open: true, top: 3});
		expect(helpReducer({open: true, top: 2}, {type: 'scroll', by: -5, max: 3}).top).toBe(0);
		expect(helpReducer(open, {type: 'scroll', by: -1, max: 3})).toBe(open);
	});
	test('lines: the view, then everywhere; unregistered views left out', () => {
		const lines = helpLines('read', ['library', 'read']);
		expect(lines[0]).toEqual({keys: '', text: 'Read view', heading: true});
		expect(lines.map((l) => l.text)).toContain('Everywhere');
		expect(lines.map((l) => l.text)).not.toContain('Quiz view');
		expect(lines.map((l) => l.text)).toContain('Read view');
	});
});

describe('app reducer', () => {
	const start = initialAppState(['a', 'b']);
	test('first state: the Library for several transcripts, Read for one', () => {
		expect(start.view).toBe('library');
		expect(initialAppState(['a']).view).toBe('read');
	});
	test('switch: closes help, remembers the previous view; Read opens the selection', () => {
		const s = appReducer({...start, help: {open: true, top: 1}}, {type: 'switch', view: 'search'});
		expect(s).toMatchObject({view: 'search', previous: 'library', help: closedHelp});
		expect(appReducer(start, {type: 'switch', view: 'read'}).read?.key).toBe('a');
	});
	test('open-read and back', () => {
		const s = appReducer({...start, view: 'search'}, {type: 'open-read', request: {key: 'b'}});
		expect(s).toMatchObject({view: 'read', selected: 'b', read: {returnTo: 'search'}});
		expect(appReducer(s, {type: 'back'}).view).toBe('search');
		expect(appReducer(start, {type: 'back'})).toBe(start);
	});
	test('help goes to the help reducer', () => {
		expect(appReducer(start, {type: 'help', action: {type: 'open'}}).help.open).toBe(true);
	});
	test('select and notice', () => {
		expect(appReducer(start, {type: 'select', key: 'b'}).selected).toBe('b');
		expect(appReducer(start, {type: 'select', key: 'a'})).toBe(start);
		expect(appReducer(start, {type: 'notice', text: 'hi'}).notice).toBe('hi');
	});
});

describe('global keys', () => {
	const library = initialAppState(['a', 'b']);
	const reading = appReducer(
		{...library, view: 'search'},
		{type: 'open-read', request: {key: 'a'}},
	);
	test('Ctrl+C exits; q exits, or goes back to the view that opened Read', () => {
		expect(globalKeyEffects(reading, all, 'c', {ctrl: true})).toEqual([{type: 'exit'}]);
		expect(globalKeyEffects(library, all, 'q', {})).toEqual([{type: 'exit'}]);
		expect(globalKeyEffects(reading, all, 'q', {})).toEqual([
			{type: 'app', action: {type: 'back'}},
		]);
	});
	test('Esc goes back, else is left to the view', () => {
		expect(globalKeyEffects(reading, all, '', {escape: true})).toHaveLength(1);
		expect(globalKeyEffects(library, all, '', {escape: true})).toBeNull();
	});
	test('? opens help; other keys are not global', () => {
		expect(globalKeyEffects(library, all, '?', {})).toEqual([
			{type: 'app', action: {type: 'help', action: {type: 'open'}}},
		]);
		expect(globalKeyEffects(library, all, 'x', {})).toBeNull();
	});
	test('Tab: the next registered view; digits: a registered view only', () => {
		expect(globalKeyEffects(library, all, '', {tab: true})).toEqual([
			{type: 'app', action: {type: 'switch', view: 'read'}},
		]);
		const none = {...library, selected: null};
		expect(globalKeyEffects(none, all, '', {tab: true})).toEqual([
			{type: 'app', action: {type: 'switch', view: 'search'}},
		]);
		expect(globalKeyEffects(library, all, '4', {})).toEqual([
			{type: 'app', action: {type: 'switch', view: 'stats'}},
		]);
		expect(globalKeyEffects(library, ['library', 'read'], '4', {})).toBeNull();
	});
});
