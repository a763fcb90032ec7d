/**
 * `atob` through Buffer. Node 20's `atob` looks at each character of its input in JavaScript:
 * ~4 ms for the 96 KB of WebAssembly that Yoga (Ink's layout) decodes at every start. The same
 * answers: the HTML standard's forgiving-base64 decode, which throws an InvalidCharacterError
 * for what it rejects. The build gives it to every bundled module in place of `atob`
 * (scripts/build.mjs); `test/core/atob.test.ts` checks it against `atob`.
 */
export function quickAtob(data: unknown): string {
	let text = String(data).replace(/[\t\n\f\r ]/g, '');
	if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
	if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text))
		throw new DOMException('Invalid character', 'InvalidCharacterError');
	return Buffer.from(text, 'base64').toString('latin1');
}
