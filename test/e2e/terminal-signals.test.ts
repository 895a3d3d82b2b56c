// The terminal always comes back (issue 13 §3), in a real terminal (tmux): stopped with SIGTSTP or
// Ctrl+Z the lab leaves the tty cooked and the cursor shown; continued, it reads keys again and
// redraws; after the terminal shrinks, quitting leaves the cursor at the start of a fresh line.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { terminalPerTest } from "../helpers/e2e.ts";
import { Terminal, hasTmux } from "../helpers/pty.ts";

const PATIENT = { timeout: 15_000 };
const session = terminalPerTest("convlab-signals-");

async function lab(cols: number, rows: number, fifo = false): Promise<Terminal> {
  const home = session.home();
  if (fifo) execFileSync("mkfifo", [join(home, "progress.json")]);
  const terminal = await session.start([process.execPath, "bin/convlab.js"], { cols, rows, env: { LANG: "en_US.UTF-8", CONVLAB_HOME: home } });
  await terminal.waitFor((s) => s.includes("Lessons") && /^› 1\. /m.test(s), PATIENT);
  await terminal.waitForRawMode(PATIENT);
  return terminal;
}

/** Polls until `check` holds (the program reacts to a signal in its own time). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + PATIENT.timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasTmux())("the terminal always comes back", () => {
  it.each([
    ["kill -TSTP", (t: Terminal, pid: number) => Promise.resolve(process.kill(pid, "SIGTSTP"))],
    ["Ctrl+Z", (t: Terminal) => t.press("C-z")],
  ])("stopped by %s: cooked mode and a cursor while stopped; continued: raw mode, redrawn, keys work", async (_how, stopIt) => {
    const t = await lab(100, 30);
    const pid = await t.pid();
    await t.press("j");
    await t.waitFor(/^› 2\. /m, PATIENT);
    await stopIt(t, pid);
    await until(async () => !(await t.rawMode()), "cooked mode");
    expect((await t.cursor()).visible).toBe(true);
    process.kill(pid, "SIGCONT");
    await t.waitForRawMode(PATIENT);
    const screen = await t.waitFor((s) => /^› 2\. /m.test(s) && s.includes("Lessons"), PATIENT);
    expect(screen.match(/^convlab · /gm)).toHaveLength(1); // one whole frame, drawn again
    await t.pressAndWait("j", /^› 3\. /m, PATIENT);
    await t.press("q");
    expect(await t.waitExit(PATIENT)).toBe(0);
    expect((await t.modes()).ttyRestored).toBe(true);
  });

  it("after the terminal shrinks, quitting leaves the cursor at the start of a fresh line", async () => {
    const t = await lab(120, 40);
    await t.resize(80, 24);
    await t.waitFor((s) => s.split("\n").every((line) => line.length <= 80) && s.includes("Lessons"), PATIENT);
    await t.press("q");
    expect(await t.waitExit(PATIENT)).toBe(0);
    const screen = (await t.screen()).split("\n");
    const cursor = await t.cursor();
    expect(cursor.x).toBe(0);
    expect(screen[cursor.y] ?? "").toBe(""); // the prompt goes on an empty line, not after the key bar
  });

  it("a FIFO as progress.json does not freeze the lab: the menu, one warning, and Ctrl+C quits", async () => {
    const t = await lab(100, 30, true);
    expect(await t.screen()).toMatch(/Progress file .*progress\.json is not a regular file/);
    await t.press("C-c");
    expect(await t.waitExit(PATIENT)).toBe(0);
    expect((await t.modes()).ttyRestored).toBe(true);
  });
});
