/**
 * `verbatim parse [--json] [--format NAME] FILE`: shows how a transcript was read — metadata,
 * speakers with role and turn count, then every turn — or prints the Transcript as JSON.
 */
import {readFileSync, statSync} from 'node:fs';
import process from 'node:process';
import {InputError, UsageError} from '../core/errors.js';
import {captionBytes} from '../core/formats/cues.js';
import {defaultMaxBytes, megabytes, notAFile} from '../core/library.js';
import type {Transcript} from '../core/model.js';
import {jsonSafe, sanitize} from '../core/sanitize.js';
import {decodeClean, isBinary, readTextFile} from '../core/text.js';
import {guessLayout, type LayoutGuess, parseTranscript} from '../core/transcript.js';
import {maxBytesOf, maxSizeFlag, parseArgs} from './args.js';

const help = `
  Usage
    $ verbatim parse [--json] [--format NAME] FILE

  Shows how Verbatim reads a transcript: title, date, place, the speakers with their
  role and number of turns, then every turn ("Name: text"; narration is indented).
  FILE may be - to read standard input.

  Options
    --json         Print the parsed transcript as JSON
    --format NAME  Skip detection and read FILE as kremlin, briefing, court, play,
                   script, call, vtt, srt or plain; html reads FILE as a web page
                   whatever it looks like, text never as one
    --max-size MB  Refuse files larger than this (default 64)

  Examples
    $ verbatim parse data/kremlin-2017-12-27-nazarbayev.txt
    $ verbatim parse --json talk.vtt
`;

/** Runs `verbatim parse`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
	const cli = parseArgs(help, argv, {
		json: {type: 'boolean', default: false},
		format: {type: 'string'},
		...maxSizeFlag,
	});
	const [file, ...extra] = cli.input;
	if (file === undefined) throw new UsageError('parse needs a FILE (see verbatim parse --help)');
	if (extra.length > 0) throw new UsageError(`parse takes one FILE, got ${cli.input.length}`);
	const bytes = readInput(file, maxBytesOf(cli.flags.maxSize));
	// Decoded once for both: how detection sees it (shown without --json) and the parse.
	const text = decodeClean(bytes);
	const guess = cli.flags.json ? null : guessLayout(text, {format: cli.flags.format});
	const transcript = parseTranscript(text, {format: cli.flags.format});
	if (cli.flags.json) write(`${jsonSafe(transcript)}\n`);
	else writeView(transcript, guess, cli.flags.format !== undefined);
	if (transcript.speakers.length === 0)
		process.stderr.write(`verbatim: no speakers found in ${sanitize(file)}\n`);
	return 0;
}

/** Reads FILE (or stdin for "-"), refusing what is not a readable, non-empty text file. */
export function readInput(file: string, maxBytes = defaultMaxBytes): Uint8Array {
	let bytes: Uint8Array;
	const tooLarge = () =>
		new InputError(
			`${shown(file)} is larger than ${megabytes(maxBytes)}, the limit for one file (--max-size MB raises it)`,
		);
	try {
		if (file === '-') bytes = readFileSync(0);
		else {
			const s = statSync(file);
			if (s.isDirectory()) throw new InputError(`${file} is a folder, not a file`);
			if (!s.isFile()) throw new InputError(`${file} ${notAFile(s)}`);
			if (s.size > maxBytes) throw tooLarge();
			bytes = readTextFile(file);
		}
		if (bytes.length > maxBytes) throw tooLarge();
	} catch (error) {
		if (error instanceof InputError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
		if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${file}: permission denied`);
		throw new InputError(`${file}: cannot read (${code ?? 'unknown error'})`);
	}
	if (bytes.length === 0) throw new InputError(`${shown(file)} is empty`);
	// NUL bytes inside a caption file are U+FFFD (the WebVTT rule), not a sign of a binary file.
	bytes = captionBytes(bytes) ?? bytes;
	if (isBinary(bytes)) throw new InputError(`${shown(file)} is a binary file, not a transcript`);
	if (isWhitespace(bytes)) throw new InputError(`${shown(file)} is empty`);
	return bytes;
}

function shown(file: string): string {
	return file === '-' ? 'standard input' : file;
}

/** A small file with nothing but spaces, a BOM or invisible characters in it. */
function isWhitespace(bytes: Uint8Array): boolean {
	if (bytes.length > 4096) return false;
	return decodeClean(bytes).trim() === '';
}

/** Writes in slices so a huge transcript never becomes one giant string. */
function write(text: string): void {
	process.stdout.write(text);
}

/** The readable view; `guess` adds how sure layout detection was. */
export function formatView(
	t: Transcript,
	guess: LayoutGuess | null = null,
	named = false,
): string[] {
	const out: string[] = [];
	out.push(t.title ?? '(untitled)');
	const meta = [t.date, t.place].filter((x): x is string => x !== null);
	if (meta.length > 0) out.push(meta.join(' · '));
	const page = guess?.html ? ', read from a web page' : '';
	// A text no layout claims is read by the plain layout, which still finds labels by evidence.
	const sure =
		guess && guess.confidence < 0.1
			? t.speakers.length > 0
				? 'no layout matched; labels found by evidence'
				: 'no layout matched'
			: `${Math.round((guess?.confidence ?? 0) * 100)}% sure`;
	const how = named ? ` (from --format${page})` : guess ? ` (detected, ${sure}${page})` : '';
	out.push(`Format: ${t.format}${how}`, '');
	const turns = new Map<string, number>();
	for (const r of t.remarks)
		if (r.speaker !== null) turns.set(r.speaker, (turns.get(r.speaker) ?? 0) + 1);
	out.push(t.speakers.length > 0 ? 'Speakers' : 'Speakers: none');
	for (const s of t.speakers) {
		const n = turns.get(s.id) ?? 0;
		const what = [s.role, s.anonymous ? 'anonymous' : null].filter(Boolean).join(', ');
		out.push(`  ${s.name}${what ? ` — ${what}` : ''} (${n} ${n === 1 ? 'turn' : 'turns'})`);
	}
	const names = new Map(t.speakers.map((s) => [s.id, s.name]));
	for (const r of t.remarks) {
		out.push('');
		if (r.speaker === null) {
			for (const p of r.paragraphs) out.push(`    ${p}`);
			continue;
		}
		const [first = '', ...rest] = r.paragraphs;
		out.push(`${names.get(r.speaker) ?? r.speaker}: ${first}`);
		for (const p of rest) out.push(p);
	}
	return out;
}

function writeView(t: Transcript, guess: LayoutGuess | null, named: boolean): void {
	const lines = formatView(t, guess, named);
	const chunk = 2000;
	for (let i = 0; i < lines.length; i += chunk) write(`${lines.slice(i, i + chunk).join('\n')}\n`);
}
