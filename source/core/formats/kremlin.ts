/** The Kremlin layout (en.kremlin.ru transcripts). Work in progress. */
import type {Layout, RawDocument} from './types.js';

/** The Kremlin layout. */
export const kremlin: Layout = {
	name: 'kremlin',
	score: () => 0.1,
	parse(text: string): RawDocument {
		return {title: null, date: null, place: null, blocks: [{label: null, paragraphs: [text]}]};
	},
};
