// What every lesson owes every renderer: a registry entry, frames that are plain JSON data
// with in-range cells and code lines, determinism, and back/next that retrace the same steps.
import { describe, expect, it } from "vitest";
import { LANGS, type Frame } from "../../lessons/frame.ts";
import { findLesson, lessons } from "../../lessons/index.ts";
import type { Lesson, LessonOptions } from "../../lessons/lesson.ts";
import { walk } from "./helpers.ts";

/** Each lesson with option sets that cover its branches. */
const cases: [string, LessonOptions][] = [
  ["cross-correlation", {}],
  ["cross-correlation", { x: "[[1,2,3,4],[5,6,7,8]]", k: "[[1],[-1]]" }],
  ["conv2d-layer", {}],
  ["conv2d-layer", { k: "[[1],[-1]]", seed: "3" }],
  ["learn-kernel", {}],
  ["learn-kernel", { preset: "d2l" }],
  ["learn-kernel", { epochs: "60" }],
  ["learn-kernel", { lr: "1e6", epochs: "50" }],
];

/** JSON round trip, with the non-finite numbers JSON turns into null put back for comparison. */
function jsonSafe(frame: Frame): void {
  const text = JSON.stringify(frame);
  const back = JSON.parse(text);
  const restore = (a: unknown, b: unknown): unknown =>
    typeof a === "number" && !Number.isFinite(a) && b === null ? a
    : Array.isArray(a) ? a.map((x, i) => restore(x, (b as unknown[])[i]))
    : a && typeof a === "object" ? Object.fromEntries(Object.entries(a).map(([k, v]) => [k, restore(v, (b as Record<string, unknown>)[k])]))
    : b;
  expect(restore(frame, back)).toEqual(frame);
}

describe("the registry", () => {
  it("lists the three notebook lessons in order, by id and by number", () => {
    expect(lessons.slice(0, 3).map((l) => [l.number, l.id])).toEqual([[1, "cross-correlation"], [2, "conv2d-layer"], [3, "learn-kernel"]]);
    expect(findLesson("learn-kernel")?.number).toBe(3);
    expect(findLesson("2")?.id).toBe("conv2d-layer");
    expect(findLesson("nope")).toBeUndefined();
  });

  it("titles as the notebook names them, in both languages", () => {
    expect(lessons.slice(0, 3).map((l) => l.title.zh)).toEqual(["二维互相关运算", "二维卷积层", "通过数据学习核数组"]);
    expect(lessons.slice(0, 3).map((l) => l.title.en)).toEqual(["2-D cross-correlation", "The 2-D convolutional layer", "Learning a kernel from data"]);
  });
});

describe.each(cases)("%s %j", (id, options) => {
  const lesson = findLesson(id) as Lesson;

  it.each(LANGS)("every frame (%s) is well-formed plain data", (lang) => {
    const frames = walk(lesson, options, lang);
    frames.forEach((f, i) => {
      expect(f.lesson).toBe(id);
      expect(f.step).toBe(i);
      expect(f.steps).toBe(frames.length);
      expect(f.done).toBe(i === frames.length - 1);
      expect(f.outcome === undefined).toBe(!f.done);
      expect(f.heading.length).toBeGreaterThan(0);
      expect(f.narrative.length).toBeGreaterThan(0);
      for (const p of f.narrative) expect(p.length).toBeGreaterThan(0);
      for (const p of f.narrative) expect(p).not.toMatch(/undefined|\[object/);
      expect(f.code.lines.length).toBeGreaterThan(0);
      for (const n of f.code.current) expect(n >= 0 && n < f.code.lines.length).toBe(true);
      const ids = f.matrices.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const m of f.matrices) {
        const rows = m.values.length;
        const cols = m.values[0]!.length;
        expect(m.values.every((r) => r.length === cols)).toBe(true);
        for (const [r, c] of [...(m.window ?? []), ...(m.current ?? []), ...(m.pending ?? [])]) {
          expect(r >= 0 && r < rows && c >= 0 && c < cols, `${m.id} cell ${r},${c}`).toBe(true);
        }
      }
      jsonSafe(f);
    });
  });

  it("is deterministic: the same options give the same frames", () => {
    expect(walk(lesson, options)).toEqual(walk(lesson, options));
  });

  it("back retraces next, step by step, to the first step (and stays there)", () => {
    const forward = walk(lesson, options);
    let state = lesson.init(options);
    for (let i = 1; i < forward.length; i++) state = lesson.next(state);
    expect(lesson.frame(lesson.next(state), "en")).toEqual(forward.at(-1)); // next on the last step: unchanged
    for (let i = forward.length - 1; i >= 0; i--) {
      expect(lesson.frame(state, "en")).toEqual(forward[i]);
      state = lesson.back(state);
    }
    expect(lesson.frame(state, "en")).toEqual(forward[0]); // back on the first step: unchanged
  });

  it("never mutates a state it is given", () => {
    const state = lesson.init(options);
    const before = JSON.stringify(lesson.frame(state, "en"));
    lesson.next(state);
    lesson.update(state, { type: "reset" });
    lesson.update(state, { type: "edit", matrix: "X", values: [[1, 2], [3, 4]] });
    expect(JSON.stringify(lesson.frame(state, "en"))).toBe(before);
  });

  it("summarize is plain JSON", () => {
    const summary = lesson.summarize(lesson.init(options));
    expect(JSON.parse(JSON.stringify(summary))).toBeTypeOf("object");
  });
});
