/**
 * The Read view: pages through one transcript like `less`. Only the rows on screen are drawn,
 * from turns wrapped once per width (ReaderLayout); keys go through the pure `readerKey`, and the
 * position, bookmarks and last-opened time go to the Store.
 */

import {Box, Text} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {LoadedTranscript} from '../../core/library.js';
import {sanitize} from '../../core/sanitize.js';
import {Frame} from '../components/frame.js';
import {colourOff} from '../components/theme.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewInput} from '../hooks/use-view-input.js';
import type {KeyFlags} from '../keys/keymap.js';
import {readerKey} from '../reader/keys.js';
import {ReaderLayout, remarkText} from '../reader/layout.js';
import {pageStatus} from '../reader/progress.js';
import {speakerInfo} from '../reader/speakers.js';
import {
	initialReader,
	type ReaderEnv,
	type ReaderState,
	readerClaims,
	topCursor,
} from '../reader/state.js';
import type {ReadTarget} from '../state/app-state.js';
import {useShell, useStore} from '../state/context.js';
import {type Mark, ReaderLine} from './reader-line.js';
import {ReaderList, readerFooter} from './reader-panels.js';

/** How long a lone digit waits for a second key before it is taken as a view key. */
export const VIEW_KEY_DELAY_MS = 600;

/** The registered Read view: the transcript the shell asks for. */
export function ReadView({active}: {active: boolean}) {
	const {state, byKey} = useShell();
	const size = useTerminalSize();
	const target = state.read;
	const loaded = target ? byKey.get(target.key) : undefined;
	if (!target || !loaded || loaded.transcript.remarks.length === 0) {
		const why = loaded
			? 'This transcript has no text.'
			: 'Nothing open: choose a transcript in the Library (Tab).';
		return (
			<Frame view="read" size={size} title={loaded?.transcript.title ?? loaded?.name ?? 'Read'}>
				<Text dimColor>{why}</Text>
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
	const size = useTerminalSize();
	const {transcript, key} = loaded;
	const pageRows = size.bodyRows;
	const upper = colourOff();
	const speakers = useMemo(() => speakerInfo(transcript, upper), [transcript, upper]);
	const [state, setState] = useState<ReaderState>(() =>
		initialReader(transcript, startPosition(target, store.getProgress(key).position), {
			query: target.query,
			marks: target.highlights,
		}),
	);
	const [bookmarks, setBookmarks] = useState(() => store.getProgress(key).bookmarks);
	const layout = useMemo(
		() =>
			new ReaderLayout(
				transcript,
				size.columns,
				state.filter ? speakers.turns.get(state.filter)! : null,
				speakers.prefix,
			),
		[transcript, size.columns, state.filter, speakers],
	);
	const cursor = topCursor(state, layout, pageRows);
	const rows = layout.slice(cursor, pageRows);

	const stateRef = useRef(state);
	stateRef.current = state;
	const envRef = useRef<ReaderEnv | null>(null);
	envRef.current = {transcript, layout, speakers, bookmarks, pageRows, now: 0};

	useEffect(() => {
		store.markOpened(key, transcript.remarks.length);
	}, [store, key, transcript]);
	const {turn, offset} = state.top;
	useEffect(() => {
		store.setPosition(key, {turn, offset}, transcript.remarks.length);
	}, [store, key, transcript, turn, offset]);

	// A lone 1–4 is also the global view key: if no second key makes it a count ("42g", "3j")
	// within VIEW_KEY_DELAY_MS, it switches view (like vim's timeoutlen for ambiguous keys).
	const pendingCount = state.count;
	useEffect(() => {
		if (!active || !/^[1-4]$/.test(pendingCount)) return;
		const timer = setTimeout(() => {
			const next = {...stateRef.current, count: ''};
			stateRef.current = next;
			setState(next);
			shell.globalKey(pendingCount, {});
		}, VIEW_KEY_DELAY_MS);
		return () => clearTimeout(timer);
	}, [active, pendingCount, shell]);

	const onKey = useCallback(
		(input: string, k: KeyFlags) => {
			const env = {...envRef.current!, now: Date.now()};
			const result = readerKey(stateRef.current, input, k, env);
			stateRef.current = result.state;
			setState(result.state);
			const effect = result.effect;
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
		[store, key],
	);
	const claim = useCallback(
		(input: string, k: KeyFlags) =>
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

	const total = transcript.remarks.length;
	const page = pageStatus(layout, cursor, pageRows);
	const status = `turn ${page.first + 1}/${total} · ${page.percent}%`;
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
			footer={readerFooter(state)}
		>
			{mode.kind === 'speakers' || mode.kind === 'outline' || mode.kind === 'bookmarks' ? (
				<ReaderList
					mode={mode}
					speakers={speakers}
					bookmarks={bookmarks}
					rows={pageRows}
					width={size.columns}
					excerpt={excerpt}
				/>
			) : (
				<Box flexDirection="column" width={size.columns} height={pageRows}>
					{rows.map((row, i) => {
						const id = transcript.remarks[row.turn.turn]!.speaker;
						return (
							<ReaderLine
								// Keyed by screen row: a page turn updates the same rows instead of remounting them.
								// biome-ignore lint/suspicious/noArrayIndexKey: rows are screen positions
								key={i}
								row={row}
								marks={marksByTurn.get(row.turn.turn) ?? noMarks}
								colour={id === null || upper ? undefined : speakers.colour.get(id)}
								narration={id === null}
							/>
						);
					})}
				</Box>
			)}
		</Frame>
	);
}

const noMarks: Mark[] = [];
