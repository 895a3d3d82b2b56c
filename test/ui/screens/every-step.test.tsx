// Issue 11 §1, as a property: every step of every lesson and every exercise, drawn at 80×24,
// 100×30 and 120×40 in both languages. Every number of the frame's matrices, equations and
// scalars is on screen, or on another page of numbers behind the visible "▼ more · Tab" mark
// (so is a plot);
// no line is wider than the terminal, and the live area stays shorter than it.
import stringWidth from "string-width";
import { afterEach, describe, expect, test } from "vitest";
import { formatNumber } from "../../../lessons/format.ts";
import type { Frame } from "../../../lessons/frame.ts";
import type { Lang } from "../../../src/i18n.ts";
import { exercises, exercisesFor } from "../../../lessons/exercises.ts";
import { lessons } from "../../../lessons/index.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { isPicture, planLesson, type Size } from "../../../src/draw/plan.ts";
import { LabShell } from "../../../src/ui/components/LabShell.tsx";
import { ExerciseScreen } from "../../../src/ui/screens/ExerciseScreen.tsx";
import { LessonScreen } from "../../../src/ui/screens/LessonScreen.tsx";
import { openExercises } from "../../../src/ui/state/exercise.ts";
import { openSession } from "../../../src/ui/state/session.ts";
import { uiStrings } from "../../../src/ui/strings.ts";
import { darkTheme } from "../../../src/ui/theme.ts";
import { waitForFrame } from "../../helpers/keys.ts";
import { cleanupRendered, renderTerminal, type Rendered } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const SIZES: Size[] = [
  { columns: 80, rows: 24 },
  { columns: 100, rows: 30 },
  { columns: 120, rows: 40 },
];
const LANGS: Lang[] = ["en", "zh"];

/** Every state a learner can step to, from the lesson's defaults. */
function statesOf(lesson: Lesson): unknown[] {
  const states = [lesson.init()];
  for (let i = 0; i < 200 && !lesson.frame(states.at(-1)!, "en").done; i++) states.push(lesson.next(states.at(-1)!));
  return states;
}

/** The numbers a learner must be able to find: matrix cells, equation numbers, scalars. */
function numbersOf(frame: Frame): string[] {
  const cells = frame.matrices
    .filter((m) => !isPicture(m))
    .flatMap((m) => m.values.flatMap((row, i) => row.flatMap((v, j) => (m.pending?.some(([r, c]) => r === i && c === j) ? [] : [formatNumber(v, m.format)]))));
  const equations = frame.equations.flatMap((e) => e.tokens.flatMap((t) => t.text.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?/g) ?? []));
  const scalars = frame.scalars.map((s) => formatNumber(s.value, s.format));
  return [...new Set([...cells, ...equations, ...scalars])];
}

function expectWhole(f: string, size: Size, where: string): void {
  const lines = f.split("\n");
  expect(lines.length, `${where}: taller than the live area`).toBeLessThanOrEqual(size.rows - 1);
  for (const line of lines) expect(stringWidth(line), `${where}: wider than ${size.columns}: ${line}`).toBeLessThanOrEqual(size.columns);
}

/** One terminal per size, re-rendered for each screen (mounting Ink afresh costs more than drawing). */
function terminal(size: Size) {
  let r: Rendered | undefined;
  return async (node: React.ReactElement): Promise<string> => {
    const shell = <LabShell theme={darkTheme} size={size}>{node}</LabShell>;
    if (!r) {
      r = renderTerminal(shell, size);
      return waitForFrame(r, (x) => x !== "", "a frame");
    }
    const before = r.count();
    r.instance.rerender(shell);
    return waitForFrame(r, () => r!.count() > before, "the next frame");
  };
}

/** Pages of numbers the planner makes for this frame (1 when they fit). */
function pagesOf(frame: Frame, size: Size, lang: Lang, outcomeLines: number): number {
  return planLesson(frame, size, { words: uiStrings(lang), footerLines: outcomeLines }).numbers.pages.length;
}

describe.each(lessons.map((l) => [l.id, l] as const))("%s: every step whole", (_id, lesson) => {
  test.each(LANGS)("in %s at 80×24, 100×30 and 120×40", async (lang) => {
    const count = exercisesFor(lesson.id).length;
    const draws = SIZES.map(terminal);
    for (const state of statesOf(lesson)) {
      const frame = lesson.frame(state, lang);
      for (const [s, size] of SIZES.entries()) {
        const draw = draws[s]!;
        const where = `${lesson.id} step ${frame.step + 1} ${lang} ${size.columns}×${size.rows}`;
        const seen: string[] = [];
        // enough pages to see every one (the planner's count is at most this)
        const pages = pagesOf(frame, size, lang, 4);
        for (let page = 0; page < Math.max(pages, 1) + 1; page++) {
          const session = { ...openSession(lesson), state, page };
          const f = await draw(<LessonScreen session={session} frame={frame} position={lesson.number} lessonCount={lessons.length} exerciseCount={count} lang={lang} size={size} />);
          expectWhole(f, size, where);
          seen.push(f);
          if (!/Tab/.test(f)) break;
        }
        const screen = seen.join("\n");
        for (const n of numbersOf(frame)) expect(screen, `${where}: ${n} is not on screen`).toContain(n);
        // a plot (lesson 3's landscape) is beside the numbers or on a page of its own
        for (const plot of frame.plots ?? []) expect(screen, `${where}: the plot "${plot.title}" is not reachable`).toContain(plot.title.slice(0, 12));
      }
    }
  }, 180_000);
});

describe("every exercise whole", () => {
  test.each(LANGS)("in %s at 80×24, 100×30 and 120×40", async (lang) => {
    const draws = SIZES.map(terminal);
    for (const [i, exercise] of exercises.entries()) {
      const lesson = lessons.find((l) => l.id === exercise.lesson)!;
      const work = openExercises(exercises, i);
      for (const [s, size] of SIZES.entries()) {
        const f = await draws[s]!(<ExerciseScreen work={work} lesson={lesson} solved={[]} lang={lang} size={size} />);
        const where = `${exercise.id} ${lang} ${size.columns}×${size.rows}`;
        expectWhole(f, size, where);
        expect(f, `${where}: the answer is not on screen`).toContain(lang === "en" ? "Editing" : "编辑");
      }
    }
  }, 60_000);
});
