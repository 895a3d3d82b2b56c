// Issue 11 §1: snapshots at 80×24 of each lesson's densest step (the most lines of numbers at
// 80 columns), in English and Chinese, through the project's own terminal helper (the size is
// not ink-testing-library's 100 columns). The property test (every-step.test.tsx) checks every
// step; these show what a learner sees where it is tightest.
import { afterEach, describe, expect, test } from "vitest";
import { exercisesFor } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import type { Lang } from "../../../src/i18n.ts";
import { blocksHeight, numbersBlocks } from "../../../src/draw/plan.ts";
import { LabShell } from "../../../src/ui/components/LabShell.tsx";
import { LessonScreen } from "../../../src/ui/screens/LessonScreen.tsx";
import { openSession } from "../../../src/ui/state/session.ts";
import { uiStrings } from "../../../src/ui/strings.ts";
import { darkTheme } from "../../../src/ui/theme.ts";
import { waitForFrame } from "../../helpers/keys.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const SIZE = { columns: 80, rows: 24 };

/** The state of the step whose numbers take the most lines at 80 columns (the first such). */
function densest(lesson: Lesson, lang: Lang): unknown {
  let state = lesson.init();
  let best = { state, height: -1 };
  for (let i = 0; i < 200; i++) {
    const frame = lesson.frame(state, lang);
    const height = blocksHeight(numbersBlocks(frame, SIZE.columns, uiStrings(lang)));
    if (height > best.height) best = { state, height };
    if (frame.done) break;
    state = lesson.next(state);
  }
  return best.state;
}

describe.each(lessons.map((l) => [l.id, l] as const))("%s at 80×24, its densest step", (_id, lesson) => {
  test.each<Lang>(["en", "zh"])("in %s", async (lang) => {
    const state = densest(lesson, lang);
    const frame = lesson.frame(state, lang);
    const session = { ...openSession(lesson), state };
    const r = renderTerminal(
      <LabShell theme={darkTheme} size={SIZE}>
        <LessonScreen session={session} frame={frame} position={lesson.number} lessonCount={lessons.length} exerciseCount={exercisesFor(lesson.id).length} lang={lang} size={SIZE} />
      </LabShell>,
      SIZE,
    );
    const f = await waitForFrame(r, (x) => x.includes(uiStrings(lang).stepOf(frame.step + 1, frame.steps)), "the step");
    expect(f.split("\n").length).toBeLessThan(SIZE.rows);
    expect(f).toMatchSnapshot();
  });
});

test("80×24, lesson 4's last-but-one step: its two loss curves, equal at every iteration, draw the same bars", async () => {
  const lesson = lessons.find((l) => l.id === "convolution-vs-correlation")!;
  let state = lesson.init();
  for (let i = 0; i < 7; i++) state = lesson.next(state);
  const frame = lesson.frame(state, "en");
  const [a, b] = frame.series;
  expect(a!.values).toEqual(b!.values);
  for (const page of [0, 1]) {
    const session = { ...openSession(lesson), state, page };
    const r = renderTerminal(
      <LabShell theme={darkTheme} size={SIZE}>
        <LessonScreen session={session} frame={frame} position={lesson.number} lessonCount={lessons.length} lang="en" size={SIZE} />
      </LabShell>,
      SIZE,
    );
    const f = await waitForFrame(r, (x) => x.includes("step 8 of"), "lesson 4 step 8");
    const bars = (label: string) => f.split("\n").map((l) => (l.startsWith(label) ? l.slice(label.length).match(/^ +([▁▂▃▄▅▆▇█]+)/)?.[1] : undefined)).find(Boolean);
    if (!f.includes(a!.label)) continue; // the curves are on the other page
    expect(bars(a!.label)).toBeDefined();
    expect(bars(a!.label)).toBe(bars(b!.label));
    return;
  }
  throw new Error("the loss curves are on neither page");
});
