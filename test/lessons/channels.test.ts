// Lesson 6 (channels) as a state machine: the book's numbers at every step, the 1×1
// convolution as a matrix product, reseeding, refusals, texts and the shown code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OptionError } from "../../lessons/lesson.ts";
import { channels as lesson } from "../../lessons/06-channels/index.ts";
import { CODE } from "../../lessons/06-channels/code.ts";
import { corr2dMultiIn, corr2dMultiInOut, corr2dMultiInOut1x1 } from "../../lessons/06-channels/run.ts";
import { en } from "../../lessons/06-channels/text.en.ts";
import { zh } from "../../lessons/06-channels/text.zh.ts";
import { nd, RNG } from "../../src/engine/index.ts";
import { equationText, matrix, walk } from "./helpers.ts";

describe("the book's example, step by step", () => {
  const all = walk(lesson);

  it("has 10 steps, done only at the last", () => {
    expect(all.map((f) => f.step)).toEqual([...Array(10).keys()]);
    expect(all.map((f) => f.done)).toEqual([...Array(9).fill(false), true]);
  });

  it("steps 1–4 write each cell as the sum of both channels' products", () => {
    expect(equationText(all[1]!)).toEqual(["0×0 + 1×1 + 3×2 + 4×3 = 19", "1×1 + 2×2 + 4×3 + 5×4 = 37", "19 + 37 = 56"]);
    expect(all.slice(1, 5).map((f) => f.record.value)).toEqual([56, 72, 104, 120]);
    expect(matrix(all[4]!, "X1").window).toEqual([[1, 1], [1, 2], [2, 1], [2, 2]]);
    expect(matrix(all[2]!, "Y").pending).toEqual([[1, 0], [1, 1]]);
  });

  it("step 5: corr2d per channel, their sum [[56,72],[104,120]], and nd.conv2d agrees", () => {
    const f = all[5]!;
    expect(matrix(f, "corr0").values).toEqual([[19, 25], [37, 43]]);
    expect(matrix(f, "corr1").values).toEqual([[37, 47], [67, 77]]);
    expect(matrix(f, "Y").values).toEqual([[56, 72], [104, 120]]);
    expect(matrix(f, "conv").values).toEqual([[56, 72], [104, 120]]);
  });

  it("step 6: kernels K, K+1, K+2 give the book's three output channels", () => {
    const f = all[6]!;
    expect(matrix(f, "K21").values).toEqual([[3, 4], [5, 6]]);
    expect(["Y0", "Y1", "Y2"].map((id) => matrix(f, id).values)).toEqual([
      [[56, 72], [104, 120]], [[76, 100], [148, 172]], [[96, 128], [192, 224]],
    ]);
  });

  it("step 7 counts 3·2·2·2·2·2 = 96 multiplications; step 9 counts 2·3·3·3 = 54", () => {
    expect(all[7]!.scalars).toEqual([{ id: "multiplications", label: en.countLabel, value: 96, format: "int" }]);
    expect(equationText(all[7]!)[0]).toBe("c_o × c_i × k_h × k_w × h_o × w_o = 3 × 2 × 2 × 2 × 2 × 2 = 96");
    expect(all[9]!.scalars[0]!.value).toBe(54);
  });

  it("steps 8–9: the 1×1 convolution by matrix product equals corr2d_multi_in_out, pixel by pixel", () => {
    expect(all[8]!.record.same).toBe(true);
    const f = all[9]!;
    const W = matrix(f, "W").values;
    const Xf = matrix(f, "Xf").values;
    const Yf = matrix(f, "Yf").values;
    for (let o = 0; o < 2; o++)
      for (let p = 0; p < 9; p++) expect(Yf[o]![p]).toBe(W[o]!.reduce((s, w, c) => s + w * Xf[c]![p]!, 0));
    expect(matrix(f, "Xf").window).toEqual([[0, 4], [1, 4], [2, 4]]);
    expect(f.outcome?.kind).toBe("done");
  });

  it("the same seed gives the same frames; another seed another 1×1 example", () => {
    expect(walk(lesson, { seed: "1" })).toEqual(all);
    const other = walk(lesson, { seed: "7" });
    expect(matrix(other[8]!, "W").values).not.toEqual(matrix(all[8]!, "W").values);
    expect(other[8]!.record.same).toBe(true);
    expect(other[5]).toEqual(all[5]); // the book's part does not depend on the seed
  });
});

describe("the book's functions on their own", () => {
  it("corr2dMultiInOut1x1 equals corr2dMultiInOut for random 3×3×3 and 2×3×1×1 over 20 seeds", () => {
    for (let seed = 0; seed < 20; seed++) {
      const rng = new RNG(seed);
      const X = nd.fromFlat(Array.from({ length: 27 }, () => rng.normal()), [3, 3, 3]);
      const K = nd.fromFlat(Array.from({ length: 6 }, () => rng.normal()), [2, 3, 1, 1]);
      const a = corr2dMultiInOut1x1(X, K).data;
      const b = corr2dMultiInOut(X, K).data;
      for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i]!, 5);
    }
  });
  it("corr2dMultiIn of one channel is corr2d", () => {
    expect(corr2dMultiIn(nd.array([[[0, 1, 2], [3, 4, 5], [6, 7, 8]]]), nd.array([[[0, 1], [2, 3]]])).toArray()).toEqual([[19, 25], [37, 43]]);
  });
});

describe("actions and options", () => {
  it("reseed keeps the step and changes the 1×1 example; reset returns to the first seed", () => {
    let s = lesson.init();
    for (let i = 0; i < 8; i++) s = lesson.next(s);
    const r = lesson.update(s, { type: "reseed", seed: 42 });
    if (!r.ok) throw new Error("reseed refused");
    expect(lesson.frame(r.state, "en").step).toBe(8);
    expect(lesson.frame(r.state, "en").narrative.join(" ")).toContain("seed 42");
    const back = lesson.update(r.state, { type: "reset" });
    expect(back.ok && lesson.frame(back.state, "en")).toEqual(lesson.frame(lesson.init(), "en"));
  });
  it("edits and a non-integer seed are refused with a reason in both languages", () => {
    const s = lesson.init();
    expect(lesson.update(s, { type: "edit", matrix: "X0", values: [[1]] })).toMatchObject({ ok: false, error: { en: expect.stringContaining("X0"), zh: expect.stringContaining("X0") } });
    expect(lesson.update(s, { type: "reseed", seed: 1.5 })).toMatchObject({ ok: false });
    expect(lesson.update(s, { type: "scaleLr", factor: 2 })).toEqual({ ok: true, state: s });
  });
  it("--seed that is not an integer is an OptionError", () => {
    expect(() => lesson.init({ seed: "x" })).toThrow(OptionError);
    expect(() => lesson.init({ seed: "1.5" })).toThrow(/--seed/);
  });
});

describe("texts and code", () => {
  it("English and Chinese have the same keys, and Chinese frames are in Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(walk(lesson, {}, "zh")[0]!.heading).toBe(zh.setupHeading);
  });
  it("every shown code line is in run.ts, verbatim", () => {
    const source = readFileSync(new URL("../../lessons/06-channels/run.ts", import.meta.url), "utf8");
    for (const line of CODE) expect(source).toContain(line);
  });
});
