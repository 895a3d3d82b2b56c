// What every command gets: the language and its messages, the lessons, and the terminal it
// talks to. Injected, so tests can run the CLI in-process with fake lessons and a fake terminal.
import type { Lang } from "../../lessons/frame.ts";
import type { Lesson } from "../../lessons/lesson.ts";
import type { LabOptions } from "../ui/run-lab.tsx";
import type { Messages } from "./messages.ts";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdinIsTerminal: boolean;
  stdoutIsTerminal: boolean;
  /** stdin can be put in raw mode (Ink needs it for keys): a TTY with setRawMode. */
  rawModeSupported: boolean;
  /** Width to wrap text to. */
  columns: number;
}

export interface CliContext {
  lang: Lang;
  msg: Messages;
  io: Io;
  lessons: readonly Lesson[];
  version: string;
  /** Starts the Ink lab; loaded lazily so headless commands never load Ink or React. */
  openLab(options: LabOptions): Promise<number>;
}
