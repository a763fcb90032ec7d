/**
 * The registry of transcript layouts and `detectLayout`, which picks the one that fits a text best.
 * Each layout module adds one import and one entry to `layouts`; kremlin is the fallback.
 */
import {kremlin} from './kremlin.js';
import type {Layout} from './types.js';

/** Every known layout. Order breaks ties: earlier wins. */
export const layouts: Layout[] = [
	kremlin,
];

/** Finds a layout by name (for `--format`), or undefined. */
export function layoutByName(name: string): Layout | undefined {
	return layouts.find((layout) => layout.name === name);
}

/** The layout that scores highest on `text`; kremlin when none scores above zero. */
export function detectLayout(text: string): Layout {
	let best: Layout = kremlin;
	let bestScore = 0;
	for (const layout of layouts) {
		const score = layout.score(text);
		if (score > bestScore) {
			best = layout;
			bestScore = score;
		}
	}
	return best;
}
