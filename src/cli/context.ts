// What every command gets: the language and its messages, the lessons, and the terminal it
// talks to. Injected, so tests can run the CLI in-process with fake lessons and a fake terminal.
import type { Lang } from "../i18n.ts";
import type { Lesson } from "../../lessons/lesson.ts";
import type { LabOptions } from "../ui/start.tsx";
import type { Messages } from "./messages.ts";
import { warningText, type StoreWarning } from "../store/index.ts";
import { safeText } from "./errors.ts";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdinIsTerminal: boolean;
  stdoutIsTerminal: boolean;
  /** stdin can be put in raw mode (Ink needs it for keys): a TTY with setRawMode. */
  rawModeSupported: boolean;
  /** Width to wrap text to. */
  columns: number;
  /** Asks a question on stderr and reads one line of stdin (undefined at end of input), e.g. to confirm a reset. */
  readLine(prompt: string): Promise<string | undefined>;
}

export interface CliContext {
  lang: Lang;
  msg: Messages;
  io: Io;
  lessons: readonly Lesson[];
  /** The environment (locale, CONVLAB_HOME…), injected so tests never touch the real one. */
  env: NodeJS.ProcessEnv;
  version: string;
  /** Starts the Ink lab; loaded lazily so headless commands never load Ink or React. */
  openLab(options: LabOptions): Promise<number>;
}

/** The store's warnings, one line each on stderr, in the user's language (control characters in a path escaped). */
export function warn(ctx: CliContext, warnings: readonly StoreWarning[]): void {
  for (const w of warnings) ctx.io.err(`convlab: ${safeText(warningText(w, ctx.lang))}\n`);
}
