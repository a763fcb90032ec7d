/**
 * The app: providers (Store, shell, focus, per-library sessions) around the current view, the
 * global keys (ui/state/global-keys.ts), which yield to keys the focused view claims (a prompt
 * being typed), and the help overlay. `startApp` renders it; the caller awaits `waitUntilExit()`.
 */
import {type Instance, render, useApp} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Library} from './core/library.js';
import type {Store} from './core/model.js';
import {sanitize} from './core/sanitize.js';
import type {ParseCacheLocation, Searcher} from './core/search.js';
import {TranscriptTexts} from './core/texts.js';
import {helpLines} from './ui/help/lines.js';
import type {HelpAction} from './ui/help/state.js';
import {useHelpInput} from './ui/help/use-help-input.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import type {KeyFlags, ViewId} from './ui/keys/keymap.js';
import {PlaceHistory} from './ui/reader/places.js';
import type {SearcherFactory} from './ui/search/session.js';
import {
	type AppState,
	appReducer,
	initialAppState,
	type ReadRequest,
} from './ui/state/app-state.js';
import {
	type Focus,
	FocusContext,
	type Shell,
	ShellContext,
	StoreContext,
} from './ui/state/context.js';
import {canGoBack, globalKeyEffects} from './ui/state/global-keys.js';
import {QuizSessions, QuizSessionsContext} from './ui/state/quiz-sessions.js';
import {LibrarySessions, SessionsContext} from './ui/state/sessions.js';
import {views} from './ui/views/registry.js';
import {loadYoga} from './ui/yoga.js';

export interface AppProps {
	library: Library;
	store: Store;
	/** A note for the footer at start (skipped files, a store warning). */
	notice?: string | null;
	/** Overrides of the first state (tests; other views opening the app somewhere). */
	initial?: Partial<AppState>;
	/** Makes the library's searcher when Search first opens (default: `createSearcher`). */
	searcherFactory?: SearcherFactory;
	/** The per-library state that outlives views (default: made here; tests may pass theirs). */
	sessions?: LibrarySessions;
	/** Questions per quiz session (`--count`; default 20). */
	quizCount?: number;
	/** Where quiz sessions live (default: a new holder for this app; tests pass their own). */
	quizSessions?: QuizSessions;
	/** The clock (ms since the epoch), for what depends on today (stats, due cards). */
	now?: () => number;
	/** Where the text of transcripts held as outlines is read from (default: their files). */
	texts?: TranscriptTexts;
}

const registered: ViewId[] = views.map((v) => v.id);

/**
 * `createSearcher` (core/search.ts), whose module — the search engine — is loaded when Search
 * first opens instead of at start-up.
 */
function lazySearcher(
	library: Library,
	indexDir: string | null = null,
	parse: ParseCacheLocation | null = null,
): Searcher {
	const searcher = import('./core/search.js').then((m) =>
		m.createSearcher(library, {indexDir, parse}),
	);
	return {
		ready: searcher.then((s) => s.ready),
		search: async (query, options) => (await searcher).search(query, options),
		close: () => void searcher.then((s) => s.close()),
	};
}

const defaultFactory: SearcherFactory = (library) => lazySearcher(library);

/**
 * The per-library sessions with the real searcher, which keeps its index in `indexDir` (the
 * cache) between runs, and reads the transcripts it must index from the parse cache at `parse`:
 * the caller closes them once the app is gone.
 */
export function createSessions(
	indexDir: string | null = null,
	parse: ParseCacheLocation | null = null,
): LibrarySessions {
	return new LibrarySessions((library) => lazySearcher(library, indexDir, parse));
}

export function App({
	library,
	store,
	notice = null,
	initial,
	searcherFactory = defaultFactory,
	sessions: given,
	quizCount,
	quizSessions,
	now = Date.now,
	texts: givenTexts,
}: AppProps) {
	const [texts] = useState(() => givenTexts ?? new TranscriptTexts());
	const [quiz] = useState(() => quizSessions ?? new QuizSessions(quizCount));
	const [state, dispatch] = useReducer(appReducer, undefined, () => ({
		...initialAppState(
			library.transcripts.map((t) => t.key),
			notice,
			(key) => store.getProgress(key).lastOpened,
		),
		...initial,
	}));
	const [sessions] = useState(() => given ?? new LibrarySessions(searcherFactory));
	const [focus] = useState<Focus>(() => ({handler: null}));
	const {exit} = useApp();
	const size = useTerminalSize();
	const stateRef = useRef(state);
	stateRef.current = state;
	// A save that starts failing is told in the footer (the store keeps the change and retries).
	useEffect(
		() => store.onWarning?.((text) => dispatch({type: 'notice', text: sanitize(text)})),
		[store],
	);
	const byKey = useMemo(() => new Map(library.transcripts.map((t) => [t.key, t])), [library]);
	const places = useRef(new PlaceHistory()).current;

	const back = useCallback(() => {
		if (!canGoBack(stateRef.current)) return false;
		dispatch({type: 'back'});
		return true;
	}, []);
	/** Handles a global key; false when it is not one (the focused view gets it). */
	const globalKey = useCallback(
		(input: string, key: KeyFlags): boolean => {
			const s = stateRef.current;
			if (s.notice) dispatch({type: 'notice', text: null});
			const effects = globalKeyEffects(s, registered, input, key);
			if (effects === null) return false;
			for (const effect of effects) {
				if (effect.type === 'exit') exit();
				else dispatch(effect.action);
			}
			return true;
		},
		[exit],
	);
	const shell: Shell = useMemo(
		() => ({
			state,
			library,
			byKey,
			texts,
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
			help: (action: HelpAction) => dispatch({type: 'help', action}),
			globalKey,
			quit: exit,
			now,
		}),
		[state, library, byKey, texts, back, globalKey, exit, store, places, now],
	);

	useHelpInput(
		{
			dispatch: shell.help,
			quit: exit,
			rows: size.bodyRows,
			length: helpLines(state.view, registered).length,
		},
		state.help.open,
	);

	const View = views.find((v) => v.id === state.view)?.component ?? views[0]!.component;
	return (
		<StoreContext.Provider value={store}>
			<SessionsContext.Provider value={sessions}>
				<FocusContext.Provider value={focus}>
					<ShellContext.Provider value={shell}>
						<QuizSessionsContext.Provider value={quiz}>
							<View active={!state.help.open} />
						</QuizSessionsContext.Provider>
					</ShellContext.Provider>
				</FocusContext.Provider>
			</SessionsContext.Provider>
		</StoreContext.Provider>
	);
}

/** Renders the app in the terminal (Ctrl+C is handled by the app, which saves first). */
export async function startApp(props: AppProps, stdin?: NodeJS.ReadStream): Promise<Instance> {
	// Ink's Yoga in the built app (ui/yoga.ts).
	await loadYoga();
	// Only when given: an explicit `stdin: undefined` would replace Ink's default (process.stdin).
	return render(<App {...props} />, {
		exitOnCtrlC: false,
		patchConsole: false,
		...(stdin && {stdin}),
	});
}
