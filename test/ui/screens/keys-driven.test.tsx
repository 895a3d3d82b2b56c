// Every key in the key map does what the help says: one test per (command, key), generated
// from the map itself, so a new command without a test here fails the type check.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { initWorkspace } from "../../../src/practice/workspace.ts";
import { openStore } from "../../../src/store/index.ts";
import { App } from "../../../src/ui/App.tsx";
import { PracticeApp } from "../../../src/ui/start-practice.tsx";
import { keyMap, type Command, type KeySpec } from "../../../src/ui/keys.ts";
import { DEFAULT_SPEED, SPEEDS } from "../../../src/ui/state/play.ts";
import { seedFor } from "../../../src/ui/state/session.ts";
import { KEY, press, pressAll, sequenceFor, waitForText } from "../../helpers/keys.ts";
import { cleanupRendered, renderTerminal, type Rendered } from "../../helpers/render.tsx";
import { fixtureExercises, fixtureLessons } from "../fixtures/lessons.ts";


afterEach(cleanupRendered);

interface Scenario {
  /** The screen: the lab (default) or `convlab practice`'s watch screen on a fresh workspace. */
  app?: "practice";
  /** Open this lesson first (else the menu). */
  lesson?: string;
  /** Keys pressed before the one under test. */
  before?: string[];
  /** What the screen shows after the key (or "exits": the app unmounts). */
  expect: ((frame: string) => void) | "exits";
  /** Input for pattern keys (1–9, typed numbers). */
  sample?: string;
  /** A terminal of this size (default 100×30). */
  size?: { columns: number; rows: number };
}

const SMALL = { columns: 60, rows: 18 };

/** The first line of the editor's matrix (the cursor row). */
const editorRow = (f: string, n = 1): string => f.split("\n")[f.split("\n").findIndex((l) => l.startsWith("Editing")) + n] ?? "";

const scenarios: Record<Command, Scenario> = {
  quit: { lesson: "grid", before: ["e", "1"], expect: "exits" },
  help: { expect: (f) => expect(f).toContain("Keys — Press ? or Esc to close.") },
  language: { expect: (f) => expect(f).toContain("课程") },
  menuUp: { before: [KEY.down], expect: (f) => expect(f).toContain("› 1. Fixture grid") },
  menuDown: { expect: (f) => expect(f).toContain("› 2. Another fixture") },
  menuOpen: { expect: (f) => expect(f).toMatch(/1\. Fixture grid · lesson 1 of 2 · step 1 of 4/) },
  menuJump: { sample: "2", expect: (f) => expect(f).toContain("2. Another fixture · lesson 2 of 2") },
  menuQuit: { expect: "exits" },
  next: { lesson: "grid", expect: (f) => expect(f).toContain("step 2 of 4") },
  back: { lesson: "grid", before: ["n", "n"], expect: (f) => expect(f).toContain("step 2 of 4") },
  choose: { lesson: "grid", sample: "2", expect: (f) => expect(f).toContain("lr 0.200") },
  play: { lesson: "grid", expect: (f) => expect(f).toMatch(/▶ \d+(\.\d)? s$/m) },
  faster: { lesson: "grid", expect: (f) => expect(f).toContain(`Play speed ×${SPEEDS[DEFAULT_SPEED + 1]} (×1: the time to read each step)`) },
  slower: { lesson: "grid", expect: (f) => expect(f).toContain(`Play speed ×${SPEEDS[DEFAULT_SPEED - 1]} (×1: the time to read each step)`) },
  reset: { lesson: "grid", before: ["n", "n"], expect: (f) => expect(f).toContain("step 1 of 4") },
  edit: { lesson: "grid", expect: (f) => expect(f).toContain("Editing X 3×3") },
  lrDown: { lesson: "grid", expect: (f) => expect(f).toContain("lr 0.476") },
  lrUp: { lesson: "grid", expect: (f) => expect(f).toContain("lr 0.525") },
  more: { lesson: "grid", expect: (f) => expect(f).toContain("more: 1") },
  otherData: { lesson: "grid", expect: (f) => expect(f).toMatch(/^\[8\]\[7\] 6/m) },
  lrHalve: { lesson: "grid", expect: (f) => expect(f).toContain("lr 0.250") },
  lrDouble: { lesson: "grid", expect: (f) => expect(f).toMatch(/lr 1 ·/) },
  reseed: { lesson: "grid", expect: (f) => expect(f).toContain(`seed ${seedFor(0)}`) },
  scrollDown: { lesson: "other", size: SMALL, expect: (f) => expect(f).not.toContain("Only step") },
  scrollUp: { lesson: "other", size: SMALL, before: ["v"], expect: (f) => expect(f).toContain("Only step") },
  numbersPage: { lesson: "other", size: SMALL, expect: (f) => expect(f).toMatch(/numbers page 2 of \d/) },
  toMenu: { lesson: "grid", expect: (f) => expect(f).toContain("› 1. Fixture grid") },
  editMove: {
    lesson: "grid",
    before: ["e", "5"],
    // Any arrow keeps the typed 5 in the cell it was typed into.
    expect: (f) => expect(editorRow(f)).toMatch(/^[<\s]5[>\s]/),
  },
  editType: { lesson: "grid", before: ["e"], sample: "7", expect: (f) => expect(editorRow(f)).toContain("<7_>") },
  editDelete: { lesson: "grid", before: ["e", "7", "8"], expect: (f) => expect(editorRow(f)).toContain("<7_>") },
  editSwitch: { lesson: "grid", before: ["e"], expect: (f) => expect(f).toContain("Editing K (kernel) 2×2") },
  editAccept: {
    lesson: "grid",
    before: ["e", "9"],
    expect: (f) => {
      expect(f).not.toContain("Editing");
      expect(f).toMatch(/^\[9\]\[1\] 2/m);
    },
  },
  editCancel: {
    lesson: "grid",
    before: ["e", "9"],
    expect: (f) => {
      expect(f).not.toContain("Editing");
      expect(f).toMatch(/^\[0\]\[1\] 2/m);
    },
  },
  exercises: { lesson: "grid", expect: (f) => expect(f).toContain("exercise 1 of 2") },
  exCheck: { lesson: "grid", before: ["x"], expect: (f) => expect(f).toContain("Not yet: K sums to 0, n is 0.") },
  exHint: { lesson: "grid", before: ["x"], expect: (f) => expect(f).toContain("Hint 1: Four numbers that add up to 10.") },
  exBack: { lesson: "grid", before: ["x"], expect: (f) => expect(f).toContain("step 1 of 4") },
  exField: {
    lesson: "grid",
    before: ["x"],
    // The number n is now edited (a single number shows no "1×1"); K is drawn plain.
    expect: (f) => expect(f).toMatch(/^K \(kernel\) 2×2 +Editing n {2}/m),
  },
  exMove: { lesson: "grid", before: ["x", "5"], expect: (f) => expect(editorRow(f)).toMatch(/^[<\s]5[>\s]/) },
  exType: { lesson: "grid", before: ["x"], sample: "7", expect: (f) => expect(editorRow(f)).toContain("<7_>") },
  exDelete: { lesson: "grid", before: ["x", "7", "8"], expect: (f) => expect(editorRow(f)).toContain("<7_>") },
  exNext: { lesson: "grid", before: ["x"], expect: (f) => expect(f).toContain("exercise 2 of 2") },
  exPrev: { lesson: "grid", before: ["x", "n"], expect: (f) => expect(f).toContain("exercise 1 of 2") },
  // at 60×18 after a check, the task and two hints do not fit: the newest hint is shown, the task a page up
  exScrollUp: {
    lesson: "grid", size: SMALL, before: ["x", KEY.enter, "h", "h"],
    expect: (f) => {
      expect(f).toContain("Make K sum to 10");
      expect(f).toMatch(/▼ more · v or PgDn/);
    },
  },
  exScrollDown: { lesson: "grid", size: SMALL, before: ["x", KEY.enter, "h", "h", KEY.pageUp], expect: (f) => expect(f).toContain("Hint 2: Try 1, 2, 3, 4.") },
  exReset: {
    lesson: "grid",
    before: ["x", "9", KEY.enter],
    expect: (f) => {
      expect(f).not.toContain("Not yet");
      expect(editorRow(f)).toMatch(/^<0>/);
    },
  },
  practiceHint: { app: "practice", expect: (f) => expect(f).toContain("Hint 1/3: Start with the output") },
  practiceNext: { app: "practice", expect: (f) => expect(f).toContain("02-conv2d-block (2/9)") },
  practicePrev: { app: "practice", before: ["n"], expect: (f) => expect(f).toContain("01-corr2d (1/9)") },
  practiceList: { app: "practice", expect: (f) => expect(f).toMatch(/^❯ · 01-corr2d/m) },
  practiceCheck: { app: "practice", expect: (f) => expect(f).toContain("checking…") },
  practiceQuit: { app: "practice", expect: "exits" },
  practiceListUp: { app: "practice", before: ["l", KEY.down], expect: (f) => expect(f).toMatch(/^❯ · 01-corr2d/m) },
  practiceListDown: { app: "practice", before: ["l"], expect: (f) => expect(f).toMatch(/^❯ · 02-conv2d-block/m) },
  practiceListOpen: { app: "practice", before: ["l", KEY.down], expect: (f) => expect(f).toContain("02-conv2d-block (2/9)") },
  practiceListClose: { app: "practice", before: ["l"], expect: (f) => expect(f).toContain("file: ") },
};

/** The watch screen on a fresh workspace, its first check done (the stub: not done yet). */
async function startPractice(s: Scenario): Promise<Rendered> {
  const home = mkdtempSync(join(tmpdir(), "convlab-keys-"));
  const dir = initWorkspace(join(home, "ws"), "en").dir;
  const r = renderTerminal(<PracticeApp dir={dir} lang="en" env={{}} store={openStore({ dir: home })} solved={Array(9).fill(false)} size={{ columns: 100, rows: 30 }} />, { columns: 100, rows: 30 });
  await waitForText(r, "not done yet", 15_000);
  await pressAll(r, s.before ?? []);
  return r;
}

async function start(s: Scenario): Promise<Rendered> {
  if (s.app === "practice") return startPractice(s);
  const size = s.size ?? { columns: 100, rows: 30 };
  const r = renderTerminal(<App lessons={fixtureLessons} exercises={fixtureExercises} lang="en" lesson={s.lesson} size={size} />, size);
  await waitForText(r, "convlab");
  await pressAll(r, s.before ?? []);
  return r;
}

describe("every key does what the help says", () => {
  const cases = (Object.keys(keyMap) as Command[]).flatMap((command) =>
    (keyMap[command].keys as readonly KeySpec[]).map((spec) => [command, spec] as const),
  );
  test.each(cases)("%s via %j", async (command, spec) => {
    const scenario = scenarios[command];
    const r = await start(scenario);
    const input = sequenceFor(spec, scenario.sample);
    if (scenario.expect === "exits") {
      r.stdin.write(input);
      await r.instance.waitUntilExit();
      return;
    }
    scenario.expect(await press(r, input));
  });
});

describe("keys in context", () => {
  test("Ctrl+C quits from the help overlay too", async () => {
    const r = await start({ expect: "exits", before: ["?"] });
    r.stdin.write(KEY.ctrlC);
    await r.instance.waitUntilExit();
  });

  test("? and Esc close the help overlay; the screen underneath is unchanged", async () => {
    const r = await start({ lesson: "grid", before: ["n"], expect: "exits" });
    const lesson = r.frame();
    await press(r, "?");
    expect(await press(r, KEY.escape)).toBe(lesson);
    await press(r, "?");
    expect(await press(r, "?")).toBe(lesson);
  });

  test("in the editor, q, e and ? are typed, not commands", async () => {
    const r = await start({ lesson: "grid", before: ["e"], expect: "exits" });
    const f = await pressAll(r, ["q", "e", "?"]);
    expect(editorRow(f)).toContain("<qe?_>");
  });

  test("a refused entry is shown inline with the reason and the old value stays", async () => {
    const r = await start({ lesson: "grid", before: ["e", "a", "b", "c"], expect: "exits" });
    const f = await press(r, KEY.enter);
    expect(f).toContain("Refused: “abc” is not a number; the old value stays.");
    expect(editorRow(f)).toMatch(/^<0>/);
  });

  test("pasted text arrives as one chunk and is typed whole", async () => {
    const r = await start({ lesson: "grid", before: ["e"], expect: "exits" });
    const f = await press(r, "-12.5");
    expect(editorRow(f)).toContain("<-12.5_>");
    expect(await press(r, KEY.enter)).toMatch(/^\[-12\.500\]/m);
  });

  test("the language key switches every text live, notices included", async () => {
    const r = await start({ lesson: "grid", before: ["s"], expect: "exits" });
    expect(r.frame()).toContain(`New seed: ${seedFor(0)}`);
    const zh = await press(r, "t");
    expect(zh).toContain("第 1/4 步");
    expect(zh).toContain(`新的随机种子：${seedFor(0)}`);
    expect(zh).toContain("q Esc 菜单");
    expect(await press(r, "t")).toContain("step 1 of 4");
  });

  test("keys that arrive in one chunk (fast typing, tmux send-keys) act one by one", async () => {
    const r = await start({ expect: "exits" });
    expect(await press(r, "j\r")).toContain("2. Another fixture · lesson 2 of 2");
    await press(r, "q");
    const f = await press(r, "k\rnnn");
    expect(f).toContain("step 4 of 4");
    const edited = await press(r, "e7\r");
    expect(edited).not.toContain("Editing");
    expect(edited).toMatch(/^\[7\]\[1\] 2/m);
  });

  test("an exercise solved: checked by the exercise, marked solved, counted on the menu", async () => {
    const r = await start({ lesson: "grid", before: ["x", "1", KEY.right, "2", KEY.down, "4", KEY.left, "3", KEY.tab, "3"], expect: "exits" });
    const f = await press(r, KEY.enter);
    expect(f).toContain("Right: K sums to 10 and n is 3.");
    expect(f).toContain("✓ solved");
    await press(r, "q");
    const menu = await press(r, "q");
    expect(menu).toContain("1 of 2 exercises solved");
  });

  test("x on a lesson without exercises says so", async () => {
    const r = await start({ lesson: "other", expect: "exits" });
    expect(await press(r, "x")).toContain("This lesson has no exercises.");
  });
});
