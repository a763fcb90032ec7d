/** Colour on or off: NO_COLOR (any value, even empty) turns colour off. */
export function colourOff(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.NO_COLOR !== undefined;
}
