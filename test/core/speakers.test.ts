import {describe, expect, it} from 'vitest';
import {
	isGenericLabel,
	resolveSpeakers,
	splitJoined,
	splitLabel,
} from '../../source/core/speakers.js';

function table(labels: string[], mentions: string[] = []) {
	const {speakers, ids} = resolveSpeakers(labels, mentions);
	const of = (label: string) => speakers.find((s) => s.id === ids.get(label))!;
	return {speakers, ids, of};
}

describe('labels', () => {
	it('splits notes in parentheses and brackets off a label', () => {
		expect(splitLabel('Marine Le Pen (retranslated)')).toEqual({
			base: 'Marine Le Pen',
			notes: ['retranslated'],
		});
		expect(splitLabel('Alexandar  Vucic (speaks Russian):')).toEqual({
			base: 'Alexandar Vucic',
			notes: ['speaks Russian'],
		});
		expect(splitLabel('Question (via interpreter) [inaudible]').notes).toEqual([
			'via interpreter',
			'inaudible',
		]);
	});

	it('knows the generic labels', () => {
		for (const g of [
			'Question',
			'Q',
			'A',
			'Answer',
			'Remark',
			'Reply',
			'Response',
			'Voice',
			'Voices',
			'Audience',
			'Journalist',
			'Participant',
			'MODERATOR',
			'All',
			'SENIOR ADMINISTRATION OFFICIAL',
			'Question 2',
			'Question from the audience',
		])
			expect(isGenericLabel(g), g).toBe(true);
		for (const n of ['Vladimir Putin', 'A decision has been taken', 'First Citizen', 'MENENIUS'])
			expect(isGenericLabel(n), n).toBe(false);
	});

	it('splits names whose space was lost, not McDonald or deGrasse', () => {
		expect(splitJoined('VladimirPutin')).toBe('Vladimir Putin');
		expect(splitJoined('VladimirPUTIN')).toBe('Vladimir PUTIN');
		expect(splitJoined('Ronald McDonald')).toBe('Ronald McDonald');
		expect(splitJoined('Neil deGrasse Tyson')).toBe('Neil deGrasse Tyson');
	});
});

describe('one person, many labels', () => {
	it('joins a role+name label with the bare name and keeps every form', () => {
		const {speakers} = table([
			'President of Russia Vladimir Putin',
			'Vladimir Putin',
			'VladimirPutin',
		]);
		expect(speakers).toEqual([
			{
				id: 'vladimir-putin',
				name: 'Vladimir Putin',
				role: 'President of Russia',
				labels: ['President of Russia Vladimir Putin', 'Vladimir Putin', 'VladimirPutin'],
				anonymous: false,
			},
		]);
	});

	it('finds a name of three words after a role when the same name stands alone', () => {
		const {of} = table([
			'President of Turkey Recep Tayyip Erdogan (retranslated)',
			'Recep Tayyip Erdogan',
		]);
		expect(of('Recep Tayyip Erdogan')).toMatchObject({
			name: 'Recep Tayyip Erdogan',
			role: 'President of Turkey',
		});
		expect(of('President of Turkey Recep Tayyip Erdogan (retranslated)').id).toBe(
			of('Recep Tayyip Erdogan').id,
		);
	});

	it('does not take an organisation list into the name', () => {
		const lead =
			'Vladimir Putin met with Minister of Construction and Housing and Utilities Vladimir Yakushev.';
		const {of} = table(
			['Minister of Construction and Housing and Utilities Vladimir Yakushev'],
			[lead],
		);
		expect(
			of('Minister of Construction and Housing and Utilities Vladimir Yakushev'),
		).toMatchObject({
			name: 'Vladimir Yakushev',
			role: 'Minister of Construction and Housing and Utilities',
		});
	});

	it('keeps particles and titles before names', () => {
		expect(table(['Leader of the National Front Marine Le Pen']).speakers[0]!.name).toBe(
			'Marine Le Pen',
		);
		expect(table(['Federal President of Austria Alexander Van der Bellen']).speakers[0]!.name).toBe(
			'Alexander Van der Bellen',
		);
		expect(table(['King Abdullah II of Jordan']).speakers[0]).toMatchObject({
			name: 'King Abdullah II',
			role: 'King of Jordan',
		});
	});

	it('corrects a label spelling from the title or lead, and merges spelling variants', () => {
		const {of} = table(
			['President of the Republic of Serbia Alexandar Vucic (speaks Russian)'],
			['Meeting with President of Serbia Aleksandar Vucic'],
		);
		expect(
			of('President of the Republic of Serbia Alexandar Vucic (speaks Russian)'),
		).toMatchObject({
			name: 'Aleksandar Vucic',
			labels: ['President of the Republic of Serbia Alexandar Vucic'],
		});
		expect(table(['Sergei Ivanov', 'Sergey Ivanov']).speakers).toHaveLength(1);
	});

	it('never merges two people who share a surname, nor First and Second Citizen', () => {
		expect(table(['Sergei Ivanov', 'Viktor Ivanov', 'Ivanov']).speakers).toHaveLength(3);
		const play = table(['First Citizen', 'All', 'Second Citizen', 'MENENIUS', 'First Citizen']);
		expect(play.speakers.map((s) => [s.name, s.anonymous])).toEqual([
			['First Citizen', false],
			['All', true],
			['Second Citizen', false],
			['MENENIUS', false],
		]);
	});

	it('joins a bare surname to the one person with that surname', () => {
		const {speakers} = table(['Dmitry Peskov', 'Peskov']);
		expect(speakers).toHaveLength(1);
	});

	it('treats labels differing only by case or spacing as one speaker', () => {
		const {speakers} = table(['First Citizen', 'FIRST CITIZEN', 'First  Citizen', 'first citizen']);
		expect(speakers).toHaveLength(1);
		expect(speakers[0]!.labels).toEqual(['First Citizen', 'FIRST CITIZEN', 'first citizen']);
	});

	it('keeps ids unique', () => {
		const {speakers} = table(['Ivan Petrov', 'Ivan-Petrov!', 'Question', 'Question?']);
		expect(new Set(speakers.map((s) => s.id)).size).toBe(speakers.length);
	});
});

describe('briefing, play and caption labels', () => {
	const gaggle =
		'Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre En Route Philadelphia, PA';
	const presser =
		'Remarks by President Biden and Prime Minister Lee Hsien Loong of Singapore in Joint Press Conference';

	it('expands an honorific and surname from the title', () => {
		const {of} = table(['MS. JEAN-PIERRE', 'Q'], [gaggle]);
		expect(of('MS. JEAN-PIERRE')).toMatchObject({
			name: 'Karine Jean-Pierre',
			role: 'Principal Deputy Press Secretary',
			labels: ['MS. JEAN-PIERRE'],
			anonymous: false,
		});
		expect(of('Q')).toMatchObject({name: 'Q', anonymous: true});
	});

	it('reads an office before a surname, family name first when the title says so', () => {
		const {of} = table(['PRESIDENT BIDEN', 'PRIME MINISTER LEE', 'Q'], [presser]);
		expect(of('PRESIDENT BIDEN')).toMatchObject({name: 'Biden', role: 'President'});
		expect(of('PRIME MINISTER LEE')).toMatchObject({
			name: 'Lee Hsien Loong',
			role: 'Prime Minister',
		});
		expect(new Set([of('PRESIDENT BIDEN').id, of('PRIME MINISTER LEE').id, of('Q').id]).size).toBe(
			3,
		);
	});

	it('makes one anonymous speaker of a role label and its misspelling', () => {
		const {speakers, of} = table([
			'MODERATOR',
			'SENIOR ADMINISTRATION OFFICIAL',
			'Q',
			'SENIOR ADMINSTRATION OFFICIAL',
		]);
		expect(speakers).toHaveLength(3);
		expect(of('SENIOR ADMINSTRATION OFFICIAL')).toMatchObject({
			name: 'SENIOR ADMINISTRATION OFFICIAL',
			labels: ['SENIOR ADMINISTRATION OFFICIAL', 'SENIOR ADMINSTRATION OFFICIAL'],
			anonymous: true,
		});
		expect(of('MODERATOR').anonymous).toBe(true);
	});

	it('keeps caption names whole', () => {
		const {speakers} = table(['Roger Bingham', 'Neil deGrasse Tyson']);
		expect(speakers.map((s) => s.name)).toEqual(['Roger Bingham', 'Neil deGrasse Tyson']);
	});

	it('joins a role-only label to the one person with that role', () => {
		const {speakers} = table(['PRESIDENT BIDEN', 'THE PRESIDENT']);
		expect(speakers).toHaveLength(1);
	});
});

describe('names inside long offices', () => {
	it('keeps a comma inside an office when a shorter label gives the name', () => {
		const {speakers} = table(['Transport, Roads and Bridges Minister Pavel Orlov', 'Pavel Orlov']);
		expect(speakers).toHaveLength(1);
		expect(speakers[0]).toMatchObject({
			name: 'Pavel Orlov',
			role: 'Transport, Roads and Bridges Minister',
		});
		// Without a role word after the comma, the comma still ends a name.
		expect(table(['Anna Ivanova, welder']).speakers[0]).toMatchObject({
			name: 'Anna Ivanova',
			role: 'welder',
		});
	});

	it('keeps a capitalised body word in the office, matching the lead in any case', () => {
		const lead = ['He met the Chair of the XYZ Supervisory Board Lars Holm.'];
		const {speakers} = table(['Chair of the Xyz Supervisory Board Lars Holm (retranslated)'], lead);
		expect(speakers[0]).toMatchObject({
			name: 'Lars Holm',
			role: 'Chair of the Xyz Supervisory Board',
		});
		// No lead at all: "Council" still belongs to the office.
		expect(table(['Head of the Science Council Nina Berg']).speakers[0]?.name).toBe('Nina Berg');
	});

	it('ends the office at "of <country>" so a long name stays whole', () => {
		expect(table(['Prime Minister of Nepal Ram Bahadur Thapa Magar']).speakers[0]).toMatchObject({
			name: 'Ram Bahadur Thapa Magar',
			role: 'Prime Minister of Nepal',
		});
		expect(table(['Prime Minister of Sri Lanka Ravi Perera']).speakers[0]?.name).toBe(
			'Ravi Perera',
		);
		// Not a country: the usual two-word name.
		expect(table(['Minister of Economic Development Oleg Sokolov']).speakers[0]?.name).toBe(
			'Oleg Sokolov',
		);
	});

	it('keeps a religious or royal title with a bare given name', () => {
		expect(table(['Patriarch Gregory of Alexandria and All Africa']).speakers[0]).toMatchObject({
			name: 'Patriarch Gregory of Alexandria',
			role: 'Patriarch of Alexandria and All Africa',
		});
		const {speakers} = table(['Metropolitan Onufry', 'Onufry']);
		expect(speakers).toHaveLength(1);
		expect(speakers[0]?.name).toBe('Metropolitan Onufry');
	});

	it('recases a name typed in capitals on a page of mixed-case labels', () => {
		const kremlin = (labels: string[]) => resolveSpeakers(labels, [], {titleCaseCaps: true});
		const one = kremlin(['Energy MINISTER PETR LEBEDEV', 'Petr Lebedev', 'Vladimir Putin']);
		expect(one.speakers[0]).toMatchObject({name: 'Petr Lebedev', role: 'Energy Minister'});
		const two = kremlin(['Vladimir Putin', 'MINISTER PETR LEBEDEV', 'OPEC CEO IVAN KUZNETSOV']);
		expect(two.speakers.map((s) => [s.name, s.role])).toEqual([
			['Vladimir Putin', null],
			['Petr Lebedev', 'Minister'],
			['Ivan Kuznetsov', 'OPEC CEO'],
		]);
		// Layouts with capitals by convention keep them.
		expect(table(['First Citizen', 'MENENIUS']).speakers[1]?.name).toBe('MENENIUS');
	});

	it('treats "X from the hall" and generic words as anonymous', () => {
		for (const label of [
			'Presenter',
			'Response from the hall',
			'Remark from the audience',
			'Operator',
			'Speaker',
			'Remarks',
		])
			expect(table([label]).speakers[0]?.anonymous, label).toBe(true);
	});
});

describe('spelling and role-only labels', () => {
	it('merges transliteration variants of one name, not two first names', () => {
		const {speakers} = table([
			'Yury Zhulyov',
			'Yury Zhulev',
			'Rustam Falyakhov',
			'Rustam Falyahov',
			'Kirill Dmitriev',
			'Kirill Dmitriyev',
			'Denis Sorokin',
			'Dmitry Sorokin',
		]);
		expect(speakers.map((s) => s.labels.length)).toEqual([2, 2, 2, 1, 1]);
	});

	it('reads "Moderator" before a name as a role', () => {
		const {speakers} = table(['Moderator Olga Petrova', 'Olga Petrova', 'Moderator']);
		expect(speakers[0]).toMatchObject({name: 'Olga Petrova', role: 'Moderator'});
		expect(speakers[1]?.anonymous).toBe(true);
	});

	it('does not take two words after a preposition for a name', () => {
		expect(table(['Winner of the Grand Prize for Young Painters']).speakers[0]).toMatchObject({
			name: 'Winner of the Grand Prize for Young Painters',
			role: null,
		});
		expect(table(['Chairman of the Science Forum']).speakers[0]?.name).toBe(
			'Chairman of the Science Forum',
		);
		// A three-word tail still holds a name after a place.
		expect(table(['Minister of Transport Ivan Orlov']).speakers[0]?.name).toBe('Ivan Orlov');
	});
});

describe('a title form and a full-name form of one person (issue 11)', () => {
	it('joins "CHIEF JUSTICE ROBERTS" and "John G. Roberts, Jr.", and the like, in one document', () => {
		const t = table([
			'CHIEF JUSTICE ROBERTS',
			'MR. WAXMAN',
			'JUSTICE GINSBURG',
			'PRESIDENT BIDEN',
			'John G. Roberts, Jr.',
			'Seth P. Waxman',
			'Ruth Bader Ginsburg',
			'Joseph R. Biden',
		]);
		expect(t.speakers.map((s) => s.name)).toEqual([
			'John G. Roberts, Jr.',
			'Seth P. Waxman',
			'Ruth Bader Ginsburg',
			'Joseph R. Biden',
		]);
		expect(t.of('CHIEF JUSTICE ROBERTS').role).toBe('Chief Justice');
		expect(t.of('MR. WAXMAN').labels).toEqual(['MR. WAXMAN', 'Seth P. Waxman']);
	});

	it('keeps two people who share a surname apart when both have full names', () => {
		const t = table(['MR. SMITH', 'John Smith', 'Jane Smith', 'JUSTICE SCALIA', 'Antonin Scalia']);
		expect(t.speakers.map((s) => s.name)).toEqual([
			'Smith',
			'John Smith',
			'Jane Smith',
			'Antonin Scalia',
		]);
		expect(t.of('John Smith').id).not.toBe(t.of('Jane Smith').id);
	});

	it('keeps "Jr." and "Sr." apart, and a bare form of the name with neither', () => {
		const t = table(['John Smith, Jr.', 'John Smith, Sr.', 'John Smith', 'MR. SMITH']);
		expect(new Set(t.speakers.map((s) => s.id)).size).toBe(4);
		const one = table(['John Smith, Jr.', 'John Smith', 'MR. SMITH']);
		expect(one.speakers.map((s) => s.name)).toEqual(['John Smith, Jr.']);
	});
});
