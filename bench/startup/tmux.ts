// A private tmux server for timing first frames in a real terminal. One control-mode client
// (`tmux -C`) stays attached, so each poll of the screen is a line written to a pipe rather
// than a new process competing with the program being timed on a 2-core machine.
import { spawn, execFileSync, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// remain-on-exit: a program that prints and ends (the placeholder) leaves its screen to read.
const CONFIG = ["set -g status off", "set -g escape-time 0", "set -g remain-on-exit on", "set -g default-terminal xterm-256color"].join("\n");

/** The environment a person at a terminal has: no CI markers (Ink renders differently under CI). */
export function terminalEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["CI", "CONTINUOUS_INTEGRATION", "TMUX", "TMUX_PANE", "NO_COLOR", "FORCE_COLOR"]) delete env[name];
  return env;
}

export function hasTmux(): boolean {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export class TmuxServer {
  private readonly waiting: ((out: string[], error?: string) => void)[] = [];
  private block: string[] | undefined;
  private partial = "";

  private constructor(
    readonly dir: string,
    private readonly socket: string,
    private readonly client: ChildProcessByStdio<Writable, Readable, null>,
  ) {
    client.stdout.setEncoding("utf8");
    client.stdout.on("data", (chunk: string) => this.read(chunk));
  }

  static async start(cols: number, rows: number): Promise<TmuxServer> {
    const dir = mkdtempSync(join(tmpdir(), "convlab-bench-"));
    const socket = join(dir, "sock");
    writeFileSync(join(dir, "tmux.conf"), CONFIG);
    const env = terminalEnv();
    // The first window only keeps the session alive; every timed run gets a fresh window.
    execFileSync("tmux", ["-u", "-S", socket, "-f", join(dir, "tmux.conf"), "new-session", "-d", "-s", "bench",
      "-x", String(cols), "-y", String(rows), "sleep 86400"], { env, stdio: "ignore" });
    const client = spawn("tmux", ["-u", "-S", socket, "-C", "attach-session", "-t", "bench"], { env, stdio: ["pipe", "pipe", "ignore"] });
    const server = new TmuxServer(dir, socket, client);
    await server.command("display-message -p ready");
    return server;
  }

  /** Control mode answers each command with %begin … %end (or %error); notifications come between. */
  private read(chunk: string): void {
    const lines = (this.partial + chunk).split("\n");
    this.partial = lines.pop()!;
    for (const line of lines) {
      if (this.block === undefined) {
        // Flags 1: the answer to one of our commands (0 is tmux's own, e.g. the attach).
        if (line.startsWith("%begin ") && line.endsWith(" 1")) this.block = [];
      } else if (line.startsWith("%end ") || line.startsWith("%error ")) {
        const out = this.block;
        this.block = undefined;
        this.waiting.shift()?.(out, line.startsWith("%error ") ? out.join("\n") : undefined);
      } else {
        this.block.push(line);
      }
    }
  }

  /** Runs one tmux command through the control client and returns its output lines. */
  command(line: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push((out, error) => (error === undefined ? resolve(out) : reject(new Error(`tmux: ${error}`))));
      this.client.stdin.write(line + "\n");
    });
  }

  /** Starts a shell command in a new window; returns its pane id. */
  async open(shellCommand: string): Promise<string> {
    const [pane] = await this.command(`new-window -d -P -F '#{pane_id}' ${quote(shellCommand)}`);
    return pane!.trim();
  }

  async screen(pane: string): Promise<string> {
    return (await this.command(`capture-pane -p -t ${pane}`)).join("\n");
  }

  /** Types a key into the pane (a tmux key name: "j", "Enter"). */
  async sendKey(pane: string, key: string): Promise<void> {
    await this.command(`send-keys -t ${pane} ${quote(key)}`);
  }

  async close(pane: string): Promise<void> {
    await this.command(`kill-pane -t ${pane}`).catch(() => {}); // it may have ended already
  }

  stop(): void {
    this.client.stdin.end();
    try {
      execFileSync("tmux", ["-S", this.socket, "kill-server"], { stdio: "ignore" });
    } catch {
      // already gone
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
