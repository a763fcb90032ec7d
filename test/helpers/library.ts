/**
 * Test helper: a Library built from in-memory texts (no files), parsed by the real parser, for UI
 * tests. Transcripts keep the order given; keys are content hashes as in a real load.
 */
import {type Library, type LoadedTranscript, loadBytes} from '../../source/core/library.js';
import {parseBytes} from '../../source/core/transcript.js';

/** A text for `makeLibrary`: the raw transcript, or with a display name. */
export type LibraryText = string | {name: string; text: string};

/** Parses each text as if loaded from a file `/virtual/<name>` (default `text-N.txt`). */
export function makeLibrary(texts: LibraryText[]): Library {
	const transcripts: LoadedTranscript[] = texts.map((t, i) => {
		const {name, text} = typeof t === 'string' ? {name: `text-${i + 1}.txt`, text: t} : t;
		return loadBytes(new TextEncoder().encode(text), `/virtual/${name}`, parseBytes);
	});
	return {transcripts, skipped: 0, errors: []};
}
