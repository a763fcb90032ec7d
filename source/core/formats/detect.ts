/**
 * The registry of transcript layouts and `detectLayout`, which picks the one that fits a text best.
 * Each layout module adds one import and one entry to `layouts`; kremlin is the fallback.
 */
import {alone} from './alone.js';
import {briefing} from './briefing.js';
import {court} from './court.js';
import {kremlin} from './kremlin.js';
import {plain} from './plain.js';
import {play} from './play.js';
import {headLines} from './scan.js';
import {srt} from './srt.js';
import type {Layout} from './types.js';
import {vtt} from './vtt.js';

/** Every known layout. Order breaks ties: earlier wins. */
const layouts: Layout[] = [kremlin, briefing, court, play, alone, vtt, srt, plain];

/** Names of layouts that one module reads: earnings calls are read by the "script" layout. */
const ALIASES: Record<string, string> = {
	call: 'script',
	captions: 'vtt',
	subrip: 'srt',
	webvtt: 'vtt',
};

/** Every name `--format` takes. */
export const formatNames = [...layouts.map((l) => l.name), 'call', 'html', 'text'];

/** Finds a layout by name (for `--format`), or undefined. */
export function layoutByName(name: string): Layout | undefined {
	const wanted = ALIASES[name] ?? name;
	return layouts.find((layout) => layout.name === wanted);
}

/** The layout that scores highest on `text`; kremlin when none scores above zero. */
export function detectLayout(text: string): Layout {
	return detectScored(text).layout;
}

/** The layout that scores highest on `text` and its score (0–1: how sure detection is). */
export function detectScored(text: string): {layout: Layout; score: number} {
	let best: Layout = kremlin;
	let bestScore = 0;
	// The first lines, split once for every layout's score.
	const head = headLines(text, 200);
	for (const layout of layouts) {
		// One that cannot score higher cannot win (ties go to the earlier).
		if (layout.most <= bestScore) continue;
		const score = layout.score(text, head);
		if (score > bestScore) {
			best = layout;
			bestScore = score;
		}
	}
	return {layout: best, score: bestScore};
}
