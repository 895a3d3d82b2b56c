// The lab as a whole: play mode, progress callbacks, a crashing lesson, the theme switch.
import { afterEach, expect, test, vi } from "vitest";
import { App, LabErrorBoundary } from "../../../src/ui/App.tsx";
import { plainTheme, darkTheme, themeFor } from "../../../src/ui/theme.ts";
import { DEFAULT_SPEED, SPEEDS } from "../../../src/ui/state/play.ts";
import { KEY, pressAll, waitForFrame, waitForText } from "../../helpers/keys.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";
import { fixtureExercises, fixtureLessons, gridLesson } from "../fixtures/lessons.ts";

afterEach(cleanupRendered);

const SIZE = { columns: 100, rows: 30 };

test("play advances by itself and stops on the last step", async () => {
  const r = renderTerminal(<App lessons={fixtureLessons} lang="en" lesson="grid" size={SIZE} />, SIZE);
  await waitForText(r, "step 1 of 4");
  // Fastest speed, so the test waits a few frames, not seconds.
  await pressAll(r, [...Array(SPEEDS.length - 1 - DEFAULT_SPEED).fill("+"), " "]);
  const end = await waitForFrame(r, (f) => f.includes("step 4 of 4") && !f.includes("playing"), "play to stop at the end");
  expect(end).toContain("Y is complete.");
});

test("the progress store hears which lessons are opened and finished", async () => {
  const onSeen = vi.fn();
  const onDone = vi.fn();
  const r = renderTerminal(<App lessons={fixtureLessons} lang="en" size={SIZE} progress={{ done: ["other"], onSeen, onDone, warning: "Progress will not be saved." }} />, SIZE);
  const menu = await waitForText(r, "1 of 2 lessons done");
  expect(menu).toContain("Progress will not be saved.");
  expect(menu).toContain("2. Another fixture ✓");
  await pressAll(r, [KEY.enter, "n", "n", "n"]);
  // The store is told from an effect, which runs just after the frame is drawn.
  await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith("grid"));
  expect(onDone).toHaveBeenCalledTimes(1);
  expect(onSeen).toHaveBeenCalledWith("grid");
  const back = await pressAll(r, ["q"]);
  expect(back).toContain("2 of 2 lessons done");
  expect(back).toContain("1. Fixture grid ✓");
});

test("a lesson that throws while drawing shows one line, no stack trace, and q quits", async () => {
  const broken = { ...gridLesson, frame: () => { throw new Error("frame exploded"); } };
  const r = renderTerminal(
    <LabErrorBoundary lang="en">
      <App lessons={[broken]} lang="en" lesson="grid" size={SIZE} />
    </LabErrorBoundary>,
    SIZE,
  );
  const f = await waitForText(r, "Something went wrong");
  expect(f).toBe("Something went wrong: frame exploded. Press q to quit.");
  r.stdin.write("q");
  await r.instance.waitUntilExit();
});

test("NO_COLOR (any non-empty value) selects the colourless theme", () => {
  expect(themeFor({ NO_COLOR: "1" })).toBe(plainTheme);
  expect(themeFor({ NO_COLOR: "" })).toBe(darkTheme);
  expect(themeFor({})).toBe(darkTheme);
});

test("with the colourless theme the lesson screen has no colour codes, only bold", async () => {
  const r = renderTerminal(<App lessons={fixtureLessons} lang="en" lesson="grid" size={SIZE} theme={plainTheme} />, SIZE);
  await waitForText(r, "step 1 of 4");
  expect(r.rawFrame()).not.toMatch(/\u001B\[(3\d|9\d|4\d)m/);
  expect(r.frame()).toContain("[0][1] 2");
});

test("each checked answer is reported once, even when the exercises are closed and opened again", async () => {
  const onAttempt = vi.fn();
  const r = renderTerminal(<App lessons={fixtureLessons} exercises={fixtureExercises} lang="en" lesson="grid" size={SIZE} progress={{ done: [], onAttempt }} />, SIZE);
  await waitForText(r, "step 1 of 4");
  await pressAll(r, ["x", KEY.enter]);
  await vi.waitFor(() => expect(onAttempt).toHaveBeenCalledWith("grid-sum", false));
  // Out to the menu, back in, the exercises again: the old check is not reported again.
  await pressAll(r, ["q", "q", KEY.enter, "x", "h"]);
  expect(onAttempt).toHaveBeenCalledTimes(1);
  await pressAll(r, ["1", KEY.enter]);
  await vi.waitFor(() => expect(onAttempt).toHaveBeenCalledTimes(2));
  expect(onAttempt.mock.calls).toEqual([
    ["grid-sum", false],
    ["grid-sum", false],
  ]);
});
