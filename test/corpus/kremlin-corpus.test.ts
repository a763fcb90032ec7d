// Every Kremlin file of the shared corpus (../shared) against its truth. Skipped, with a note,
// where ../shared is absent.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseBytes} from '../../source/core/transcript.js';

const corpus = '../shared/corpus';
describe.skipIf(!existsSync(`${corpus}/truth`))('the Kremlin files of the shared corpus', () => {
	const files = (existsSync(`${corpus}/truth`) ? readdirSync(`${corpus}/truth`) : []).filter((f) =>
		f.startsWith('kremlin-'),
	);
	const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
	for (const file of files) {
		it(file, () => {
			const truth = JSON.parse(readFileSync(`${corpus}/truth/${file}`, 'utf8'));
			const t = parseBytes(readFileSync(`${corpus}/raw/${file.replace('.json', '.txt')}`));
			expect({title: t.title, date: t.date}).toEqual({title: truth.title, date: truth.date});
			const names = new Map(t.speakers.map((s) => [s.id, s]));
			const turns = t.remarks.filter((r) => r.speaker !== null);
			expect(turns).toHaveLength(truth.remarks.length);
			const idOf = new Map<string, string>();
			truth.remarks.forEach((want: {speaker: string; start: string}, i: number) => {
				const got = turns[i]!;
				expect(norm(got.paragraphs.join(' '))).toContain(norm(want.start));
				const s = names.get(got.speaker!)!;
				const truthSpeaker = truth.speakers.find((x: {name: string}) => x.name === want.speaker);
				const forms = [truthSpeaker.name, ...truthSpeaker.labels].map((x: string) =>
					x.replace(/\s*\(.*\)$/, ''),
				);
				expect(forms.includes(s.name) || s.labels.some((l) => forms.includes(l))).toBe(true);
				expect(idOf.get(want.speaker) ?? s.id).toBe(s.id);
				idOf.set(want.speaker, s.id);
			});
			expect(new Set(idOf.values()).size).toBe(idOf.size);
		});
	}
});
