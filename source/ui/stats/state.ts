/** The Stats view's state and pure reducer: the first row shown (it scrolls in small windows). */

export interface StatsState {
	top: number;
}

/** Scrolls by `by` rows, kept within 0 … `max`. */
export type StatsAction = {type: 'scroll'; by: number; max: number};

export const initialStats: StatsState = {top: 0};

export function statsReducer(state: StatsState, action: StatsAction): StatsState {
	switch (action.type) {
		case 'scroll': {
			const top = Math.max(0, Math.min(action.max, state.top + action.by));
			return top === state.top ? state : {top};
		}
		default:
			return state;
	}
}
