/**
 * The whole transcript of a library entry, for a view that shows its text: at once when it is at
 * hand (a whole entry, or one read lately), else read in the background (the view draws again
 * when it arrives). `error` says why it could not be read.
 */
import {useEffect, useSyncExternalStore} from 'react';
import type {LoadedTranscript} from '../../core/library.js';
import {useShell} from '../state/context.js';

export function useWhole(entry: LoadedTranscript | undefined): {
	whole: LoadedTranscript | undefined;
	error: string | undefined;
} {
	const {texts} = useShell();
	useSyncExternalStore(texts.subscribe, texts.version);
	const whole = entry ? texts.peek(entry) : undefined;
	const error = entry && !whole ? texts.failure(entry) : undefined;
	useEffect(() => {
		if (entry && !whole && !error) texts.load(entry).catch(() => {});
	}, [texts, entry, whole, error]);
	return {whole, error};
}
