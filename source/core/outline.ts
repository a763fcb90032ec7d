/**
 * A transcript's outline: what the Library shows of it (title, date, place, speakers and how
 * many turns each has) without its text. A library opened from the index cache holds outlines
 * only; the text of a transcript is read when it is opened (indexed-library.ts `wholeTranscript`).
 */
import type {LoadedTranscript, Outline} from './library.js';
import type {Transcript} from './model.js';

/** The outline of a whole transcript. */
export function outlineOf(transcript: Transcript): Outline {
	const at = new Map(transcript.speakers.map((s, i) => [s.id, i]));
	const turns = transcript.speakers.map(() => 0);
	for (const r of transcript.remarks) {
		const i = r.speaker === null ? undefined : at.get(r.speaker);
		if (i !== undefined) turns[i]!++;
	}
	return {remarks: transcript.remarks.length, turns};
}

/** Whether this entry holds its text (else only its metadata and outline). */
export function isWhole(t: LoadedTranscript): boolean {
	return t.outline === undefined;
}

/** The entry without its text: metadata, speakers and outline (the same entry if it has none). */
export function outlineEntry(t: LoadedTranscript): LoadedTranscript {
	if (!isWhole(t)) return t;
	return entryOfOutline(t, t.transcript, outlineOf(t.transcript));
}

/** An entry that holds no text: where it is, its metadata and speakers, and its outline. */
export function entryOfOutline(
	where: Pick<LoadedTranscript, 'key' | 'file' | 'name' | 'bytes'>,
	meta: Pick<Transcript, 'title' | 'date' | 'place' | 'format' | 'speakers'>,
	outline: Outline,
): LoadedTranscript {
	const {title, date, place, format, speakers} = meta;
	return {
		key: where.key,
		file: where.file,
		name: where.name,
		bytes: where.bytes,
		transcript: {title, date, place, format, speakers, remarks: []},
		outline,
	};
}

/** Turns per speaker id: from the outline, or counted in the text. */
export function turnsBySpeaker(t: LoadedTranscript): Map<string, number> {
	const counts = new Map<string, number>();
	if (t.outline) {
		t.transcript.speakers.forEach((s, i) => {
			const n = t.outline!.turns[i] ?? 0;
			if (n > 0) counts.set(s.id, (counts.get(s.id) ?? 0) + n);
		});
		return counts;
	}
	for (const r of t.transcript.remarks)
		if (r.speaker !== null) counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
	return counts;
}
