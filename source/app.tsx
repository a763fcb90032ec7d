/**
 * The app: providers (Store, shell) around the current view, and the global keys — help, quit,
 * back, Tab and 1–4 between registered views, Ctrl+C — which yield to keys the focused view
 * claims (a prompt being typed). `startApp` renders it; the caller awaits `waitUntilExit()`.
 */
import {type Instance, render, useApp, useInput} from 'ink';
import {useCallback, useMemo, useReducer, useRef} from 'react';
import type {Library} from './core/library.js';
import type {Store} from './store/types.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {commandOf, globalKeys, type KeyFlags, keyName, type ViewId} from './ui/keys/keymap.js';
import {PlaceHistory} from './ui/reader/places.js';
import {
	type AppState,
	appReducer,
	initialAppState,
	type ReadRequest,
} from './ui/state/app-state.js';
import {type Shell, ShellContext, StoreContext} from './ui/state/context.js';
import {helpLength} from './ui/views/help.js';
import {views} from './ui/views/registry.js';

export interface AppProps {
	library: Library;
	store: Store;
	/** A note for the footer at start (skipped files, a store warning). */
	notice?: string | null;
	/** Overrides of the first state (tests; other views opening the app somewhere). */
	initial?: Partial<AppState>;
}

const registered: ViewId[] = views.map((v) => v.id);

export function App({library, store, notice = null, initial}: AppProps) {
	const [state, dispatch] = useReducer(appReducer, undefined, () => ({
		...initialAppState(
			library.transcripts.map((t) => t.key),
			notice,
		),
		...initial,
	}));
	const {exit} = useApp();
	const size = useTerminalSize();
	const stateRef = useRef(state);
	stateRef.current = state;
	const byKey = useMemo(() => new Map(library.transcripts.map((t) => [t.key, t])), [library]);
	const places = useRef(new PlaceHistory()).current;

	const back = useCallback(() => {
		const s = stateRef.current;
		if (s.view === 'read' && s.read?.returnTo) {
			dispatch({type: 'back'});
			return true;
		}
		return false;
	}, []);
	const shell: Shell = useMemo(
		() => ({
			state,
			library,
			byKey,
			views: registered,
			openRead: (request: ReadRequest) => {
				// Every open is a jump: the place being read is recorded (unless this is a move
				// through that history) and restored when the opener is gone back to.
				const read = stateRef.current.read;
				const from = read
					? (store.getProgress(read.key).position ?? {
							turn: read.turn ?? 0,
							offset: read.offset ?? 0,
						})
					: null;
				if (read && from && !request.history) places.push({key: read.key, ...from});
				dispatch({type: 'open-read', request, from});
			},
			places,
			readSettled: () => dispatch({type: 'read-settled'}),
			switchTo: (view: ViewId) => {
				if (registered.includes(view)) dispatch({type: 'switch', view});
			},
			back,
			selectTranscript: (key: string) => dispatch({type: 'select', key}),
			globalKey: (input: string, key: KeyFlags) => globalRef.current(input, key),
			quit: exit,
		}),
		[state, library, byKey, back, exit, store, places],
	);

	const onHelpKey = (input: string, key: KeyFlags) => {
		const s = stateRef.current;
		const name = keyName(input, key);
		if (name === 'ctrl+c') return exit();
		const page = Math.max(1, size.bodyRows - 1);
		const max = Math.max(0, helpLength(s.view, registered) - size.bodyRows);
		const scroll = (d: number) =>
			dispatch({type: 'help-scroll', top: Math.min(max, Math.max(0, s.helpTop + d))});
		if (name === 'escape' || name === '?' || name === 'q') dispatch({type: 'help', open: false});
		else if (name === 'down' || name === 'j') scroll(1);
		else if (name === 'up' || name === 'k') scroll(-1);
		else if (name === 'pagedown' || name === 'space' || name === 'f') scroll(page);
		else if (name === 'pageup' || name === 'b') scroll(-page);
	};
	const helpRef = useRef(onHelpKey);
	helpRef.current = onHelpKey;
	const onHelp = useCallback((input: string, key: KeyFlags) => helpRef.current(input, key), []);
	useInput(onHelp, {isActive: state.help});

	/** The global keys; returns true when the key was one. */
	const onGlobalKey = (input: string, key: KeyFlags): boolean => {
		const s = stateRef.current;
		if (s.notice) dispatch({type: 'notice', text: null});
		const command = commandOf(globalKeys, input, key);
		if (command === undefined) return false;
		if (keyName(input, key) === 'ctrl+c') exit();
		else if (command === 'help') dispatch({type: 'help', open: true});
		else if (command === 'quit') {
			if (!back()) exit();
		} else if (command === 'back') return back();
		else if (command === 'next-view' || command === 'prev-view') {
			const i = registered.indexOf(s.view);
			const n = registered.length;
			const step = command === 'next-view' ? 1 : n - 1;
			for (let k = 1; k < n; k++) {
				const next = registered[(i + k * step) % n]!;
				if (next !== 'read' || s.read || s.selected) {
					dispatch({type: 'switch', view: next});
					break;
				}
			}
		} else if (command.startsWith('view:')) {
			const view = command.slice(5) as ViewId;
			if (!registered.includes(view)) return false;
			dispatch({type: 'switch', view});
		}
		return true;
	};
	const globalRef = useRef(onGlobalKey);
	globalRef.current = onGlobalKey;

	const View = views.find((v) => v.id === state.view)?.component ?? views[0]!.component;
	return (
		<StoreContext.Provider value={store}>
			<ShellContext.Provider value={shell}>
				<View active={!state.help} />
			</ShellContext.Provider>
		</StoreContext.Provider>
	);
}

/** Renders the app in the terminal (Ctrl+C is handled by the app, which saves first). */
export function startApp(props: AppProps): Instance {
	return render(<App {...props} />, {exitOnCtrlC: false, patchConsole: false});
}
