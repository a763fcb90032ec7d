/**
 * Layouts with no example in the corpus (issue 11), each written to a publication's own
 * conventions: expected speakers and number of turns, read through the general label machinery.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Transcript} from '../../source/core/model.js';
import {parseBytes} from '../../source/core/transcript.js';

const dir = join('test', 'fixtures', 'formats');
const read = (name: string): Transcript => parseBytes(readFileSync(join(dir, name)));
const names = (t: Transcript) => t.speakers.map((s) => s.name);
const turns = (t: Transcript) => t.remarks.filter((r) => r.speaker !== null);
/** The speaker's name of every turn, in order. */
const order = (t: Transcript) => {
	const byId = new Map(t.speakers.map((s) => [s.id, s.name]));
	return turns(t).map((r) => byId.get(r.speaker!));
};
const text = (t: Transcript) => t.remarks.flatMap((r) => r.paragraphs).join('\n');

describe('UN Security Council verbatim record', () => {
	const t = read('un-verbatim.txt');
	it('reads "Mr. Nebenzia (Russian Federation) (spoke in Russian):" and one-time speakers', () => {
		expect(names(t)).toEqual(['The President', 'Pedersen', 'Nebenzia', 'Thomas-Greenfield']);
		expect(turns(t)).toHaveLength(7);
		expect(t.speakers.find((s) => s.name === 'Nebenzia')?.labels).toEqual(['Mr. Nebenzia']);
	});
	it('keeps the header\'s "President: Mr. França Danese (Brazil)" out of the turns', () => {
		expect(t.remarks[0]!.speaker).toBeNull();
		expect(t.remarks[0]!.paragraphs.join(' ')).toContain('President: Mr. França Danese');
	});
});

describe('Hansard debate', () => {
	const t = read('hansard.txt');
	it('names "The Prime Minister (Boris Johnson)" and joins the later "The Prime Minister"', () => {
		const pm = t.speakers.find((s) => s.labels.includes('The Prime Minister'));
		expect(pm?.name).toBe('Boris Johnson');
		expect(names(t)).toEqual([
			'Rupa Huq',
			'Boris Johnson',
			'Mr Speaker',
			'Keir Starmer',
			'Hon. Members',
		]);
		expect(turns(t)).toHaveLength(9);
	});
	it('reads a question number before the label and notes after it ("Q1. Dr Rupa Huq (…) (Lab):")', () => {
		expect(order(t).slice(0, 3)).toEqual(['Rupa Huq', 'Boris Johnson', 'Rupa Huq']);
		expect(t.speakers.find((s) => s.name === 'Hon. Members')?.anonymous).toBe(true);
	});
});

describe('Russian press conference ("В.Путин:", "Вопрос:")', () => {
	const t = read('russian.txt');
	it('finds Cyrillic labels, a one-time speaker and an anonymous question', () => {
		expect(t.title).toBe('Пресс-конференция по итогам переговоров');
		expect(t.date).toBe('2021-06-15');
		expect(names(t)).toEqual(['В.Путин', 'Вопрос', 'Д.Песков']);
		expect(t.speakers.find((s) => s.name === 'Вопрос')?.anonymous).toBe(true);
		expect(turns(t)).toHaveLength(8);
		expect(order(t).at(-2)).toBe('Вопрос');
	});
});

describe('Windows-1252 interview', () => {
	const t = read('cp1252.txt');
	it('decodes the bytes, keeps the title, and finds a one-time speaker', () => {
		expect(t.title).toBe('Interview with Renée Dubois, curator');
		expect(names(t)).toEqual(['Interviewer', 'Renée Dubois', 'François Lefèvre']);
		expect(turns(t)).toHaveLength(5);
		expect(text(t)).toContain('“Mémoires”');
	});
});

describe('saved web page with <p><strong>Name:</strong> text</p>', () => {
	const t = read('strong-page.html');
	it('reads the article only, labels from <strong>, title and date from the page', () => {
		expect(t.title).toBe('Transcript: Mayor Rivera on the new bus lanes');
		expect(t.date).toBe('2024-04-11');
		expect(names(t)).toEqual(['Elena Rivera', 'Reporter', 'Sam Whitaker', 'Dev Patel']);
		expect(turns(t)).toHaveLength(7);
		expect(text(t)).toContain('Main Street & Fifth');
		expect(text(t)).not.toMatch(/Most read|Riverside Daily|dataLayer|Opinion/);
	});
});

describe('Rev.com podcast ("Speaker 1 (00:00:02):" on its own line)', () => {
	const t = read('rev-podcast.txt');
	it('keeps the times and the anonymous numbered speakers', () => {
		expect(t.title).toBe('The Build Show, Episode 42: Shipping on Fridays');
		expect(names(t)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 3']);
		expect(turns(t)).toHaveLength(7);
		expect(turns(t)[1]!.time).toBe(9);
	});
});

describe('Otter.ai export ("Name  0:04" then the text)', () => {
	const t = read('otter-export.txt');
	it('reads names and times, hours included', () => {
		expect(names(t)).toEqual(['Unknown Speaker', 'Maria Chen', 'David Okafor']);
		expect(turns(t)).toHaveLength(6);
		expect(turns(t).at(-1)!.time).toBe(3725);
		expect(t.remarks.at(-1)).toMatchObject({
			speaker: null,
			paragraphs: ['Transcribed by https://otter.ai'],
		});
	});
});

describe('Zoom transcript (.vtt with "Name: text" in numbered cues)', () => {
	const t = read('zoom.vtt');
	it('names every speaker, an apostrophe and a one-time speaker included', () => {
		expect(t.format).toBe('vtt');
		expect(names(t)).toEqual(['Priya Natarajan', "Tom O'Brien", 'Lena Fischer']);
		expect(turns(t)).toHaveLength(6);
		expect(text(t)).not.toContain("O'Brien:");
	});
});

describe('SubRip with SDH names, "- " dialogue dashes and <font> tags', () => {
	const t = read('sdh-dashes.srt');
	it('reads dashes inside <font> as unnamed changes of speaker, names as turns', () => {
		expect(t.format).toBe('srt');
		expect(names(t)).toEqual(['MARGARET', 'TOM']);
		expect(turns(t)).toHaveLength(5);
		expect(t.remarks[0]!.paragraphs).toEqual([
			"Who's there?",
			"It's me. Open the door.",
			'[DOOR CREAKS]',
		]);
		expect(text(t)).not.toMatch(/<|font|^- /m);
	});
});

describe('YouTube automatic captions (inline <00:00:01.000><c> times, rolling lines)', () => {
	const t = read('youtube-auto.vtt');
	it('reads every word once, without markup', () => {
		expect(t.speakers).toEqual([]);
		expect(t.remarks).toHaveLength(1);
		expect(t.remarks[0]!.time).toBe(0.03);
		expect(t.remarks[0]!.paragraphs).toEqual([
			'hey everyone welcome back to the channel',
			"today we're fixing a leaky faucet",
			'first turn off the water supply',
		]);
	});
});

describe('congressional hearing, GPO text ("    Mr. BIGGS. Thank you…", first-line indents)', () => {
	const t = read('hearing-gpo.txt');
	it('reads paragraphs by their indent and labels by the document\'s "Title SURNAME." form', () => {
		expect(names(t)).toEqual(['Jackson Lee', 'Biggs', 'Peters', 'Cohen']);
		expect(t.speakers[0]!.role).toBe('Chair');
		expect(order(t)).toEqual([
			'Jackson Lee',
			'Biggs',
			'Jackson Lee',
			'Peters',
			'Jackson Lee',
			'Cohen',
			'Peters',
			'Cohen',
			'Jackson Lee',
		]);
		expect(t.date).toBe('2022-09-13');
	});
	it('keeps bracketed notes and headings in capitals out of the speech', () => {
		const said = turns(t)
			.flatMap((r) => r.paragraphs)
			.join(' ');
		expect(said).not.toMatch(/prepared statement|STATEMENT OF|Whereupon/);
		expect(text(t)).toContain('[The prepared statement of Mr. Biggs follows:]');
	});
});

describe('deposition with "Q." / "A." and "MR. GRANT:"', () => {
	const t = read('qa-interview.txt');
	it('reads "A. Yes. I was…" as the answer and a counsel\'s colon label', () => {
		expect(names(t)).toEqual(['Q', 'A', 'Grant']);
		expect(turns(t)).toHaveLength(11);
		expect(order(t).slice(-4)).toEqual(['A', 'Grant', 'Q', 'A']);
		expect(turns(t)[7]!.paragraphs).toEqual(['Yes. I was the only dispatcher on shift.']);
	});
});

describe('screenplay (centred character cues, extensions, action lines)', () => {
	const t = read('screenplay.txt');
	it('reads "MARGARET (CONT\'D)" and "ANNOUNCER (V.O.)" as cues, action as narration', () => {
		expect(t.title).toBe('THE LAST TRAIN');
		expect(names(t)).toEqual(['MARGARET', 'TOM', 'ANNOUNCER']);
		expect(order(t)).toEqual([
			'MARGARET',
			'TOM',
			'MARGARET',
			'TOM',
			'MARGARET',
			'ANNOUNCER',
			'TOM',
		]);
		const narration = t.remarks.filter((r) => r.speaker === null).flatMap((r) => r.paragraphs);
		expect(narration).toContain('She hands him a thermos.');
		expect(narration).toContain('Tom laughs despite himself.');
	});
});

describe('NPR radio transcript ("STEVE INSKEEP, HOST:" then "INSKEEP:")', () => {
	const t = read('npr-radio.txt');
	it('reads "NAME, ROLE:" labels, alone on a line or not, and joins the surname form', () => {
		expect(names(t)).toEqual([
			'STEVE INSKEEP',
			'NINA TOTENBERG',
			'JOHN ROBERTS',
			'ELIZABETH PRELOGAR',
		]);
		expect(t.speakers[0]!.labels).toEqual(['STEVE INSKEEP, HOST', 'INSKEEP']);
		expect(t.speakers[1]!.role).toBe('BYLINE');
		expect(turns(t)).toHaveLength(11);
	});
	it('keeps soundbite notes and the copyright line out of the turns', () => {
		const said = turns(t)
			.flatMap((r) => r.paragraphs)
			.join(' ');
		expect(said).not.toMatch(/SOUNDBITE|Copyright/);
	});
});

describe('one person under a title form and a full-name form (issue 11)', () => {
	it('joins "John G. Roberts, Jr.:" and "CHIEF JUSTICE ROBERTS:", "Damien M. Schiff" and "MR. SCHIFF"', () => {
		const t = read('court-mixed.txt');
		expect(names(t)).toEqual([
			'John G. Roberts, Jr.',
			'Damien M. Schiff',
			'Clarence Thomas',
			'Samuel A. Alito, Jr.',
			'Brian H. Fletcher',
		]);
		expect(t.speakers[0]!.labels).toEqual(['John G. Roberts, Jr.', 'CHIEF JUSTICE ROBERTS']);
		expect(t.speakers[0]!.role).toBe('Chief Justice');
		expect(turns(t)).toHaveLength(16);
	});

	it('keeps John Smith and Jane Smith apart, and "MS. SMITH" with neither', () => {
		const t = read('two-smiths.txt');
		expect(names(t)).toEqual(['MODERATOR', 'John Smith', 'Jane Smith', 'Smith']);
		expect(order(t)).toEqual([
			'MODERATOR',
			'John Smith',
			'Jane Smith',
			'MODERATOR',
			'John Smith',
			'Smith',
			'MODERATOR',
		]);
	});
});

describe('CNN debate ("SEN. BERNIE SANDERS (I-VT), PRESIDENTIAL CANDIDATE:", "(APPLAUSE)")', () => {
	const t = read('debate-cnn.txt');
	it('reads party and role in a label, keeps the two candidates apart, joins surnames', () => {
		expect(names(t)).toEqual(['JAKE TAPPER', 'BERNIE SANDERS', 'JOSEPH BIDEN', 'DANA BASH']);
		expect(t.speakers[1]!.labels).toEqual([
			'SEN. BERNIE SANDERS, PRESIDENTIAL CANDIDATE',
			'SANDERS',
		]);
		expect(turns(t)).toHaveLength(9);
	});
	it('keeps (APPLAUSE) and (CROSSTALK) between turns as narration', () => {
		const narration = t.remarks.filter((r) => r.speaker === null).flatMap((r) => r.paragraphs);
		expect(narration).toContain('(APPLAUSE)');
		expect(narration).toContain('(CROSSTALK)');
	});
});

describe('earnings call, "Name" alone on its line under participant lists', () => {
	const t = read('earnings-sa.txt');
	it('reads the speakers, Operator anonymous, and the lists as narration', () => {
		expect(t.title).toBe('Apple Inc. (AAPL) Q3 2023 Earnings Call Transcript');
		expect(names(t)).toEqual([
			'Operator',
			'Suhasini Chandramouli',
			'Tim Cook',
			'Luca Maestri',
			'Katy Huberty',
			'Amit Daryanani',
		]);
		expect(t.speakers[0]!.anonymous).toBe(true);
		expect(turns(t)).toHaveLength(10);
		expect(t.remarks[0]!.speaker).toBeNull();
	});
});

describe('Chinese interview with full-width colons', () => {
	const t = read('chinese.txt');
	it('takes the heading for the title, the date, and every speaker', () => {
		expect(t.title).toBe('访谈：人工智能与教育');
		expect(t.date).toBe('2023-05-04');
		expect(names(t)).toEqual(['主持人', '李明', '王芳']);
		expect(t.speakers[0]!.anonymous).toBe(true);
		expect(turns(t)).toHaveLength(5);
	});
});

describe('time-stamped exports of other services', () => {
	it('Sonix: "Name: [00:00:03] text", the time kept, not in the text', () => {
		const t = read('sonix.txt');
		expect(names(t)).toEqual(['Maya Lindqvist', 'Jorge Ramos']);
		expect(turns(t).map((r) => r.time)).toEqual([3, 10, 18, 21, 30]);
		expect(text(t)).not.toContain('[00:');
	});
	it('Happy Scribe: "00:00:07 Piotr Nowak" alone on its line, the text below', () => {
		const t = read('happyscribe.txt');
		expect(names(t)).toEqual(['Anna Kowalczyk', 'Piotr Nowak', 'Ewa Zielinska']);
		expect(turns(t)).toHaveLength(5);
		expect(turns(t)[1]!.time).toBe(7);
	});
	it('Temi: "Speaker 1 (00:06):" with minutes and seconds', () => {
		const t = read('temi.txt');
		expect(names(t)).toEqual(['Speaker 1', 'Speaker 2']);
		expect(turns(t).map((r) => r.time)).toEqual([0, 4, 6, 72]);
	});
});

describe('saved page with <b>NAME</b>: text (the colon outside the bold)', () => {
	const t = read('bold-outside.html');
	it('reads the labels and the heading for the title', () => {
		expect(t.title).toBe('An interview with the harbour master');
		expect(names(t)).toEqual(['INTERVIEWER', 'HARBOUR MASTER']);
		expect(turns(t)).toHaveLength(5);
		expect(turns(t)[3]!.paragraphs.join(' ')).toContain('And the cranes had to follow.');
	});
});

describe('a blog post with a short interview in it', () => {
	it('reads the interview, never a note\'s "Summary:" as a speaker', () => {
		const t = read('blog.txt');
		expect(names(t)).toEqual(['Dana Reyes', 'Ines Park']);
		expect(turns(t)).toHaveLength(4);
		expect(t.remarks.at(-1)!.speaker).toBeNull();
	});
});

describe('earnings call, Thomson StreetEvents text (rules, "Name,  Firm - Role   [2]")', () => {
	const t = read('streetevents.txt');
	it('reads rules as paragraph breaks and labels with a firm, role and sequence number', () => {
		expect(t.format).toBe('call');
		expect(names(t)).toEqual(['Operator', 'Robert Chen', 'Jane Miller', 'Sam Ortiz']);
		expect(t.speakers[1]!.role).toBe('Acme Corp, CEO');
		expect(turns(t)).toHaveLength(6);
		expect(turns(t)[2]!.paragraphs).toEqual(['Thanks, Robert. Revenue grew 12% year over year.']);
	});
});

describe('labels alone on their line in other publications', () => {
	it('Markdown podcast page: "**Rosa Delgado** (00:00:00)" over the text', () => {
		const t = read('md-podcast.md');
		expect(t.title).toBe('Episode 88: Tiny houses');
		expect(names(t)).toEqual(['Rosa Delgado', 'Ken Ito']);
		expect(turns(t).map((r) => r.time)).toEqual([0, 9, 13, 16]);
	});
	it('magazine interview: "INTERVIEWER" and a surname in capitals, named from the title', () => {
		const t = read('magazine.txt');
		expect(names(t)).toEqual(['INTERVIEWER', 'Ottessa Moshfegh']);
		expect(t.speakers[0]!.anonymous).toBe(true);
		expect(turns(t)).toHaveLength(4);
	});
});

describe('saved MIT Shakespeare page (<A NAME=speech1><b>BERNARDO</b></a>, blockquotes)', () => {
	const t = read('mit-play.html');
	it('reads anchors without href as text, not links, and the play in it', () => {
		expect(t.format).toBe('play');
		expect(names(t)).toEqual(['BERNARDO', 'FRANCISCO']);
		expect(turns(t)).toHaveLength(7);
		expect(t.remarks[0]!.paragraphs).toContain('FRANCISCO at his post. Enter to him BERNARDO');
	});
});

describe('more label conventions', () => {
	it("a tab after the label (a word processor's oral history), the surname named by the title", () => {
		const t = read('tabs.txt');
		expect(names(t)).toEqual(['Interviewer', 'Margaret Obi']);
		expect(turns(t)).toHaveLength(4);
	});
	it('closed captions with ">>" marks: a named change and an unnamed one', () => {
		const t = read('cc.srt');
		expect(names(t)).toEqual(['JAKE TAPPER']);
		expect(turns(t)).toHaveLength(3);
		expect(t.remarks[2]).toMatchObject({speaker: null, paragraphs: ['THANK YOU FOR HAVING ME.']});
	});
	it('Markdown "**Q:**" and "**A:**"', () => {
		const t = read('qa-bold.md');
		expect(names(t)).toEqual(['Q', 'A']);
		expect(turns(t)).toHaveLength(4);
		expect(text(t)).not.toContain('*');
	});
});

describe('state trial transcript (line numbers, "Q." / "A.", "BY MS. PARK:")', () => {
	const t = read('state-court.txt');
	it("reads the examination's Q and A as turns and its heading as narration", () => {
		expect(t.format).toBe('court');
		expect(names(t)).toEqual(['The Court', 'Park', 'Q', 'A', 'Allen']);
		expect(order(t).slice(3)).toEqual(['Q', 'A', 'Q', 'A', 'Allen', 'The Court', 'Q', 'A']);
		expect(text(t)).not.toMatch(/REPORTERS|555/);
		expect(t.remarks[3]).toMatchObject({speaker: null});
	});
});

describe('Folger Shakespeare text (no blank lines, "BARNARDO  Who\'s there?")', () => {
	const t = read('folger.txt');
	it('reads names in capitals before two spaces or alone on a line, and one-time speakers', () => {
		expect(t.format).toBe('play');
		expect(names(t)).toEqual(['BARNARDO', 'FRANCISCO', 'HORATIO', 'MARCELLUS']);
		expect(turns(t)).toHaveLength(13);
		expect(turns(t)[7]!.paragraphs).toEqual([
			"For this relief much thanks. 'Tis bitter cold, And I am sick at heart.",
		]);
		const narration = t.remarks.filter((r) => r.speaker === null).flatMap((r) => r.paragraphs);
		expect(narration).toContain('Enter Horatio and Marcellus.');
	});
});

describe('sports press conference (ASAP Sports: "Q." and "STEVE KERR:")', () => {
	const t = read('asap.txt');
	it('reads the heading as the title, questions and answers as turns', () => {
		expect(t.title).toBe('NBA FINALS: WARRIORS vs CELTICS');
		expect(t.date).toBe('2022-06-16');
		expect(names(t)).toEqual(['THE MODERATOR', 'Q', 'STEVE KERR']);
		expect(turns(t)).toHaveLength(7);
	});
});

describe('European Parliament verbatim report ("President. – …", "Name, role. – …")', () => {
	const t = read('europarl.txt');
	it('reads labels before a full stop and a dash, with a role after the comma', () => {
		expect(names(t)).toEqual([
			'President',
			'Ursula von der Leyen',
			'Manfred Weber',
			'Iratxe García Pérez',
		]);
		expect(t.speakers[1]!.role).toBe('President of the Commission');
		expect(turns(t)).toHaveLength(7);
		expect(text(t)).not.toContain('. –');
	});
});

describe('saved page with the transcript in a table (speaker cell, speech cell)', () => {
	const t = read('table.html');
	it('reads each cell as a paragraph and "Dr. Tam" / "Mr. Thériault" as labels alone on a line', () => {
		expect(t.title).toBe('Standing Committee on Health, 4 May 2021');
		expect(names(t)).toEqual(['The Chair', 'Tam', 'Thériault']);
		expect(order(t)).toEqual(['The Chair', 'Tam', 'Thériault', 'Tam', 'The Chair']);
	});
});

describe('a short exchange of first names where only one recurs', () => {
	it('reads every "Name:" that opens a paragraph as a speaker', () => {
		const t = read('first-names.txt');
		expect(names(t)).toEqual(['Anna', 'Boris', 'Carla']);
		expect(order(t)).toEqual(['Anna', 'Boris', 'Anna', 'Carla']);
	});
});
