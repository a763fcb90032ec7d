/**
 * Changes to the store as journal events, and how each one changes the data. Events name what
 * they touch (a bookmark by its place, a review by its card and time), never an index, so that
 * events of two windows replay in any interleaving without clobbering each other.
 */

import type {
	Bookmark,
	CardRecord,
	Position,
	ReviewEntry,
	Settings,
	TranscriptProgress,
} from '../core/model.js';
import {
	type MainData,
	mainSchema,
	type QuizData,
	quizSchema,
	reviewLogCap,
	searchHistoryCap,
} from './schema.js';
import {type Schema, validate} from './validate.js';

/** One change. `t`: epoch ms when made (replay order across journals). */
export type StoreEvent =
	| {k: 'pos'; t: number; key: string; pos: Position; count: number | null}
	| {k: 'open'; t: number; key: string; count: number | null}
	| {k: 'bm+'; t: number; key: string; b: Bookmark}
	| {k: 'bm-'; t: number; key: string; turn: number; offset: number}
	| {k: 'hist'; t: number; q: string}
	| {k: 'set'; t: number; s: Partial<Settings>}
	| {k: 'card'; t: number; id: string; card: CardRecord}
	| {k: 'card-'; t: number; id: string}
	| {k: 'rev'; t: number; e: ReviewEntry}
	| {k: 'rev-'; t: number; card: string; at: number};

const mainKinds = new Set(['pos', 'open', 'bm+', 'bm-', 'hist', 'set']);
const quizKinds = new Set(['card', 'card-', 'rev', 'rev-']);

/** Which file an event changes, or null for a kind this version does not know. */
export function fileOf(event: {k: unknown}): 'main' | 'quiz' | null {
	if (typeof event.k !== 'string') return null;
	if (mainKinds.has(event.k)) return 'main';
	if (quizKinds.has(event.k)) return 'quiz';
	return null;
}

const str: Schema = {type: 'string'};
const num: Schema = {type: 'number'};
const position: Schema = {
	type: 'object',
	required: ['turn', 'offset'],
	properties: {turn: num, offset: num},
};
const bookmarkSchema = (mainSchema.progress.additionalProperties.properties.bookmarks as Schema)
	.items!;
const cardSchema = quizSchema.cards.additionalProperties as Schema;
const reviewSchema = quizSchema.reviews.items as Schema;
const nullableNum: Schema = {type: ['number', 'null']};

const eventSchemas: Record<string, Schema> = {
	pos: {
		type: 'object',
		required: ['key', 'pos'],
		properties: {key: str, pos: position, count: nullableNum},
	},
	open: {type: 'object', required: ['key'], properties: {key: str, count: nullableNum}},
	'bm+': {type: 'object', required: ['key', 'b'], properties: {key: str, b: bookmarkSchema}},
	'bm-': {
		type: 'object',
		required: ['key', 'turn', 'offset'],
		properties: {key: str, turn: num, offset: num},
	},
	hist: {type: 'object', required: ['q'], properties: {q: str}},
	set: {type: 'object', required: ['s'], properties: {s: mainSchema.settings as Schema}},
	card: {type: 'object', required: ['id', 'card'], properties: {id: str, card: cardSchema}},
	'card-': {type: 'object', required: ['id'], properties: {id: str}},
	rev: {type: 'object', required: ['e'], properties: {e: reviewSchema}},
	'rev-': {type: 'object', required: ['card', 'at'], properties: {card: str, at: num}},
};

/** Whether a parsed journal line is an event of a kind known here, with the right shape. */
export function isEvent(value: unknown): value is StoreEvent {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const e = value as {k?: unknown; t?: unknown};
	if (typeof e.k !== 'string' || typeof e.t !== 'number') return false;
	const schema = eventSchemas[e.k];
	return schema !== undefined && validate(value, schema, 1).length === 0;
}

function entry(data: MainData, key: string): TranscriptProgress {
	data.progress[key] ??= {position: null, bookmarks: [], lastOpened: null, remarkCount: null};
	return data.progress[key];
}

/** Applies a config.json event to `data` (in place). */
export function applyMain(data: MainData, e: StoreEvent): void {
	switch (e.k) {
		case 'pos': {
			const p = entry(data, e.key);
			p.position = {turn: e.pos.turn, offset: e.pos.offset};
			if (e.count !== null) p.remarkCount = e.count;
			return;
		}
		case 'open': {
			const p = entry(data, e.key);
			p.lastOpened = e.t;
			if (e.count !== null) p.remarkCount = e.count;
			return;
		}
		case 'bm+': {
			const p = entry(data, e.key);
			const b = e.b;
			p.bookmarks = p.bookmarks.filter((x) => x.turn !== b.turn || x.offset !== b.offset);
			p.bookmarks.push({...b});
			p.bookmarks.sort((x, y) => x.turn - y.turn || x.offset - y.offset);
			return;
		}
		case 'bm-': {
			const p = data.progress[e.key];
			if (p) p.bookmarks = p.bookmarks.filter((x) => x.turn !== e.turn || x.offset !== e.offset);
			return;
		}
		case 'hist': {
			const list = data.searchHistory;
			if (list[0] === e.q) return;
			data.searchHistory = [e.q, ...list.filter((x) => x !== e.q)].slice(0, searchHistoryCap);
			return;
		}
		case 'set':
			data.settings = {...data.settings, ...e.s};
			return;
		default:
			return;
	}
}

const cardFields = new Set(Object.keys(cardSchema.properties ?? {}));

/**
 * The fields of a stored card that this version does not know (a newer version's): a card written
 * here replaces every known field, absent ones included (an unsuspended card loses `suspended`),
 * and keeps these.
 */
function unknownFields(card: CardRecord | undefined): Partial<CardRecord> {
	if (!card) return {};
	return Object.fromEntries(Object.entries(card).filter(([key]) => !cardFields.has(key)));
}

/** Applies a quiz.json event to `data` (in place). */
export function applyQuiz(data: QuizData, e: StoreEvent): void {
	switch (e.k) {
		case 'card':
			data.cards[e.id] = {...unknownFields(data.cards[e.id]), ...e.card};
			return;
		case 'card-':
			delete data.cards[e.id];
			return;
		case 'rev': {
			const log = data.reviews;
			// Replayed twice (a compaction that died before recording its progress): once only.
			const last = log[log.length - 1];
			if (last && last.card === e.e.card && last.at === e.e.at) return;
			log.push({...e.e});
			if (log.length > reviewLogCap) log.splice(0, log.length - reviewLogCap);
			return;
		}
		case 'rev-': {
			const log = data.reviews;
			for (let i = log.length - 1; i >= 0; i--)
				if (log[i]!.card === e.card && log[i]!.at === e.at) {
					log.splice(i, 1);
					return;
				}
			return;
		}
		default:
			return;
	}
}
