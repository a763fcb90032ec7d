/**
 * The help overlay's keys (keymap section `help`): scroll, page, close. Listens only while the
 * overlay is open; Ctrl+C still quits.
 */
import {type Key, useInput} from 'ink';
import {useCallback, useRef} from 'react';
import {commandOf, isInterrupt, overlayKeys} from '../keys/keymap.js';
import type {HelpAction} from './state.js';

export interface HelpInput {
	dispatch(action: HelpAction): void;
	quit(): void;
	/** Rows of the overlay on screen. */
	rows: number;
	/** Rows of help in all. */
	length: number;
}

export function useHelpInput(env: HelpInput, isActive: boolean): void {
	const ref = useRef(env);
	ref.current = env;
	const handler = useCallback((input: string, key: Key) => {
		const {dispatch, quit, rows, length} = ref.current;
		if (isInterrupt(input, key)) return quit();
		const page = Math.max(1, rows - 1);
		const max = Math.max(0, length - rows);
		const scroll = (by: number) => dispatch({type: 'scroll', by, max});
		switch (commandOf(overlayKeys.help, input, key)) {
			case 'close':
				return dispatch({type: 'close'});
			case 'down':
				return scroll(1);
			case 'up':
				return scroll(-1);
			case 'page-down':
				return scroll(page);
			case 'page-up':
				return scroll(-page);
			default:
		}
	}, []);
	useInput(handler, {isActive});
}
