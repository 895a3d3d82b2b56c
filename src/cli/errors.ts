// A refusal the user can fix: one line on stderr, then how to get help; exit 2.
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose --help to point at, e.g. "convlab run learn-kernel"; default: the one being run. */
    readonly helpFor?: string,
    /** A line to print instead of the --help pointer. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** Exit codes: refusals (bad usage, no terminal) are 2; a bug that escaped is 1. */
export const EXIT = { ok: 0, unexpected: 1, usage: 2 } as const;

/** Longest value a refusal echoes: a 20×20 matrix would make the one line a screenful. */
export const ECHO_MAX = 40;

/** A value as a refusal shows it: whole when short, else its first ECHO_MAX − 1 characters and "…". */
export function clip(text: string, max = ECHO_MAX): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join("") + "…";
}
