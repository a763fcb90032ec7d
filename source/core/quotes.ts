/**
 * Quote candidates for the quiz: each paragraph of a named speaker's turn is split into
 * sentences, and runs of one to three consecutive sentences (8–60 words) that stand on their own
 * become candidates. The split does not depend on any random seed, so a quote (and its card id)
 * is the same in every session.
 */

import type {Transcript} from './model.js';
import {splitSentences} from './sentences.js';

/** One quotable run of sentences inside a paragraph of a turn. */
export interface QuoteCandidate {
	/** Remark index in Transcript.remarks. */
	remark: number;
	/** Paragraph index inside the remark. */
	paragraph: number;
	/** Character range in the paragraph. */
	start: number;
	end: number;
	/** The quote exactly as written. */
	text: string;
	/** Speaker id of the turn. */
	speaker: string;
	sentences: number;
}

/** Fewest words in a quote. */
export const MIN_WORDS = 8;
/** Most words in a quote. */
const MAX_WORDS = 60;
/** A run stops growing once it has this many words. */
const TARGET_WORDS = 16;
const MAX_SENTENCES = 3;

/** Sentences are split as for search records (sentences.ts), so both agree on a quote. */
export {splitSentences} from './sentences.js';

/** Words as a reader counts them: whitespace-separated tokens holding a letter or digit. */
export function countWords(text: string): number {
	let n = 0;
	for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) n++;
	return n;
}

/** The most generous word count (letter/digit runs or tokens, whichever is more), for the cap. */
function countWordsMax(text: string): number {
	const runs = text.match(/[\p{L}\p{N}▁]+/gu)?.length ?? 0;
	const tokens = text.split(/\s+/u).filter((t) => t.length > 0).length;
	return Math.max(runs, tokens);
}

const VOCATIVE =
	/^(?:(?:mr|mrs|ms|mister|madam|madame|dear|my dear|dr|sir|comrade|monsieur)\.?\s+[^,.!?]{0,40}|colleagues|friends|ladies and gentlemen),\s+/iu;
const VOCATIVE_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s*){1,4},\s+/u;

const FILLER =
	/^(?:thank(?:s|\s+you)|many thanks|(?:i|we)\s+(?:would like to|want to|wish to|must|should|am happy to|am glad to|are happy to|are glad to)\s+(?:\p{L}+ly\s+)?(?:thank|welcome|greet|congratulate)|let me (?:\p{L}+ly\s+)?(?:thank|welcome|greet|congratulate)|(?:i am|i'm|we are|we're)\s+(?:very\s+|so\s+|really\s+|most\s+)?(?:grateful|happy|glad|delighted|pleased)\s+to\s+(?:see|welcome|meet|greet|host|visit|be here with)\s+you|(?:i am|i'm|we are|we're)\s+(?:very\s+|so\s+|really\s+)?grateful|(?:i|we|i'm|we're|let me|allow me)\s+(?:\S+\s+){0,8}?(?:wish|congratulate|welcome|greet)\b|good (?:morning|afternoon|evening|day|night)|hello|hi|welcome|goodbye|bye|(?:please\s+)?go ahead|please|you have the floor|over to you|next question|the floor is yours|i (?:now )?give the floor|congratulations|sorry|excuse me|one (?:moment|second|minute))\b/iu;

const SHORT_FILLER =
	/^(?:yes|no|okay|ok|right|all right|of course|certainly|exactly|absolutely|sure|indeed|agreed|excellent|great|good|fine|wonderful|well|true|correct|i see|i agree|understood|congratulations)\b/iu;

const DANGLING =
	/^(?:and|but|so|or|nor|yet|however|therefore|thus|hence|also|moreover|furthermore|besides|nevertheless|nonetheless|still|then|consequently|otherwise|meanwhile|instead|accordingly|which|because|as a result|in addition|on the other hand|at the same time|for this reason|for that reason|that is why|this is why|in this regard|in this connection|in that case|in this case|after all|anyway|likewise|similarly|as for that|even so|plus|with this in mind|with that in mind|in this context|given this|given that|in view of this|to this end|for this purpose|in other words|that said|this said)\b/iu;

/** Courtesies anywhere in a sentence: "convey my best wishes", "on behalf of", "condolences". */
const COURTESY =
	/\b(?:(?:i|we)\s+(?:(?:would like|want|wish|must|should|have)\s+to\s+)?(?:\p{L}+ly\s+)?thank|thank you|(?:convey|pass on|extend|send|give)\b.{0,40}\b(?:wishes|greetings|regards|condolences|gratitude|thanks)|on behalf of|my condolences|our condolences)\b/iu;

/**
 * A speaker saying who they are ("My name is …", "I am Vladimir Priymak, general director of …"):
 * with the name hidden it says nothing of what they think, and gives away an unknown asker.
 */
const SELF_INTRO =
	/^(?:(?:[Mm]y name is|[Ll]et me introduce myself)\b|I(?: am|'m) (?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'-]*(?:,|\.$|\s+(?:from|of)\s))/u;

/**
 * Host and guest pleasantries anywhere in a sentence ("It is a great pleasure to see you", "We are
 * always very glad to see you", "express my gratitude", "Let us all thank our guest"): they say
 * only who is the host, not what anyone thinks.
 */
const PLEASANTRY =
	/\b(?:it is (?:a |an |my |our )?(?:\p{L}+ )?(?:pleasure|honour|honor|privilege) to (?:see|welcome|meet|greet|host|receive)|(?:am|are|'m|'re)\s+(?:\p{L}+\s+){0,3}?(?:glad|happy|pleased|delighted)\s+to\s+(?:see|welcome|meet|greet|receive)\s+you|express (?:\p{L}+ ){0,2}(?:gratitude|thanks|appreciation)|let(?: us|'s)\s+(?:all\s+)?thank)\b/iu;

/** True for greetings, thanks, "Go ahead, please." and similar sentences that say nothing. */
export function isFiller(sentence: string): boolean {
	if (COURTESY.test(sentence) || PLEASANTRY.test(sentence.replaceAll('’', "'"))) return true;
	let body = sentence.replaceAll('’', "'");
	for (let i = 0; i < 3; i++) body = body.replace(VOCATIVE, '').replace(VOCATIVE_NAME, '');
	if (FILLER.test(body) || SELF_INTRO.test(body)) return true;
	return countWords(body) <= 6 && SHORT_FILLER.test(body);
}

/** True when a sentence leans on what came before ("However, …", "And …", lower-case start). */
export function isDangling(sentence: string): boolean {
	const body = sentence.replace(/^["“‘«([]+/u, '');
	if (/^[\p{Ll}]/u.test(body)) return true;
	if (/^[-–—…,;:]/u.test(body)) return true;
	if (DANGLING.test(body)) return true;
	if (/^(?:perhaps,?\s+)?not (?:even|just|to mention)\b/iu.test(body)) return true;
	// "His knowledge…", "Their feat…", "This of course…": who or what is only said before.
	if (/^(?:he|she|they|his|her|its|their|this,?\s+of course)\b/iu.test(body)) return true;
	// A short sentence about "it" or "this" needs the one before ("It has taken place.").
	if (
		/^(?:it|this|that|these|those|they|he|she|such|there)\b/iu.test(body) &&
		countWords(body) <= 8
	)
		return true;
	// A pronoun subject points back ("It will be the year of…", "They are ready"), unless it is
	// the empty "it" of "It is important to…" / "It is clear that…".
	return PRONOUN_SUBJECT.test(body) && !EMPTY_IT.test(body);
}

const PRONOUN_SUBJECT =
	/^(?:it|this|that|these|those|they|he|she)\s+(?:is|was|will|would|has|had|are|were|can|could|must|should|did|does|do|may|might|also|really|already)\b/iu;
const EMPTY_IT = /^it\s+(?:is|was|will be|would be)\s+(?:\S+\s+){0,3}?(?:to|that|for)\b/iu;

function isQuotable(sentence: string): boolean {
	// Stage directions, inserts and broken text are never quoted.
	if (/^[(<[]/u.test(sentence) && /[)>\]]\.?$/u.test(sentence)) return false;
	return /[.!?…]["”’»)]*$/u.test(sentence);
}

/** Quote candidates of one paragraph. */
export function paragraphCandidates(
	text: string,
): Array<{start: number; end: number; sentences: number}> {
	const sentences = splitSentences(text);
	const out: Array<{start: number; end: number; sentences: number}> = [];
	let run: number[] = [];
	let words = 0;
	let last = -2; // index of the last sentence of the previous candidate
	const flush = (): void => {
		if (run.length > 0 && words >= MIN_WORDS) {
			out.push({
				start: sentences[run[0]!]![0],
				end: sentences[run.at(-1)!]![1],
				sentences: run.length,
			});
			last = run.at(-1)!;
		}
		run = [];
		words = 0;
	};
	sentences.forEach((range, i) => {
		const sentence = text.slice(range[0], range[1]);
		const n = countWordsMax(sentence);
		if (isFiller(sentence) || !isQuotable(sentence) || n > MAX_WORDS) {
			flush();
			return;
		}
		if (run.length > 0 && (words + n > MAX_WORDS || run.length >= MAX_SENTENCES)) flush();
		if (run.length === 0 && isDangling(sentence)) {
			// A sentence that leans on the one before joins the previous quote, or is skipped.
			const previous = out.at(-1);
			if (
				previous &&
				last === i - 1 &&
				previous.sentences < MAX_SENTENCES &&
				countWordsMax(text.slice(previous.start, range[1])) <= MAX_WORDS
			) {
				previous.end = range[1];
				previous.sentences++;
				last = i;
			}
			return;
		}
		run.push(i);
		words += n;
		if (words >= TARGET_WORDS) flush();
	});
	flush();
	return out;
}

/** Words of courtesy: a short quote that holds one says only who is host and who is guest. */
const COURTESY_WORD =
	/\b(?:pleasure|pleased|honou?r(?:ed)?|privilege|thank(?:s|ful)?|grateful|gratitude|glad|delighted|welcome|congratulat\p{L}*|greetings?|wishes|condolences|good luck|all the best|likewise|my respects|kind words)\b/iu;

/** Most words in a quote that may be courtesy alone ("…, it is likewise a great pleasure for me."). */
const COURTESY_MAX_WORDS = 12;

/** True for a short quote of courtesy alone (a vocative and a pleasantry), never asked. */
export function isCourtesyOnly(quote: string): boolean {
	let body = quote.replaceAll('’', "'");
	for (let i = 0; i < 3; i++) body = body.replace(VOCATIVE, '').replace(VOCATIVE_NAME, '');
	return countWords(body) <= COURTESY_MAX_WORDS && COURTESY_WORD.test(body);
}

/** Fewest words in a quote made only of questions. */
const MIN_QUESTION_WORDS = 15;

function onlyQuestions(quote: string): boolean {
	return splitSentences(quote).every(([a, b]) => /\?["”’»)]*$/u.test(quote.slice(a, b)));
}

/** Every quote candidate of a transcript's named (non-anonymous) speakers, in order. */
export function quoteCandidates(transcript: Transcript): QuoteCandidate[] {
	const named = new Set(transcript.speakers.filter((s) => !s.anonymous).map((s) => s.id));
	const out: QuoteCandidate[] = [];
	transcript.remarks.forEach((remark, r) => {
		if (remark.speaker === null || !named.has(remark.speaker)) return;
		remark.paragraphs.forEach((paragraph, p) => {
			for (const c of paragraphCandidates(paragraph)) {
				const quote = paragraph.slice(c.start, c.end);
				const words = countWords(quote);
				if (words < MIN_WORDS || countWordsMax(quote) > MAX_WORDS) continue;
				// Short prompts ("How was the year? What are your plans?") say nothing of who asks.
				if (words < MIN_QUESTION_WORDS && onlyQuestions(quote)) continue;
				if (isCourtesyOnly(quote)) continue;
				out.push({
					remark: r,
					paragraph: p,
					start: c.start,
					end: c.end,
					text: quote,
					speaker: remark.speaker as string,
					sentences: c.sentences,
				});
			}
		});
	});
	return out;
}
