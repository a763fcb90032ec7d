/**
 * Failures with their exit codes, as grep and fzf (DESIGN.md): 1 nothing found, 2 an error (usage,
 * unreadable or unusable input). `cli.tsx` prints the message on one line and exits with the code.
 */

/** Unreadable or unusable input (no such file, a FIFO, a binary file, too few speakers): exit 2. */
export class InputError extends Error {
	readonly exitCode = 2;
}

/** A usage error (bad flag value, missing argument): exit code 2. */
export class UsageError extends Error {
	readonly exitCode = 2;
}

/** The command printed what was asked for (`--help`, `--version`) and ends there: exit code 0. */
export class Done extends Error {
	readonly exitCode = 0;
}

/** Nothing matched what was asked for (no such card): exit code 1. */
export class NotFoundError extends Error {
	readonly exitCode = 1;
}
