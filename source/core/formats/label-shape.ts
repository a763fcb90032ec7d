/**
 * What the text before a colon looks like: a generic label ("Question"), a name with or without a
 * role ("President of Russia Vladimir Putin"), "name, role" ("Anna Ivanova, welder"), a looser
 * role with lowercase words ("Olympic ice hockey champion Pavel Datsuk"), or prose ("Here it is").
 * The shape alone never decides; kremlin.ts weighs it with evidence from the whole document.
 */

import {
	FUNCTION_WORDS,
	foldKey,
	hasUpper,
	PROSE_WORDS,
	ROLE_WORDS,
	SENTENCE_OPENERS,
} from '../speaker-words.js';
import {isGenericLabel, splitJoined, splitLabel} from '../speakers.js';

/** The kinds of label-like text before a colon. */
type ShapeKind = 'generic' | 'name' | 'comma' | 'loose' | 'caller';

/** A possible label and what it looks like. */
export interface LabelShape {
	kind: ShapeKind;
	/** Number of words without notes. */
	words: number;
	/** Folded last two words (the likely personal name), for evidence lookups. */
	nameKey: string;
	/** The last two words as written. */
	nameTokens: string[];
	/** True when the last word is a common organisation or place word ("Region", "Ministry"). */
	orgEnd: boolean;
	/** True when the first word is an office ("President …", "Patriarch …"). */
	roleStart: boolean;
	/**
	 * True when only evidence from the document makes it a label: "Sports commentator Ivan
	 * Petrov, ceremony moderator" is one when "Ivan Petrov" is a label or named in the lead.
	 */
	evidenceOnly?: boolean;
}

/** Longest text before a colon that may be a label (Kremlin roles run past 150 characters). */
export const MAX_LABEL = 260;

const FORBIDDEN = /[?!;"“”«»…:]/;
/** Dots a label may hold: initials, a few abbreviations, dots inside a name ("VEB.RF", "Lenta.Ru"). */
const DOTTED = /^(?:(?:\p{Lu}\.)+|Mr\.|Ms\.|Mrs\.|Dr\.|St\.|Jr\.|Sr\.|[^.]*\p{L}\.\p{L}[^.]*)$/u;

const ORG_WORDS = new Set(
	(
		'region territory republic federation ministry committee council agency service company ' +
		'corporation bank union party government administration office centre center university ' +
		'institute academy fund foundation group programme program project forum summit conference ' +
		'commission court assembly duma parliament kremlin russia moscow countries states nations ' +
		'games cup olympics day year association society club school hospital plant factory board ' +
		'department directorate organisation organization city district area'
	).split(' '),
);

/** Classifies the text before a colon; null when it cannot be a label. */
export function labelShape(prefix: string): LabelShape | null {
	if (prefix.length > MAX_LABEL || FORBIDDEN.test(prefix)) return null;
	// Most prose starts with a word like "I", "We", "The", "This": a cheap no before the rest.
	const space = prefix.indexOf(' ');
	if (space > 0) {
		const head = prefix.slice(0, space).toLowerCase();
		if (SENTENCE_OPENERS.has(head) && head !== 'the' && !isGenericLabel(prefix)) return null;
	}
	const base = splitJoined(splitLabel(prefix).base);
	if (base === '' || FORBIDDEN.test(base)) return null;
	const tokens = base.split(' ');
	if (tokens.length > 32) return null;
	if (base.includes('.') && !tokens.every((t) => !t.includes('.') || DOTTED.test(t))) return null;
	const last2 = tokens.slice(-2);
	const shape = (kind: ShapeKind): LabelShape => ({
		kind,
		words: tokens.length,
		nameKey: foldKey(last2.join(' ')),
		nameTokens: last2,
		orgEnd: ORG_WORDS.has(bare(tokens.at(-1)!).toLowerCase()),
		roleStart: ROLE_WORDS.has(first.toLowerCase()) && first.toLowerCase() !== 'the',
	});
	const first = tokens[0]!;
	if (isGenericLabel(base)) return shape('generic');
	const opener = first.toLowerCase();
	if (SENTENCE_OPENERS.has(opener)) {
		if (opener !== 'the' || !ROLE_WORDS.has(tokens[1]?.toLowerCase() ?? '')) return null;
	}
	let lowercase = 0;
	for (const t of tokens) {
		if (hasUpper(bare(t))) continue;
		const lower = bare(t).toLowerCase();
		if (PROSE_WORDS.has(lower)) return null;
		if (!FUNCTION_WORDS.has(lower)) lowercase++;
	}
	const comma = base.indexOf(', ');
	if (comma > 0) {
		const head = base.slice(0, comma).split(' ');
		if (
			head.length >= 2 &&
			head.length <= 5 &&
			head.every((t) => hasUpper(t) && !ROLE_WORDS.has(t.toLowerCase())) &&
			base.slice(comma + 2).split(' ').length <= 10
		) {
			const s = shape('comma');
			s.nameTokens = head.slice(-2);
			s.nameKey = foldKey(s.nameTokens.join(' '));
			return s;
		}
	}
	const last = bare(tokens.at(-1)!);
	// "Ivan, Moscow" or "… Ivan Petrov, ceremony moderator" (a comma inside an office goes on).
	if (comma > 0 && (!hasUpper(last) || !base.slice(0, comma).includes(' '))) {
		const byComma = commaShape(base, comma);
		if (byComma || !hasUpper(last)) return byComma;
	}
	if (!hasUpper(last)) return null;
	if (lowercase === 0 && hasUpper(first)) return shape('name');
	if (tokens.length < 2 || !hasUpper(bare(tokens.at(-2)!)) || lowercase > 6) return null;
	if (/ing$/.test(first) && !ROLE_WORDS.has(first.toLowerCase())) return null;
	if (ORG_WORDS.has(bare(tokens.at(-2)!).toLowerCase())) return null;
	return shape('loose');
}

/**
 * The shapes with a comma that need evidence: "Dmitry, Moscow" (a caller: a given name and a
 * place; kind 'caller', its name key the given name) and "Sports commentator Ivan Petrov,
 * ceremony moderator" (a role and name before the comma, a short role after it).
 */
function commaShape(base: string, comma: number): LabelShape | null {
	const head = base.slice(0, comma);
	const tail = base.slice(comma + 2).split(' ');
	if (tail.length > 6 || tail.some((t) => PROSE_WORDS.has(t.toLowerCase()))) return null;
	if (!head.includes(' ')) {
		// One given name, then a place of one to three capitalised words.
		if (!/^\p{Lu}\p{Ll}+$/u.test(head) || tail.length > 3) return null;
		if (!tail.every((t) => /^\p{Lu}[\p{L}-]*$/u.test(t))) return null;
		const key = foldKey(head);
		return {
			kind: 'caller',
			words: tail.length + 1,
			nameKey: key,
			nameTokens: [head],
			orgEnd: false,
			roleStart: false,
			evidenceOnly: true,
		};
	}
	const inner = labelShape(head);
	if (!inner || (inner.kind !== 'name' && inner.kind !== 'loose')) return null;
	return {...inner, kind: 'loose', words: inner.words + tail.length, evidenceOnly: true};
}

/** A token without the brackets and commas around it. */
function bare(token: string): string {
	return token.replace(/^[([]+|[)\],]+$/g, '');
}
