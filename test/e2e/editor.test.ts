// The matrix editor in a real terminal (tmux, CI removed), at 80×24: issue 11 §2's sequence.
import { describe, expect, it } from "vitest";
import { terminalPerTest } from "../helpers/e2e.ts";
import { KEY, hasTmux } from "../helpers/pty.ts";

const PATIENT = { timeout: 10_000 };
const session = terminalPerTest("convlab-e2e-editor-");

describe.skipIf(!hasTmux())("the editor in a real terminal", () => {
  it("--lesson 1: e 9 → Tab 7 → Enter changes both X and K", async () => {
    const t = await session.start([process.execPath, "bin/convlab.js", "--lesson", "1"], {
      cols: 80,
      rows: 24,
      env: { LANG: "en_US.UTF-8", CONVLAB_HOME: session.home() },
    });
    await t.waitFor(/step 1 of/, { timeout: 15_000 });
    await t.waitForRawMode(PATIENT);
    await t.pressAndWait("e", /^Editing X/m, PATIENT);
    await t.pressAndWait("9", /<9_>/, PATIENT);
    await t.pressAndWait(KEY.right, /^ 9 <1>/m, PATIENT);
    await t.pressAndWait(KEY.tab, /^Editing K .*X changed too/m, PATIENT);
    await t.pressAndWait("7", /<7_>/, PATIENT);
    await t.pressAndWait(KEY.right, /^ 7 <1>/m, PATIENT);
    const screen = await t.pressAndWait(KEY.enter, (s) => !s.includes("Editing") && /step 1 of/.test(s), PATIENT);
    // X and K side by side: X's first row, then K's
    expect(screen).toMatch(/^ 9 +1 +2 +7 +1$/m);
  }, 60_000);
});
