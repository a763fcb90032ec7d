/** The help overlay's state: open or not, and the first row shown (it scrolls when tall). */

export interface HelpState {
	open: boolean;
	top: number;
}

export type HelpAction =
	| {type: 'open'}
	| {type: 'close'}
	/** Scrolls by `by` rows, kept within 0 … `max`. */
	| {type: 'scroll'; by: number; max: number};

export const closedHelp: HelpState = {open: false, top: 0};

export function helpReducer(state: HelpState, action: HelpAction): HelpState {
	switch (action.type) {
		case 'open':
			return {open: true, top: 0};
		case 'close':
			return state.open || state.top !== 0 ? closedHelp : state;
		case 'scroll': {
			const top = Math.max(0, Math.min(action.max, state.top + action.by));
			return top === state.top ? state : {...state, top};
		}
		default:
			return state;
	}
}
