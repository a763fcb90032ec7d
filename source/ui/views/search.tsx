/**
 * The Search view: a query line on top, live results below (speaker · title ·
 * the sentence cut around its matches), the count in the header, an optional preview of the turns
 * around the selected hit, and Enter to read the hit in context (Esc/q there comes back here).
 * The state lives in the library's search session (search/session.ts), so it survives a visit to
 * Read; searches run off the input path and answers to stale queries are dropped.
 */
import {Box, Text} from 'ink';
import {type ReactNode, useMemo} from 'react';
import {textWidth} from '../../core/wrap.js';
import {Frame} from '../components/frame.js';
import {hintText} from '../components/key-hints.js';
import {ListWindow} from '../components/list-window.js';
import {SearchInput} from '../components/search-input.js';
import {SearchPreview} from '../components/search-preview.js';
import {SearchRow} from '../components/search-row.js';
import {colourOff} from '../components/theme.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useWhole} from '../hooks/use-whole.js';
import {type Command, globalKeys, INTERRUPT, keyLabel, keymap} from '../keys/keymap.js';
import {speakerInfo} from '../reader/speakers.js';
import {countText, hitRow, hitTitle, speakerColour} from '../search/format.js';
import {previewRows} from '../search/preview.js';
import {isSearching, shownHits} from '../search/state.js';
import {useSearchInput} from '../search/use-search-input.js';
import {useSearchState} from '../search/use-search-state.js';
import {useShell, useStore} from '../state/context.js';
import type {ViewProps} from './types.js';

const PLACEHOLDER = 'words (typos are fine) · \'exact · !not · a | b · "a phrase" · @speaker';

/** The query language, two columns a row when the window is wide enough. */
function guide(width: number): string[] {
	const intro =
		width >= 80
			? 'Type a few words of a quote: spelling mistakes and word order do not matter.'
			: 'Type a few words: typos are fine.';
	const items = [
		"'word   exactly this word",
		'!word   without this word',
		'a | b   either',
		'@name   one speaker only',
		'^word   sentence starts with',
		'word$   sentence ends with',
		'"a b"   a phrase',
		'Capitals: case-sensitive',
	];
	if (width < 70) return [intro, ...items];
	const half = items.length / 2;
	return [intro, ...items.slice(0, half).map((a, i) => `${a.padEnd(33)}${items[half + i]}`)];
}

/** The first key of a binding of the Search section, as shown. */
const keyOf = (id: Command<'search'>) =>
	keyLabel(keymap.search.find((b) => b.id === id)?.keys[0] ?? 'space');

/** The footer, from the keymap: the view's hints that clip, then Ctrl+C. */
function footerText(width: number, empty: boolean): string {
	const hints = keymap.search
		.filter((b) => b.hint)
		.map((b) => (b.id === 'down' ? `${keyOf('up')}${keyOf('down')} ${b.hint}` : hintText(b)));
	const quit = `${keyLabel(INTERRUPT)} quit`;
	const globals = globalKeys.filter((b) => b.id === 'help' || b.id === 'next-view').map(hintText);
	const tail = empty ? [`${keyOf('recall-older')} history`, ...globals, quit] : [quit];
	for (let i = hints.length; i >= 0; i--) {
		const line = [...(empty ? [] : hints.slice(0, i)), ...tail].join(' · ');
		if (textWidth(line) <= width) return line;
	}
	return tail.join(' · ');
}

export function SearchView({active}: ViewProps) {
	const shell = useShell();
	const store = useStore();
	const size = useTerminalSize();
	const {session, state} = useSearchState();

	const plain = colourOff();
	const {columns: width, bodyRows} = size;
	const hits = shownHits(state);
	const rest = Math.max(1, bodyRows - 1);
	const previewOn = state.preview && hits.length > 0;
	const previewHeight = previewOn ? Math.max(2, Math.floor(rest / 2)) : 0;
	const listRows = Math.max(1, rest - previewHeight);
	useSearchInput(session, {listRows, width, bodyRows}, state.openFirst, active);
	const searching = isSearching(state);
	const selected = Math.min(state.selected, Math.max(0, hits.length - 1));
	const shown = hits[selected];
	// The preview shows the turns around the hit: the transcript's text, read when shown.
	const entry = shown ? shell.byKey.get(shown.key) : undefined;
	const {whole: loaded} = useWhole(previewOn ? entry : undefined);
	const speakers = useMemo(
		() => (previewOn && loaded ? speakerInfo(loaded.transcript, plain) : undefined),
		[previewOn, loaded, plain],
	);

	const {result, error, query} = state;
	let status: string;
	if (error) status = 'search failed';
	else if (!state.ready) status = 'indexing…';
	else if (searching) status = 'searching…';
	else if (result && query.trim()) status = countText(result);
	else {
		const n = shell.library.transcripts.length;
		status = `${n.toLocaleString('en-US')} transcript${n === 1 ? '' : 's'}`;
	}

	const empty = query.trim() === '';
	let body: ReactNode;
	if (error) body = <Text color="red">{`search failed: ${error}`}</Text>;
	else if (empty) {
		const recent = store.getSearchHistory();
		const lines = guide(width);
		if (recent.length > 0) lines.push('', 'Recent (↑ or Ctrl+R):', ...recent.map((q) => `  ${q}`));
		body = (
			<Box flexDirection="column" height={rest} overflow="hidden">
				{lines.slice(0, rest).map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: screen rows
					<Text key={i} dimColor wrap="truncate-end">
						{line || ' '}
					</Text>
				))}
			</Box>
		);
	} else if (hits.length === 0) {
		body = (
			<Text dimColor wrap="truncate-end">
				{searching || !state.ready
					? 'searching…'
					: `nothing matches ${JSON.stringify(query.trim())}`}
			</Text>
		);
	} else {
		const hit = hits[selected]!;
		const preview =
			loaded && speakers
				? previewRows(loaded, hit, width - 2, previewHeight - 1, speakers)
				: {rows: [], hitRow: 0};
		body = (
			<>
				<ListWindow
					count={hits.length}
					selected={selected}
					rows={listRows}
					width={width}
					item={(i, isSelected) => (
						<SearchRow
							row={hitRow(hits[i]!, width - 2)}
							colour={speakerColour(hits[i]!.speaker)}
							selected={isSelected}
							plain={plain}
						/>
					)}
				/>
				{previewOn ? (
					<SearchPreview
						title={[hitTitle(hit), entry?.transcript.date, `turn ${hit.remark + 1}`]
							.filter(Boolean)
							.join(' · ')}
						rows={preview.rows}
						hitRow={preview.hitRow}
						width={width}
						height={previewHeight}
						plain={plain}
					/>
				) : null}
			</>
		);
	}

	return (
		<Frame
			view="search"
			size={size}
			title="Search"
			status={status}
			footer={
				state.note ? (
					<Text color="green" wrap="truncate-end">
						{state.note}
					</Text>
				) : (
					<Text dimColor wrap="truncate-end">
						{footerText(width, empty)}
					</Text>
				)
			}
		>
			<SearchInput
				text={query}
				cursor={state.cursor}
				width={width}
				placeholder={PLACEHOLDER}
				plain={plain}
				focus={active}
			/>
			{body}
		</Frame>
	);
}
