/**
 * Components that need no terminal rows, drawn with ink-testing-library: the help panel, the key
 * hints, the query line and the list window.
 */
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {HelpPanel} from '../../source/ui/components/help-panel.js';
import {hintLine, KeyHints, overlayHints} from '../../source/ui/components/key-hints.js';
import {ListWindow} from '../../source/ui/components/list-window.js';
import {SearchInput} from '../../source/ui/components/search-input.js';
import {helpLines} from '../../source/ui/help/lines.js';
import {overlayKeys} from '../../source/ui/keys/keymap.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
});
function draw(tree: Parameters<typeof render>[0]): string {
	const instance = render(tree);
	cleanup = instance.cleanup;
	return (instance.lastFrame() ?? '').replace(/\u001B\[[0-9;]*m/g, '');
}

describe('components', () => {
	test('help panel: the rows from `top`, keys then what they do', () => {
		const lines = helpLines('stats', ['library', 'stats']);
		const frame = draw(<HelpPanel lines={lines} rows={3} width={60} top={0} />);
		expect(frame.split('\n')).toHaveLength(3);
		expect(frame).toContain('Stats view');
		expect(frame).toMatch(/j ↓ +scroll down/);
		const later = draw(<HelpPanel lines={lines} rows={3} width={60} top={100} />);
		expect(later).toMatch(/4 +Stats view/);
	});

	test('key hints: the view first, help and quit always', () => {
		expect(draw(<KeyHints view="library" width={100} />)).toBe(hintLine('library', 100));
		expect(hintLine('library', 100)).toMatch(/^Enter read · \/ filter · \? help · q quit$/);
		expect(hintLine('library', 20)).toBe('? help · q quit');
	});

	test('query line: the text with its cursor, or the placeholder', () => {
		const props = {width: 40, placeholder: 'type here', plain: true, focus: true};
		expect(draw(<SearchInput text="gas" cursor={1} {...props} />)).toBe('/ g█as');
		expect(draw(<SearchInput text="" cursor={0} {...props} />)).toBe('/ █type here');
		expect(draw(<SearchInput text="gas" cursor={3} {...props} focus={false} />)).toBe('/ gas');
	});

	test('list window: only the rows around the selected item, or the empty text', () => {
		const item = (i: number) => <Text>{`item ${i}`}</Text>;
		const frame = draw(<ListWindow count={50} selected={30} rows={4} width={20} item={item} />);
		expect(frame.split('\n').map((l) => l.trimEnd())).toEqual([
			'  item 28',
			'  item 29',
			'› item 30',
			'  item 31',
		]);
		expect(
			draw(<ListWindow count={0} selected={0} rows={4} width={20} empty="none" item={item} />),
		).toContain('none');
	});
});

test('overlay hints come from the overlay section of the keymap', () => {
	expect(overlayHints(overlayKeys.help)).toBe('↓ scroll · PgDn page · Esc close');
});
