// What every renderer may expect of the chapter's lessons (4–8), checked the same way for all:
// registered in order, well-formed plain-data frames in both languages, determinism, back
// retracing next, states never mutated, shown code in run order, texts complete in both languages.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../lessons/frame.ts";
import { findLesson, lessons } from "../../lessons/index.ts";
import type { Lesson, LessonAction, LessonOptions } from "../../lessons/lesson.ts";
import * as code4 from "../../lessons/04-convolution-vs-correlation/code.ts";
import * as code5 from "../../lessons/05-padding-stride/code.ts";
import * as code6 from "../../lessons/06-channels/code.ts";
import * as code7 from "../../lessons/07-pooling/code.ts";
import * as code8 from "../../lessons/08-lr-stability/code.ts";
import * as code9 from "../../lessons/09-your-picture/code.ts";
import { en as en4 } from "../../lessons/04-convolution-vs-correlation/text.en.ts";
import { zh as zh4 } from "../../lessons/04-convolution-vs-correlation/text.zh.ts";
import { en as en5 } from "../../lessons/05-padding-stride/text.en.ts";
import { zh as zh5 } from "../../lessons/05-padding-stride/text.zh.ts";
import { en as en6 } from "../../lessons/06-channels/text.en.ts";
import { zh as zh6 } from "../../lessons/06-channels/text.zh.ts";
import { en as en7 } from "../../lessons/07-pooling/text.en.ts";
import { zh as zh7 } from "../../lessons/07-pooling/text.zh.ts";
import { en as en8 } from "../../lessons/08-lr-stability/text.en.ts";
import { zh as zh8 } from "../../lessons/08-lr-stability/text.zh.ts";
import { en as en9 } from "../../lessons/09-your-picture/text.en.ts";
import { zh as zh9 } from "../../lessons/09-your-picture/text.zh.ts";
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

describe.each([
  ["convolution-vs-correlation", code4, ["04-convolution-vs-correlation/run.ts"]],
  ["padding-stride", code5, ["05-padding-stride/run.ts"]],
  ["channels", code6, ["06-channels/run.ts"]],
  ["pooling", code7, ["07-pooling/run.ts"]],
  // lesson 8 runs lesson 3's data and training loop once per learning rate
  ["lr-stability", code8, ["03-learn-kernel/run.ts", "08-lr-stability/run.ts"]],
  ["your-picture", code9, ["09-your-picture/run.ts"]],
] as const)("%s code", (id, { CODE, LINES }, files) => {
  const source = files.flatMap((f) => readFileSync(new URL(`../../lessons/${f}`, import.meta.url), "utf8").split("\n").map((l) => l.trim()));
  it("shows only lines that run, in the order they appear in the source", () => {
    let from = 0;
    for (const line of CODE) {
      const at = source.indexOf(line.trim(), from);
      expect(at, `"${line.trim()}" is not in ${files.join(" or ")} (after line ${from})`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });
  it("marks lines that exist, and every frame shows exactly this code", () => {
    for (const n of Object.values(LINES).flat(2)) expect(n >= 0 && n < CODE.length).toBe(true);
    for (const f of walk(findLesson(id)!)) expect(f.code.lines).toEqual(CODE);
  });
});

type Tree = Record<string, unknown>;
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "function" ? [`${prefix}${k}()`] : v && typeof v === "object" ? keys(v as Tree, `${prefix}${k}.`) : [`${prefix}${k}`],
  ).sort();

describe.each([
  ["convolution-vs-correlation", en4, zh4],
  ["padding-stride", en5, zh5],
  ["channels", en6, zh6],
  ["pooling", en7, zh7],
  ["lr-stability", en8, zh8],
  ["your-picture", en9, zh9],
])("%s texts", (_, en, zh) => {
  it("have the same keys, nested ones included, in both languages", () => {
    expect(keys(zh as unknown as Tree)).toEqual(keys(en as unknown as Tree));
  });
  it("are not empty, and no Chinese sentence is a copy of the English", () => {
    const leaves = (t: Tree): unknown[] => Object.values(t).flatMap((v) => (v && typeof v === "object" ? leaves(v as Tree) : [v]));
    const zhLeaves = leaves(zh as unknown as Tree);
    const enLeaves = leaves(en as unknown as Tree);
    for (const v of zhLeaves) if (typeof v === "string") expect(v.length).toBeGreaterThan(0);
    expect(zhLeaves.filter((v, i) => typeof v === "string" && v === enLeaves[i] && /[a-z]{3,}\s+[a-z]{3,}/i.test(v))).toEqual([]);
  });
});
