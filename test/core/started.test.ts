import {describe, expect, it} from 'vitest';
import {onStarted, started} from '../../source/launch/started.js';

describe('the end of a start (launch/started.ts)', () => {
	it('calls the listener once, at the first started() after it was given', () => {
		const calls: string[] = [];
		started();
		onStarted(() => calls.push('a'));
		expect(calls).toEqual([]);
		started();
		started();
		expect(calls).toEqual(['a']);
		onStarted(() => calls.push('b'));
		started();
		expect(calls).toEqual(['a', 'b']);
	});
});
