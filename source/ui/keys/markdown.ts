/**
 * The README's key tables, generated from the keymap so that the two never disagree
 * (`npm run readme` writes them; a test fails when the README is out of date).
 */
import {
	type Binding,
	globalKeys,
	keyLabel,
	keymap,
	type OverlayId,
	overlayKeys,
	type ViewId,
} from './keymap.js';

const titles: Record<ViewId, string> = {
	library: 'Library (several transcripts loaded)',
	read: 'Read',
	search: 'Search',
	quiz: 'Quiz',
	stats: 'Stats',
};
const overlayTitles: Record<OverlayId, string> = {
	prompt: 'Prompts in Read (: / m)',
	list: "Lists in Read (s o ')",
	help: 'Help (?)',
};

function table(bindings: readonly Binding[]): string[] {
	const rows = bindings.map((b) => {
		const keys = b.keys.map((k) => `\`${keyLabel(k).replace('`', '\\`')}\``).join(' ');
		return `| ${keys.replaceAll('|', '\\|')} | ${b.description.replaceAll('|', '\\|')} |`;
	});
	return ['| keys | what they do |', '|---|---|', ...rows];
}

/** Markdown: one table for the global keys, then one per view. */
function keysMarkdown(): string {
	const out = ['### Everywhere', '', ...table(globalKeys)];
	for (const view of Object.keys(keymap) as ViewId[]) {
		out.push('', `### ${titles[view]}`, '', ...table(keymap[view]));
	}
	for (const overlay of Object.keys(overlayKeys) as OverlayId[]) {
		out.push('', `### ${overlayTitles[overlay]}`, '', ...table(overlayKeys[overlay]));
	}
	return out.join('\n');
}

const KEYS_START =
	'<!-- keys:start (generated from source/ui/keys/keymap.ts by npm run readme) -->';
const KEYS_END = '<!-- keys:end -->';

/** The README with its key section replaced by the current tables. */
export function withKeys(readme: string): string {
	const a = readme.indexOf(KEYS_START);
	const b = readme.indexOf(KEYS_END);
	if (a < 0 || b < a) throw new Error('README has no key section markers');
	return `${readme.slice(0, a + KEYS_START.length)}\n${keysMarkdown()}\n${readme.slice(b)}`;
}
