import {describe, expect, it} from 'vitest';
import {srt} from '../../source/core/formats/srt.js';
import {vtt} from '../../source/core/formats/vtt.js';
import {fixture} from '../helpers/formats.js';

describe('vtt layout', () => {
	const doc = vtt.parse(fixture('interview.vtt'));
	const rows = doc.blocks.map((b) => [b.label, b.paragraphs.join(' / ')]);

	it('makes every cue its own turn, even overlapping cues of one speaker', () => {
		expect(rows).toEqual([
			['Roger Bingham', 'We are in New York City'],
			['Roger Bingham', 'We’re actually at the Lucern Hotel, just down the street'],
			['Roger Bingham', 'When we e-mailed—'],
			['Neil deGrasse Tyson', 'Didn’t we talk about enough in that conversation?'],
			['Roger Bingham', "No! No no no no; 'cos & 'cos"],
			['Neil deGrasse Tyson', 'Laughs'],
			['Roger Bingham', 'You know I’m so excited my glasses are falling off here.'],
			['Roger Bingham', 'Bye.'],
			['Neil deGrasse Tyson', 'Bye now.'],
			[null, '[music]'],
		]);
	});

	it('reads the place from a NOTE and skips NOTE and STYLE blocks', () => {
		expect(doc.place).toBe('New York City (Lucern Hotel)');
		expect(rows.flat().join(' ')).not.toContain('cue');
	});

	it('scores WEBVTT 1 and other layouts 0', () => {
		expect(vtt.score(fixture('interview.vtt'))).toBe(1);
		expect(vtt.score(fixture('debate.txt'))).toBe(0);
		expect(vtt.score(fixture('dialogue.srt'))).toBe(0);
	});
});

describe('srt layout', () => {
	const doc = srt.parse(fixture('dialogue.srt'));

	it('names speakers from "NAME:" lines, splits dialogue dashes, one turn per cue', () => {
		expect(doc.blocks.map((b) => [b.label, b.paragraphs.join(' / ')])).toEqual([
			['JOHN', 'I went to the store'],
			['JOHN', 'and bought some milk.'],
			['MARY', 'Why milk?'],
			['JOHN', 'Because we had none.'],
			[null, 'Did you pay?'],
			[null, 'Of course.'],
			[null, '[door slams]'],
			['Mary', 'Good.'],
		]);
	});

	it('treats cues without speakers as narration', () => {
		const text =
			'1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:02,000 --> 00:00:03,000\nHi.\n';
		expect(srt.parse(text).blocks).toEqual([
			{label: null, paragraphs: ['Hello there.'], time: 1},
			{label: null, paragraphs: ['Hi.'], time: 2},
		]);
	});

	it('scores SubRip high and WebVTT zero', () => {
		expect(srt.score(fixture('dialogue.srt'))).toBeGreaterThan(0.9);
		expect(srt.score(fixture('interview.vtt'))).toBe(0);
	});
});

describe('vtt layout: meeting exports', () => {
	it('reads Teams cues (GUID ids, short time stamps, closed voice tags)', () => {
		const text =
			'WEBVTT\n\n4f1e-22/12-0\n0:0:0.0 --> 0:0:3.520\n<v John Smith>Hello everyone.</v>\n\n4f1e-22/15-0\n0:0:3.520 --> 0:0:5.0\n<v Ann Lee>Hi John.</v>\n';
		expect(vtt.parse(text).blocks).toEqual([
			{label: 'John Smith', paragraphs: ['Hello everyone.'], time: 0},
			{label: 'Ann Lee', paragraphs: ['Hi John.'], time: 3.52},
		]);
	});

	it('reads Zoom cues with "Name: text", a name that recurs', () => {
		const text =
			'WEBVTT\n\n1\n00:00:01.350 --> 00:00:03.210\nJohn Smith: Hello everyone\n\n2\n00:00:03.500 --> 00:00:05.000\nAnn Lee: Hi.\n\n3\n00:00:05.500 --> 00:00:07.000\nJohn Smith: Note: we start now.\n\n4\n00:00:07.500 --> 00:00:08.000\nAnn Lee: Ok.\n';
		expect(vtt.parse(text).blocks.map((b) => [b.label, b.paragraphs[0]])).toEqual([
			['John Smith', 'Hello everyone'],
			['Ann Lee', 'Hi.'],
			['John Smith', 'Note: we start now.'],
			['Ann Lee', 'Ok.'],
		]);
	});
});
