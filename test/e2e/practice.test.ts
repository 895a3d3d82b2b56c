// `convlab practice` (the watch screen) in a real terminal (tmux): it re-checks on save, an
// editor's save-by-rename included, shows hints, records the solved exercise, and the learner's
// endless loop or process.exit never takes it down.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { Terminal, hasTmux } from "../helpers/pty.ts";
import { convlab } from "../cli/fixtures/spawn.ts";

const SOLUTIONS = fileURLToPath(new URL("../practice/solutions/", import.meta.url));
const PATIENT = { timeout: 15_000 };

let terminal: Terminal | undefined;
let home: string | undefined;
afterEach(() => {
  terminal?.kill();
  terminal = undefined;
  if (home) rmSync(home, { recursive: true, force: true });
  home = undefined;
});

/** A workspace made by `practice init`, and the watch screen started on it. */
async function startPractice(cols: number, rows: number, lang: "en" | "zh"): Promise<string> {
  home = mkdtempSync(join(tmpdir(), "convlab-e2e-practice-"));
  const dir = join(home, "ws");
  await convlab(["practice", "init", dir, "--lang", lang]);
  terminal = await Terminal.start([process.execPath, "bin/convlab.js", "practice", dir, "--lang", lang], {
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
    await terminal!.waitFor("01-corr2d  2-D cross-correlation, with loops: not done yet", PATIENT);
    await terminal!.waitForRawMode();
    await terminal!.pressAndWait("h", "Hint 1/3: Start with the output");

    const solution = readFileSync(join(SOLUTIONS, "01-corr2d.ts"), "utf8");
    writeFileSync(file, solution.replace(".mul(K).sum()", ".mul(K).sum().add(1)"));
    const wrong = await terminal!.waitFor("wrong on the notebook's X and K (1/13)", PATIENT);
    expect(wrong).toContain("Y[0, 0]: 19 expected, got 20");

    // an endless loop times out, and the screen stays
    writeFileSync(file, solution.replace("return Y;", "for (;;) {}"));
    await terminal!.waitFor("timed out after 10 s", { timeout: 25_000 });

    saveByRename(file, solution);
    const solved = await terminal!.waitFor("passes all 13 cases", PATIENT);
    expect(solved).toContain("Solved! n: next exercise.");
    expect(solved).toContain("1/9 solved");

    await terminal!.pressAndWait("n", "02-conv2d-block (2/9)");
    await terminal!.press("q");
    expect(await terminal!.waitExit()).toBe(0);
    expect((await terminal!.modes()).ttyRestored).toBe(true);
    const progress = JSON.parse(readFileSync(join(home!, "progress.json"), "utf8"));
    expect(progress.exercises["practice/corr2d"]).toMatchObject({ done: true });
  }, 90_000);

  it("in Chinese at 80×24: the task of a stub not started, the list, and process.exit in the learner's code", async () => {
    const dir = await startPractice(80, 24, "zh");
    await terminal!.waitFor("二维互相关运算（用循环）：还没做", PATIENT);
    await terminal!.waitForRawMode();
    await terminal!.pressAndWait("l", /❯ · 01-corr2d/);
    await terminal!.pressAndWait("?", "练习列表");
    await terminal!.pressAndWait("?", /❯ · 01-corr2d/);
    await terminal!.pressAndWait("l", "文件：");
    writeFileSync(join(dir, "01-corr2d.ts"), 'console.log("bye");\nprocess.exit(3);\n');
    const exited = await terminal!.waitFor("用 process.exit(3) 中止了检查", PATIENT);
    expect(exited).toContain("│ bye");
    for (const line of exited.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    await terminal!.press("q");
    expect(await terminal!.waitExit()).toBe(0);
  }, 60_000);
});
