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

/** A value as a refusal shows it: control characters escaped (safeText), whole when short, else its first ECHO_MAX − 1 characters and "…". */
export function clip(text: string, max = ECHO_MAX): string {
  const safe = safeText(text);
  const chars = [...safe];
  return chars.length <= max ? safe : chars.slice(0, max - 1).join("") + "…";
}

// Control characters (C0, DEL, C1) and the Unicode controls that reorder text: a user's word
// echoed raw could move the cursor, recolour or retitle the terminal, or hide what follows.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text with a user's words in it, safe to print: every control character shown as \u001b and the like. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
