// Search by words (issue 13): what matches most ranks first, a wrong or missing word still finds
// the quote, fuzzy matches stay close for the word's length, folding (accents, currency, digits),
// `@name` by whole name words (Fuse.js), one person across files with each file's role, and the
// exit codes and messages of `verbatim search`.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {run} from '../../source/commands/search.js';
import type {Library} from '../../source/core/library.js';
import type {Speaker, Transcript} from '../../source/core/model.js';
import {foldWords} from '../../source/core/search/fold.js';
import {findSpeakers} from '../../source/core/search/speakers.js';
import {buildIndex, searchSync} from '../../source/core/search.js';
import {capture} from '../helpers/capture.js';
import {handLibrary} from '../helpers/search-fixtures.js';

const library = handLibrary([
	[
		'Energy and markets',
		[
			[
				'Alexander Novak',
				'The period of unprecedented volatility also continues at global stock exchanges.',
			],
			['Vladimir Putin', 'Markets are global and stock prices change.'],
			[
				'Vladimir Putin',
				'I am sure it will reach $66 billion this year and we will develop it further.',
			],
			['Vladimir Putin', 'Everything depends on us. The energy sector is growing.'],
			['Vladimir Putin', 'The enrgy sector, as you said.'],
		],
	],
	[
		'Talks in Sochi',
		[
			[
				'Dmitry Medvedev',
				'The stations are ready. This action helps relations. New sanctions came.',
			],
			['Dmitry Medvedev', 'We spoke about sanctions and energy.'],
			['Shen Haixiong', 'Our agency reports from Beijing.'],
			['Maxim Oreshkin', 'The economy grew by 1.5 percent.'],
			['Xi Jinping', 'China and Russia are friends.'],
			['Alexey Overchuk', 'Trade grows.'],
			['Sauli Niinistö', 'Finland values dialogue, Mr Niinistö said.'],
		],
	],
	[
		'Russian-Finnish talks',
		[
			['Sauli Niinisto', 'Our border is calm.'],
			['Aleksei Overchuk', 'Customs work well.'],
			['Vladimir Putin', 'We discussed 66,000 tonnes of grain, priced in roubles.'],
		],
	],
]);
const index = buildIndex(library);
const search = (q: string, limit = 10) => searchSync(index, q, {limit});
const texts = (q: string, limit = 10) => search(q, limit).hits.map((h) => h.text);

describe('ranking by words', () => {
	it('finds a half-remembered quote with a wrong word, and says which words it lacks', () => {
		const r = search('unprecedented volatility on global stock markets');
		expect(r.hits[0]?.text).toBe(
			'The period of unprecedented volatility also continues at global stock exchanges.',
		);
		expect(r.hits[0]?.missing).toEqual(['on', 'markets']);
	});

	it('ranks all words exact, then typos, then a missing word', () => {
		expect(texts('energy sector growing')).toEqual([
			'The energy sector is growing.',
			'The enrgy sector, as you said.',
		]);
		const r = search('global stock markets change');
		expect(r.hits.map((h) => h.missing)).toEqual([[], ['change']].slice(0, r.hits.length));
		expect(r.hits[0]?.text).toBe('Markets are global and stock prices change.');
	});

	it('keeps fuzzy matches close for the word’s length; the count is of plausible hits', () => {
		expect(texts('energy')).not.toContain('Everything depends on us.');
		const r = searchSync(index, '@medvedev sanctions');
		expect(r.hits.map((h) => h.text)).toEqual([
			'New sanctions came.',
			'We spoke about sanctions and energy.',
		]);
		expect(r.total).toBe(2);
	});

	it('folds accents, currency signs, thousands separators and spellings', () => {
		expect(foldWords('Niinistö’s $66 billion, 66,000 roubles, 1.5%')).toEqual([
			'niinistos',
			'dollars',
			'66',
			'billion',
			'66000',
			'rubles',
			'1.5',
			'percent',
		]);
		expect(texts('reach 66 billion dollars this year')[0]).toBe(
			'I am sure it will reach $66 billion this year and we will develop it further.',
		);
		expect(texts('66000 tonnes rubles')).toHaveLength(1);
		expect(texts('niinisto')).toEqual(['Finland values dialogue, Mr Niinistö said.']);
		expect(texts("'1.5 percent")).toEqual(['The economy grew by 1.5 percent.']);
	});

	it('keeps the exact meaning of the operators: no word of theirs may be missing', () => {
		expect(texts("unprecedented volatility 'markets")).toEqual([]);
		// As fzf does (unless --literal), exact terms fold accents too.
		expect(texts("'niinist")).toEqual(['Finland values dialogue, Mr Niinistö said.']);
		expect(texts('^the !stations')).toEqual(
			texts('^the').filter((t) => !t.toLowerCase().includes('stations')),
		);
		expect(texts('sanctions | grain').sort()).toEqual([
			'New sanctions came.',
			'We discussed 66,000 tonnes of grain, priced in roubles.',
			'We spoke about sanctions and energy.',
		]);
	});
});

describe('@name', () => {
	it('matches whole name words through Fuse.js, fuzzily', () => {
		const names = (q: string) => findSpeakers(index, q).persons.map((p) => index.persons[p]!.name);
		expect(names('xi')).toEqual(['Xi Jinping']);
		expect(names('medvedv')).toEqual(['Dmitry Medvedev']);
		expect(names('dmitri')).toEqual(['Dmitry Medvedev']);
		expect(searchSync(index, '@xi').hits.map((h) => h.speaker)).toEqual(['Xi Jinping']);
	});

	it('says when a name names nobody and offers the closest names', () => {
		const r = searchSync(index, '@oreshkn economy');
		expect(r.hits[0]?.speaker).toBe('Maxim Oreshkin');
		const none = searchSync(index, '@nobody energy');
		expect(none.hits).toEqual([]);
		expect(none.unknownSpeakers?.[0]?.name).toBe('nobody');
		expect(none.unknownSpeakers?.[0]?.closest.length).toBeGreaterThan(0);
	});

	it('finds one person across files when names fold alike (accents, transliterations)', () => {
		const r = searchSync(index, '@niinisto');
		expect(r.hits.map((h) => h.speaker).sort()).toEqual(['Sauli Niinisto', 'Sauli Niinistö']);
		expect(index.persons.filter((p) => p.name.startsWith('Sauli'))).toHaveLength(1);
		expect(searchSync(index, '@overchuk').hits.map((h) => h.speaker)).toEqual([
			'Alexey Overchuk',
			'Aleksei Overchuk',
		]);
		expect(index.persons.filter((p) => p.name.endsWith('Overchuk'))).toHaveLength(1);
	});
});

describe('roles', () => {
	it('shows the role a hit’s own transcript gives', () => {
		const speaker = (role: string): Speaker => ({
			id: 'dm',
			name: 'Dmitry Medvedev',
			role,
			labels: [`${role} Dmitry Medvedev`],
			anonymous: false,
		});
		const doc = (title: string, role: string, text: string): Transcript => ({
			title,
			date: null,
			place: null,
			format: 'plain',
			speakers: [speaker(role)],
			remarks: [{speaker: 'dm', paragraphs: [text]}],
		});
		const lib: Library = {
			skipped: 0,
			errors: [],
			transcripts: [
				doc('2010', 'President of Russia', 'We modernise the economy.'),
				doc('2018', 'Prime Minister', 'We answer on the economy today.'),
			].map((transcript, i) => ({
				key: `r${i}`,
				file: `/tmp/r${i}.txt`,
				name: `r${i}.txt`,
				transcript,
				bytes: 0,
			})),
		};
		const hits = searchSync(buildIndex(lib), "'economy").hits;
		expect(hits.map((h) => [h.title, h.speaker, h.role])).toEqual([
			['2010', 'Dmitry Medvedev', 'President of Russia'],
			['2018', 'Dmitry Medvedev', 'Prime Minister'],
		]);
	});
});

describe('verbatim search exit codes', () => {
	const file = 'data/kremlin-2017-12-27-nazarbayev.txt';
	afterEach(() => {
		vi.restoreAllMocks();
	});
	it('exits 0 when found, 1 when nothing is, and names an unknown speaker on stderr', async () => {
		const out = capture();
		const err = capture(process.stderr);
		expect(await run(['energy', file])).toBe(0);
		expect(out()).toContain('energy');
		expect(await run(['zzqxjvw', file])).toBe(1);
		expect(await run(['@nobody energy', file])).toBe(1);
		expect(err()).toMatch(/^verbatim: no speaker matches "nobody" \(closest: .+\)\n$/);
	});
});

describe('smart case', () => {
	it('makes plain words typed with a capital case-sensitive, as fzf does', () => {
		expect(texts('Markets global')).toEqual(['Markets are global and stock prices change.']);
		expect(texts('Stock')).toEqual([]);
		expect(texts('stock').length).toBe(2);
	});
});
