/**
 * The router's table: every view of the app, in Tab order. Adding a view is one file exporting
 * its component plus one entry here and its section in keys/keymap.ts.
 */
import {LibraryView} from './library.js';
import {QuizView} from './quiz.js';
import {ReadView} from './reader.js';
import {SearchView} from './search.js';
import {StatsView} from './stats.js';
import type {ViewDef} from './types.js';

export const views: ViewDef[] = [
	{id: 'library', title: 'Library', component: LibraryView},
	{id: 'read', title: 'Read', component: ReadView},
	{id: 'search', title: 'Search', component: SearchView},
	{id: 'quiz', title: 'Quiz', component: QuizView},
	{id: 'stats', title: 'Stats', component: StatsView},
];
