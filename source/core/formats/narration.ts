/**
 * Photo captions inside or between turns ("Meeting with Government members.", "President of Iran
 * Hassan Rouhani."): one short sentence without verbs or pronouns whose words come from the
 * title, the sub-headings or the speaker labels of the same page.
 */
import {FUNCTION_WORDS, PROSE_WORDS} from '../speaker-words.js';
import {isShapedCaption, MAX_SHAPED, mayBeShaped} from './caption-shape.js';
import {SPEECH_BOTH, SPEECH_SHAPED, speechScan} from './speech-scan.js';

/** Tells captions from speech; `noteHeading` adds narration paragraphs (sub-headings) to its words. */
export interface CaptionTest {
	noteHeading(paragraph: string): void;
	test(paragraph: string): boolean;
}

const MAX_CAPTION = 180;
const NOT_CAPTION = /[,;:?!"“”«»()]/;
/** Courtesies that end speeches ("Happy Russia Day."), never a caption's words. */
const COURTESY = new Set(['happy', 'congratulations', 'thanks', 'goodbye', 'good-bye', 'regards']);

/** A capital or a digit first ("2018 World Cup final draw."). */
function capitalFirst(p: string): boolean {
	const c = p.charCodeAt(0);
	return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xc0;
}

function stem(word: string): string {
	return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** A lowercase token without the punctuation around it, and without "'s". */
function bare(token: string): string {
	// Most tokens start and end with a letter: only "'s" may go.
	const n = token.length;
	const z = token.charCodeAt(n - 1);
	if (z >= 97 && z <= 122) {
		const a = token.charCodeAt(0);
		if (a >= 97 && a <= 122) {
			if (z !== 115 || n < 2) return token;
			const q = token.charCodeAt(n - 2);
			return q === 39 || q === 0x2019 ? token.slice(0, -2) : token;
		}
	}
	return token.replace(/^[([“"«–—]+|[)\]”"»–—;:]+$/g, '').replace(/['’]s$/, '');
}

/**
 * `contentWords` of labels and titles met before (the same speakers recur across documents).
 * Keys are copies: a label cut from a document would keep the whole document's text alive.
 */
const contentCache = new Map<string, readonly string[]>();

function contentWords(text: string): readonly string[] {
	const hit = contentCache.get(text);
	if (hit !== undefined) return hit;
	const out: string[] = [];
	for (const raw of text.toLowerCase().split(/[\s,.;:()[\]“”"«»–—]+/)) {
		const n = raw.length;
		const q = n >= 2 && raw.charCodeAt(n - 1) === 115 ? raw.charCodeAt(n - 2) : 0;
		const w = q === 39 || q === 0x2019 ? raw.slice(0, -2) : raw;
		if (w.length >= 3 && !FUNCTION_WORDS.has(w)) out.push(stem(w));
	}
	if (contentCache.size > 20000) contentCache.clear();
	// (A slice of a joined string is a slice of a fresh copy, not of `text`'s document.)
	contentCache.set(`${text}\n`.slice(0, -1), out);
	return out;
}

/**
 * Builds the caption test for one document; `isPerson` says whether two capitalised words name
 * someone of the document (a speaker, or someone in the title or lead).
 */
export function captionTest(
	title: string | null,
	labels: Iterable<string>,
	isPerson: (first: string, last: string) => boolean = () => false,
	lead: readonly string[] = [],
): CaptionTest {
	let vocab: Set<string> | null = null;
	const headings: string[] = title ? [title, ...lead] : [...lead];
	const words = () => {
		if (!vocab) {
			vocab = new Set();
			for (const text of [...headings, ...labels]) for (const w of contentWords(text)) vocab.add(w);
		}
		return vocab;
	};
	return {
		noteHeading(p) {
			if (p.length > 200 || /[.?!:]$/.test(p)) return;
			headings.push(p);
			if (vocab) for (const w of contentWords(p)) vocab.add(w);
		},
		test(p) {
			// Quick noes both tests would give: too long, no closing full stop, no capital first,
			// a mark or word of speech.
			const n = p.length;
			if (n > MAX_SHAPED || p.charCodeAt(n - 1) !== 46) return false;
			if (!capitalFirst(p)) return false;
			// The cheap tests of each caption test's shape, before looking at every word.
			const simple = n <= MAX_CAPTION && !p.includes(',');
			if (!simple && (n < 20 || !mayBeShaped(p, knownWord))) return false;
			// Pronouns and verbs no caption has (see speech-scan.ts) rule out both tests.
			const speech = speechScan(p);
			if (speech === SPEECH_BOTH) return false;
			if (simple && simpleCaption(p)) return true;
			if (n < 20 || speech === SPEECH_SHAPED) return false;
			return isShapedCaption(p, isPerson, knownWord, true);
		},
	};
	function knownWord(w: string): boolean {
		return words().has(stem(w));
	}
	/** The short caption test, for paragraphs where `speechScan` found no word of speech. */
	function simpleCaption(p: string): boolean {
		const n = p.length;
		if (n > MAX_CAPTION || p.charCodeAt(n - 1) !== 46) return false;
		if (!capitalFirst(p)) return false;
		if (p.includes(',') || NOT_CAPTION.test(p)) return false;
		// One or two sentences ("Before the meeting. With Ivan Petrov."), each a noun phrase
		// whose content words mostly come from the title, sub-headings or labels.
		const known = words();
		const tokens = p.toLowerCase().split(' ');
		let stops = 0;
		let content = 0;
		let hits = 0;
		for (let i = 0; i < tokens.length; i++) {
			let t = tokens[i]!;
			const dot = t.indexOf('.');
			if (dot >= 0) {
				if (dot !== t.length - 1 || ++stops > 2) return false;
				t = t.slice(0, -1);
			}
			if (PROSE_WORDS.has(t) || COURTESY.has(t)) return false;
			t = bare(t);
			if (t.length < 3 || FUNCTION_WORDS.has(t)) continue;
			content++;
			if (known.has(stem(t))) hits++;
			else {
				// Even if every later token were a known word, too few would be.
				const left = tokens.length - 1 - i;
				if (hits + left < (content + left) * 0.6) return false;
			}
		}
		if (content < 2) return false;
		return hits >= content * 0.6;
	}
}
