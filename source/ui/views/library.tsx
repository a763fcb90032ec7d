/**
 * The Library view: every loaded transcript with its date, title, speakers, turns and how far
 * you have read; type to filter, Enter opens it in Read. Only the visible rows are drawn.
 */
import {Box, Text} from 'ink';
import {useCallback, useMemo, useRef, useState} from 'react';
import {Frame} from '../components/frame.js';
import {ListWindow} from '../components/list-window.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewInput} from '../hooks/use-view-input.js';
import type {KeyFlags} from '../keys/keymap.js';
import {filterRows, libraryRows} from '../library/filter.js';
import {type LibraryState, libraryClaims, libraryKey} from '../library/keys.js';
import {percentRead} from '../reader/progress.js';
import {useShell, useStore} from '../state/context.js';

export function LibraryView({active}: {active: boolean}) {
	const shell = useShell();
	const store = useStore();
	const size = useTerminalSize();
	const all = useMemo(() => libraryRows(shell.library.transcripts), [shell.library]);
	const [state, setState] = useState<LibraryState>(() => {
		const i = all.findIndex((r) => r.item.key === shell.state.selected);
		return {filter: '', typing: false, selected: Math.max(0, i)};
	});
	const rows = useMemo(() => filterRows(all, state.filter), [all, state.filter]);
	const listRows = size.bodyRows;

	const stateRef = useRef(state);
	stateRef.current = state;
	const envRef = useRef({rows, listRows});
	envRef.current = {rows, listRows};
	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			const {rows: shown, listRows: page} = envRef.current;
			const result = libraryKey(
				stateRef.current,
				input,
				key,
				shown.length,
				page,
				(f) => filterRows(all, f).length,
			);
			stateRef.current = result.state;
			setState(result.state);
			const effect = result.effect;
			const current = filterRows(all, result.state.filter);
			if (effect?.type === 'open') {
				const row = current[effect.index];
				if (row) shell.openRead({key: row.item.key});
			} else if (effect?.type === 'select' || current[result.state.selected]) {
				const row = current[result.state.selected];
				if (row) shell.selectTranscript(row.item.key);
			}
		},
		[all, shell],
	);
	const claim = useCallback(
		(input: string, key: KeyFlags) => libraryClaims(stateRef.current, input, key),
		[],
	);
	useViewInput(onKey, claim, active);

	const width = size.columns;
	const footer = state.typing ? (
		<Text wrap="truncate-start">{`filter: ${state.filter}█  (Enter read · Esc clear)`}</Text>
	) : undefined;
	const total = all.length;
	const status = state.filter
		? `${rows.length}/${total}`
		: `${total} transcript${total === 1 ? '' : 's'}`;
	const detail = state.filter && !state.typing ? `filter: ${state.filter}` : undefined;

	return (
		<Frame
			view="library"
			size={size}
			title="Library"
			detail={detail}
			status={status}
			footer={footer}
		>
			<ListWindow
				count={rows.length}
				selected={state.selected}
				rows={listRows}
				width={width}
				empty={state.filter ? `nothing matches "${state.filter}"` : 'no transcripts'}
				item={(i, selected) => {
					const row = rows[i]!;
					const {transcript, key} = row.item;
					const progress = store.getProgress(key);
					const pct = progress.position
						? `${percentRead(transcript, progress.position, width, listRows)}%`
						: progress.lastOpened
							? '0%'
							: 'new';
					// Narrow windows keep the title readable: the turn count goes first.
					const right =
						width >= 70
							? ` ${String(row.turns).padStart(4)} turns ${pct.padStart(4)}`
							: ` ${pct.padStart(4)}`;
					const date = transcript.date ?? '—'.padEnd(10);
					return (
						<>
							<Box flexGrow={1} flexShrink={1} overflow="hidden">
								<Text wrap="truncate-end">
									{`${date}  `}
									<Text bold={selected}>{row.title}</Text>
									<Text dimColor>{row.speakers ? ` · ${row.speakers}` : ''}</Text>
								</Text>
							</Box>
							<Box flexShrink={0}>
								<Text dimColor>{right}</Text>
							</Box>
						</>
					);
				}}
			/>
		</Frame>
	);
}
