// What every lesson owes every renderer: a registry entry, frames that are plain JSON data
// with in-range cells and code lines, determinism, and back/next that retrace the same steps.
import { describe, expect, it } from "vitest";
import { LANGS } from "../../lessons/frame.ts";
import { findLesson, lessons } from "../../lessons/index.ts";
import type { Lesson, LessonOptions } from "../../lessons/lesson.ts";
import { expectBackRetracesNext, expectWellFormed, walk } from "./helpers.ts";

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
    expectWellFormed(frames, id);
    for (const f of frames) {
      expect(f.narrative.length).toBeGreaterThan(0);
      for (const p of f.narrative) expect(p.length).toBeGreaterThan(0);
      for (const p of f.narrative) expect(p).not.toMatch(/undefined|\[object/);
      expect(f.code.lines.length).toBeGreaterThan(0);
    }
  });

  it("is deterministic: the same options give the same frames", () => {
    expect(walk(lesson, options)).toEqual(walk(lesson, options));
  });

  it("back retraces next, step by step, to the first step (and stays there)", () => {
    expectBackRetracesNext(lesson, options, walk(lesson, options));
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
