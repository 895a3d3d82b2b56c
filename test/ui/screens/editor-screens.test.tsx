// The editor on screen (issue 11 §2), through the App and the key map: snapshots at
// ink-testing-library's 100 columns, 80×24 through the project's own terminal.
import { afterEach, expect, test } from "vitest";
import { exercises } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import { App } from "../../../src/ui/App.tsx";
import { KEY, press, pressAll, waitForFrame } from "../../helpers/keys.ts";
import { cleanupRendered, renderScreen, renderTerminal, SCREEN_COLUMNS, type Screen } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const NARROW = { columns: 80, rows: 24 };

async function open(lesson: string, size = { columns: SCREEN_COLUMNS, rows: 36 }): Promise<Screen> {
  const app = <App lessons={lessons} exercises={exercises} lang="en" lesson={lesson} size={size} />;
  const r = size.columns === SCREEN_COLUMNS ? renderScreen(app) : renderTerminal(app, size);
  await waitForFrame(r, (f) => f !== "", "the first frame");
  return r;
}

/** The editor's lines: its title and the rows under it, up to the blank line. */
function editorBlock(frame: string): string[] {
  const lines = frame.split("\n");
  const start = lines.findIndex((l) => l.startsWith("Editing"));
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start, end);
}

test("lesson 1: Tab keeps X's draft (named in the editor's title), Enter applies X and K", async () => {
  const r = await open("cross-correlation");
  const f = await pressAll(r, ["e", "9", KEY.right, KEY.tab, "7", KEY.right]);
  expect(f).toContain("Editing K (kernel) 2×2 · X changed too");
  expect(f).toMatchSnapshot();
  const applied = await press(r, KEY.enter);
  expect(applied).not.toContain("Editing");
  expect(applied).toMatch(/^ 9 +1 +2 +7 +1 /m);
});

test("80×24, lesson 2's 6×8 image: the title and every row, the cursor visible as it moves down", async () => {
  const r = await open("conv2d-layer", NARROW);
  await pressAll(r, ["n", "e"]);
  for (let row = 1; row <= 5; row++) {
    const block = editorBlock(await press(r, KEY.down));
    expect(block[0]).toBe("Editing X (image) 6×8");
    expect(block).toHaveLength(7);
    expect(block[1 + row]).toMatch(/^<1>/);
  }
  expect(r.frame().split("\n").length).toBeLessThan(NARROW.rows);
});

test("80×24, lesson 3: the values never paint over the editor's title", async () => {
  const r = await open("learn-kernel", NARROW);
  const block = editorBlock(await press(r, "e"));
  expect(block[0]).toMatch(/^Editing W \(initial\) 1×2$/);
  expect(block[1]).toMatch(/^<-?\d\.\d+> +-?\d\.\d+$/);
});

test("a paste longer than a cell: one short refusal line, nothing spilled", async () => {
  const r = await open("lr-stability", NARROW);
  await pressAll(r, ["x", "n"]);
  const paste = "0.0152".repeat(200);
  const f = await press(r, paste);
  expect(f).toContain("Refused: too long for one cell (1200 characters); the old value stays.");
  expect(f).not.toContain("0.01520.0152");
  for (const line of f.split("\n")) expect(line.length).toBeLessThanOrEqual(NARROW.columns);
  expect(f.split("\n").length).toBeLessThan(NARROW.rows);
});

test("an exercise: 0.015, Enter, Backspace, 6 shows 0.016 being typed", async () => {
  const r = await open("lr-stability");
  await pressAll(r, ["x", "n", "0.015", KEY.enter]);
  expect(await press(r, KEY.backspace)).toContain("<0.01_>");
  expect(await press(r, "6")).toContain("<0.016_>");
});

test("80×24, a verdict taller than the room (diagonal-edge): the reason stays, what was computed is paged behind a mark, v reads on", async () => {
  const r = await open("conv2d-layer", NARROW);
  await pressAll(r, ["x", "n"]);
  const first = await press(r, KEY.enter);
  expect(first).toContain("Your kernel finds nothing on the ↘ edge of D");
  expect(first).toContain("▼ more · v or PgDn (what was computed, page 1 of 2)");
  expect(first.split("\n").length).toBeLessThan(NARROW.rows);
  const second = await press(r, "v");
  expect(second).toContain("Your kernel finds nothing on the ↘ edge of D");
  expect(second).toContain("page 2 of 2");
  // corr2d(M, K) whole: its title and all six rows
  const lines = second.split("\n");
  const at = lines.findIndex((l) => l.startsWith("corr2d(M, K) 6×6"));
  expect(at).toBeGreaterThan(0);
  expect(lines.slice(at + 1, at + 7).every((l) => /^ *[01]( +[01]){5}$/.test(l))).toBe(true);
});
