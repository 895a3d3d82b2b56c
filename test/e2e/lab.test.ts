// The real `convlab` binary in a real terminal (tmux), CI removed from its environment:
// what a learner sees after `npm start`. Every key waits for the frame it causes.
import { describe, expect, it } from "vitest";
import { terminalPerTest } from "../helpers/e2e.ts";
import { KEY, Terminal, hasTmux } from "../helpers/pty.ts";

const CONVLAB = [process.execPath, "bin/convlab.js"];
const SPARKLINE = /[▁▂▃▄▅▆▇█]{3,}/;
// Generous: the whole suite runs in parallel, and a loaded machine only makes this slower.
const PATIENT = { timeout: 10_000 };

const session = terminalPerTest("convlab-e2e-home-");

/** The lab as a new user sees it: English, and a progress store of its own (never the real one). */
async function startLab(cols: number, rows: number, env: Record<string, string> = {}): Promise<Terminal> {
  return session.start(CONVLAB, { cols, rows, env: { LANG: "en_US.UTF-8", CONVLAB_HOME: session.home(), ...env } });
}

/**
 * One whole frame: one header line, one key bar, at most one step counter. A frame being
 * written can show half of each for a moment; a stale copy of an old frame stays, and fails.
 */
function oneFrame(screen: string): boolean {
  const count = (re: RegExp) => screen.match(re)?.length ?? 0;
  return count(/^convlab · /gm) === 1 && count(/^\? (help|more) /gm) === 1 && count(/step \d+ of \d+/g) <= 1;
}

const isMenu = (s: string) => oneFrame(s) && s.includes("Lessons") && !/step \d+ of/.test(s);

/** The lesson screen's "step k of K". */
function stepOf(screen: string): { k: number; total: number } {
  const found = /step (\d+) of (\d+)/.exec(screen);
  if (!found) throw new Error(`no "step k of K" on screen:\n${screen}`);
  return { k: Number(found[1]), total: Number(found[2]) };
}

/** Presses a key and waits for a whole lesson frame matching `pattern`. */
function lesson(t: Terminal, key: string, pattern: RegExp): Promise<string> {
  return t.pressAndWait(key, (s) => oneFrame(s) && pattern.test(s), PATIENT);
}

/** Presses a next-step key and waits until the counter shows the following step. */
async function next(t: Terminal, key: string): Promise<string> {
  const { k, total } = stepOf(await t.screen());
  return lesson(t, key, new RegExp(`step ${k + 1} of ${total}\\b`));
}

/** Waits for the menu, then for raw mode: from then on a key is kept for the lab. */
async function menu(t: Terminal): Promise<string> {
  const screen = await t.waitFor(isMenu, { timeout: 15_000 });
  await t.waitForRawMode(PATIENT);
  return screen;
}

describe.skipIf(!hasTmux())("convlab in a real terminal", () => {
  it("menu → cross-correlation to Y = [[19,25],[37,43]] → learn-kernel ten steps → resizes → q quits cleanly", async () => {
    const t = await startLab(120, 40);

    // The menu: header, the lessons, the key bar.
    let screen = await menu(t);
    expect(screen).toMatch(/1\. .*cross-correlation/i);
    expect(screen).toMatch(/3\. .*kernel/i);
    // A key pressed at once is not lost (isMenu: one header, one key bar).
    await t.pressAndWait("j", (s) => isMenu(s) && /^\s*› 2\. /m.test(s), PATIENT);
    await t.pressAndWait("k", (s) => isMenu(s) && /^\s*› 1\. /m.test(s), PATIENT);

    // Enter opens the first lesson; → and n alternate to its last step.
    screen = await lesson(t, KEY.enter, /cross-correlation · lesson 1 of \d+ · step 1 of/i);
    for (let i = 0; stepOf(screen).k < stepOf(screen).total; i++) {
      screen = await next(t, i % 2 === 0 ? KEY.right : "n");
    }
    expect(screen).toMatch(/19\D+25/);
    expect(screen).toMatch(/37\D+43/);

    // q goes back to the menu; j and ↓ move to the third lesson, Enter opens learn-kernel.
    await t.pressAndWait("q", isMenu, PATIENT);
    // (The selection is marked by "›", not only by colour.)
    await t.pressAndWait("j", (s) => isMenu(s) && /^\s*› 2\. /m.test(s), PATIENT);
    await t.pressAndWait(KEY.down, (s) => isMenu(s) && /^\s*› 3\. /m.test(s), PATIENT);
    screen = await lesson(t, KEY.enter, /kernel.* · lesson 3 of \d+ · step 1 of/i);
    for (let i = 0; i < 10; i++) screen = await next(t, i % 2 === 0 ? "n" : KEY.right);
    expect(stepOf(screen).k).toBe(11);
    expect(screen).toMatch(/loss[^\n]*\d\.\d/i);
    expect(screen).toMatch(SPARKLINE);

    // At 120 columns the code panel sits beside the numbers; below 100 it is stacked
    // under them, live, at the same step.
    // (its title names the lines shown when the panel is shorter than the code)
    const CODE = /\bCode( · lines \d+–\d+ of \d+)?$/m;
    expect(screen).not.toMatch(new RegExp(`^${CODE.source}`, "m"));
    expect(screen).toMatch(new RegExp(`^.+${CODE.source}`, "m"));
    await t.resize(90, 40);
    screen = await t.waitFor((s) => oneFrame(s) && new RegExp(`^${CODE.source}`, "m").test(s), PATIENT);
    expect(stepOf(screen).k).toBe(11);
    expect(screen).toMatch(SPARKLINE);

    // Too small: a notice instead of a broken layout; enlarged again, the same step is back.
    await t.resize(50, 12);
    await t.waitFor(/enlarge the terminal/i, PATIENT);
    await t.resize(90, 40);
    screen = await t.waitFor((s) => oneFrame(s) && new RegExp(`^${CODE.source}`, "m").test(s), PATIENT);
    expect(stepOf(screen).k).toBe(11);

    // q back to the menu, q quits: status 0, cursor shown, main screen, tty settings restored.
    await t.pressAndWait("q", isMenu, PATIENT);
    await t.press("q");
    expect(await t.waitExit(PATIENT)).toBe(0);
    expect(await t.modes()).toEqual({ cursorVisible: true, alternateScreen: false, ttyRestored: true });
  }, 90_000);

  it("draws live even with CI=true and DEV=true in its environment, and Ctrl+C in a lesson quits cleanly", async () => {
    // Ink alone would print only the last frame under CI (the menu would never show before
    // exit), and under DEV=true look for React DevTools.
    const t = await startLab(100, 30, { CI: "true", DEV: "true" });
    await menu(t);
    await lesson(t, "2", /lesson 2 of \d+ · step 1 of/);
    await t.press(KEY.ctrlC);
    expect(await t.waitExit(PATIENT)).toBe(0);
    expect(await t.modes()).toEqual({ cursorVisible: true, alternateScreen: false, ttyRestored: true });
  }, 60_000);
});
