/** The Stats view's one input hook (focus-gated through useViewInput): scrolling, the card list. */
import {useCallback, useRef} from 'react';
import {useViewInput} from '../hooks/use-view-input.js';
import {commandOf, type KeyFlags, keymap} from '../keys/keymap.js';
import type {ReducerStore} from '../state/reducer-store.js';
import type {StatsAction, StatsState} from './state.js';

/** Stats takes no key from the global bindings. */
const claimsNone = () => false;

export function useStatsInput(
	scroll: ReducerStore<StatsState, StatsAction>,
	env: {rows: number; max: number; openCards: () => void},
	active: boolean,
): void {
	const ref = useRef(env);
	ref.current = env;
	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			const {max, rows, openCards} = ref.current;
			const page = Math.max(1, rows - 1);
			const by = (d: number) => scroll.dispatch({type: 'scroll', by: d, max});
			switch (commandOf(keymap.stats, input, key)) {
				case 'down':
					return by(1);
				case 'up':
					return by(-1);
				case 'page-down':
					return by(page);
				case 'page-up':
					return by(-page);
				case 'cards':
					return openCards();
				default:
			}
		},
		[scroll],
	);
	useViewInput(onKey, claimsNone, active);
}
