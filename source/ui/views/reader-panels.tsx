/** The Read view's lists (speakers, outline, bookmarks) and its footer (prompt or hints). */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Bookmark} from '../../core/model.js';
import {ListWindow} from '../components/list-window.js';
import type {OutlineItem, SpeakerInfo} from '../reader/speakers.js';
import {type ReaderMode, type ReaderState, speakerIds} from '../reader/state.js';

export function ReaderList({
	mode,
	speakers,
	outline,
	bookmarks,
	rows,
	width,
	excerpt,
}: {
	mode: Extract<ReaderMode, {selected: number}>;
	speakers: SpeakerInfo;
	outline: OutlineItem[];
	bookmarks: Bookmark[];
	rows: number;
	width: number;
	excerpt: (b: {turn: number; offset: number}) => string;
}) {
	if (mode.kind === 'bookmarks') {
		return (
			<ListWindow
				title="Bookmarks (Enter jump · x delete · ' back to the last place · Esc close)"
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
	if (mode.kind === 'outline') {
		return (
			<ListWindow
				title="Outline: each speaker's turns (Enter: go there · Esc close)"
				count={outline.length}
				selected={mode.selected}
				rows={rows}
				width={width}
				empty="no speakers in this transcript"
				item={(i) => {
					const {speaker: id, turn} = outline[i]!;
					if (turn === null) return speakerItem(speakers, id);
					return (
						<Text wrap="truncate-end">
							<Text dimColor>{`  turn ${turn + 1} · `}</Text>
							{excerpt({turn, offset: 0}).replace(/\s+/g, ' ')}
						</Text>
					);
				}}
			/>
		);
	}
	const ids = speakerIds(speakers);
	const title = 'Show one speaker (Enter choose · Esc close)';
	return (
		<ListWindow
			title={title}
			count={ids.length}
			selected={mode.selected}
			rows={rows}
			width={width}
			empty="no speakers in this transcript"
			item={(i) => speakerItem(speakers, ids[i]!)}
		/>
	);
}

/** A speaker's row: name, turns, first turn, role. */
function speakerItem(speakers: SpeakerInfo, id: string) {
	const s = speakers.byId.get(id);
	const turns = speakers.turns.get(id)!;
	const count = speakers.runs.get(id) ?? turns.length;
	return (
		<Text wrap="truncate-end">
			<Text bold color={speakers.colour.get(id)}>
				{s?.name ?? id}
			</Text>
			{` · ${count} ${count === 1 ? 'turn' : 'turns'}`}
			<Text dimColor>{` · from turn ${turns[0]! + 1}${s?.role ? ` · ${s.role}` : ''}`}</Text>
		</Text>
	);
}

/**
 * The footer while a prompt is open, or a message, or the one-speaker note while that filter
 * is on (`only`: the speaker's name); undefined for the key hints.
 */
export function readerFooter(state: ReaderState, only?: string): ReactNode | undefined {
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
	if (only !== undefined)
		return (
			<Text color="yellow" wrap="truncate-end">
				{`only ${only} (s: show all)`}
			</Text>
		);

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
