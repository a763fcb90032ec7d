/**
 * The Quiz view's one input hook, gated by focus: each key becomes a command (keys.ts), then an
 * action of the session's reducer — or, for `c`, the quote opened in Read, and for `n`, a new
 * session. While the card list is open, keys go to its reducer (card-list.ts).
 */
import {useCallback, useRef} from 'react';
import type {CardRow} from '../../core/quiz-cards.js';
import {useViewInput} from '../hooks/use-view-input.js';
import type {KeyFlags} from '../keys/keymap.js';
import {useShell} from '../state/context.js';
import {cardListKey} from './card-list.js';
import {quizClaims, quizCommand} from './keys.js';
import {paragraphOffset, quoteHighlight} from './session.js';
import type {QuizSlot} from './slot.js';

export function useQuizInput(
	slot: QuizSlot,
	active: boolean,
	list: {rows: readonly CardRow[]; page: number},
): void {
	const shell = useShell();
	const listRef = useRef(list);
	listRef.current = list;
	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			const open = slot.get().cards;
			if (open) {
				const {rows, page} = listRef.current;
				const action = cardListKey(open, input, key, rows, page);
				if (action) slot.cardAction(action, Date.now());
				return;
			}
			const s = slot.get().state;
			const command = quizCommand(s, input, key);
			if (!command) return;
			const now = Date.now();
			switch (command.type) {
				case 'move':
					slot.dispatch(command);
					return;
				case 'answer':
					slot.dispatch({...command, now});
					return;
				case 'suspend':
				case 'bury':
					slot.dispatch({type: command.type, now});
					return;
				case 'grade':
					slot.grade(command, now);
					return;
				case 'undo':
					slot.dispatch({type: 'undo', now});
					return;
				case 'review':
					slot.dispatch({type: 'reviewMissed', now, seed: now});
					return;
				case 'new':
					slot.start(s !== null && s.items.length === 0, now);
					return;
				case 'cards':
					slot.openCards();
					return;
				case 'context': {
					const q = s?.items[s.index]?.question;
					const loaded = q ? slot.transcript(q.transcriptKey) : undefined;
					if (!q || !loaded) return;
					const paragraphs = loaded.transcript.remarks[q.remark]?.paragraphs ?? [];
					const highlight = quoteHighlight(paragraphs, q);
					slot.dispatch({type: 'openContext'});
					shell.openRead({
						key: q.transcriptKey,
						turn: q.remark,
						// The quote's paragraph at the top: in a long turn the quote may be far down.
						offset: paragraphOffset(paragraphs, q.paragraph),
						highlights: highlight ? [highlight] : undefined,
						returnTo: 'quiz',
					});
					return;
				}
			}
		},
		[slot, shell],
	);
	const claims = useCallback(
		(input: string, key: KeyFlags) =>
			slot.get().cards === null && quizClaims(slot.get().state, input, key),
		[slot],
	);
	useViewInput(onKey, claims, active);
}
