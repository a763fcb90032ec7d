/**
 * Small word lists and token tests shared by the label rules (speakers.ts, formats/kremlin.ts).
 * They describe English, not any one document.
 */

/** Generic labels: anonymous speakers (compared lowercased, without trailing digits). */
export const GENERIC = new Set(
	(
		'question|questions|answer|remark|remarks|reply|response|comment|voice|voices|' +
		'voice from the audience|audience|audience member|journalist|reporter|correspondent|' +
		'participant|participants|moderator|host|presenter|anchor|announcer|interviewer|' +
		'caller|interpreter|translator|narrator|speaker|unidentified speaker|unknown speaker|' +
		'unidentified|man|woman|child|student|crowd|all|both|everyone|together|others|q|a|' +
		'senior administration official|administration official|' +
		'senior state department official|senior official|official|operator|staff|' +
		'unidentified analyst|unidentified participant|unidentified company representative|' +
		'unidentified corporate participant|unidentified audience member|unknown|inaudible|' +
		'members|hon members|hon. members|some hon members|some hon. members|' +
		'вопрос|ответ|реплика|голос|голос из зала|ведущий|журналист|主持人|记者|观众|提问'
	).split('|'),
);

/** Words that name an office or rank rather than a person ("Deputy Prime Minister …"). */
export const ROLE_WORDS = new Set(
	(
		'president vice prime minister secretary deputy principal press chairman chairwoman ' +
		'chairperson chair director general governor head mayor ambassador chancellor king ' +
		'queen emperor prince princess crown ceo cfo coo senator sen. rep. representative ' +
		'congressman congresswoman speaker leader chief executive officer commander ' +
		'commander-in-chief colonel lieutenant major captain admiral marshal sergeant aide ' +
		'adviser advisor envoy spokesman spokeswoman spokesperson rector editor ' +
		'editor-in-chief founder patriarch metropolitan professor judge justice prosecutor ' +
		'attorney manager coordinator administrator commissioner inspector delegate acting ' +
		'board member mr mr. ms ms. mrs mrs. dr dr. sir madam dame lord lady the emir sheikh ' +
		'sultan pope archbishop bishop archpriest priest father abbot rabbi imam mufti ' +
		'physician academician coach moderator presenter host anchor'
	).split(' '),
);

/** Offices written before a name and a place ("King Abdullah II of Jordan"). */
export const TITLES_BEFORE_NAME = new Set(
	(
		'king queen emir sultan sheikh pope patriarch metropolitan archbishop bishop prince ' +
		'princess emperor'
	).split(' '),
);

/** Honorifics that put a surname after them ("MS. JEAN-PIERRE", "Mr Peskov"). */
export const HONORIFICS = new Set('mr mr. ms ms. mrs mrs. dr dr. sir madam'.split(' '));

/** Lowercase words allowed inside a role or a name ("Head of the Agency for Tourism"). */
export const FUNCTION_WORDS = new Set(
	(
		'of the and for on in at to from with under by a an & – — - de der den van von le la ' +
		'da du di des del dos bin ibn al el y und'
	).split(' '),
);

/** Particles that belong to the surname after them ("Le Pen", "van der Bellen", "Al Khalifa"). */
export const PARTICLES = new Set(
	'le la de der den van von da du di des del dos bin ibn al el ben mac st st.'.split(' '),
);

/**
 * Words that never occur in a speaker label but fill ordinary sentences: pronouns, auxiliaries,
 * speech verbs, sentence adverbs. A colon after a phrase holding one of them is prose.
 */
export const PROSE_WORDS = new Set(
	(
		'me my mine we us our ours you your yours he him his she her hers it its they them their ' +
		'is are was were be been being am has have had having will would can could should shall may ' +
		"might must do does did done not no yes let let’s let's here there this that these those what " +
		'which who whom whose how why when where said says say saying asked asks ask told tell tells ' +
		'wrote writes write noted notes added adds following follows so but if as because only also ' +
		'just now then very too well than such some any every each many much more most please ' +
		'example instance namely course fact words reads thus therefore however'
	).split(' '),
);

/** Capitalised words that open sentences, never labels ("The question is:", "In short:"). */
export const SENTENCE_OPENERS = new Set(
	(
		'the a an in at on for and but so as if when now here there this that these those what why ' +
		'how then also finally thus however moreover yes no well look listen let please today ' +
		'yesterday tomorrow once it we i you he she they our my your his her their its of to by with ' +
		'from where who which since after before during because while although though just only ' +
		'even some many most another other every each such not or nor dear thank thanks again ' +
		'firstly secondly thirdly lastly besides indeed unfortunately fortunately frankly certainly ' +
		'naturally perhaps maybe still yet there’s it’s that’s about regarding concerning ' +
		'over among between through against without within towards toward across despite ' +
		'including following according unlike like via congratulations'
	).split(' '),
);

/** True when the token starts with an uppercase letter or holds one (deGrasse, McDonald). */
export function hasUpper(token: string): boolean {
	const c = token.charCodeAt(0);
	if (c >= 65 && c <= 90) return true;
	if (c >= 97 && c <= 122) {
		for (let i = 1; i < token.length; i++) {
			const d = token.charCodeAt(i);
			if (d >= 65 && d <= 90) return true;
		}
		return false;
	}
	if (c < 128) return c >= 48 && c <= 57;
	return token[0] !== token[0]!.toLowerCase();
}

const folded = new Map<string, string>();

/** Lowercase, diacritics stripped, curly apostrophes straightened, spaces collapsed (cached). */
export function foldKey(text: string): string {
	const hit = folded.get(text);
	if (hit !== undefined) return hit;
	let s = text.toLowerCase();
	if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	if (/[’‘`]|\s\s|^\s|\s$|[^\S ]/.test(s)) s = s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
	if (folded.size > 20000) folded.clear();
	folded.set(text, s);
	return s;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = new Array<number>(b.length + 1);
	let cur = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (cur[j]! < rowMin) rowMin = cur[j]!;
		}
		if (rowMin > max) return max + 1;
		[prev, cur] = [cur, prev];
	}
	return prev[b.length]!;
}

/** Two spellings of one word: same first letter, close enough for their length, no digits. */
export function similarWord(a: string, b: string): boolean {
	if (a === b) return true;
	if (a[0] !== b[0] || /\d/.test(a) || /\d/.test(b)) return false;
	const len = Math.min(a.length, b.length);
	if (len < 4) return false;
	return editDistance(a, b, len >= 7 ? 2 : 1) <= (len >= 7 ? 2 : 1);
}

/** A label that is only a name: capitalised words and particles, no office. */
export function isPureName(base: string): boolean {
	const tokens = base.split(' ');
	return tokens.length >= 2 && tokens.every((t) => isNameToken(t) && !isRoleToken(t));
}

/** A capitalised word, or a particle inside a name. */
export function isNameToken(token: string): boolean {
	return hasUpper(token) || PARTICLES.has(token.toLowerCase());
}

export function isRoleToken(token: string): boolean {
	const lower = token.toLowerCase();
	if (lower === 'the') return false;
	if (ROLE_WORDS.has(lower)) return true;
	return lower.includes('-') && lower.split('-').some((w) => w.length > 3 && ROLE_WORDS.has(w));
}

const JOINED_HINT = /[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/;

/** Splits names whose space was lost ("VladimirPutin" → "Vladimir Putin"; not "McDonald"). */
export function splitJoined(base: string): string {
	if (!JOINED_HINT.test(base)) return base;
	return base.replace(/(\p{Lu}\p{Ll}{3,})(?=\p{Lu})/gu, '$1 ');
}

/** Where a name starts in a run of capitalised tokens: the last two, plus particles and given names. */
export function defaultNameStart(tail: string[]): number {
	let start = Math.max(0, tail.length - 2);
	if (start > 0 && /^(?:al|el|ad|ar|as|at|bin|ben|ibn)-/i.test(tail.at(-1)!)) start--;
	for (;;) {
		if (start > 0 && PARTICLES.has(tail[start]!.toLowerCase())) start -= 1;
		else if (start > 1 && PARTICLES.has(tail[start - 1]!.toLowerCase())) start -= 2;
		else return start;
	}
}

/** "PRIME MINISTER" → "Prime Minister", "JEAN-PIERRE" → "Jean-Pierre". */
export function titleCase(text: string): string {
	return text
		.toLowerCase()
		.replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
