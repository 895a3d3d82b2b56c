// The render helpers for screen tests. Snapshots go through ink-testing-library's `render` at
// its fixed 100 columns (renderScreen); renderTerminal is the project's own fake terminal, for
// any other size and for resizes. Both: Ink in debug mode (every frame written whole), frames
// with ANSI stripped and trailing spaces trimmed.
// The environment is pinned by test/helpers/setup.ts (no CI, no NO_COLOR, FORCE_COLOR=1).
import { EventEmitter } from "node:events";
import { render, type Instance } from "ink";
import { render as renderAt100 } from "ink-testing-library";
import type { ReactElement } from "react";
import stripAnsi from "strip-ansi";

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  readonly isTTY = true;
  write = (data: string): boolean => {
    this.frames.push(data);
    return true;
  };
  /** Changes the size and tells listeners, like a terminal window being resized. */
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit("resize");
  }
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string[] = [];
  write(data: string): void {
    this.pending.push(data);
    this.emit("readable");
  }
  read(): string | null {
    return this.pending.shift() ?? null;
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** What a test reads and types into, whichever helper rendered it. */
export interface Screen {
  stdin: { write(data: string): void };
  /** The last frame as written (with ANSI codes). */
  rawFrame(): string;
  /** The last frame as seen (see clean). */
  frame(): string;
  /** How many frames Ink has written so far. */
  count(): number;
  unmount(): void;
}

export interface Rendered extends Screen {
  stdout: FakeStdout;
  stdin: FakeStdin;
  instance: Instance;
}

/** ink-testing-library's terminal: 100 columns, no rows (pass the app its size). */
export const SCREEN_COLUMNS = 100;

const screens: { unmount(): void }[] = [];

/** Renders with ink-testing-library (100 columns): the snapshots' helper. */
export function renderScreen(node: ReactElement): Screen {
  const r = renderAt100(node);
  screens.push(r);
  const last = (): string => r.lastFrame() ?? "";
  return { stdin: r.stdin, rawFrame: last, frame: () => clean(last()), count: () => r.frames.length, unmount: r.unmount };
}

/** What a person sees: no ANSI codes, no-break spaces as spaces, no trailing blanks. */
export function clean(text: string): string {
  return stripAnsi(text)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}

const mounted: Rendered[] = [];

/** Renders at a fixed terminal size (default 100×30). */
export function renderTerminal(node: ReactElement, size: { columns?: number; rows?: number } = {}): Rendered {
  const stdout = new FakeStdout(size.columns ?? 100, size.rows ?? 30);
  const stdin = new FakeStdin();
  const instance = render(node, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stdout as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const rendered: Rendered = {
    stdout,
    stdin,
    instance,
    rawFrame: () => stdout.frames.at(-1) ?? "",
    frame: () => clean(stdout.frames.at(-1) ?? ""),
    count: () => stdout.frames.length,
    unmount: () => instance.unmount(),
  };
  mounted.push(rendered);
  return rendered;
}

/** Unmounts everything rendered by this file's tests (call in afterEach). */
export function cleanupRendered(): void {
  for (const r of mounted.splice(0)) r.instance.unmount();
  for (const r of screens.splice(0)) r.unmount();
}
