/**
 * Test helper: hand-written transcripts and libraries for UI tests (no parser involved), with
 * keys as a real load would give (content hashes).
 */
import {createHash} from 'node:crypto';
import type {Library, LoadedTranscript} from '../../source/core/library.js';
import type {Remark, Speaker, Transcript} from '../../source/core/model.js';

export const putin: Speaker = {
	id: 'vladimir-putin',
	name: 'Vladimir Putin',
	role: 'President of Russia',
	labels: ['President of Russia Vladimir Putin', 'Vladimir Putin'],
	anonymous: false,
};
const nazarbayev: Speaker = {
	id: 'nursultan-nazarbayev',
	name: 'Nursultan Nazarbayev',
	role: 'President of Kazakhstan',
	labels: ['Nursultan Nazarbayev'],
	anonymous: false,
};
const question: Speaker = {
	id: 'question',
	name: 'Question',
	role: null,
	labels: ['Question'],
	anonymous: true,
};

const words = [
	'relations',
	'trade',
	'energy',
	'space',
	'investment',
	'agreement',
	'cooperation',
	'partners',
];

/**
 * A transcript of `turns` remarks: narration first, then Putin, Nazarbayev and Question in turn.
 * Turn i (0-based) contains the word `marker<i+1>` once, and every 7th turn has two paragraphs.
 */
export function makeTranscript(turns: number, title = `Meeting ${turns}`): Transcript {
	const remarks: Remark[] = [];
	const cycle = [putin.id, nazarbayev.id, putin.id, question.id];
	for (let i = 0; i < turns; i++) {
		const speaker = i === 0 ? null : cycle[(i - 1) % cycle.length]!;
		const len = 8 + ((i * 13) % 40);
		const body = Array.from({length: len}, (_, k) => words[(i + k) % words.length]).join(' ');
		const paragraphs = [`marker${i + 1} ${body}.`];
		if (i % 7 === 6) paragraphs.push(`Second paragraph of turn ${i + 1}: ${body}.`);
		remarks.push({speaker, paragraphs});
	}
	return {
		title,
		date: '2017-12-27',
		place: 'The Kremlin, Moscow',
		format: 'kremlin',
		speakers: [putin, nazarbayev, question],
		remarks,
	};
}

export function loaded(transcript: Transcript, name = 'meeting.txt'): LoadedTranscript {
	const text = JSON.stringify(transcript);
	const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
	return {key, file: `/virtual/${name}`, name, transcript, bytes: text.length};
}

export function libraryOf(...transcripts: Transcript[]): Library {
	return {
		transcripts: transcripts.map((t, i) => loaded(t, `t${i + 1}.txt`)),
		skipped: 0,
		errors: [],
	};
}
