// The one contract every lesson in the registry owes every renderer, run over the registry
// itself: numbered in order; well-formed plain-data frames in both languages; deterministic;
// back retracing next; states never mutated; isDone agreeing with the frame; the kit's actions;
// shown code copied from the code that runs; texts, series and exercises as renderers expect.
// A lesson's own steps and numbers are tested beside it (test/lessons/<id>.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n.ts";
import { findLesson, lessons } from "../../lessons/index.ts";
import type { LessonAction, LessonOptions } from "../../lessons/lesson.ts";
import { expectBackRetracesNext, expectWellFormed, stepTo, walk } from "./helpers.ts";

/** Option sets beyond the defaults ({}), chosen to reach each lesson's branches. */
const MORE_OPTIONS: Record<string, LessonOptions[]> = {
  "cross-correlation": [{ x: "[[1,2,3,4],[5,6,7,8]]", k: "[[1],[-1]]" }],
  "conv2d-layer": [{ k: "[[1],[-1]]", seed: "3" }],
  "learn-kernel": [{ preset: "d2l" }, { epochs: "60" }, { lr: "1e6", epochs: "50" }],
  "convolution-vs-correlation": [{ x: "[[1,2,3,4],[5,6,7,8]]", k: "[[1],[-1]]", lr: "0.2", epochs: "30" }],
  "padding-stride": [{ n: "4", k: "4", p: "0", s: "3" }],
  channels: [{ seed: "11" }],
  pooling: [{ x: "[[1,-2],[-3,4],[0,0]]" }],
  "lr-stability": [{ preset: "seed", lrs: "0.1,0.016", epochs: "80" }],
  "your-picture": [{ picture: "[[0,1,0.5],[1,0,0.25]]", kernel: "sobel-x" }],
};

const cases = lessons.flatMap((l) => [{}, ...(MORE_OPTIONS[l.id] ?? [])].map((options) => [l.id, options] as const));

describe("the registry", () => {
  it("numbers the lessons 1, 2, 3… in menu order, with unique ids, found by id or number", () => {
    expect(lessons.map((l) => l.number)).toEqual(lessons.map((_, i) => i + 1));
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    for (const l of lessons) {
      expect(findLesson(l.id)).toBe(l);
      expect(findLesson(String(l.number))).toBe(l);
    }
    expect(findLesson("nope")).toBeUndefined();
    expect(findLesson("03")).toBeUndefined();
  });

  it("titles the lessons as the notebook and the book's chapter name them", () => {
    expect(lessons.map((l) => l.title.zh)).toEqual([
      "二维互相关运算", "二维卷积层", "通过数据学习核数组", "卷积与互相关", "填充和步幅", "多输入通道和多输出通道", "池化层", "学习率与稳定性", "你自己的图片",
    ]);
    expect(lessons.slice(0, 3).map((l) => l.title.en)).toEqual(["2-D cross-correlation", "The 2-D convolutional layer", "Learning a kernel from data"]);
  });

  it("every exercise names the lesson that carries it", () => {
    for (const l of lessons) for (const e of l.exercises) expect(e.lesson).toBe(l.id);
  });
});

describe.each(cases)("%s %j", (id, options) => {
  const lesson = findLesson(id)!;

  it.each(LANGS)("every frame (%s) is well-formed plain data with words in it", (lang) => {
    const frames = walk(lesson, options, lang);
    expectWellFormed(frames, id);
    for (const f of frames) {
      expect(f.narrative.length).toBeGreaterThan(0);
      for (const p of f.narrative) expect(p).toMatch(/\S/);
      for (const p of [f.heading, ...f.narrative]) expect(p).not.toMatch(/undefined|NaN(?!\))|\[object/);
      for (const m of f.matrices) expect(m.values[0]!.length).toBeGreaterThan(0);
      expect(f.code.lines).toEqual(lesson.code.lines);
    }
  });

  it("is deterministic, and back retraces next to the first step", () => {
    const forward = walk(lesson, options);
    expect(walk(lesson, options)).toEqual(forward);
    expectBackRetracesNext(lesson, options, forward);
  });

  it("isDone and step say what the frame's done and step say, at every step, without rendering", () => {
    let state = lesson.init(options);
    for (let i = 0; i < 5000; i++) {
      const { done, step } = lesson.frame(state, "en");
      expect(lesson.isDone(state)).toBe(done);
      expect(lesson.step(state)).toBe(step);
      if (done) return;
      state = lesson.next(state);
    }
  });

  it("never mutates a state it is given", () => {
    const state = lesson.init(options);
    const before = JSON.stringify(lesson.frame(state, "en"));
    lesson.next(state);
    const actions: LessonAction[] = [{ type: "reset" }, { type: "edit", matrix: "X", values: [[1, 2], [3, 4]] }, { type: "scaleLr", factor: 2 }, { type: "reseed", seed: 3 }];
    for (const action of actions) lesson.update(state, action);
    expect(JSON.stringify(lesson.frame(state, "en"))).toBe(before);
  });

  it("summarize is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(lesson.summarize(lesson.init(options))))).toBeTypeOf("object");
  });

  it("every series carries its summary: first, last, smallest finite value (renderers compute nothing)", () => {
    for (const f of walk(lesson, options)) {
      for (const s of f.series) {
        if (s.values.length === 0) {
          expect(s.summary).toBeUndefined();
          continue;
        }
        const finite = s.values.filter(Number.isFinite);
        expect(s.summary, `${s.id}`).toEqual({ first: s.values[0], last: s.values.at(-1), min: finite.length ? Math.min(...finite) : NaN });
      }
    }
  });

  it("Chinese texts never put a space before a closing mark (a wrapped line could start with it)", () => {
    for (const f of walk(lesson, options, "zh")) {
      for (const text of [f.heading, ...f.narrative, f.outcome?.message ?? ""]) expect(text).not.toMatch(/\s[，。、；：！？）]/);
    }
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))("%s", (_id, lesson) => {
  it("reset from the last step gives init's frames back", () => {
    const end = stepTo(lesson, lesson.init(), 5000);
    const reset = lesson.update(end, { type: "reset" });
    expect(reset.ok).toBe(true);
    if (reset.ok) expect(walk(lesson, {}, "en", reset.state)).toEqual(walk(lesson));
  });

  it("an edit of a matrix no frame offers for editing is refused in both languages", () => {
    const u = lesson.update(lesson.init(), { type: "edit", matrix: "nothing-here", values: [[1]] });
    expect(u.ok).toBe(false);
    if (!u.ok) for (const lang of LANGS) expect(u.error[lang]).toContain("nothing-here");
  });

  it("declares exactly the actions its update acts on; a fractional seed is refused or ignored", () => {
    const state = lesson.init({});
    const reseeded = lesson.update(state, { type: "reseed", seed: 12345 });
    const scaled = lesson.update(state, { type: "scaleLr", factor: 0.5 });
    expect(lesson.actions?.includes("reseed"), "reseed").toBe(reseeded.ok && reseeded.state !== state);
    expect(lesson.actions?.includes("scaleLr"), "scaleLr").toBe(!scaled.ok || scaled.state !== state);
    const u = lesson.update(state, { type: "reseed", seed: 0.5 });
    if (u.ok) expect(u.state).toBe(state);
    else expect(u.error.en).toBe("seed must be a whole number, not 0.5.");
  });

  it("offers choices exactly when it acts on `choose`: each named in every language, each a new run or a reason", () => {
    const state = lesson.init({});
    expect(lesson.actions?.includes("choose") ?? false).toBe(lesson.choices !== undefined);
    const names = lesson.choices?.names ?? [];
    for (const lang of LANGS) if (lesson.choices) expect(lesson.choices.what[lang]).toMatch(/\S/);
    names.forEach((name, index) => {
      for (const lang of LANGS) expect(name[lang]).toMatch(/\S/);
      const u = lesson.update(state, { type: "choose", index });
      if (!u.ok) for (const lang of LANGS) expect(u.error[lang]).toMatch(/\S/);
    });
    // a number past the choices changes nothing
    const past = lesson.update(state, { type: "choose", index: names.length });
    expect(past.ok ? past.state : state).toBe(state);
  });

  it("shows only lines that run, in the order they run (copied from lesson.code.from)", () => {
    const src = lesson.code.from.flatMap((f) => readFileSync(new URL(`../../lessons/${f}`, import.meta.url), "utf8").split("\n").map((l) => l.trim()));
    let from = 0;
    for (const line of lesson.code.lines) {
      const at = src.indexOf(line.trim(), from);
      expect(at, `"${line.trim()}" is not in ${lesson.code.from.join(" or ")} (after line ${from})`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it("has a title, a summary and option descriptions in every language", () => {
    for (const text of [lesson.title, lesson.summary, ...lesson.options.map((o) => o.describe)]) for (const lang of LANGS) expect(text[lang]).toMatch(/\S/);
  });

  it("no Chinese sentence is a copy of the English (formulas may be)", () => {
    type Tree = Record<string, unknown>;
    const leaves = (t: Tree): unknown[] => Object.values(t).flatMap((v) => (v && typeof v === "object" ? leaves(v as Tree) : [v]));
    const en = leaves(lesson.texts.en as Tree);
    const zh = leaves(lesson.texts.zh as Tree);
    for (const v of zh) if (typeof v === "string") expect(v.length).toBeGreaterThan(0);
    expect(zh.filter((v, i) => typeof v === "string" && v === en[i] && /[a-z]{3,}\s+[a-z]{3,}/i.test(v))).toEqual([]);
  });

  it("option descriptions say what an option is, not its form (the CLI adds the form)", () => {
    const form = { en: [/JSON matrix/, /\binteger\b/, /finite/, /comma-separated/], zh: [/JSON 矩阵/, /整数/, /有限/, /逗号分隔/] };
    for (const spec of lesson.options) {
      for (const lang of LANGS) {
        const text = spec.describe[lang];
        // A choice that also takes a matrix (your-picture --kernel) must say so.
        const allowed = spec.type === "choice" ? form[lang].slice(1) : form[lang];
        for (const pattern of allowed) expect(text, `--${spec.name} ${lang}: ${text}`).not.toMatch(pattern);
        const listed = spec.type === "matrix" || spec.type === "numbers"; // a default worth repeating is long
        if (listed && spec.default !== undefined) expect(text, `--${spec.name} ${lang}: repeats the default`).not.toContain(spec.default);
      }
    }
  });
});
