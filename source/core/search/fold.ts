/**
 * Words as search compares them: lower case, accents folded ("Niinistö" → "niinisto"),
 * apostrophes and the dots of abbreviations dropped ("Russia’s" → "russias", "U.S." → "us"),
 * thousands separators dropped ("66,000" → "66000", decimals kept: "3.5"), currency and percent
 * signs written as words ("$66" → "dollars 66", "5%" → "5 percent").
 */

export const SIGNS: Record<string, string> = {
	$: 'dollars',
	'€': 'euros',
	'£': 'pounds',
	'¥': 'yen',
	'₽': 'rubles',
	'%': 'percent',
};

/** Spellings of one word folded to one ("roubles" → "rubles"). */
export const SAME = new Map([
	['rouble', 'ruble'],
	['roubles', 'rubles'],
	['percents', 'percent'],
]);

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`']);

const ASCII_WORD = /^[a-z0-9]$/;
const WORD = /^[\p{L}\p{N}]$/u;
const isWord = (c: string | undefined) =>
	c !== undefined && (c < '\u0080' ? ASCII_WORD.test(c) : WORD.test(c));

/** `text` without accents ("Niinistö" → "Niinisto"). */
export function foldAccents(text: string): string {
	// Only letters from U+00C0 on carry accents (curly quotes and dashes need no work).
	if (!/[\u00c0-\u1fff]/.test(text)) return text;
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Lower case without accents. */
export function foldCase(text: string): string {
	return foldAccents(text.toLowerCase());
}

/** The folded words of `text`, in order. */
export function foldWords(text: string): string[] {
	const s = foldCase(text);
	const out: string[] = [];
	const len = s.length;
	let from = -1;
	/** Pieces of the current word already cut (a word with apostrophes or dots dropped). */
	let head = '';
	const flush = (to: number) => {
		if (from >= 0) {
			const w = head + s.slice(from, to);
			out.push(w.length >= 6 && w.length <= 8 ? (SAME.get(w) ?? w) : w);
		}
		from = -1;
		head = '';
	};
	for (let i = 0; i < len; i++) {
		const c = s.charCodeAt(i);
		if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && isWord(s[i]))) {
			if (from < 0) from = i;
			continue;
		}
		if (from >= 0 && c < 128 && i + 1 < len) {
			const prev = s.charCodeAt(i - 1);
			const next = s.charCodeAt(i + 1);
			const prevDigit = prev >= 48 && prev <= 57;
			const nextDigit = next >= 48 && next <= 57;
			const nextWord = isWord(s[i + 1]);
			// Decimals stay ("3.5"); thousands separators go ("66,000").
			if (c === 46 && prevDigit && nextDigit) continue;
			if (c === 44 && prevDigit && /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5))) {
				head += s.slice(from, i);
				from = i + 1;
				continue;
			}
			// Apostrophes inside a word ("russia's"), dots of abbreviations ("u.s.").
			if (
				((c === 39 || c === 96) && nextWord && !nextDigit) ||
				(c === 46 && !prevDigit && nextWord && isSingle(s, i))
			) {
				head += s.slice(from, i);
				from = i + 1;
				continue;
			}
		} else if (
			from >= 0 &&
			APOSTROPHES.has(s[i]!) &&
			isWord(s[i + 1]) &&
			!isDigitCode(s.charCodeAt(i + 1))
		) {
			head += s.slice(from, i);
			from = i + 1;
			continue;
		}
		flush(i);
		if (c === 36 || c === 37 || c > 127) {
			const sign = SIGNS[s[i]!];
			if (sign) out.push(sign);
		}
	}
	flush(len);
	return out;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether the letter before the dot at `i` stands alone (after a start, a space or a dot). */
function isSingle(s: string, i: number): boolean {
	const before = s[i - 2];
	return before === undefined || before === '.' || !isWord(before);
}
