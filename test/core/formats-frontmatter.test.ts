import {describe, expect, it} from 'vitest';
import {readFrontMatter} from '../../source/core/formats/frontmatter.js';

const read = (text: string) => readFrontMatter(text.split('\n'));

describe('readFrontMatter', () => {
	it('decodes double-quoted YAML: escapes, NBSP, word joiner, folded and continued lines', () => {
		const front = read(
			'---\ndate: \'2021-02-08\'\ntitle: "Press Briefing by White\\_House COVID-\\u206019 Response Team and Public Health\\_\\\n  Officials"\n---\nbody',
		);
		expect(front?.fields.get('title')).toBe(
			'Press Briefing by White House COVID-19 Response Team and Public Health Officials',
		);
		expect(front?.fields.get('date')).toBe('2021-02-08');
		expect(front?.end).toBe(5);
	});

	it('folds plain and single-quoted scalars and keeps quotes inside', () => {
		const front = read("---\ntitle: 'It''s a\n  title'\nplace: East Room\n  White House\n---");
		expect(front?.fields.get('title')).toBe("It's a title");
		expect(front?.fields.get('place')).toBe('East Room White House');
	});

	it('returns null without an opening or closing line', () => {
		expect(read('title: x\n---')).toBeNull();
		expect(read('---\ntitle: x\n')).toBeNull();
	});
});
