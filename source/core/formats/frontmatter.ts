/**
 * YAML front matter (`---` … `---` at the top of a Markdown export) read just far enough for
 * metadata: top-level `key: value` pairs with plain, single-quoted or double-quoted scalars, folded
 * over several lines. Never throws; anything it does not understand is skipped.
 */

/** The fields of a front matter block and the index of the first line after it. */
export interface FrontMatter {
	fields: Map<string, string>;
	/** Index of the first line after the closing `---`. */
	end: number;
}

const KEY = /^([A-Za-z_][\w-]{0,60}):(?:\s+(.*))?$/;

/** Reads front matter starting at line 0, or null when the text has none (closing line within 200). */
export function readFrontMatter(lines: readonly string[]): FrontMatter | null {
	if (lines.length < 2 || lines[0]?.trim() !== '---') {
		return null;
	}
	const close = lines
		.slice(0, 200)
		.findIndex((line, i) => i > 0 && ['---', '...'].includes(line.trimEnd()));
	if (close < 0) {
		return null;
	}
	const raw = new Map<string, string[]>();
	let current: string[] | null = null;
	for (const line of lines.slice(1, close)) {
		const [, key, value = ''] = KEY.exec(line) ?? [];
		if (key !== undefined) {
			current = [value];
			if (!raw.has(key)) {
				raw.set(key, current);
			}
		} else if (current && /^\s/.test(line)) {
			current.push(line);
		} else {
			current = null;
		}
	}
	const fields = new Map<string, string>();
	for (const [key, parts] of raw) {
		fields.set(key, scalar(parts));
	}
	return {fields, end: close + 1};
}

/** Decodes one scalar written over `parts` (first line's value, then continuation lines). */
function scalar(parts: string[]): string {
	const first = (parts[0] ?? '').trimStart();
	if (first.startsWith('"')) {
		let joined = first.slice(1);
		for (const part of parts.slice(1)) {
			let trailing = 0;
			while (trailing < joined.length && joined[joined.length - 1 - trailing] === '\\') {
				trailing++;
			}
			joined =
				trailing % 2 === 1
					? joined.slice(0, -1) + part.trimStart()
					: `${joined.trimEnd()} ${part.trim()}`;
		}
		return doubleQuoted(joined);
	}
	const folded = parts
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.join(' ');
	if (folded.startsWith("'")) {
		let out = '';
		for (let i = 1; i < folded.length; i++) {
			if (folded[i] !== "'") {
				out += folded[i];
			} else if (folded[i + 1] === "'") {
				out += "'";
				i++;
			} else {
				break;
			}
		}
		return out;
	}
	return folded.replace(/\s+#.*$/, '');
}

/** Zero-width and format characters a title does not need (U+2060 word joiner, soft hyphen, …). */
const INVISIBLE = /^[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]$/;

const SIMPLE: Record<string, string> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	' ': ' ',
	_: ' ',
	n: ' ',
	t: ' ',
	N: ' ',
	L: ' ',
	P: ' ',
};

/** The value of a double-quoted YAML string body (up to the closing quote). */
function doubleQuoted(body: string): string {
	let out = '';
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (ch === '"') {
			break;
		}
		if (ch !== '\\' || i + 1 >= body.length) {
			out += ch;
			continue;
		}
		const next = body.charAt(i + 1);
		const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
		if (width > 0) {
			const hex = body.slice(i + 2, i + 2 + width);
			const code = /^[0-9a-fA-F]+$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
			if (
				hex.length === width &&
				code >= 0x20 &&
				code <= 0x10ffff &&
				!(code >= 0x7f && code < 0xa0)
			) {
				out +=
					code === 0xa0
						? ' '
						: INVISIBLE.test(String.fromCodePoint(code))
							? ''
							: String.fromCodePoint(code);
			}
			i += 1 + width;
			continue;
		}
		out += SIMPLE[next] ?? '';
		i += 1;
	}
	return out.replace(/\s+/g, ' ').trim();
}
