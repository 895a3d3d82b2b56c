// A real terminal for tests and the startup benchmark: a detached tmux session on a
// private socket. Everything waits by polling the screen against a deadline, never by sleeping
// a fixed time, so slow machines only make tests slower, not red.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** tmux key names for `Terminal.press` (tmux's own spelling, see `man tmux`, KEY BINDINGS). */
export const KEY = {
  up: "Up",
  down: "Down",
  left: "Left",
  right: "Right",
  enter: "Enter",
  escape: "Escape",
  space: "Space",
  backspace: "BSpace",
  tab: "Tab",
  ctrlC: "C-c",
} as const;

export interface TerminalOptions {
  cols?: number;
  rows?: number;
  cwd?: string;
  /** Extra variables for the command, set after CI and CONTINUOUS_INTEGRATION are removed (so a test may set them). */
  env?: Record<string, string>;
}

export interface WaitOptions {
  /** Milliseconds before giving up (default 5000). */
  timeout?: number;
  /** Match against the screen with its colour and style escapes (see `screen`). */
  ansi?: boolean;
  /** Milliseconds between polls (default 40; a benchmark timing the first frame may want ~5). */
  interval?: number;
}

export interface TerminalModes {
  cursorVisible: boolean;
  alternateScreen: boolean;
  ttyRestored: boolean | undefined;
}

export type ScreenMatch = string | RegExp | ((screen: string) => boolean);

/** Whether a tmux binary is on PATH (tests skip only when it is missing; .ci/run installs it). */
export function hasTmux(): boolean {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// Settings for a predictable pane: no status line eats a row, Escape is sent at once, and
// the pane stays readable even if the waiting shell ends.
const CONFIG = [
  "set -g remain-on-exit on",
  "set -g status off",
  "set -g escape-time 0",
  "set -g history-limit 2000",
  "set -g default-terminal xterm-256color",
].join("\n");

// The tmux client passes its environment to the server (and so to the pane): drop anything
// that would change what a person at a terminal sees, and any outer tmux.
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["CI", "CONTINUOUS_INTEGRATION", "TMUX", "TMUX_PANE", "NO_COLOR", "FORCE_COLOR"]) {
    delete env[name];
  }
  return env;
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** `stty -a` of another process's tty: GNU spells the device flag -F, BSD and macOS -f. */
function ttySettings(tty: string): string {
  try {
    return execFileSync("stty", ["-F", tty, "-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return execFileSync("stty", ["-f", tty, "-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  }
}

const POLL_MS = 40;
const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export class Terminal {
  private alive = true;

  private constructor(
    private readonly dir: string,
    private readonly socket: string,
    readonly command: readonly string[],
  ) {}

  /** Starts `command` (argv) in a fresh detached session of the given size. */
  static async start(command: readonly string[], options: TerminalOptions = {}): Promise<Terminal> {
    const { cols = 100, rows = 30, cwd = process.cwd(), env = {} } = options;
    const dir = mkdtempSync(join(tmpdir(), "convlab-pty-"));
    const config = join(dir, "tmux.conf");
    writeFileSync(config, CONFIG);
    const terminal = new Terminal(dir, join(dir, "sock"), command);
    const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    const argv = ["env", "-u", "CI", "-u", "CONTINUOUS_INTEGRATION", ...assignments, ...command];
    // A small shell around the command: it records the tty settings (raw mode, echo) before and
    // after, then the exit status (tmux 3.3 may report a dead pane long before
    // #{pane_dead_status}), then parks with echo off. Keeping the pane alive matters: a dead pane
    // gets a "Pane is dead" line and a hidden cursor, hiding what the program left behind.
    const file = (name: string) => quote(join(dir, name));
    const shell = [
      `stty -g > ${file("tty-before")}`,
      argv.map(quote).join(" "),
      `c=$?`,
      `stty -g > ${file("tty-after")}`,
      `echo $c > ${file("status")}`,
      `stty -echo`,
      `exec sleep 2147483647`,
    ].join("; ");
    try {
      await terminal.tmux(["-f", config, "new-session", "-d", "-s", "main", "-x", String(cols), "-y", String(rows),
        "-c", cwd, shell]);
    } catch (error) {
      terminal.kill();
      throw error;
    }
    return terminal;
  }

  /** Runs one tmux command against this terminal's private server (-u: UTF-8 whatever the locale). */
  private tmux(args: readonly string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile("tmux", ["-u", "-S", this.socket, ...args], { env: cleanEnv(), encoding: "utf8" }, (error, stdout, stderr) => {
        if (error) reject(new Error(`tmux ${args[0]} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      });
    });
  }

  private format(spec: string): Promise<string> {
    return this.tmux(["display-message", "-p", "-t", "main", spec]).then((out) => out.trimEnd());
  }

  /** The visible screen, one line per row, trailing blanks trimmed; `ansi` keeps colours and styles. */
  async screen(options: { ansi?: boolean } = {}): Promise<string> {
    const text = await this.tmux(["capture-pane", "-p", ...(options.ansi ? ["-e"] : []), "-t", "main"]);
    return text.split("\n").map((line) => line.trimEnd()).join("\n").trimEnd();
  }

  /** Sends tmux key names (see KEY) or single characters, one key each. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.tmux(["send-keys", "-t", "main", key]);
  }

  /** Types text literally, as if pasted (arrives as one chunk). */
  async type(text: string): Promise<void> {
    await this.tmux(["send-keys", "-t", "main", "-l", text]);
  }

  /** Polls the screen until it matches; returns that screen, or throws with the last one seen. */
  async waitFor(match: ScreenMatch, options: WaitOptions = {}): Promise<string> {
    const test = typeof match === "function" ? match
      : typeof match === "string" ? (s: string) => s.includes(match)
      : (s: string) => match.test(s);
    const deadline = Date.now() + (options.timeout ?? 5000);
    let screen = "";
    for (;;) {
      const status = await this.exitStatus();
      screen = await this.screen({ ansi: options.ansi });
      if (test(screen)) return screen;
      // The status is read before the screen: if it had ended, this screen is its last one.
      if (status !== undefined) {
        throw new Error(`The program exited (status ${status}) without showing ${String(match)}; screen:\n${screen}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${String(match)} on screen:\n${screen}`);
      }
      await pause(options.interval ?? POLL_MS);
    }
  }

  /**
   * Presses one key, then waits for `match`, or by default until the screen (colours included,
   * so a moved highlight counts) differs from before; the next key then meets the new frame.
   */
  async pressAndWait(key: string, match?: ScreenMatch, options: WaitOptions = {}): Promise<string> {
    const before = await this.screen({ ansi: true });
    await this.press(key);
    if (match !== undefined) return this.waitFor(match, options);
    return this.waitFor((s) => s !== before, { ...options, ansi: true });
  }

  /**
   * Waits until the program reads keys one by one (the tty left canonical mode, as Ink's
   * useInput does just after its first frame). Keys sent earlier are line-buffered by the tty,
   * and Enter arrives as "\n", which Ink does not report as Enter.
   */
  async waitForRawMode(options: WaitOptions = {}): Promise<void> {
    const tty = await this.format("#{pane_tty}");
    const deadline = Date.now() + (options.timeout ?? 5000);
    for (;;) {
      const settings = ttySettings(tty);
      if (/(^|\s)-icanon(\s|$)/.test(settings)) return;
      const status = await this.exitStatus();
      if (status !== undefined) throw new Error(`The program exited (status ${status}) before reading keys`);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for raw mode; screen:\n${await this.screen()}`);
      await pause(options.interval ?? POLL_MS);
    }
  }

  /** Whether the tty reads keys one by one right now (raw mode) rather than line by line. */
  async rawMode(): Promise<boolean> {
    return /(^|\s)-icanon(\s|$)/.test(ttySettings(await this.format("#{pane_tty}")));
  }

  /** The cursor's column and row (0-based), and whether it is shown. */
  async cursor(): Promise<{ x: number; y: number; visible: boolean }> {
    const [x, y, visible] = (await this.format("#{cursor_x} #{cursor_y} #{cursor_flag}")).split(" ");
    return { x: Number(x), y: Number(y), visible: visible === "1" };
  }

  /** The program's process id (the pane runs a small shell; the program is its child). */
  async pid(): Promise<number> {
    const shell = await this.format("#{pane_pid}");
    const out = execFileSync("ps", ["-o", "pid=", "--ppid", shell], { encoding: "utf8" }).trim().split(/\s+/);
    return Number(out[0]);
  }

  /** Resizes the window (the program gets SIGWINCH). */
  async resize(cols: number, rows: number): Promise<void> {
    await this.tmux(["resize-window", "-t", "main", "-x", String(cols), "-y", String(rows)]);
  }

  async size(): Promise<{ cols: number; rows: number }> {
    const [cols, rows] = (await this.format("#{pane_width} #{pane_height}")).split(" ").map(Number);
    return { cols: cols!, rows: rows! };
  }

  /** The exit status once the program ended, or undefined while it runs. */
  async exitStatus(): Promise<number | undefined> {
    const text = this.readFile("status");
    // The shell may be between creating the file and writing the line.
    return text?.endsWith("\n") ? Number(text) : undefined;
  }

  private readFile(name: string): string | undefined {
    try {
      return readFileSync(join(this.dir, name), "utf8");
    } catch {
      return undefined;
    }
  }

  /** Waits for the program to end and returns its exit status. */
  async waitExit(options: WaitOptions = {}): Promise<number> {
    const deadline = Date.now() + (options.timeout ?? 5000);
    for (;;) {
      const status = await this.exitStatus();
      if (status !== undefined) return status;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for exit; screen:\n${await this.screen()}`);
      await pause(options.interval ?? POLL_MS);
    }
  }

  /**
   * The terminal state the program leaves behind: a well-behaved one shows the cursor, is back
   * on the main screen and has put the tty settings (raw mode, echo) back as it found them
   * (`ttyRestored` is undefined while it runs).
   */
  async modes(): Promise<TerminalModes> {
    const [cursor, alternate] = (await this.format("#{cursor_flag} #{alternate_on}")).split(" ");
    const ended = (await this.exitStatus()) !== undefined;
    return {
      cursorVisible: cursor === "1",
      alternateScreen: alternate === "1",
      ttyRestored: ended ? this.readFile("tty-after") === this.readFile("tty-before") : undefined,
    };
  }

  /** Kills the tmux server (and so the program) and removes its files; safe to call twice. */
  kill(): void {
    if (!this.alive) return;
    this.alive = false;
    try {
      execFileSync("tmux", ["-S", this.socket, "kill-server"], { env: cleanEnv(), stdio: "ignore" });
    } catch {
      // Already gone (never started, or the last session ended).
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
