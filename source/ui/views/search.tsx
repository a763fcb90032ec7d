/**
 * The Search view: a query line on top (ink-text-input), live results below (speaker · title ·
 * the sentence cut around its matches), the count in the header, an optional preview of the turns
 * around the selected hit, and Enter to read the hit in context (Esc/q there comes back here).
 * The state lives in the library's search session (search/memory.ts), so it survives a visit to
 * Read; searches run off the input path and answers to stale queries are dropped.
 */
import {Box, Text, useStdout} from 'ink';
import {
	type ReactNode,
	useCallback,
	useEffect,
	useRef,
	useState,
	useSyncExternalStore,
} from 'react';
import {citeText, citeTurn, osc52} from '../../core/cite.js';
import {Frame} from '../components/frame.js';
import {hintText} from '../components/key-hints.js';
import {ListWindow} from '../components/list-window.js';
import {SearchInput} from '../components/search-input.js';
import {SearchPreview} from '../components/search-preview.js';
import {SearchRow} from '../components/search-row.js';
import {colourOff} from '../components/theme.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewInput} from '../hooks/use-view-input.js';
import {type KeyFlags, keymap} from '../keys/keymap.js';
import {countText, hitRow, hitTitle, readRequest, speakerColour} from '../search/format.js';
import {newer, notWalking, older} from '../search/history.js';
import {searchClaims, searchCommand} from '../search/keys.js';
import {editLine} from '../search/line.js';
import {searchSession} from '../search/memory.js';
import {previewRows} from '../search/preview.js';
import {useShell, useStore} from '../state/context.js';
import type {ViewProps} from './registry.js';

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

/** The footer: the view's hints that clip, then Ctrl+C. */
function footerText(width: number, empty: boolean): string {
	const hints = keymap.search
		.filter((b) => b.hint)
		.map((b) => (b.id === 'down' ? '↑↓ move' : hintText(b)));
	const tail = empty ? ['↑ history', '? help', 'Tab next view', 'Ctrl+C quit'] : ['Ctrl+C quit'];
	for (let i = hints.length; i >= 0; i--) {
		const line = [...(empty ? [] : hints.slice(0, i)), ...tail].join(' · ');
		if (line.length <= width) return line;
	}
	return tail.join(' · ');
}

export function SearchView({active}: ViewProps) {
	const shell = useShell();
	const store = useStore();
	const size = useTerminalSize();
	const session = searchSession(shell.library);
	useSyncExternalStore(session.subscribe, session.getVersion);
	const {stdout} = useStdout();
	// "copied …" in the footer after Ctrl+Y, until the next key.
	const [copied, setCopied] = useState<string | null>(null);
	const previous = useRef(shell.state.previous);
	useEffect(() => {
		session.visit(previous.current);
		session.start();
	}, [session]);

	const plain = colourOff();
	const {columns: width, bodyRows} = size;
	const hits = session.hits;
	const rest = Math.max(1, bodyRows - 1);
	const previewOn = session.preview && hits.length > 0;
	const previewHeight = previewOn ? Math.max(2, Math.floor(rest / 2)) : 0;
	const listRows = Math.max(1, rest - previewHeight);

	const env = useRef({listRows, width, bodyRows});
	env.current = {listRows, width, bodyRows};

	const openHit = useCallback(() => {
		const hit = session.hits[session.selected];
		if (!hit) return;
		session.walk = notWalking;
		session.openedRead = true;
		const {width: columns, bodyRows: rows} = env.current;
		shell.openRead(readRequest(hit, shell.byKey.get(hit.key), columns, rows));
	}, [session, shell]);

	// Enter pressed before the answer came: the session opens its first hit when it comes.
	useEffect(() => {
		session.opener = openHit;
		return () => {
			session.opener = null;
		};
	}, [session, openHit]);

	/** Every key: a command, else an edit of the line (read from the session, never stale). */
	const onKey = useCallback(
		(input: string, key: KeyFlags) => {
			const walking = session.walk.at >= 0;
			const command = searchCommand(input, key, {query: session.query, walking});
			const page = env.current.listRows;
			setCopied(null);
			switch (command) {
				case 'copy': {
					const hit = session.hits[session.selected];
					const loaded = hit && shell.byKey.get(hit.key);
					if (!hit || !loaded) return;
					const citation = citeTurn(loaded.transcript, hit.remark, {
						quote: hit.text,
						file: loaded.file,
					});
					stdout.write(osc52(citeText(citation)));
					return setCopied(`copied the hit (turn ${hit.remark + 1}) as a quote`);
				}
				case 'down':
					return session.move(1, page);
				case 'up':
					return session.move(-1, page);
				case 'page-down':
					return session.move(page, page);
				case 'page-up':
					return session.move(-page, page);
				case 'first':
					return session.move(-session.selected, page);
				case 'last':
					return session.move(session.hits.length, page);
				case 'preview':
					return session.togglePreview();
				case 'history-older': {
					const next = older(store.getSearchHistory(), session.walk, session.query);
					if (next) session.setQuery(next.query, next.walk);
					return;
				}
				case 'history-newer': {
					const next = newer(store.getSearchHistory(), session.walk);
					return session.setQuery(next.query, next.walk);
				}
				case 'clear':
					return session.setQuery('');
				case 'leave':
					return shell.switchTo(session.leaveTo);
				case 'open': {
					const query = session.query.trim();
					if (!query) return;
					store.pushSearchHistory(query);
					if (session.searching) session.openPending = true;
					else openHit();
					return;
				}
				default: {
					const edited = editLine({text: session.query, cursor: session.cursor}, input, key);
					if (edited) session.setQuery(edited.text, notWalking, edited.cursor);
				}
			}
		},
		[session, store, shell, openHit, stdout],
	);
	const claims = useCallback(
		(input: string, key: KeyFlags) => searchClaims(session.query, input, key),
		[session],
	);
	useViewInput(onKey, claims, active);

	const result = session.result;
	let status: string;
	if (session.error) status = 'search failed';
	else if (!session.ready) status = 'indexing…';
	else if (session.searching) status = 'searching…';
	else if (result && session.query.trim()) status = countText(result);
	else {
		const n = shell.library.transcripts.length;
		status = `${n.toLocaleString('en-US')} transcript${n === 1 ? '' : 's'}`;
	}

	const empty = session.query.trim() === '';
	let body: ReactNode;
	if (session.error) body = <Text color="red">{`search failed: ${session.error}`}</Text>;
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
				{session.searching || !session.ready
					? 'searching…'
					: `nothing matches ${JSON.stringify(session.query.trim())}`}
			</Text>
		);
	} else {
		const selected = Math.min(session.selected, hits.length - 1);
		const hit = hits[selected]!;
		const loaded = shell.byKey.get(hit.key);
		const preview =
			previewOn && loaded
				? previewRows(loaded, hit, width - 2, previewHeight - 1, plain)
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
						title={[hitTitle(hit), loaded?.transcript.date, `turn ${hit.remark + 1}`]
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
				copied ? (
					<Text color="yellow" wrap="truncate-end">
						{copied}
					</Text>
				) : (
					<Text dimColor wrap="truncate-end">
						{footerText(width, empty)}
					</Text>
				)
			}
		>
			<SearchInput
				text={session.query}
				cursor={session.cursor}
				width={width}
				placeholder={PLACEHOLDER}
				plain={plain}
				focus={active}
			/>
			{body}
		</Frame>
	);
}
