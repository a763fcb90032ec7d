/**
 * Nothing from outside reaches the terminal raw: the sanitiser itself, hostile file names through
 * every plain command and stderr, stored notes and history, and parse-cache files.
 */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openParseCache} from '../../source/core/parse-cache.js';
import {jsonSafe, sanitize} from '../../source/core/sanitize.js';
import {openStore} from '../../source/store/store.js';
import {verbatim as run} from '../helpers/cli.js';

const ESC = '\u001B';
const BEL = '\u0007';
/** What must never be written: ESC, C1 controls, BEL, bidi overrides and isolates. */
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const hostile = [
	`${ESC}]0;pwned${BEL}`, // OSC 0: window title
	`${ESC}]52;c;ZWNobyBoaQ==${BEL}`, // OSC 52: clipboard write
	`${ESC}]8;;http://evil${ESC}\\link${ESC}]8;;${ESC}\\`, // OSC 8: hyperlink
	`${ESC}[2J${ESC}[31m`, // CSI: clear screen, colour
	'\u009D0;c1 title\u009C', // 8-bit OSC
	'\u009B31m', // 8-bit CSI
	'abc\u202Etxt.exe', // right-to-left override
	'\u2066isolate\u2069',
];

describe('sanitize', () => {
	it('removes escape sequences with their payload, bidi controls, and marks other controls', () => {
		expect(sanitize(`a${ESC}]0;pwned${BEL}b`)).toBe('ab');
		expect(sanitize(`a${ESC}]52;c;ZWNobw==${ESC}\\b`)).toBe('ab');
		expect(sanitize('a\u009D0;x\u009Cb')).toBe('ab');
		expect(sanitize(`a${ESC}[31mred${ESC}[0m`)).toBe('ared');
		expect(sanitize('evil\u202Etxt.exe')).toBe('eviltxt.exe');
		expect(sanitize('a\u0001b\u0085c')).toBe('a?b c');
		expect(sanitize('two\nlines\ttab')).toBe('two lines tab');
		expect(sanitize('two\r\nlines', {lines: true})).toBe('two\nlines');
		for (const h of hostile) expect(sanitize(`x${h}y`)).not.toMatch(RAW);
	});

	it('leaves ordinary text alone (accents, quotes, CJK, RTL letters)', () => {
		for (const s of ['Niinistö', '“quoted” — dash', '習近平', 'مرحبا', 'a\tb'.replace('\t', ' ')])
			expect(sanitize(s)).toBe(s);
	});

	it('jsonSafe escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
		const value = {file: `a\u009Db\u202Ec${ESC}`};
		const text = jsonSafe(value);
		expect(text).not.toMatch(RAW);
		expect(JSON.parse(text)).toEqual(value);
	});
});

describe('hostile file names', () => {
	const sample = readFileSync('data/kremlin-2017-12-27-nazarbayev.txt');
	const dir = mkdtempSync(join(tmpdir(), 'verbatim-hostile-'));
	const home = mkdtempSync(join(tmpdir(), 'verbatim-hostile-home-'));
	const names = hostile.map((h, i) => `t${i}${h.replace(/\//g, '')}.txt`);
	for (const name of names) writeFileSync(join(dir, name), sample);
	// One more, empty: its name goes into an error line.
	writeFileSync(join(dir, `empty${ESC}]0;x${BEL}.txt`), '');
	mkdirSync(join(dir, `sub${ESC}]52;c;eA==${BEL}`));
	writeFileSync(join(dir, `sub${ESC}]52;c;eA==${BEL}`, 'notes.pdf'), 'x');

	function verbatim(args: string[]) {
		return run(args, {env: {VERBATIM_HOME: home}});
	}

	it('never reach stdout or stderr raw in any command', async () => {
		const runs = [
			[dir],
			['search', 'energy', dir],
			['search', '--json', 'energy', dir],
			['quiz', '--count', '3', dir],
			['quiz', '--json', '--count', '3', dir],
			['parse', join(dir, names[0]!)],
			['parse', join(dir, `empty${ESC}]0;x${BEL}.txt`)],
			['parse', join(dir, `missing${ESC}]0;x${BEL}.txt`)],
			['search', 'x', join(dir, `missing${ESC}]0;x${BEL}.txt`)],
			[join(dir, `missing\u009D0;x\u009C.txt`)],
			['stats'],
		];
		for (const args of runs) {
			const {out, err} = await verbatim(args);
			expect(out, args.join(' ')).not.toMatch(RAW);
			expect(err, args.join(' ')).not.toMatch(RAW);
		}
	});

	it('a missing hostile path gives one clean line', async () => {
		const {err} = await verbatim([join(dir, `missing${ESC}]0;x${BEL}.txt`)]);
		expect(err).toBe(`verbatim: no such file or folder: ${join(dir, 'missing.txt')}\n`);
	});
});

describe('stored strings', () => {
	it('bookmark notes, search history and review names are shown clean', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verbatim-hostile-store-'));
		const key = 'a1b2c3d4e5f60718';
		writeFileSync(
			join(dir, 'config.json'),
			JSON.stringify({
				progress: {
					[key]: {
						position: null,
						bookmarks: [{turn: 1, offset: 0, note: `n${ESC}]0;x${BEL}`, created: 1}],
					},
				},
				searchHistory: [`q\u009D0;x\u009C`, 'ok'],
			}),
		);
		writeFileSync(
			join(dir, 'quiz.json'),
			JSON.stringify({
				cards: {},
				reviews: [{card: 'c', at: 1, chosen: `A\u202E`, correct: `B${ESC}[2J`, ms: 1, rating: 1}],
			}),
		);
		const store = openStore({cwd: dir});
		expect(store.getProgress(key).bookmarks[0]!.note).toBe('n');
		expect(store.getSearchHistory()).toEqual(['q', 'ok']);
		expect(store.getReviewLog()[0]).toMatchObject({chosen: 'A', correct: 'B'});
	});
});

describe('parse cache', () => {
	it('a cached file holding a JSON-escaped C1 control or bidi override is a miss', async () => {
		const root = mkdtempSync(join(tmpdir(), 'verbatim-hostile-cache-'));
		const version = 'abcdef0123456789';
		const cache = openParseCache(root, version)!;
		const t = (text: string) =>
			`{"format":"plain","title":null,"date":null,"place":null,"speakers":[{"id":"a","name":"A"}],"remarks":[{"speaker":"a","paragraphs":["${text}"]}]}`;
		writeFileSync(join(root, version, 'aaaaaaaaaaaaaaaa.json'), t('ok'));
		writeFileSync(join(root, version, 'bbbbbbbbbbbbbbbb.json'), t('x\\u009d0;pwned\\u009c'));
		writeFileSync(join(root, version, 'cccccccccccccccc.json'), t('x\\u202Ey'));
		writeFileSync(join(root, version, 'dddddddddddddddd.json'), t('x\u202Ey'));
		expect(await cache.get('aaaaaaaaaaaaaaaa')).toBeDefined();
		expect(await cache.get('bbbbbbbbbbbbbbbb')).toBeUndefined();
		expect(await cache.get('cccccccccccccccc')).toBeUndefined();
		expect(await cache.get('dddddddddddddddd')).toBeUndefined();
	});
});
