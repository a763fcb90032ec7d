/**
 * The Search view's one input hook (focus-gated through useViewInput): every key is a command
 * (search/keys.ts) or an edit of the line (search/line.ts), applied to the session's store at
 * once, so keys typed in a burst all land in order. Enter opens the selected hit in Read; pressed
 * before the answer came, the hit opens when it comes (`openFirst`).
 */
import {useStdout} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import {citeText, citeTurn, osc52} from '../../core/cite.js';
import type {LoadedTranscript} from '../../core/library.js';
import {useViewInput} from '../hooks/use-view-input.js';
import type {KeyFlags} from '../keys/keymap.js';
import {type Shell, useShell, useStore} from '../state/context.js';
import {readRequest} from './format.js';
import {newer, notWalking, older} from './history.js';
import {searchClaims, searchCommand} from './keys.js';
import {editLine} from './line.js';
import type {SearchSession} from './session.js';
import {isSearching, shownHits} from './state.js';

export interface SearchInputEnv {
	/** Rows of the hit list (a page). */
	listRows: number;
	/** The window, for where Read opens the hit. */
	width: number;
	bodyRows: number;
}

export function useSearchInput(
	session: SearchSession,
	env: SearchInputEnv,
	openFirst: boolean,
	active: boolean,
): void {
	const shell = useShell();
	const store = useStore();
	const {stdout} = useStdout();
	const envRef = useRef(env);
	envRef.current = env;

	const openHit = useCallback(() => {
		const s = session.store.getState();
		const hit = shownHits(s)[s.selected];
		if (!hit) return;
		session.dispatch({type: 'opened-read'});
		const {width, bodyRows} = envRef.current;
		const open = (whole?: LoadedTranscript) =>
			shell.openRead(readRequest(hit, whole, width, bodyRows));
		// The text places the hit's paragraph: read first when the library holds outlines only.
		withWhole(shell, hit.key, open, () => open());
	}, [session, shell]);

	useEffect(() => {
		if (openFirst) openHit();
	}, [openFirst, openHit]);

	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			const s = session.store.getState();
			const {dispatch} = session;
			const command = searchCommand(input, key, {query: s.query, walking: s.walk.at >= 0});
			const page = envRef.current.listRows;
			const move = (by: number) => dispatch({type: 'move', by, pageRows: page});
			if (s.note) dispatch({type: 'note', text: null});
			switch (command) {
				case 'copy': {
					const hit = shownHits(s)[s.selected];
					if (!hit) return;
					withWhole(shell, hit.key, (loaded) => {
						const citation = citeTurn(loaded.transcript, hit.remark, {
							quote: hit.text,
							file: loaded.file,
						});
						stdout.write(osc52(citeText(citation)));
						dispatch({type: 'note', text: `copied the hit (turn ${hit.remark + 1}) as a quote`});
					});
					return;
				}
				case 'down':
					return move(1);
				case 'up':
					return move(-1);
				case 'page-down':
					return move(page);
				case 'page-up':
					return move(-page);
				case 'first':
					return move(-s.selected);
				case 'last':
					return move(shownHits(s).length);
				case 'preview':
					return dispatch({type: 'toggle-preview'});
				case 'history-older': {
					const next = older(store.getSearchHistory(), s.walk, s.query);
					if (next) dispatch({type: 'set-query', query: next.query, walk: next.walk});
					return;
				}
				case 'history-newer': {
					const next = newer(store.getSearchHistory(), s.walk);
					return dispatch({type: 'set-query', query: next.query, walk: next.walk});
				}
				case 'clear':
					return dispatch({type: 'set-query', query: ''});
				case 'leave':
					return shell.switchTo(s.leaveTo);
				case 'open': {
					const query = s.query.trim();
					if (!query) return;
					store.pushSearchHistory(query);
					if (isSearching(s)) dispatch({type: 'open-pending'});
					else openHit();
					return;
				}
				default: {
					const edited = editLine({text: s.query, cursor: s.cursor}, input, key);
					if (edited)
						dispatch({
							type: 'set-query',
							query: edited.text,
							walk: notWalking,
							cursor: edited.cursor,
						});
				}
			}
		},
		[session, store, shell, openHit, stdout],
	);
	const claims = useCallback(
		(input: string, key: KeyFlags) => searchClaims(session.store.getState().query, input, key),
		[session],
	);
	useViewInput(onKey, claims, active);
}

/**
 * Runs `then` with the whole transcript of `key`: at once when it is at hand, else once read
 * (`otherwise` when there is no such transcript or it cannot be read).
 */
function withWhole(
	shell: Shell,
	key: string,
	then: (whole: LoadedTranscript) => void,
	otherwise: () => void = () => {},
): void {
	const entry = shell.byKey.get(key);
	const whole = entry && shell.texts.peek(entry);
	if (!entry) otherwise();
	else if (whole) then(whole);
	else shell.texts.load(entry).then(then, otherwise);
}
