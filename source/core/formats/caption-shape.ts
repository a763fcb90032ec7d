/**
 * Photo captions with commas and several people ("Finance Minister Anton Siluanov (left) and
 * Governor Ivan Petrov before the meeting.", "At the forum plenary session. With Prime Minister of
 * Japan Shinzo Abe (left)."): noun phrases that name a person of this document, with a caption cue
 * (left/right, an opening "With …"/"At …"/"During …", or a closing "… during the talks") and no
 * first or second person, no auxiliary, and no verb after a name.
 */
import {ORG_WORDS} from '../speaker-places.js';
import {FUNCTION_WORDS, ROLE_WORDS} from '../speaker-words.js';

/** Longest paragraph this test looks at. */
export const MAX_SHAPED = 300;

/** Words a caption never has: pronouns of speech, auxiliaries, courtesies. */
const SPOKEN =
	/\b(?:I|we|you|us|me|my|our|your|it|they|is|are|was|were|be|been|have|has|had|will|would|can|could|should|must|may|might|do|does|did|not|this|that|these|those|there|here|let|thank|please|yes|no)\b/i;
const NOT_CAPTION = /[?!:;"“”«»…]/;
/** "…, left, and …", "… (right)". */
const POSITION = /(?:, |\()(?:left|right|centre|center)[,).]/;
/** A sentence that opens as a caption. */
const OPENER =
	/^(?:With|At|During|Before|After|Prior to|Following|Meeting (?:with|on|of)|Visit to|Visiting|On a visit|Talks with|Press statements|Press conference|News conference|Statements for the press)\b/;
/** Some cue anywhere: a quick no before the word-by-word look. */
const ANY_CUE =
	/(?:^|\. )(?:With|At|During|Before|After|Prior|Following|Meeting|Visit|Visiting|On a visit|Talks|Press|News|Statements)\b|[,(] ?(?:left|right|centre|center)[,).]| (?:at|during|before|after|prior to|following) /;

/** Sentences split at ". " before a capital, not after initials or "St" ("Adnan Z. Amin"). */
function splitSentences(text: string): string[] {
	const out: string[] = [];
	let from = 0;
	let at = text.indexOf('. ');
	while (at >= 0) {
		const space = text.lastIndexOf(' ', at - 1);
		if (at - space > 3 && isUpper(text.charCodeAt(at + 2))) {
			out.push(text.slice(from, at));
			from = at + 2;
		}
		at = text.indexOf('. ', at + 2);
	}
	out.push(text.slice(from));
	return out;
}

/** A closing "… at a meeting …", "… prior to the talks". */
const TAIL = / (?:at|during|before|after|prior to|following) (?:a |an |the )?/;
/** What a caption's closing names. */
const EVENTS = new Set(
	(
		'meeting meetings talks session plenary ceremony visit conference videoconference summit ' +
		'forum exhibition presentation briefing concert reception tour opening launch event ' +
		'celebrations parade competition games championship contest line linkup statements council board'
	).split(' '),
);
/** Where someone stands in the photo. */
const PLACES = new Set(['left', 'right', 'centre', 'center']);
/** Lowercase words that may follow a capitalised word in a caption. */
const AFTER_NAME = new Set(
	'and or at during before after prior with following in on of to from for by the'.split(' '),
);
/** Capitalised only because they open the sentence ("At the …", "Visiting the …"). */
const FIRST = new Set([...AFTER_NAME, 'visiting', 'visit', 'meeting', 'talks']);

const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || c === 0x401;

function stripPunct(token: string): string {
	// Most tokens have no bracket first and no bracket, comma or full stop last.
	const a = token.charCodeAt(0);
	const z = token.charCodeAt(token.length - 1);
	if (a !== 40 && a !== 91 && z !== 41 && z !== 93 && z !== 44 && z !== 46 && token.length > 0)
		return token;
	return token.replace(/^[([]+|[)\],.]+$/g, '');
}

/**
 * True when a run of capitalised words names a person of the document, or an office and a name
 * ("Finance Minister Anton Siluanov").
 */
function namesPerson(
	run: string[],
	isPerson: (first: string, last: string) => boolean,
	office: boolean,
): boolean {
	for (let i = 1; i < run.length; i++) if (isPerson(run[i - 1]!, run[i]!)) return true;
	const n = run.length;
	const first = run[n - 2]!;
	const last = run[n - 1]!;
	if (isOffice(last) || isOffice(first) || !isNameWord(first) || !isNameWord(last)) return false;
	if (n < 3) return false;
	const before = run[n - 3]!.toLowerCase();
	return (office || ROLE_WORDS.has(before) || ORG_WORDS.has(before)) && !TITLES.has(before);
}

/** A capitalised word that may be part of a personal name (not "RDIF", not "Russian"). */
function isNameWord(w: string): boolean {
	return !/^[\p{Lu}\d.&-]+$/u.test(w) && !/(?:ian|ese|ish|ic)$/.test(w);
}

const isOffice = (w: string) => {
	const l = w.toLowerCase();
	return ROLE_WORDS.has(l) || ORG_WORDS.has(l);
};
/** Role words that are no office of their own. */
const TITLES = new Set(
	'the mr mr. ms ms. mrs mrs. dr dr. sir madam dame lord lady father'.split(' '),
);

/** True when a capitalised word may be followed by a lowercase one: an adjective or a body. */
function adjectiveLike(word: string, single: boolean): boolean {
	if (ORG_WORDS.has(word.toLowerCase())) return true;
	return single && /(?:ian|an|ic|ese|ish)$/.test(word);
}

/**
 * The cheap part of `isShapedCaption`: false when `p` is too long, has no closing full stop or
 * capital first, or ends with a word that no caption ends with (a caption ends with a name, or
 * a word of its event or of this document).
 */
export function mayBeShaped(p: string, known: (word: string) => boolean): boolean {
	if (p.length > MAX_SHAPED || p.charCodeAt(p.length - 1) !== 46) return false;
	if (!isUpper(p.charCodeAt(0))) return false;
	const last = p.lastIndexOf(' ') + 1;
	if (!isUpper(p.charCodeAt(last)) && p.charCodeAt(last) !== 40) {
		const word = p.charCodeAt(p.length - 2) === 41 ? p.slice(last, -2) : p.slice(last, -1);
		if (!EVENTS.has(word) && !PLACES.has(word) && !CAPTION_WORDS.has(word) && !known(word))
			return false;
	}
	return true;
}

/**
 * True when `p` has the shape of a multi-part caption; `isPerson` says whether two capitalised
 * words name someone of this document, `known` whether a word comes from its title or labels.
 * `speechFree` says that `speechScan` (speech-scan.ts) found nothing in `p`, so the marks and
 * words of speech need no second look.
 */
export function isShapedCaption(
	p: string,
	isPerson: (first: string, last: string) => boolean,
	known: (word: string) => boolean,
	speechFree = false,
): boolean {
	if (!mayBeShaped(p, known)) return false;
	if (!speechFree && (NOT_CAPTION.test(p) || SPOKEN.test(p))) return false;
	if (!ANY_CUE.test(p)) return false;
	const sentences = splitSentences(p.slice(0, -1));
	if (sentences.length > 3) return false;
	let cue = POSITION.test(p);
	let person = false;
	for (const s of sentences) {
		if (OPENER.test(s)) cue = true;
		const tail = TAIL.exec(s);
		// The closing phrase ends the sentence ("…, reporting from Kursk" is no closing).
		if (tail && !s.includes(',', tail.index)) {
			for (const w of s.slice(tail.index + tail[0].length).split(' ')) {
				const t = stripPunct(w).toLowerCase();
				if (EVENTS.has(t) || (t.length > 3 && known(t))) {
					cue = true;
					break;
				}
			}
		}
		const tokens = s.split(' ');
		// Capitalised runs: a verb never follows one ("Ivan Petrov met …" is speech).
		const run: string[] = [];
		// An office seen in this noun phrase ("Speaker of the Federation Council Valentina …").
		let office = false;
		const close = () => {
			if (!person && run.length >= 2) person = namesPerson(run, isPerson, office);
			run.length = 0;
		};
		for (let i = 0; i < tokens.length; i++) {
			const raw = tokens[i]!;
			const t = stripPunct(raw);
			if (t === '') return false;
			if (t === '–' || t === '—' || t === '-') {
				// "Chief Executive Officer – Chairman of the Board": a dash inside an office.
				close();
				continue;
			}
			const sentenceCase = i === 0 && !isUpper(tokens[1]?.charCodeAt(0) ?? 0);
			if (raw.charCodeAt(0) === 40 || (i === 0 && FIRST.has(t.toLowerCase())) || sentenceCase) {
				// "(left)", "(RDIF)", an opening "At" or "Film director …": no run goes through it.
				close();
				continue;
			}
			if (isUpper(t.charCodeAt(0))) {
				const lower = t.toLowerCase();
				if (ROLE_WORDS.has(lower) || ORG_WORDS.has(lower)) office = true;
				run.push(t);
				if (raw.endsWith(',') || raw.endsWith(')')) close();
				continue;
			}
			// "…, reporting from Kursk": a clause of its own, as a speaker introduces himself.
			if (t.endsWith('ing') && !EVENTS.has(t) && !AFTER_NAME.has(t) && tokens[i - 1]!.endsWith(','))
				return false;
			const n = run.length;
			if (n > 0 && !AFTER_NAME.has(t) && !EVENTS.has(t) && !adjectiveLike(run[n - 1]!, n === 1))
				return false;
			close();
			if (t === 'and' || TAIL_WORDS.has(t)) office = false;
		}
		close();
	}
	return cue && (person || titleLike(sentences, known));
}

/** Words of a caption that names an event, not a person ("Press statements following talks."). */
const CAPTION_WORDS = new Set(
	'press statements news following via video call signing working expanded restricted format visiting'.split(
		' ',
	),
);
const TAIL_WORDS = new Set(['at', 'during', 'before', 'after', 'prior', 'following']);

/**
 * True when every sentence opens as a caption and names an event, with no clause after a comma
 * ("During the talks, the sides agreed …" is speech): lowercase words are event words or words of
 * the document's title and labels, at most one other.
 */
function titleLike(sentences: string[], known: (word: string) => boolean): boolean {
	let other = 0;
	let hits = 0;
	let names = 0;
	for (const s of sentences) {
		if (!OPENER.test(s)) return false;
		const tokens = s.split(' ');
		for (let i = 1; i < tokens.length; i++) {
			const raw = tokens[i]!;
			if (tokens[i - 1]!.endsWith(',') && !isUpper(raw.charCodeAt(0))) return false;
			const t = stripPunct(raw);
			if (isUpper(t.charCodeAt(0))) names++;
			if (isUpper(t.charCodeAt(0)) || raw.charCodeAt(0) === 40) continue;
			if (FUNCTION_WORDS.has(t) || AFTER_NAME.has(t)) continue;
			if (EVENTS.has(t) || CAPTION_WORDS.has(t) || known(t)) hits++;
			else if (++other > 1) return false;
		}
	}
	// "Visit to Almazov National Medical Research Centre.": a place's name after an event word (an
	// answer "At Moscow State University." is speech).
	const place = names >= 3 && !/^(?:At|With) /.test(sentences[0]!);
	return other === 0 ? hits >= 1 || place : hits >= 3;
}
