// `convlab practice` (the watch screen) in a real terminal (tmux): it re-checks on save, an
// editor's save-by-rename included, shows hints, records the solved exercise, and the learner's
// endless loop or process.exit never takes it down.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { terminalPerTest } from "../helpers/e2e.ts";
import { hasTmux } from "../helpers/pty.ts";
import { convlab } from "../cli/fixtures/spawn.ts";

const SOLUTIONS = fileURLToPath(new URL("../practice/solutions/", import.meta.url));
const PATIENT = { timeout: 15_000 };

const session = terminalPerTest("convlab-e2e-practice-");

/** A workspace made by `practice init`, and the watch screen started on it. */
async function startPractice(cols: number, rows: number, lang: "en" | "zh"): Promise<string> {
  const home = session.home();
  const dir = join(home, "ws");
  await convlab(["practice", "init", dir, "--lang", lang]);
  await session.start([process.execPath, "bin/convlab.js", "practice", dir, "--lang", lang], {
    cols,
    rows,
    env: { LANG: "en_US.UTF-8", CONVLAB_HOME: home },
  });
  return dir;
}

/** Saves as many editors do: write a new file beside, then rename it over the old one. */
function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.tmp~`, text);
  renameSync(`${file}.tmp~`, file);
}

describe.skipIf(!hasTmux())("convlab practice in a terminal", () => {
  it("re-checks on every save (in place and by rename), shows hints, and saves the solved exercise", async () => {
    const dir = await startPractice(100, 30, "en");
    const file = join(dir, "01-corr2d.ts");
    await session.terminal.waitFor("01-corr2d  2-D cross-correlation, with loops: not done yet", PATIENT);
    await session.terminal.waitForRawMode();
    await session.terminal.pressAndWait("h", "Hint 1/3: Start with the output");

    const solution = readFileSync(join(SOLUTIONS, "01-corr2d.ts"), "utf8");
    writeFileSync(file, solution.replace(".mul(K).sum()", ".mul(K).sum().add(1)"));
    const wrong = await session.terminal.waitFor("wrong on the notebook's X and K (1/13)", PATIENT);
    expect(wrong).toContain("Y[0, 0]: 19 expected, got 20");

    // an endless loop times out, and the screen stays
    writeFileSync(file, solution.replace("return Y;", "for (;;) {}"));
    await session.terminal.waitFor("timed out after 10 s", { timeout: 25_000 });

    saveByRename(file, solution);
    const solved = await session.terminal.waitFor("passes all 13 cases", PATIENT);
    expect(solved).toContain("Solved! n: next exercise.");
    expect(solved).toContain("1/9 solved");

    await session.terminal.pressAndWait("n", "02-conv2d-block (2/9)");
    await session.terminal.press("q");
    expect(await session.terminal.waitExit()).toBe(0);
    expect((await session.terminal.modes()).ttyRestored).toBe(true);
    const progress = JSON.parse(readFileSync(join(session.home(), "progress.json"), "utf8"));
    expect(progress.exercises["practice/corr2d"]).toMatchObject({ done: true });
  }, 90_000);

  it("says so when the progress file was damaged (moved aside), as the lab's menu does", async () => {
    writeFileSync(join(session.home(), "progress.json"), "{ not json");
    await startPractice(100, 30, "en");
    const screen = await session.terminal.waitFor("01-corr2d  2-D cross-correlation, with loops: not done yet", PATIENT);
    expect(screen).toContain("damaged (not valid JSON");
    await session.terminal.waitForRawMode();
    await session.terminal.press("q");
    expect(await session.terminal.waitExit()).toBe(0);
  }, 60_000);

  it("in Chinese at 80×24: the task of a stub not started, the list, and process.exit in the learner's code", async () => {
    const dir = await startPractice(80, 24, "zh");
    await session.terminal.waitFor("二维互相关运算（用循环）：还没做", PATIENT);
    await session.terminal.waitForRawMode();
    await session.terminal.pressAndWait("l", /❯ · 01-corr2d/);
    await session.terminal.pressAndWait("?", "练习列表");
    await session.terminal.pressAndWait("?", /❯ · 01-corr2d/);
    await session.terminal.pressAndWait("l", "文件：");
    writeFileSync(join(dir, "01-corr2d.ts"), 'console.log("bye");\nprocess.exit(3);\n');
    const exited = await session.terminal.waitFor("用 process.exit(3) 中止了检查", PATIENT);
    expect(exited).toContain("│ bye");
    for (const line of exited.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    await session.terminal.press("q");
    expect(await session.terminal.waitExit()).toBe(0);
  }, 60_000);
});
