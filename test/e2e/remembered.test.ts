// What a second lab remembers of the first, through the real binary and the real progress store
// (a CONVLAB_HOME of the test's own): the language chosen with `t`, the step reached in a lesson,
// and the menu on the first lesson not done. `--lang` wins for one run and is not saved.
import { describe, expect, it } from "vitest";
import { terminalPerTest } from "../helpers/e2e.ts";
import { KEY, hasTmux, type Terminal } from "../helpers/pty.ts";

const CONVLAB = [process.execPath, "bin/convlab.js"];
const PATIENT = { timeout: 15_000 };
const session = terminalPerTest("convlab-remembered-");

async function lab(args: string[] = []): Promise<Terminal> {
  const t = await session.start([...CONVLAB, ...args], { cols: 80, rows: 24, env: { LANG: "en_US.UTF-8", CONVLAB_HOME: session.home() } });
  await t.waitFor((s) => /^convlab · /m.test(s) && /^\? /m.test(s), PATIENT);
  await t.waitForRawMode(PATIENT);
  return t;
}

async function quit(t: Terminal): Promise<void> {
  await t.press(KEY.ctrlC);
  expect(await t.waitExit(PATIENT)).toBe(0);
}

describe.skipIf(!hasTmux())("a second lab remembers the first", () => {
  it("language from t, the step in a lesson; --lang wins for one run only", async () => {
    let t = await lab();
    await t.pressAndWait("t", /课程/, PATIENT);
    await t.pressAndWait(KEY.enter, /第 1\/\d+ 步/, PATIENT);
    await t.pressAndWait("n", /第 2\/\d+ 步/, PATIENT);
    await t.pressAndWait("n", /第 3\/\d+ 步/, PATIENT);
    await quit(t);

    t = await lab();
    expect(await t.screen()).toMatch(/课程已完成 0\/\d+/);
    await t.pressAndWait(KEY.enter, /第 3\/\d+ 步/, PATIENT);
    await quit(t);

    t = await lab(["--lang", "en"]);
    expect(await t.screen()).toContain("lessons done");
    await quit(t);

    t = await lab();
    expect(await t.screen()).toMatch(/课程已完成 0\/\d+/);
    await quit(t);
  });
});
