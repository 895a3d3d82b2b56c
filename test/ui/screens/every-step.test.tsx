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
import type { Answer } from "../../../lessons/exercises.ts";
import { currentExercise, openExercises, type ExerciseState } from "../../../src/ui/state/exercise.ts";
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

/** A right answer per exercise (as test/lessons/exercises.test.ts checks them), for the screen after a passing check. */
const RIGHT: Record<string, Answer> = {
  "corr2d-target": { X: [[9, 9, 9], [9, 1, 2], [9, 3, 4]], K: [[0, 0], [0, 1]] },
  "horizontal-edge": { K: [[1], [-1]] },
  "diagonal-edge": { K: [[0, 1], [-1, 0]] },
  "lr-diverge": { lr: 0.02 },
  "lr-converge": { lr: 0.03 },
  "handwritten-conv2d": { lr: 0.0094, epochs: 80 },
  "flip-kernel": { K: [[3, 2], [1, 0]] },
  "output-shape": { shape: [3, 4] },
  "same-shape": { ps: [2, 1] },
  "one-by-one": { W: [[1, 1, 1], [1, 0, -1]] },
  "pool-puzzle": { X: [[0, 0, 0], [0, 4, 0], [0, 0, 0]] },
  "lr-oscillate": { lr: 0.01 },
  "lr-limit": { limit: 0.0152 },
  "picture-blur": { K: [[1, 2, 1], [2, 4, 2], [1, 2, 1]].map((r) => r.map((v) => v / 16)) },
  "picture-horizontal-edges": { K: [[1], [-1]] },
};

/** The numbers an exercise screen must let the learner find: in the task, the hints, the verdict and what it shows. */
function exerciseNumbers(work: ExerciseState, lang: Lang): string[] {
  const text = currentExercise(work).text(lang);
  const words = [...text.prompt, ...text.hints.slice(0, work.hints), ...(work.result ? [work.result.reason[lang]] : [])];
  const inText = words.flatMap((w) => w.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?/g) ?? []);
  const shown = (work.result?.shown ?? []).flatMap((m) => m.values.flat().map((v) => formatNumber(v)));
  return [...new Set([...inText, ...shown])];
}

describe("every exercise whole, with every hint shown, after a failing and a passing check", () => {
  test.each(LANGS)("in %s at 80×24, 100×30 and 120×40", async (lang) => {
    const draws = SIZES.map(terminal);
    for (const [i, exercise] of exercises.entries()) {
      const lesson = lessons.find((l) => l.id === exercise.lesson)!;
      const opened = openExercises(exercises, i);
      const hints = exercise.text(lang).hints.length;
      const right = RIGHT[exercise.id];
      expect(right, `${exercise.id}: add its right answer to RIGHT`).toBeDefined();
      const failed = exercise.check(exercise.start);
      const passed = exercise.check(right!);
      expect(failed.pass, `${exercise.id}: its start passes`).toBe(false);
      expect(passed.pass, `${exercise.id}: RIGHT's answer fails: ${passed.reason.en}`).toBe(true);
      for (const [when, result] of [["none", undefined], ["failing", failed], ["passing", passed]] as const) {
        const work: ExerciseState = { ...opened, hints, result };
        for (const [s, size] of SIZES.entries()) {
          const where = `${exercise.id} ${lang} ${size.columns}×${size.rows} (${when} check)`;
          const seen: string[] = [];
          // every page of the text: the mark says when there is more; it starts over after the last
          for (let scroll = 0; scroll < 12; scroll++) {
            const f = await draws[s]!(<ExerciseScreen work={{ ...work, scroll }} lesson={lesson} solved={[]} lang={lang} size={size} />);
            expectWhole(f, size, where);
            expect(f, `${where}: the answer is not on screen`).toContain(lang === "en" ? "Editing" : "编辑");
            if (seen.includes(f)) break;
            seen.push(f);
            if (!/▼|▲/.test(f)) break;
          }
          const screen = seen.join("\n");
          for (const n of exerciseNumbers(work, lang)) expect(screen, `${where}: ${n} is not on screen`).toContain(n);
          // the last hint's lead (its text may sit beside the answer's column, line by line)
          expect(screen, `${where}: the last hint is not reachable`).toContain(`${uiStrings(lang).hint(hints)}:`);
        }
      }
    }
  }, 180_000);
});
