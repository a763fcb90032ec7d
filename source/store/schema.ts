/**
 * The shape of Verbatim's config file: the data type, its JSON schema (validate.ts checks it when
 * a file is opened and before every write) and the defaults of a fresh store.
 */
import type {CardRecord, ReviewEntry, Settings, TranscriptProgress} from '../core/model.js';

/** The version of the stored data; conf runs the migrations up to it (see store.ts). */
export const storeVersion = '1.0.0';

/** At most this many review-log entries are kept (oldest dropped first). */
export const reviewLogCap = 5000;

/** At most this many search queries are remembered. */
export const searchHistoryCap = 100;

/**
 * config.json: what the reader needs at start-up (small, read before the first page).
 * Maps are keyed by content hashes, never file names.
 */
export interface MainData extends Record<string, unknown> {
	/** Transcript content hash → reading progress. */
	progress: Record<string, TranscriptProgress>;
	/** Most recent first. */
	searchHistory: string[];
	settings: Settings;
}

/** quiz.json: the quiz's cards and review log (up to ~2 MB; opened on first use). */
export interface QuizData extends Record<string, unknown> {
	/** Card id (`${transcriptHash}:${sentenceHash}`) → FSRS card. */
	cards: Record<string, CardRecord>;
	/** Oldest first, capped at `reviewLogCap`. */
	reviews: ReviewEntry[];
}

export const defaultSettings: Settings = {newPerDay: 20};

export function emptyMain(): MainData {
	return {progress: {}, searchHistory: [], settings: {...defaultSettings}};
}

export function emptyQuiz(): QuizData {
	return {cards: {}, reviews: []};
}

const num = {type: 'number'} as const;
const nullableNum = {type: ['number', 'null']} as const;

const position = {
	type: 'object',
	required: ['turn', 'offset'],
	properties: {turn: num, offset: num},
} as const;

const card = {
	type: 'object',
	required: [
		'due',
		'stability',
		'difficulty',
		'elapsed_days',
		'scheduled_days',
		'reps',
		'lapses',
		'state',
	],
	properties: {
		due: num,
		stability: num,
		difficulty: num,
		elapsed_days: num,
		scheduled_days: num,
		learning_steps: num,
		reps: num,
		lapses: num,
		state: num,
		last_review: nullableNum,
		misses: num,
		leech: {type: 'boolean'},
		suspended: {type: 'boolean'},
		buriedUntil: num,
		note: {type: 'string'},
	},
} as const;

/*
 * The schemas of the files (the `properties` of the root object). Deliberately lenient about
 * extra fields (forward compatible); strict about the types code relies on, so that a damaged file
 * is caught when opened (and backed up) instead of crashing a view later.
 */

/** Schema of config.json. */
export const mainSchema = {
	progress: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			properties: {
				position: {anyOf: [{type: 'null'}, position]},
				bookmarks: {
					type: 'array',
					items: {
						...position,
						required: ['turn', 'offset', 'created'],
						properties: {...position.properties, note: {type: 'string'}, created: num},
					},
				},
				lastOpened: nullableNum,
				remarkCount: nullableNum,
			},
		},
	},
	searchHistory: {type: 'array', items: {type: 'string'}},
	settings: {
		type: 'object',
		properties: {newPerDay: {type: 'integer', minimum: 0}},
	},
} as const;

/** Schema of quiz.json. */
export const quizSchema = {
	cards: {type: 'object', additionalProperties: card},
	reviews: {
		type: 'array',
		items: {
			type: 'object',
			required: ['card', 'at', 'chosen', 'correct', 'ms', 'rating'],
			properties: {
				card: {type: 'string'},
				at: num,
				chosen: {type: 'string'},
				correct: {type: 'string'},
				ms: num,
				rating: num,
				previous: {anyOf: [{type: 'null'}, card]},
			},
		},
	},
} as const;
