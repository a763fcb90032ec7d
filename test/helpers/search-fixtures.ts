import type {Library} from '../../source/core/library.js';
import type {Transcript} from '../../source/core/model.js';

export const corpusDir = '../shared/corpus/raw';
export const archiveDir = '../shared/bench/kremlin-archive';
/** A deterministic random generator (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A library of hand-written transcripts: each is [title, [speaker name | null, text][]]. */
export function handLibrary(docs: Array<[string, Array<[string | null, string]>]>): Library {
	return {
		skipped: 0,
		errors: [],
		transcripts: docs.map(([title, turns], i) => {
			const names = [...new Set(turns.map(([s]) => s).filter((s): s is string => s !== null))];
			const transcript: Transcript = {
				title,
				date: null,
				place: null,
				format: 'plain',
				speakers: names.map((name) => ({
					id: name.toLowerCase().replace(/ /g, '-'),
					name,
					role: null,
					labels: [name],
					anonymous: false,
				})),
				remarks: turns.map(([s, text]) => ({
					speaker: s === null ? null : s.toLowerCase().replace(/ /g, '-'),
					paragraphs: text.split('\n'),
				})),
			};
			return {key: `k${i}`, file: `/tmp/doc${i}.txt`, name: `doc${i}.txt`, transcript, bytes: 0};
		}),
	};
}
