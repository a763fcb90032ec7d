/** The keymap table: key names checked on load, typed commands, the matchers. */
import {describe, expect, test} from 'vitest';
import {
	checkKeymap,
	commandOf,
	globalKeys,
	isGlobalKey,
	isInterrupt,
	isKeyName,
	type KeyName,
	keymap,
	keyName,
	matches,
	overlayKeys,
	splitChunk,
	typedText,
} from '../../source/ui/keys/keymap.js';

describe('keymap', () => {
	test('the app table passes its own check; a bad key or a repeated id is refused', () => {
		expect(() => checkKeymap({global: globalKeys, ...keymap, ...overlayKeys})).not.toThrow();
		expect(() =>
			checkKeymap({x: [{id: 'a', keys: ['pgdn' as KeyName], description: 'a'}]}),
		).toThrow('keymap: x.a: unknown key "pgdn"');
		expect(() =>
			checkKeymap({
				x: [
					{id: 'a', keys: ['j'], description: 'a'},
					{id: 'a', keys: ['k'], description: 'b'},
				],
			}),
		).toThrow('the id "a" is used twice');
		expect(() => checkKeymap({x: [{id: 'a', keys: [], description: 'a'}]})).toThrow('no keys');
		// @ts-expect-error: the compiler refuses a key name that is not one
		const bad: KeyName = 'ctrl+pagedown';
		expect(isKeyName(bad)).toBe(false);
	});

	test('key names', () => {
		for (const name of ['j', 'G', '?', "'", 'pagedown', 'ctrl+r', 'space', 'shift+tab'])
			expect(isKeyName(name)).toBe(true);
		for (const name of ['', 'jj', 'ctrl+', 'ctrl+1', 'PageDown', ' '])
			expect(isKeyName(name)).toBe(false);
		expect(keyName(' ', {})).toBe('space');
		expect(keyName('c', {ctrl: true})).toBe('ctrl+c');
		expect(keyName('', {pageDown: true})).toBe('pagedown');
	});

	test('commandOf and matches go through the table', () => {
		expect(commandOf(keymap.library, '', {downArrow: true})).toBe('down');
		expect(commandOf(keymap.library, 'n', {ctrl: true})).toBe('down');
		expect(commandOf(keymap.library, 'x', {})).toBeUndefined();
		expect(commandOf(globalKeys, '3', {})).toBe('view:quiz');
		expect(matches(keymap.search, 'recall-older', '', {upArrow: true})).toBe(true);
		expect(matches(keymap.search, 'recall-older', 'p', {ctrl: true})).toBe(false);
		expect(commandOf(overlayKeys.help, 'f', {})).toBe('page-down');
	});

	test('fixed keys and typed text', () => {
		expect(isInterrupt('c', {ctrl: true})).toBe(true);
		expect(isInterrupt('q', {})).toBe(false);
		expect(isGlobalKey('q', {})).toBe(true);
		expect(isGlobalKey('w', {})).toBe(false);
		expect(typedText('abc', {})).toBe('abc');
		expect(typedText('energy\r', {})).toBe('energy');
		expect(typedText('n', {ctrl: true})).toBe('');
		expect(typedText('', {return: true})).toBe('');
		expect(typedText('x', {leftArrow: true})).toBe('');
	});
});

test('a chunk typed fast is split into key presses; an escape sequence is one', () => {
	expect(splitChunk('42g', {})).toEqual([
		['4', {shift: false}],
		['2', {shift: false}],
		['g', {shift: false}],
	]);
	expect(splitChunk('a\r', {})).toEqual([
		['a', {shift: false}],
		['', {return: true}],
	]);
	expect(splitChunk('\u001B[B', {})).toEqual([['\u001B[B', {}]]);
	expect(splitChunk('x', {ctrl: true})).toEqual([['x', {ctrl: true}]]);
});
