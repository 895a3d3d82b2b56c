// What every end-to-end test file needs: convlab in a real terminal (tmux, see pty.ts) with a
// CONVLAB_HOME of its own, both gone after each test however the test ended.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { Terminal, type TerminalOptions } from "./pty.ts";

/** Call once at the top of a test file; `homePrefix` names the temporary folders. */
export function terminalPerTest(homePrefix: string) {
  let terminal: Terminal | undefined;
  let home: string | undefined;
  afterEach(() => {
    terminal?.kill();
    terminal = undefined;
    if (home) rmSync(home, { recursive: true, force: true });
    home = undefined;
  });
  return {
    /** This test's CONVLAB_HOME: an empty folder, made on first use. */
    home: (): string => (home ??= mkdtempSync(join(tmpdir(), homePrefix))),
    /** Starts `command` in a terminal that is killed after the test. */
    start: async (command: readonly string[], options?: TerminalOptions): Promise<Terminal> => (terminal = await Terminal.start(command, options)),
    /** The terminal this test started. */
    get terminal(): Terminal {
      if (!terminal) throw new Error("no terminal was started in this test");
      return terminal;
    },
  };
}
