/** A failure caused by the input (unreadable file, nothing to show): exit code 1. */
export class InputError extends Error {
	readonly exitCode = 1;
}

/** A usage error (bad flag value, missing argument): exit code 2. */
export class UsageError extends Error {
	readonly exitCode = 2;
}
