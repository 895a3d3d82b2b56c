// What every renderer may expect of the chapter's lessons (4–9), checked the same way for all:
// registered in order, well-formed plain-data frames in both languages, determinism, back
// retracing next, states never mutated. Shown code: code-drift.test.ts; texts: texts.test.ts.
import { describe, expect, it } from "vitest";
import { LANGS } from "../../lessons/frame.ts";
import { findLesson, lessons } from "../../lessons/index.ts";
import type { Lesson, LessonAction, LessonOptions } from "../../lessons/lesson.ts";
import { expectBackRetracesNext, expectWellFormed, walk } from "./helpers.ts";

const cases: [string, LessonOptions][] = [
  ["convolution-vs-correlation", {}],
  ["convolution-vs-correlation", { x: "[[1,2,3,4],[5,6,7,8]]", k: "[[1],[-1]]", lr: "0.2", epochs: "30" }],
  ["padding-stride", {}],
  ["padding-stride", { n: "4", k: "4", p: "0", s: "3" }],
  ["channels", {}],
  ["channels", { seed: "11" }],
  ["pooling", {}],
  ["pooling", { x: "[[1,-2],[-3,4],[0,0]]" }],
  ["lr-stability", {}],
  ["lr-stability", { preset: "seed", lrs: "0.1,0.016", epochs: "80" }],
  ["your-picture", {}],
  ["your-picture", { picture: "[[0,1,0.5],[1,0,0.25]]", kernel: "sobel-x" }],
];

describe("the registry", () => {
  it("lists the chapter's lessons after the notebook's, numbered 4 to 9", () => {
    expect(lessons.slice(3, 9).map((l) => [l.number, l.id])).toEqual([
      [4, "convolution-vs-correlation"], [5, "padding-stride"], [6, "channels"], [7, "pooling"], [8, "lr-stability"], [9, "your-picture"],
    ]);
    expect(lessons.map((l) => l.number)).toEqual(lessons.map((_, i) => i + 1));
  });
  it("titles the lessons as the book's chapter does, in Chinese", () => {
    expect(lessons.slice(3, 9).map((l) => l.title.zh)).toEqual(["卷积与互相关", "填充和步幅", "多输入通道和多输出通道", "池化层", "学习率与稳定性", "你自己的图片"]);
  });
});

describe.each(cases)("%s %j", (id, options) => {
  const lesson = findLesson(id) as Lesson;

  it.each(LANGS)("every frame (%s) is well-formed plain data", (lang) => {
    const frames = walk(lesson, options, lang);
    expectWellFormed(frames, id);
    for (const f of frames) {
      for (const p of f.narrative) expect(p).toMatch(/\S/);
      for (const p of [f.heading, ...f.narrative]) expect(p).not.toMatch(/undefined|NaN(?!\))|\[object/);
      for (const m of f.matrices) expect(m.values[0]!.length).toBeGreaterThan(0);
    }
  });

  it("is deterministic, and back retraces next to the first step", () => {
    const forward = walk(lesson, options);
    expect(walk(lesson, options)).toEqual(forward);
    expectBackRetracesNext(lesson, options, forward);
  });

  it("never mutates a state it is given", () => {
    const state = lesson.init(options);
    const before = JSON.stringify(lesson.frame(state, "en"));
    lesson.next(state);
    const actions: LessonAction[] = [{ type: "reset" }, { type: "edit", matrix: "X", values: [[1, 2], [3, 4]] }, { type: "scaleLr", factor: 2 }, { type: "reseed", seed: 3 }];
    for (const action of actions) {
      lesson.update(state, action);
    }
    expect(JSON.stringify(lesson.frame(state, "en"))).toBe(before);
  });

  it("summarize is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(lesson.summarize(lesson.init(options))))).toBeTypeOf("object");
  });
});
