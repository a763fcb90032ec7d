/**
 * The Library view: every loaded transcript with its date, title, speakers, turns and how far
 * you have read; type to filter, Enter opens it in Read. Only the visible rows are drawn.
 */
import {Box, Text} from 'ink';
import {textWidth, truncateParts} from '../../core/wrap.js';
import {Frame} from '../components/frame.js';
import {ListWindow} from '../components/list-window.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyLabel, keymap} from '../keys/keymap.js';
import {sortNames} from '../library/filter.js';
import {useLibraryInput} from '../library/use-library-input.js';
import {useLibraryState} from '../library/use-library-state.js';
import {percentRead} from '../reader/progress.js';
import {useStore} from '../state/context.js';
import type {ViewProps} from './types.js';

/** What the keys do while the filter is typed ("Enter read · Esc clear"), from the keymap. */
const typingHints = keymap.library
	.filter((b) => b.id === 'open' || b.id === 'clear')
	.map((b) => `${keyLabel(b.keys[0] ?? 'space')} ${b.id === 'open' ? 'read' : 'clear'}`)
	.join(' · ');

export function LibraryView({active}: ViewProps) {
	const store = useStore();
	const size = useTerminalSize();
	const {store: library, state, all, rows, filter} = useLibraryState();
	const listRows = size.bodyRows;
	useLibraryInput({store: library, filter, pageRows: listRows}, active);

	const width = size.columns;
	const footer = state.typing ? (
		<Text wrap="truncate-start">{`filter: ${state.filter}█  (${typingHints})`}</Text>
	) : undefined;
	const total = all.length;
	const order = state.sort === 'file' ? '' : ` · ${sortNames[state.sort]}`;
	const status = state.filter
		? `${rows.length}/${total}${order}`
		: `${total} transcript${total === 1 ? '' : 's'}${order}`;
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
					const row = rows[i];
					if (!row) return null;
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
					// Cut here to the columns left beside the marker and `right` (Ink would cut the
					// styled line itself, character by character, on every frame).
					const [head, title, speakers] = truncateParts(
						[`${date}  `, row.title, row.speakers ? ` · ${row.speakers}` : ''],
						Math.max(0, width - 2 - textWidth(right)),
					);
					return (
						<>
							<Box flexGrow={1} flexShrink={1} overflow="hidden">
								<Text wrap="truncate-end">
									{head}
									<Text bold={selected}>{title}</Text>
									<Text dimColor>{speakers}</Text>
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
