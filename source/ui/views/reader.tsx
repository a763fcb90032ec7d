/**
 * The Read view: pages through one transcript like `less`. Only the rows on screen are drawn,
 * from turns wrapped once per width (ReaderLayout); keys go through the pure `readerKey`, and the
 * position, bookmarks and last-opened time go to the Store.
 */
import {Box, Text, useStdout} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {citeText, citeTurn, clock, osc52, remarkTime} from '../../core/cite.js';
import type {LoadedTranscript} from '../../core/library.js';
import {sanitize} from '../../core/sanitize.js';
import {Frame} from '../components/frame.js';
import {colourOff} from '../components/theme.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewInput} from '../hooks/use-view-input.js';
import {useWhole} from '../hooks/use-whole.js';
import {type KeyFlags, keymap, matches} from '../keys/keymap.js';
import {chromeLength} from '../reader/chrome.js';
import {runOf} from '../reader/cues.js';
import {readerKey} from '../reader/keys.js';
import {ReaderLayout, remarkText, type WrappedTurn} from '../reader/layout.js';
import {pageStatus} from '../reader/progress.js';
import {type OutlineItem, outlineItems, speakerInfo, speakerLine} from '../reader/speakers.js';
import {
	initialReader,
	type ReaderEnv,
	type ReaderState,
	readerClaims,
	toPosition,
	topCursor,
} from '../reader/state.js';
import type {ReadTarget} from '../state/app-state.js';
import {useShell, useStore} from '../state/context.js';
import {blockMarks, type Mark, ReaderLine} from './reader-line.js';
import {ReaderList, readerFooter, SpeakerLine} from './reader-panels.js';

/** The registered Read view: the transcript the shell asks for. */
export function ReadView({active}: {active: boolean}) {
	const {state, byKey} = useShell();
	const size = useTerminalSize();
	const target = state.read;
	const entry = target ? byKey.get(target.key) : undefined;
	// The text is read when the transcript opens (the library may hold its outline only).
	const {whole: loaded, error} = useWhole(entry);
	if (!target || !loaded || loaded.transcript.remarks.length === 0) {
		const why = error
			? `The text cannot be read: ${error}.`
			: entry && !loaded
				? 'loading…'
				: entry
					? 'This transcript has no text.'
					: 'Nothing open: choose a transcript in the Library (Tab).';
		return (
			<Frame view="read" size={size} title={entry?.transcript.title ?? entry?.name ?? 'Read'}>
				<Text dimColor>{sanitize(why)}</Text>
			</Frame>
		);
	}
	return (
		<Reader
			key={`${target.key}#${target.serial}`}
			loaded={loaded}
			target={target}
			active={active}
		/>
	);
}

function startPosition(target: ReadTarget, saved: {turn: number; offset: number} | null) {
	if (target.turn !== undefined) return {turn: target.turn, offset: target.offset ?? 0};
	return saved ?? {turn: 0, offset: 0};
}

function Reader({
	loaded,
	target,
	active,
}: {
	loaded: LoadedTranscript;
	target: ReadTarget;
	active: boolean;
}) {
	const store = useStore();
	const shell = useShell();
	const {stdout} = useStdout();
	const shellRef = useRef(shell);
	shellRef.current = shell;
	const size = useTerminalSize();
	const {transcript, key} = loaded;
	// The first body row is the speaker line.
	const pageRows = Math.max(1, size.bodyRows - 1);
	const upper = colourOff();
	const speakers = useMemo(() => speakerInfo(transcript, upper), [transcript, upper]);
	const [state, setState] = useState<ReaderState>(() =>
		initialReader(transcript, startPosition(target, store.getProgress(key).position), {
			query: target.query,
			marks: target.highlights,
		}),
	);
	const [bookmarks, setBookmarks] = useState(() => store.getProgress(key).bookmarks);
	const chrome = useMemo(() => chromeLength(transcript), [transcript]);
	const hideChrome = !state.chrome && chrome > 0;
	const layout = useMemo(
		() =>
			new ReaderLayout(
				transcript,
				size.columns,
				state.filter ? speakers.turns.get(state.filter)! : null,
				speakers.prefix,
				hideChrome ? (t) => (t === 0 ? chrome : 0) : undefined,
			),
		[transcript, size.columns, state.filter, speakers, hideChrome, chrome],
	);
	const cursor = topCursor(state, layout, pageRows);
	const rows = layout.slice(cursor, pageRows);

	const stateRef = useRef(state);
	stateRef.current = state;
	const envRef = useRef<ReaderEnv | null>(null);
	const outlineRef = useRef<OutlineItem[] | null>(null);
	const outline = useCallback(() => {
		outlineRef.current ??= outlineItems(speakers, transcript);
		return outlineRef.current;
	}, [speakers, transcript]);
	envRef.current = {transcript, layout, speakers, outline, bookmarks, pageRows, now: 0};

	useEffect(() => {
		store.markOpened(key, transcript.remarks.length);
		// Started at the requested place; a later visit resumes where reading was left.
		shellRef.current.readSettled();
	}, [store, key, transcript]);
	const {turn, offset} = state.top;
	useEffect(() => {
		store.setPosition(key, {turn, offset}, transcript.remarks.length);
	}, [store, key, transcript, turn, offset]);

	const onKey = useCallback(
		(input: string, k: KeyFlags) => {
			const env = {...envRef.current!, now: Date.now()};
			const result = readerKey(stateRef.current, input, k, env);
			const effect = result.effect;
			const {places} = shellRef.current;
			if (effect?.type === 'copy') {
				// Cues read as one turn are copied as one (from the first, with its time).
				const run = runOf(transcript, effect.turn);
				const citation = citeTurn(transcript, run.first, {file: loaded.file, quote: run.text});
				// OSC 52: the terminal puts it on the clipboard (invisible; nothing is drawn).
				stdout.write(osc52(citeText(citation)));
				const who = citation.speaker ?? 'narration';
				const size = citation.quote.length.toLocaleString('en-US');
				result.state = {
					...result.state,
					message: `copied turn ${citation.turn + 1} (${who}, ${size} characters) as a quote`,
				};
			}
			if (effect?.type === 'help') shellRef.current.globalKey('?', {});
			if (effect?.type === 'jump') places.push({key, ...effect.from});
			if (effect?.type === 'history') {
				const here = {key, ...effect.here};
				const to =
					effect.move === 'back'
						? places.goBack(here)
						: effect.move === 'forward'
							? places.goForward(here)
							: places.swap(here);
				if (to && to.key !== key) {
					const {returnTo} = targetRef.current;
					shellRef.current.openRead({...to, returnTo: returnTo ?? null, history: true});
					return;
				}
				const moved = to
					? {
							...toPosition(result.state, env, to).state,
							message: `turn ${to.turn + 1} (Ctrl+O back${places.canGoForward ? ' · Tab forward' : ''})`,
						}
					: {
							...result.state,
							message: effect.move === 'forward' ? 'no place ahead' : 'no earlier place',
						};
				result.state = moved;
			}
			stateRef.current = result.state;
			setState(result.state);
			if (effect?.type === 'add-bookmark') {
				store.addBookmark(key, effect.bookmark);
				// "saved" only when it is on disk (a full disk keeps it in memory and retries).
				if (store.unsaved) {
					const why = sanitize(store.warning ?? 'the store cannot be written');
					const next = {...result.state, message: `bookmark kept, NOT saved: ${why}`};
					stateRef.current = next;
					setState(next);
				}
			}
			if (effect?.type === 'remove-bookmark') store.removeBookmark(key, effect.index);
			if (effect) setBookmarks(store.getProgress(key).bookmarks);
		},
		[store, key, stdout, transcript, loaded.file],
	);
	const targetRef = useRef(target);
	targetRef.current = target;
	const claim = useCallback(
		(input: string, k: KeyFlags) =>
			// Tab is Ctrl+I: forward in the place history while there is a place ahead.
			(matches(keymap.read, 'place-forward', input, k) &&
				stateRef.current.mode.kind === 'normal' &&
				shellRef.current.places.canGoForward) ||
			readerClaims(stateRef.current, input, k, target.returnTo ? target : null),
		[target],
	);
	useViewInput(onKey, claim, active);

	const marksByTurn = useMemo(() => {
		const map = new Map<number, Mark[]>();
		const add = (t: number, m: Mark) => {
			const list = map.get(t);
			if (list) list.push(m);
			else map.set(t, [m]);
		};
		state.matches.forEach((m, i) => {
			add(m.turn, {start: m.start, end: m.end, current: i === state.current});
		});
		for (const m of state.marks) add(m.turn, {start: m.start, end: m.end, current: false});
		return map;
	}, [state.matches, state.current, state.marks]);
	// Per block (joined cues hold several remarks), in display indices; kept while marks last.
	const marksOf = useMemo(() => {
		const cache = new WeakMap<WrappedTurn, Mark[]>();
		return (block: WrappedTurn) => {
			let list = cache.get(block);
			if (!list) {
				list = blockMarks(block, marksByTurn, noMarks);
				cache.set(block, list);
			}
			return list;
		};
	}, [marksByTurn]);

	const total = transcript.remarks.length;
	const page = pageStatus(layout, cursor, pageRows);
	const status = `turn ${page.first + 1}/${total} · ${page.percent}%`;
	const time = remarkTime(transcript.remarks[page.first]);
	const who = speakerLine(
		transcript,
		speakers,
		page.first,
		page.cont,
		time === null ? undefined : clock(time),
	);
	const whoId = transcript.remarks[page.first]?.speaker ?? null;
	if (hideChrome && page.first === 0) who.where += ' · page chrome hidden (c)';
	const detail = [transcript.date, transcript.place].filter(Boolean).join(' · ');
	const mode = state.mode;
	const excerpt = useCallback(
		(b: {turn: number; offset: number}) =>
			remarkText(transcript, b.turn).slice(b.offset, b.offset + 80),
		[transcript],
	);

	return (
		<Frame
			view="read"
			size={size}
			title={transcript.title ?? loaded.name}
			detail={detail}
			status={status}
			footer={readerFooter(
				state,
				state.filter === null ? undefined : (speakers.byId.get(state.filter)?.name ?? state.filter),
			)}
		>
			{mode.kind === 'speakers' || mode.kind === 'outline' || mode.kind === 'bookmarks' ? (
				<ReaderList
					mode={mode}
					speakers={speakers}
					outline={mode.kind === 'outline' ? outline() : []}
					bookmarks={bookmarks}
					rows={size.bodyRows}
					width={size.columns}
					excerpt={excerpt}
				/>
			) : (
				<Box flexDirection="column" width={size.columns} height={pageRows + 1}>
					<SpeakerLine
						name={who.name}
						where={who.where}
						colour={whoId === null || upper ? undefined : speakers.colour.get(whoId)}
						width={size.columns}
					/>
					{rows.map((row, i) => {
						const id = transcript.remarks[row.turn.turn]!.speaker;
						return (
							<ReaderLine
								// Keyed by screen row: a page turn updates the same rows instead of remounting them.
								// biome-ignore lint/suspicious/noArrayIndexKey: rows are screen positions
								key={i}
								row={row}
								marks={marksOf(row.turn)}
								margin={layout.marginOf(row)}
								colour={id === null || upper ? undefined : speakers.colour.get(id)}
								narration={id === null}
								mono={upper}
							/>
						);
					})}
					{rows.length < pageRows ? <Text dimColor>(end)</Text> : null}
				</Box>
			)}
		</Frame>
	);
}

const noMarks: Mark[] = [];
