/**
 * Yoga for Ink in the built app: scripts/build.mjs gives Ink this module for 'yoga-layout'.
 *
 * yoga-layout's own module waits for its WebAssembly with a top-level `await`, which the app's
 * CommonJS bundle (launch/cli.ts) cannot hold. Ink imports only Yoga's default export and uses
 * it only to build and lay out frames: so Ink gets an object here that `loadYoga` fills, and the
 * app (commands/app.ts) awaits that before its first frame.
 */
import {loadYoga as load, type Yoga} from 'yoga-layout/load';

const yoga = {} as Yoga;
export default yoga;

let loading: Promise<void> | undefined;

/** Loads Yoga into the object Ink holds (once). */
export function loadYoga(): Promise<void> {
	loading ??= load().then((loaded) => {
		Object.assign(yoga, loaded);
	});
	return loading;
}
