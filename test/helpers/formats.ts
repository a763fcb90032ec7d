/** Helpers for the layout tests: fixtures, corpus files (cleaned) and their truth. */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {RawDocument} from '../../source/core/formats/types.js';
import {clean} from '../../source/core/text.js';

// Tests run from the project root; the shared corpus sits beside it (../shared).
const fixtures = join('test', 'fixtures', 'formats');
/** The hand-checked corpus. */
export const corpusDir = join('..', 'shared', 'corpus');
/** 607 real Kremlin pages. */
export const archiveDir = join('..', 'shared', 'bench', 'kremlin-archive');

/** A fixture from test/fixtures/formats, cleaned. */
export function fixture(name: string): string {
	return clean(readFileSync(join(fixtures, name), 'utf8'));
}

/** True when the shared corpus sits beside the project. */
export const hasCorpus = existsSync(join(corpusDir, 'truth'));

/** A raw corpus file, cleaned as the parser would see it. */
export function corpusText(file: string): string {
	return clean(readFileSync(join(corpusDir, 'raw', file), 'utf8'));
}

/** One truth turn: who speaks and how the turn starts. */
interface TruthTurn {
	speaker: string;
	start: string;
}

/** The hand-checked truth of a corpus file. */
export interface Truth {
	title: string | null;
	date: string | null;
	place: string | null;
	speakers: {name: string; labels: string[]}[];
	remarks: TruthTurn[];
}

/** The truth file of a corpus slug. */
export function truth(slug: string): Truth {
	return JSON.parse(readFileSync(join(corpusDir, 'truth', `${slug}.json`), 'utf8')) as Truth;
}

/** The same normalisation as score-parse.mjs: quotes, dashes, spaces, case. */
export function norm(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u02bc`]/g, "'")
		.replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
		.replace(/[\u2013\u2014\u2012]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** The labelled turns of a parsed document as "label | first words" (n characters of text). */
export function turns(doc: RawDocument, n = 30): string[] {
	return doc.blocks
		.filter((block) => block.label !== null)
		.map((block) => `${block.label} | ${block.paragraphs.join(' ').slice(0, n)}`);
}

/**
 * Compares a parse with the truth: every labelled block must be the next truth turn (its label
 * one of the speaker's labels, its text starting with the truth start). Returns the mismatches.
 */
export function compareWithTruth(doc: RawDocument, expected: Truth): string[] {
	const problems: string[] = [];
	const labelled = doc.blocks.filter((block) => block.label !== null);
	if (labelled.length !== expected.remarks.length) {
		problems.push(`${labelled.length} turns, truth has ${expected.remarks.length}`);
	}
	for (const [index, turn] of expected.remarks.entries()) {
		const block = labelled[index];
		if (!block) {
			problems.push(`missing turn ${index}: ${turn.start}`);
			break;
		}
		const labels = expected.speakers.find((s) => s.name === turn.speaker)?.labels ?? [];
		if (!labels.map(norm).includes(norm(block.label ?? ''))) {
			problems.push(`turn ${index}: label ${block.label}, truth ${turn.speaker}`);
		}
		if (!norm(block.paragraphs.join(' ')).startsWith(norm(turn.start))) {
			problems.push(
				`turn ${index}: "${block.paragraphs.join(' ').slice(0, 40)}" ≠ "${turn.start}"`,
			);
		}
	}
	return problems;
}
