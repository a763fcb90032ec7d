/**
 * Saved web pages (.html, .htm, or HTML on standard input), read with htmlparser2: the page's
 * text, one paragraph per block element, without scripts, styles, navigation, headers, footers,
 * forms and hidden parts, and only the main content (`<article>`, `<main>`, `role="main"`,
 * `itemprop="articleBody"`) where the page marks it. Character references are decoded by the
 * parser. A `<b>`/`<strong>` that opens a paragraph and ends in a colon is a label's evidence; the
 * title comes from the first `<h1>` (or `og:title`, or `<title>` without the site's name), the
 * date from `<time datetime>` or the page's published-date metadata.
 */
import {Parser} from 'htmlparser2';
import {findDate} from './scan.js';

/** What a page holds for the transcript parser. */
export interface HtmlPage {
	/** Paragraphs separated by blank lines. */
	text: string;
	title: string | null;
	date: string | null;
	/** From an element marked as the location (`itemprop="location"`, class "location"/"place"). */
	place: string | null;
	/** Labels written in bold at the start of a paragraph ("President of Russia Vladimir Putin"). */
	labels: Set<string>;
}

/** True when `text` is an HTML document rather than a transcript that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2048).trimStart();
	if (
		/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)
	)
		return true;
	const tags = head.match(/<\/?(?:p|div|br|span|b|strong|h[1-6]|meta|title|table|li)\b[^>]*>/gi);
	return tags !== null && tags.length >= 6 && /^</.test(head);
}

const SKIP = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'button',
	'select',
	'textarea',
	'iframe',
	'object',
	'canvas',
	'head',
	'dialog',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu']);
const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'table',
	'tr',
	'td',
	'th',
	'blockquote',
	'pre',
	'figure',
	'figcaption',
	'address',
	'hr',
	'br',
	'body',
	'center',
	'details',
	'summary',
]);
const BOLD = new Set(['b', 'strong']);
/** Class names that hide an element on screen (tooltips, screen-reader text). */
const HIDDEN_CLASS =
	/(?:^|\s)(?:hidden|d-none|sr-only|visually-hidden|screen-reader-text|invisible)(?:\s|$)/;

interface Block {
	text: string;
	/** Characters inside links. */
	linked: number;
	/** True while the block's text so far is all bold. */
	boldOpen: boolean;
	/** The bold text that opened the block, up to its colon, once closed. */
	bold: string;
	main: boolean;
}

/** Reads a saved web page (see the module comment). */
export function readHtml(html: string): HtmlPage {
	const blocks: Block[] = [];
	let block: Block = newBlock(false);
	const stack: {name: string; skip: boolean; main: boolean; link: boolean}[] = [];
	let skipDepth = 0;
	let mainDepth = 0;
	let sawMain = false;
	let linkDepth = 0;
	let boldDepth = 0;
	let inTitle = false;
	let inH1 = false;
	let pageTitle = '';
	let h1 = '';
	let ogTitle: string | null = null;
	let date: string | null = null;
	let mainDate: string | null = null;
	let place = '';
	let placeAt = -1;

	function newBlock(main: boolean): Block {
		return {text: '', linked: 0, boldOpen: false, bold: '', main};
	}
	function endBlock(): void {
		const text = block.text.replace(/\s+/g, ' ').trim();
		if (text !== '') {
			block.text = text;
			blocks.push(block);
		}
		block = newBlock(mainDepth > 0);
	}
	const parser = new Parser(
		{
			onopentag(name, attribs) {
				const role = attribs.role?.toLowerCase() ?? '';
				const hidden =
					'hidden' in attribs ||
					attribs['aria-hidden'] === 'true' ||
					/display\s*:\s*none/i.test(attribs.style ?? '') ||
					HIDDEN_CLASS.test(attribs.class ?? '');
				const skip = SKIP.has(name) || SKIP_ROLES.has(role) || hidden;
				const main =
					name === 'article' ||
					name === 'main' ||
					role === 'main' ||
					attribs.itemprop === 'articleBody';
				// An anchor without href (`<A NAME=speech1>`, as the MIT Shakespeare marks every
				// speech) is a place in the page, not a link: its text is content.
				const link = name === 'a' && attribs.href !== undefined;
				stack.push({name, skip, main, link});
				if (
					placeAt < 0 &&
					place === '' &&
					(/location/i.test(attribs.itemprop ?? '') ||
						/(?:^|[\s_-])(?:location|place|dateline)(?:$|\s)/i.test(attribs.class ?? ''))
				)
					placeAt = stack.length;
				if (skip) skipDepth++;
				if (main) {
					mainDepth++;
					sawMain = true;
				}
				if (name === 'title') inTitle = true;
				if (name === 'meta') {
					const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
					const content = attribs.content ?? '';
					if (key === 'og:title') ogTitle ??= content.trim() || null;
					if (/published|datepublished|^date$|dc\.date|pubdate/.test(key))
						date ??= isoDate(content);
				}
				if (skipDepth > 0) return;
				if (name === 'time' && attribs.datetime) {
					const d = isoDate(attribs.datetime);
					if (mainDepth > 0) mainDate ??= d;
					date ??= d;
				}
				if (name === 'h1') inH1 = h1 === '';
				if (BLOCK.has(name)) endBlock();
				if (link) linkDepth++;
				if (BOLD.has(name)) {
					boldDepth++;
					if (block.text.trim() === '') block.boldOpen = true;
				}
			},
			ontext(data) {
				if (inTitle) pageTitle += data;
				if (skipDepth > 0) return;
				if (inH1) h1 += data;
				if (placeAt > 0) place += data;
				if (block.boldOpen && boldDepth === 0 && data.trim() !== '') {
					// Text outside bold after a bold opening: "(speaks Russian)" may sit before the colon.
					if (!/^\s*\(/.test(data) && !/^\s*:/.test(data)) closeBold();
				}
				block.text += data;
				if (linkDepth > 0) block.linked += data.trim().length;
			},
			onclosetag(name) {
				// Pop to the matching element (htmlparser2 closes implied elements itself).
				let k = stack.length - 1;
				while (k >= 0 && stack[k]!.name !== name) k--;
				if (k < 0) return;
				while (stack.length > k) {
					const top = stack.pop()!;
					if (placeAt > stack.length) placeAt = place.trim() === '' ? -1 : 0;
					if (top.skip) skipDepth--;
					if (top.main) mainDepth--;
					if (top.name === 'title') inTitle = false;
					if (skipDepth > 0 && !top.skip) continue;
					if (top.name === 'h1') inH1 = false;
					if (top.link) linkDepth = Math.max(0, linkDepth - 1);
					if (BOLD.has(top.name)) {
						boldDepth = Math.max(0, boldDepth - 1);
						if (block.boldOpen && boldDepth === 0 && /:\s*$/.test(block.text)) closeBold();
					}
					if (BLOCK.has(top.name)) endBlock();
				}
			},
		},
		{decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true},
	);
	function closeBold(): void {
		if (!block.boldOpen) return;
		block.boldOpen = false;
		const text = block.text.replace(/\s+/g, ' ').trim();
		const colon = text.lastIndexOf(':');
		if (colon > 0 && colon >= text.length - 2) block.bold = text.slice(0, colon).trim();
	}
	parser.write(html);
	parser.end();
	endBlock();

	const kept = blocks.filter((b) => (!sawMain || b.main) && b.linked < b.text.length * 0.6);
	const labels = new Set<string>();
	for (const b of kept) if (b.bold !== '' && b.bold.length <= 120) labels.add(b.bold);
	const site = (pageTitle.replace(/\s+/g, ' ').trim() || null)?.replace(
		/\s+(?:[•|–—-]|::)\s+[^•|–—]{1,60}$/,
		'',
	);
	const title = clean(h1) || clean(ogTitle ?? '') || clean(site ?? '') || null;
	const text = kept.map((b) => b.text).join('\n\n');
	return {text, title, date: mainDate ?? date, place: clean(place) || null, labels};
}

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function isoDate(value: string): string | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	if (m) return `${m[1]}-${m[2]}-${m[3]}`;
	return findDate(value);
}
