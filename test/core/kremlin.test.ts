import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseDateLine} from '../../source/core/formats/dateline.js';
import {kremlin} from '../../source/core/formats/kremlin.js';
import type {Transcript} from '../../source/core/model.js';
import {parseBytes, parseTranscript} from '../../source/core/transcript.js';

const fixture = (name: string) => readFileSync(`test/fixtures/parse/${name}`, 'utf8');
const parse = (text: string) => parseTranscript(text, {format: 'kremlin'});

/** Turns as "Name: first paragraph", narration as "| paragraph". */
function outline(t: Transcript): string[] {
	const names = new Map(t.speakers.map((s) => [s.id, s.name]));
	return t.remarks.flatMap((r) =>
		r.speaker === null
			? r.paragraphs.map((p) => `| ${p}`)
			: [`${names.get(r.speaker)}: ${r.paragraphs[0] ?? ''}`],
	);
}

function speaker(t: Transcript, name: string) {
	const s = t.speakers.find((x) => x.name === name);
	expect(s, `speaker ${name}`).toBeDefined();
	return s!;
}

function turnsOf(t: Transcript, name: string): string[][] {
	const id = speaker(t, name).id;
	return t.remarks.filter((r) => r.speaker === id).map((r) => r.paragraphs);
}

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
const HEAD = ['Meeting with Ivan Petrov', 'March 2, 2016, The Kremlin, Moscow'];

describe('labels', () => {
	it('reads labels inline and alone on their line', () => {
		const inline = parse(fixture('chrome.txt'));
		expect(outline(inline).filter((l) => !l.startsWith('|'))).toEqual([
			'Vladimir Putin: Mr Nazarbayev,',
			'Nursultan Nazarbayev: Mr Putin, thank you for inviting me.',
			'Vladimir Putin: Thank you.',
			'Nursultan Nazarbayev: I wish you every success!',
		]);
		const own = parse(fixture('ownline.txt'));
		expect(outline(own).filter((l) => !l.startsWith('|'))).toEqual([
			'Vladimir Putin: Mr Chikhanchin, I know that you wanted to tell me about your work.',
			'Yury Chikhanchin: Mr President, we have identified 42 such cells.',
			'Vladimir Putin: Good.',
			'Yury Chikhanchin: Thank you.',
		]);
	});

	it('makes one speaker of a role+name label and its later short form', () => {
		const t = parse(fixture('chrome.txt'));
		expect(t.speakers).toEqual([
			{
				id: 'vladimir-putin',
				name: 'Vladimir Putin',
				role: 'President of Russia',
				labels: ['President of Russia Vladimir Putin', 'Vladimir Putin'],
				anonymous: false,
			},
			{
				id: 'nursultan-nazarbayev',
				name: 'Nursultan Nazarbayev',
				role: 'President of Kazakhstan',
				labels: ['President of Kazakhstan Nursultan Nazarbayev', 'Nursultan Nazarbayev'],
				anonymous: false,
			},
		]);
	});

	it('keeps a 150+ character role out of the name', () => {
		const t = parse(fixture('names.txt'));
		const petrov = speaker(t, 'Ivan Petrov');
		expect(petrov.role!.length).toBeGreaterThan(150);
		expect(petrov.role).toMatch(/^Head of the Federal Agency .* Municipal Programmes$/);
		expect(turnsOf(t, 'Ivan Petrov')).toHaveLength(2);
	});

	it('reads a role after a comma', () => {
		const t = parse(fixture('names.txt'));
		expect(speaker(t, 'Anna Ivanova').role).toBe('welder');
		expect(speaker(t, 'Anna Ivanova').labels).toEqual(['Anna Ivanova, welder']);
	});

	it('drops notes in parentheses from names and labels', () => {
		const t = parse(fixture('names.txt'));
		expect(speaker(t, 'Marine Le Pen')).toMatchObject({role: null, labels: ['Marine Le Pen']});
		const g = parse(fixture('generic.txt'));
		expect(speaker(g, 'Question').labels).toEqual(['Question']);
		const t2 = parse(doc(...HEAD, 'Ivan Petrov (via interpreter): Hello.', 'Ivan Petrov: Bye.'));
		expect(t2.speakers).toHaveLength(1);
	});

	it('takes the spelling of the title or lead for a variant in a label', () => {
		const t = parse(fixture('names.txt'));
		const vucic = speaker(t, 'Aleksandar Vucic');
		expect(vucic.labels).toEqual(['President of the Republic of Serbia Alexandar Vucic']);
		expect(vucic.role).toBe('President of the Republic of Serbia');
	});

	it('makes one speaker of two spellings in labels, not of two people sharing a surname', () => {
		const t = parse(
			doc(
				...HEAD,
				'Alexandar Vucic: One.',
				'Aleksandar Vucic: Two.',
				'Sergei Ivanov: Three.',
				'Viktor Ivanov: Four.',
			),
		);
		expect(t.speakers.map((s) => s.name)).toEqual([
			'Alexandar Vucic',
			'Sergei Ivanov',
			'Viktor Ivanov',
		]);
		expect(speaker(t, 'Alexandar Vucic').labels).toEqual(['Alexandar Vucic', 'Aleksandar Vucic']);
		const names = parse(fixture('names.txt'));
		expect(speaker(names, 'Sergei Ivanov').id).not.toBe(speaker(names, 'Viktor Ivanov').id);
	});

	it('reads labels with lowercase roles, dotted names and a lost space', () => {
		const t = parse(
			doc(
				...HEAD,
				'Olympic ice hockey champion Pavel Datsyuk: Thank you.',
				'Editor-in-Chief of the Lenta.Ru online media outlet Vladimir Todorov: A question.',
				'Argumenty i Fakty Editor-in-Chief Igor Chernyak: Another one.',
				'VladimirPutin: Yes.',
				'Vladimir Putin: And yes again.',
			),
		);
		expect(t.speakers.map((s) => [s.name, s.role])).toEqual([
			['Pavel Datsyuk', 'Olympic ice hockey champion'],
			['Vladimir Todorov', 'Editor-in-Chief of the Lenta.Ru online media outlet'],
			['Igor Chernyak', 'Argumenty i Fakty Editor-in-Chief'],
			['Vladimir Putin', null],
		]);
	});

	it('joins initials to the one full name that fits', () => {
		const t = parse(
			doc(
				...HEAD,
				'Andrei Voronin: One.',
				'A. Voronin: Two.',
				'Adnan Z. Amin: Three.',
				'Adnan Amin: Four.',
			),
		);
		expect(t.speakers.map((s) => s.name)).toEqual(['Andrei Voronin', 'Adnan Z. Amin']);
	});

	it('treats generic labels as anonymous speakers, and two Remark turns as two turns', () => {
		const t = parse(fixture('generic.txt'));
		for (const name of ['Question', 'Remark', 'Voices'])
			expect(speaker(t, name).anonymous).toBe(true);
		expect(speaker(t, 'Vladimir Putin').anonymous).toBe(false);
		expect(turnsOf(t, 'Remark')).toEqual([['Thank you!'], ['We will wait for you!']]);
		expect(turnsOf(t, 'Question')).toEqual([
			['Mr President, when will you come again?'],
			['RIA Novosti.', 'Is the plant profitable?'],
		]);
		for (const word of [
			'Answer',
			'Reply',
			'Response',
			'Voice',
			'Audience',
			'Journalist',
			'Participant',
			'Moderator',
			'Q',
			'A',
		]) {
			const one = parse(doc(...HEAD, `${word}: Yes.`, 'Ivan Petrov: No.'));
			expect(one.speakers[0], word).toMatchObject({name: word, anonymous: true});
		}
	});
});

describe('narration', () => {
	it('keeps page chrome, the lead, "* * *" and a sub-heading as narration before the turns', () => {
		const t = parse(fixture('chrome.txt'));
		expect(t.remarks[0]).toEqual({
			speaker: null,
			paragraphs: [
				'View settings',
				'Font size:',
				'Site colours:',
				'Official website of the President of Russia',
				'Документ /',
				'Vladimir Putin had a meeting with President of the Republic of Kazakhstan Nursultan Nazarbayev.',
				'* * *',
				'Transcript of meeting with President of the Republic of Kazakhstan Nursultan Nazarbayev',
			],
		});
		expect(t.speakers.some((s) => /font|site|colours/i.test(s.name))).toBe(false);
	});

	it('makes the date line repeated at the end narration', () => {
		const t = parse(fixture('chrome.txt'));
		expect(t.remarks.at(-1)).toEqual({
			speaker: null,
			paragraphs: ['December 27, 2017, The Kremlin, Moscow'],
		});
	});

	it('never glues photo captions between turns to the previous turn', () => {
		const t = parse(fixture('captions.txt'));
		expect(turnsOf(t, 'Vladimir Putin')[0]).toEqual([
			'Good afternoon, colleagues.',
			'Let us begin with the transport situation.',
		]);
		expect(outline(t)).toContain('| Meeting with Government members.');
		expect(outline(t)).toContain('| At a meeting with Government members.');
	});

	it('takes captions inside a turn out of it, keeping the turn whole', () => {
		const t = parse(
			doc(
				'Meeting with President of Iran Hassan Rouhani',
				'April 4, 2018, Ankara',
				'President of Iran Hassan Rouhani: Thank you.',
				'We will work together.',
				'President of Iran Hassan Rouhani.',
				'Our countries agree.',
				'Vladimir Putin: Thank you.',
			),
		);
		expect(turnsOf(t, 'Hassan Rouhani')).toEqual([
			['Thank you.', 'We will work together.', 'Our countries agree.'],
		]);
		expect(outline(t)).toContain('| President of Iran Hassan Rouhani.');
	});

	it('takes captions with commas, left/right and several people out of a turn, never speech', () => {
		const t = parse(fixture('captions-shaped.txt'));
		expect(turnsOf(t, 'Anna Dubois')).toEqual([
			[
				'Mr President, thank you for this meeting.',
				'Our companies are working in Russia.',
				// Speech that names people in the third person, lists names, or has a verb after a name.
				'President of Russia Vladimir Putin met with us during the visit, and Pierre Martin, left, said so.',
				'Pierre Martin, Anna Dubois and Ivan Petrov.',
				'Pierre Martin met the members of the Chamber, left and right, before the meeting.',
				'Anna Dubois, reporting from Lyon, at the Chamber.',
				'During the talks, the sides agreed on a plan for the Chamber.',
				'At Lyon State University.',
				'Thank you.',
			],
		]);
		const lines = outline(t);
		for (const caption of [
			'Chairman of the Board of the Franco-Russian Chamber of Commerce, owner of Riverside Group private investment company Pierre Martin, left, and Anna Dubois prior to the meeting.',
			'Finance Minister Anton Siluanov at the meeting with members of the Chamber.',
			'With Chairman of the Board Pierre Martin (right) and Anna Dubois.',
			'Before the meeting. Anna Dubois and Pierre Martin, right.',
			// People not in the document, named by an office; an event without people.
			'Speaker of the Federation Council Maria Rossi and President of the Constitutional Court Paul Weber at a meeting of the Chamber.',
			'Press statements following Franco-Russian talks.',
			'Film director Jean Morel and actor Pierre Martin, right, during the visit.',
			'Visit to Lyon National Medical Research Centre.',
		])
			expect(lines).toContain(`| ${caption}`);
	});

	it('knows captions by the words of the lead too, and by a year first; courtesies stay speech', () => {
		const t = parse(
			doc(
				'Victory Day celebrations at the River Museum',
				'May 9, 2019, Tula',
				'Vladimir Putin met with veterans and members of youth organisations at the museum.',
				'Vladimir Putin: Good afternoon, friends.',
				'This museum keeps the memory of our people.',
				'Meeting with veterans and youth organisation members.',
				'2019 Victory Day celebrations.',
				'Ivan Petrov: Thank you, Mr President.',
				'Happy Victory Day.',
				'Congratulations on the opening of the River Museum.',
			),
		);
		expect(turnsOf(t, 'Vladimir Putin')).toEqual([
			['Good afternoon, friends.', 'This museum keeps the memory of our people.'],
		]);
		expect(outline(t)).toContain('| Meeting with veterans and youth organisation members.');
		expect(outline(t)).toContain('| 2019 Victory Day celebrations.');
		expect(turnsOf(t, 'Ivan Petrov')).toEqual([
			[
				'Thank you, Mr President.',
				'Happy Victory Day.',
				'Congratulations on the opening of the River Museum.',
			],
		]);
	});

	it('makes stage directions and "<…>" narration', () => {
		const t = parse(fixture('captions.txt'));
		const lines = outline(t);
		expect(lines).toContain('| (Laughter.)');
		expect(lines).toContain('| (The Minister went on to talk about the regional roads programme.)');
		expect(lines).toContain('| <…>');
		expect(turnsOf(t, 'Maxim Sokolov')[0]).toEqual([
			'Mr President, colleagues, the work is going well.',
			'We have built new roads this year.',
		]);
	});

	it('makes a file without labels one narration block', () => {
		const t = parse(fixture('prose.txt'));
		expect(t.speakers).toEqual([]);
		expect(t.remarks).toHaveLength(1);
		expect(t.remarks[0]!.speaker).toBeNull();
		expect(t.remarks[0]!.paragraphs).toContain(
			'Nobody is labelled here, and the text: it has colons.',
		);
	});
});

describe('prose with a colon never opens a turn', () => {
	it('"Here it is:", "The question is:", role+name+verb', () => {
		const t = parse(fixture('names.txt'));
		expect(turnsOf(t, 'Ivan Petrov')[1]).toEqual([
			'The report is ready.',
			'Head of the Republic of Khakassia Viktor Zimin recently resigned: this is understandable, as he withdrew from the election campaign.',
		]);
		expect(t.speakers.some((s) => s.name.includes('Zimin'))).toBe(false);
		const own = parse(fixture('ownline.txt'));
		expect(turnsOf(own, 'Yury Chikhanchin')[0]).toContain(
			'The question is: what do we do next? We have two answers.',
		);
		const chrome = parse(fixture('chrome.txt'));
		expect(turnsOf(chrome, 'Vladimir Putin')[0]).toContain(
			'I am delighted to see you. Here it is: I do not see any problems.',
		);
	});

	it('"And here is my second question:", "Colleagues, this is how:", a quoted poem', () => {
		const t = parse(
			doc(
				...HEAD,
				'Question: Good afternoon.',
				'And here is my second question: Will you run?',
				'Colleagues, this is how I think we should proceed: first, we talk.',
				'A children’s poem: “We have gas, and you?”',
				'Time: 10:30.',
			),
		);
		expect(t.speakers.map((s) => s.name)).toEqual(['Question']);
		expect(turnsOf(t, 'Question')[0]).toHaveLength(5);
	});

	it('a heading with a colon is not a label, even when the title names its words', () => {
		const t = parse(
			doc(
				'Opening the exhibition Imperial Capitals: St Petersburg – Vienna',
				'October 3, 2018, St Petersburg',
				'* * *',
				'Speeches at the opening of the Imperial Capitals: St Petersburg – Vienna exhibition',
				'Vladimir Putin: Friends, welcome.',
				'Master mariner Sergei Zybko: Mr President,',
				'We have arrived.',
			),
		);
		expect(t.speakers.map((s) => s.name)).toEqual(['Vladimir Putin', 'Sergei Zybko']);
		expect(outline(t)[1]).toBe(
			'| Speeches at the opening of the Imperial Capitals: St Petersburg – Vienna exhibition',
		);
	});

	it('keeps bracketed editorial inserts in the text', () => {
		const t = parse(fixture('chrome.txt'));
		expect(turnsOf(t, 'Nursultan Nazarbayev')[0]).toContain(
			'We discussed the Baikonur Cosmodrome [the space launch site].',
		);
	});
});

describe('metadata', () => {
	it('reads title, date, place after chrome', () => {
		const t = parse(fixture('chrome.txt'));
		expect(t).toMatchObject({
			title: 'Meeting with President of Kazakhstan Nursultan Nazarbayev',
			date: '2017-12-27',
			place: 'The Kremlin, Moscow',
			format: 'kremlin',
		});
	});

	it('reads every date line form', () => {
		expect(parseDateLine('December 27, 2017')).toEqual({date: '2017-12-27', place: null});
		expect(parseDateLine('October 3, 2018, 11:05, The Kremlin, Moscow')).toEqual({
			date: '2018-10-03',
			place: 'The Kremlin, Moscow',
		});
		expect(parseDateLine('May 8, 2021 - 18:10 - The Kremlin, Moscow')).toEqual({
			date: '2021-05-08',
			place: 'The Kremlin, Moscow',
		});
		expect(parseDateLine('27 December 2017')).toEqual({date: '2017-12-27', place: null});
		expect(parseDateLine('2017-12-27, Sochi')).toEqual({date: '2017-12-27', place: 'Sochi'});
		expect(parseDateLine('December 27, 2017 was a long day for all of us.')).toBeNull();
		expect(parseDateLine('Smarch 27, 2017')).toBeNull();
	});

	it('reads the own-line layout header and keeps the lead as narration', () => {
		const t = parse(fixture('ownline.txt'));
		expect(t).toMatchObject({
			title: 'Meeting with Head of Rosfinmonitoring Yury Chikhanchin',
			date: '2021-05-08',
			place: 'Novo-Ogaryovo, Moscow Region',
		});
		expect(t.remarks[0]).toEqual({
			speaker: null,
			paragraphs: [
				'Vladimir Putin had a working meeting with Head of the Federal Service for Financial Monitoring Yury Chikhanchin.',
			],
		});
	});

	it('finds the title after page chrome when there is no date line', () => {
		const t = parse(
			doc(
				'View settings',
				'Font size:',
				'Документ /',
				'Meeting with Ivan Petrov',
				'Ivan Petrov: Hello.',
				'Vladimir Putin: Hi.',
			),
		);
		expect(t.title).toBe('Meeting with Ivan Petrov');
		expect(t.date).toBeNull();
		expect(t.remarks[0]).toEqual({
			speaker: null,
			paragraphs: ['View settings', 'Font size:', 'Документ /'],
		});
		expect(parse(doc('Just a sentence.', 'Ivan Petrov: Hello.')).title).toBeNull();
	});

	it('detects the layout without being told', () => {
		expect(parseTranscript(fixture('chrome.txt')).format).toBe('kremlin');
		expect(parseTranscript(fixture('ownline.txt')).format).toBe('kremlin');
		expect(kremlin.score(fixture('chrome.txt'))).toBe(1);
		// Text that looks like nothing in particular is left to the plain layout.
		expect(kremlin.score('Some notes.\n\nMore notes.')).toBeLessThan(0.02);
	});
});

describe('hostile input', () => {
	it('treats labels that differ only by case or spacing as one speaker', () => {
		const t = parse(
			doc(
				...HEAD,
				'Ivan  Petrov: One.',
				'IVAN PETROV: Two.',
				'ivan petrov: Three.',
				'Ivan Petrov: Four.',
			),
		);
		expect(t.speakers).toHaveLength(1);
		expect(t.remarks.filter((r) => r.speaker !== null)).toHaveLength(4);
	});

	it('survives 100,000 one-word lines', () => {
		const text = Array.from({length: 100_000}, (_, i) => `word${i}`).join('\n');
		const t = parse(text);
		expect(t.speakers).toEqual([]);
		const paragraphs = t.remarks.reduce((n, r) => n + r.paragraphs.length, 0);
		expect(paragraphs).toBeGreaterThanOrEqual(99_999);
	});

	it('parses an 8 MB transcript in one piece (50 MB is measured by npm run bench)', () => {
		const page = fixture('chrome.txt');
		const parts: string[] = [];
		let size = 0;
		while (size < 8e6) {
			parts.push(page);
			size += page.length;
		}
		const bytes = new TextEncoder().encode(parts.join('\n'));
		parts.length = 0;
		const t = parseBytes(bytes);
		expect(t.title).toBe('Meeting with President of Kazakhstan Nursultan Nazarbayev');
		expect(t.speakers.map((s) => s.name)).toEqual(['Vladimir Putin', 'Nursultan Nazarbayev']);
		const turns = t.remarks.filter((r) => r.speaker !== null).length;
		expect(turns).toBeGreaterThan(4 * 8_000);
	});
});

describe('labels the page wrote carelessly', () => {
	it('reads a label whose note lost its closing bracket', () => {
		const t = parse(
			doc(
				...HEAD,
				'Vladimir Putin: Welcome.',
				'Prime Minister of Ruritania Karl Brandt (retranslated: Thank you for the invitation.',
				'Vladimir Putin: Please go on.',
			),
		);
		expect(outline(t)).toContain('Karl Brandt: Thank you for the invitation.');
		expect(speaker(t, 'Karl Brandt').role).toBe('Prime Minister of Ruritania');
	});

	it('reads a plain description ending in an occupation as an anonymous label', () => {
		const t = parse(
			doc(
				...HEAD,
				'Vladimir Putin: Let us take a call.',
				'Call centre operator: The city of Omsk.',
				'Vladimir Putin: Good afternoon.',
			),
		);
		expect(outline(t)).toContain('Call centre operator: The city of Omsk.');
		expect(speaker(t, 'Call centre operator').anonymous).toBe(true);
	});
});

describe('labels with a comma, weighed by the rest of the document', () => {
	it('reads "role name, role" as a label when the name is a label elsewhere', () => {
		const t = parse(
			doc(
				...HEAD,
				'Vladimir Putin: Good afternoon.',
				'Sports commentator Ivan Petrov, ceremony moderator: Mr President, we have a favour to ask.',
				'Vladimir Putin: Go ahead.',
				'Ivan Petrov: Thank you.',
			),
		);
		expect(turnsOf(t, 'Ivan Petrov')).toEqual([
			['Mr President, we have a favour to ask.'],
			['Thank you.'],
		]);
		expect(speaker(t, 'Ivan Petrov').role).toBe('Sports commentator, ceremony moderator');
	});

	it('reads a caller "Given name, City" when the given name is another speaker’s', () => {
		const t = parse(
			doc(
				...HEAD,
				'Dmitry Sokolov: Hello, I am calling from Tula.',
				'Vladimir Putin: Good afternoon, Dmitry, you are live on the air.',
				'Dmitry, Moscow: Good afternoon, Mr President. I have a question about medicine.',
				'Vladimir Putin: Thank you.',
			),
		);
		expect(outline(t)).toContain(
			'Dmitry: Good afternoon, Mr President. I have a question about medicine.',
		);
		expect(speaker(t, 'Dmitry').role).toBe('Moscow');
		// Without another speaker of that given name, "Word, Place:" stays text.
		const lone = parse(
			doc(
				...HEAD,
				'Vladimir Putin: Good afternoon.',
				'Anna, Moscow: Good afternoon.',
				'Thank you.',
			),
		);
		expect(lone.speakers.map((s) => s.name)).toEqual(['Vladimir Putin']);
	});

	it('never reads "Town, Region:" before a quotation as a label', () => {
		const t = parse(
			doc(
				...HEAD,
				'Vladimir Putin: Good afternoon.',
				'Pavel Zarubin: Here are some messages.',
				'Verkhnyaya Gora, Sverdlovsk Region: “The reform is not working.” These photos came from young people.',
				'Vladimir Putin: Thank you.',
			),
		);
		expect(t.speakers.map((s) => s.name)).not.toContain('Verkhnyaya Gora');
		expect(turnsOf(t, 'Pavel Zarubin')[0]).toHaveLength(2);
		// The same shape before a sentence is still a label ("Anna Ivanova, welder: …").
		const named = parse(
			doc(...HEAD, 'Vladimir Putin: Hello.', 'Anna Ivanova, welder: Good afternoon.'),
		);
		expect(speaker(named, 'Anna Ivanova').role).toBe('welder');
	});
});
