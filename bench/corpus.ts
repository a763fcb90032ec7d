/**
 * Bench corpora that do not flatter: the Kremlin archive copied with its lower-case words replaced
 * per copy from the archive's own vocabulary by a seeded permutation, so that each copy's sentences
 * are distinct from every other copy's and repeats are no more frequent than in the archive.
 * Words are permuted within bands of similar frequency (ranked by count, 32 to a band), so a
 * copy keeps the archive's word-frequency curve; capitalised words (names, labels' heads) and
 * numbers stay, so the parser finds the same speakers. Copy 0 is the archive itself.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {createRng} from '../source/core/rng.js';

export const archive = process.env.VERBATIM_ARCHIVE ?? '../shared/bench/kremlin-archive';
export const cacheRoot = 'bench/.cache';

const WORD = /(?<![\p{L}\p{N}])[a-z]+(?![\p{L}\p{N}])/gu;
const BAND = 32;

/** The archive's files (sorted) and their text. */
export function archiveFiles(): {name: string; text: string}[] {
	return readdirSync(archive)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => ({name, text: readFileSync(join(archive, name), 'utf8')}));
}

/** Lower-case words of `texts`, most frequent first. */
function vocabulary(texts: string[]): string[] {
	const counts = new Map<string, number>();
	for (const t of texts)
		for (const m of t.matchAll(WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
	return [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.map(([w]) => w);
}

/** The word map of copy `copy` (identity for copy 0). */
function permutation(vocab: string[], copy: number): Map<string, string> | null {
	if (copy === 0) return null;
	const rng = createRng(`bench-copy-${copy}`);
	const map = new Map<string, string>();
	for (let from = 0; from < vocab.length; from += BAND) {
		const band = vocab.slice(from, from + BAND);
		const shuffled = [...band];
		for (let i = shuffled.length - 1; i > 0; i--) {
			const j = rng.int(i + 1);
			[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
		}
		for (let i = 0; i < band.length; i++) map.set(band[i]!, shuffled[i]!);
	}
	return map;
}

/** A text rewriter per copy, over the archive's vocabulary. */
export function rewriter(texts: string[]): (text: string, copy: number) => string {
	const vocab = vocabulary(texts);
	const maps = new Map<number, Map<string, string> | null>();
	return (text, copy) => {
		if (!maps.has(copy)) maps.set(copy, permutation(vocab, copy));
		const map = maps.get(copy);
		return map ? text.replace(WORD, (w) => map.get(w) ?? w) : text;
	};
}

/**
 * A folder of `files` transcripts in bench/.cache (made once; a `.done` stamp marks it complete):
 * copy 0, 1, … of the archive, each rewritten, until `files` files are written.
 */
export function libraryFolder(name: string, files: number): string {
	const dir = join(cacheRoot, name);
	if (existsSync(join(dir, '.done'))) return dir;
	rmSync(dir, {recursive: true, force: true});
	const tmp = `${dir}.tmp`;
	rmSync(tmp, {recursive: true, force: true});
	mkdirSync(tmp, {recursive: true});
	const source = archiveFiles();
	const rewrite = rewriter(source.map((f) => f.text));
	let n = 0;
	for (let copy = 0; n < files; copy++) {
		const sub = join(tmp, `copy-${String(copy).padStart(2, '0')}`);
		mkdirSync(sub);
		for (const f of source) {
			if (n >= files) break;
			writeFileSync(join(sub, f.name), rewrite(f.text, copy));
			n++;
		}
	}
	writeFileSync(join(tmp, '.done'), `${n}\n`);
	renameSync(tmp, dir);
	return dir;
}
