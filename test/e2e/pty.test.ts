// The tmux driver itself, on a tiny Node program, so a red lab test never means a broken driver.
import { afterEach, describe, expect, it } from "vitest";
import { KEY, Terminal, hasTmux } from "../helpers/pty.ts";

// Prints its size and CI, echoes each key chunk as JSON, reports resizes, exits 7 on "q".
// With "hide" it hides the cursor and leaves it hidden, like a program that forgot to restore it.
const ECHO = `
const hide = process.argv[1] === "hide";
if (hide) process.stdout.write("\\x1b[?25l");
console.log("ready " + process.stdout.columns + "x" + process.stdout.rows + " CI=" + (process.env.CI ?? "unset"));
process.stdout.on("resize", () => console.log("size " + process.stdout.columns + "x" + process.stdout.rows));
process.stdin.setRawMode(true);
process.stdin.on("data", (data) => {
  console.log("got " + JSON.stringify(data.toString()));
  if (data.toString() === "q") process.exit(7);
});
`;

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.kill();
  terminal = undefined;
});

describe.skipIf(!hasTmux())("pty helper (tmux)", () => {
  it("runs a program at the given size without CI, sends keys, resizes and reads the exit status", async () => {
    const saved = process.env.CI;
    process.env.CI = "true";
    try {
      terminal = await Terminal.start([process.execPath, "-e", ECHO], { cols: 60, rows: 12 });
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
    await terminal.waitFor("ready 60x12 CI=unset");
    await terminal.waitForRawMode();
    await terminal.press(KEY.down);
    await terminal.waitFor('got "\\u001b[B"');
    await terminal.type("héllo 卷积");
    await terminal.waitFor('got "héllo 卷积"');
    await terminal.resize(40, 10);
    await terminal.waitFor("size 40x10");
    expect(await terminal.size()).toEqual({ cols: 40, rows: 10 });
    expect(await terminal.exitStatus()).toBeUndefined();
    await terminal.press("q");
    expect(await terminal.waitExit()).toBe(7);
    expect(await terminal.modes()).toEqual({ cursorVisible: true, alternateScreen: false, ttyRestored: true });
  });

  it("waits for a change that only shows in colour", async () => {
    // Each key turns the word "same" red or back: the plain text never changes.
    const colour = `
      let red = false;
      const draw = () => process.stdout.write("\\r" + (red ? "\\x1b[31msame\\x1b[0m" : "same") + " ");
      draw();
      process.stdin.setRawMode(true);
      process.stdin.on("data", (d) => { if (d.toString() === "q") process.exit(0); red = !red; draw(); });
    `;
    terminal = await Terminal.start([process.execPath, "-e", colour], { cols: 40, rows: 5 });
    await terminal.waitFor("same");
    const plain = await terminal.screen();
    const after = await terminal.pressAndWait("x");
    expect(after).toMatch(/\x1b\[31msame/);
    expect(await terminal.screen()).toBe(plain);
    await terminal.press("q");
    expect(await terminal.waitExit()).toBe(0);
  });

  it("waits for raw mode, and gives up when the program ends first", async () => {
    terminal = await Terminal.start(["sh", "-c", "echo cooked; exit 0"], { cols: 60, rows: 12 });
    await expect(terminal.waitForRawMode({ timeout: 600_000 })).rejects.toThrow(/exited \(status 0\) before reading keys/);
  });

  it("sees a cursor left hidden", async () => {
    terminal = await Terminal.start([process.execPath, "-e", ECHO, "hide"], { cols: 60, rows: 12 });
    await terminal.waitFor("ready");
    await terminal.press("q");
    expect(await terminal.waitExit()).toBe(7);
    expect((await terminal.modes()).cursorVisible).toBe(false);
  });

  it("sees a tty left in raw mode, and keys pressed after the exit change nothing", async () => {
    terminal = await Terminal.start(["sh", "-c", "stty raw; echo raw; exit 0"], { cols: 60, rows: 12 });
    expect(await terminal.waitExit()).toBe(0);
    const screen = await terminal.waitFor("raw");
    await terminal.press("x", KEY.enter);
    expect(await terminal.screen()).toBe(screen);
    expect(await terminal.modes()).toEqual({ cursorVisible: true, alternateScreen: false, ttyRestored: false });
  });

  it("times out with the last screen when the text never appears", async () => {
    terminal = await Terminal.start([process.execPath, "-e", ECHO], { cols: 60, rows: 12 });
    await terminal.waitFor("ready");
    await expect(terminal.waitFor("never shown", { timeout: 300 })).rejects.toThrow(/never shown[\s\S]*ready 60x12/);
  });

  it("stops waiting as soon as the program has exited", async () => {
    terminal = await Terminal.start(["sh", "-c", "echo bye; exit 3"], { cols: 60, rows: 12 });
    // The deadline is far beyond the test's own timeout: only the exit can end this wait.
    await expect(terminal.waitFor("never shown", { timeout: 600_000 })).rejects.toThrow(/exited \(status 3\)[\s\S]*bye/);
  });

  it("kills the server on teardown so nothing is left running", async () => {
    terminal = await Terminal.start([process.execPath, "-e", ECHO], { cols: 60, rows: 12 });
    await terminal.waitFor("ready");
    terminal.kill();
    await expect(terminal.screen()).rejects.toThrow(/tmux capture-pane failed/);
    terminal.kill();
  });
});
