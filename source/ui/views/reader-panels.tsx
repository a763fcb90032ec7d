/** The Read view's lists (speakers, outline, bookmarks) and its footer (prompt or hints). */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Bookmark} from '../../store/types.js';
import {ListWindow} from '../components/list-window.js';
import type {SpeakerInfo} from '../reader/speakers.js';
import {type ReaderMode, type ReaderState, speakerIds} from '../reader/state.js';

export function ReaderList({
	mode,
	speakers,
	bookmarks,
	rows,
	width,
	excerpt,
}: {
	mode: Extract<ReaderMode, {selected: number}>;
	speakers: SpeakerInfo;
	bookmarks: Bookmark[];
	rows: number;
	width: number;
	excerpt: (b: Bookmark) => string;
}) {
	if (mode.kind === 'bookmarks') {
		return (
			<ListWindow
				title="Bookmarks (Enter jump · x delete · Esc close)"
				count={bookmarks.length}
				selected={mode.selected}
				rows={rows}
				width={width}
				empty="no bookmarks"
				item={(i) => {
					const b = bookmarks[i]!;
					return (
						<Text wrap="truncate-end">
							<Text bold>{`turn ${b.turn + 1}`}</Text>
							{b.note ? ` · ${b.note}` : ''}
							<Text dimColor>{` · ${excerpt(b)}`}</Text>
						</Text>
					);
				}}
			/>
		);
	}
	const ids = speakerIds(speakers);
	const title =
		mode.kind === 'outline'
			? 'Outline: speakers and turns (Enter: first turn · Esc close)'
			: 'Show one speaker (Enter choose · Esc close)';
	return (
		<ListWindow
			title={title}
			count={ids.length}
			selected={mode.selected}
			rows={rows}
			width={width}
			empty="no speakers in this transcript"
			item={(i) => {
				const id = ids[i]!;
				const s = speakers.byId.get(id);
				const turns = speakers.turns.get(id)!;
				return (
					<Text wrap="truncate-end">
						<Text bold color={speakers.colour.get(id)}>
							{s?.name ?? id}
						</Text>
						{` · ${turns.length} ${turns.length === 1 ? 'turn' : 'turns'}`}
						<Text dimColor>{` · from turn ${turns[0]! + 1}${s?.role ? ` · ${s.role}` : ''}`}</Text>
					</Text>
				);
			}}
		/>
	);
}

/** The footer while a prompt is open, or a message; undefined for the key hints. */
export function readerFooter(state: ReaderState): ReactNode | undefined {
	const m = state.mode;
	if (m.kind === 'find') return <Text wrap="truncate-start">{`/${m.text}█`}</Text>;
	if (m.kind === 'goto') return <Text wrap="truncate-start">{`go to turn: ${m.text}█`}</Text>;
	if (m.kind === 'note')
		return (
			<Text wrap="truncate-start">{`bookmark note (Enter saves, Esc cancels): ${m.text}█`}</Text>
		);
	if (m.kind !== 'normal') return <Text dimColor>↑↓ choose · Enter · Esc close</Text>;
	if (state.message)
		return (
			<Text color="yellow" wrap="truncate-end">
				{state.message}
			</Text>
		);
	if (state.count) {
		const view = /^[1-4]$/.test(state.count) ? ` · view: Alt+${state.count}` : '';
		return (
			<Text dimColor wrap="truncate-end">
				{`${state.count}… g: go to turn ${state.count} · j/k: lines${view}`}
			</Text>
		);
	}
	return undefined;
}

/**
 * The top line of the page: who speaks on the first line of text, with role, turn, "(cont.)"
 * when the turn began above the page, and the turn's time where the transcript has one.
 */
export function SpeakerLine({
	name,
	where,
	colour,
	width,
}: {
	name: string;
	where: string;
	colour: string | undefined;
	width: number;
}) {
	return (
		<Box width={width} height={1}>
			<Box flexShrink={1} overflow="hidden">
				<Text wrap="truncate-end" bold color={colour}>
					{name}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text dimColor>{` · ${where}`}</Text>
			</Box>
		</Box>
	);
}
