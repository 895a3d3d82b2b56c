// Lesson 4 (convolution vs cross-correlation) as a state machine: the flip, both outputs cell by
// cell, flipping twice, training both ways (identical losses, flipped kernels), actions, refusals.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OptionError } from "../../lessons/lesson.ts";
import { convolutionVsCorrelation as lesson } from "../../lessons/04-convolution-vs-correlation/index.ts";
import { CODE } from "../../lessons/04-convolution-vs-correlation/code.ts";
import { trainBoth } from "../../lessons/04-convolution-vs-correlation/run.ts";
import { en } from "../../lessons/04-convolution-vs-correlation/text.en.ts";
import { zh } from "../../lessons/04-convolution-vs-correlation/text.zh.ts";
import { equationText, matrix, walk } from "./helpers.ts";

describe("the notebook's X and K both ways", () => {
  const all = walk(lesson);

  it("has 9 steps: definitions, flip, 4 cells, side by side, learning, why", () => {
    expect(all.map((f) => f.step)).toEqual([...Array(9).keys()]);
    expect(all.map((f) => f.done)).toEqual([...Array(8).fill(false), true]);
  });

  it("step 1: flip(K) of [[0,1],[2,3]] is [[3,2],[1,0]]", () => {
    expect(matrix(all[1]!, "Kf").values).toEqual([[3, 2], [1, 0]]);
  });

  it("steps 2–5 write each cell both ways: 19/5, 25/11, 37/23, 43/29", () => {
    expect(equationText(all[2]!)).toEqual(["0×0 + 1×1 + 3×2 + 4×3 = 19", "0×3 + 1×2 + 3×1 + 4×0 = 5"]);
    expect(all.slice(2, 6).map((f) => [f.record.corr, f.record.conv])).toEqual([[19, 5], [25, 11], [37, 23], [43, 29]]);
    expect(matrix(all[3]!, "conv").pending).toEqual([[1, 0], [1, 1]]);
  });

  it("step 6: the two outputs differ, and flipping twice gives the cross-correlation back", () => {
    expect(matrix(all[6]!, "corr").values).toEqual([[19, 25], [37, 43]]);
    expect(matrix(all[6]!, "conv").values).toEqual([[5, 11], [23, 29]]);
    expect(matrix(all[6]!, "twice").values).toEqual([[19, 25], [37, 43]]);
  });

  it("step 7: both layers have the same loss at every iteration, W ≈ [1,−1] and V = flip(W)", () => {
    const f = all[7]!;
    const [lc, lv] = f.series.map((s) => s.values);
    expect(lc).toHaveLength(20);
    expect(lc).toEqual(lv);
    expect(lc!.at(-1)!).toBeLessThan(lc![0]! / 1000);
    const W = matrix(f, "W").values[0]!;
    const V = matrix(f, "V").values[0]!;
    expect(W[0]).toBeCloseTo(1, 1);
    expect(W[1]).toBeCloseTo(-1, 1);
    expect(V).toEqual([W[1], W[0]]);
    expect(matrix(f, "yhatCorr").values).toEqual(matrix(f, "yhatConv").values);
    expect(f.record.sameLosses).toBe(true);
  });

  it("the last step explains the name and keeps the loss series", () => {
    expect(all[8]!.outcome?.kind).toBe("done");
    expect(all[8]!.series).toHaveLength(2);
    expect(lesson.summarize(lesson.init())).toMatchObject({ corr: [[19, 25], [37, 43]], conv: [[5, 11], [23, 29]], sameLosses: true });
  });
});

describe("training both ways", () => {
  it("a rectangular kernel stays flipped at every seed (V = flip(W) after 5 steps)", () => {
    for (const seed of [0, 1, 2, 3]) {
      const t = trainBoth({ lr: 0.02, epochs: 5, seed });
      expect(t.v[0]).toEqual([...t.w[0]!].reverse());
      expect(t.lossCorr).toEqual(t.lossConv);
    }
  });
  it("lr 0.05 (above 2/60) diverges identically for both layers", () => {
    const t = trainBoth({ lr: 0.05, epochs: 40, seed: 0 });
    expect(t.lossCorr.at(-1)!).toBeGreaterThan(t.lossCorr[0]! * 100);
    expect(t.lossCorr).toEqual(t.lossConv);
  });
});

describe("actions and options", () => {
  it("editing K keeps the step and recomputes both outputs", () => {
    const s = lesson.next(lesson.next(lesson.init()));
    const r = lesson.update(s, { type: "edit", matrix: "K", values: [[1, 0], [0, 0]] });
    if (!r.ok) throw new Error("edit refused");
    const f = lesson.frame(r.state, "en");
    expect(f.step).toBe(2);
    expect(equationText(f)).toEqual(["0×1 + 1×0 + 3×0 + 4×0 = 0", "0×0 + 1×0 + 3×0 + 4×1 = 4"]);
  });
  it("a kernel larger than X, a non-finite entry, or another matrix is refused", () => {
    const s = lesson.init();
    expect(lesson.update(s, { type: "edit", matrix: "K", values: [[1, 2, 3, 4]] })).toMatchObject({ ok: false, error: { en: "kernel 1×4 does not fit in input 3×3" } });
    expect(lesson.update(s, { type: "edit", matrix: "X", values: [[NaN, 1], [1, 1]] })).toMatchObject({ ok: false });
    expect(lesson.update(s, { type: "edit", matrix: "W", values: [[1, 1]] })).toMatchObject({ ok: false });
  });
  it("scaleLr retrains at the new rate; a non-finite rate is refused; reseed changes the start", () => {
    const s = lesson.init();
    const r = lesson.update(s, { type: "scaleLr", factor: 0.5 });
    expect(r.ok && r.state.config.lr).toBe(0.01);
    expect(lesson.update(s, { type: "scaleLr", factor: Infinity })).toMatchObject({ ok: false });
    const seeded = lesson.update(s, { type: "reseed", seed: 5 });
    expect(seeded.ok && seeded.state.run.trained.initial).not.toEqual(s.run.trained.initial);
    const reset = seeded.ok ? lesson.update(seeded.state, { type: "reset" }) : seeded;
    expect(reset.ok && reset.state.run.trained.initial).toEqual(s.run.trained.initial);
  });
  it("bad options are OptionErrors naming the option", () => {
    expect(() => lesson.init({ k: "[[1,2,3,4]]" })).toThrow(/^--k: .*kernel 1×4 does not fit in input 3×3/);
    expect(() => lesson.init({ lr: "0" })).toThrow(OptionError);
    expect(() => lesson.init({ epochs: "201" })).toThrow(/--epochs/);
    expect(() => lesson.init({ x: "[[1,2],[3]]" })).toThrow(/--x/);
  });
});

describe("texts and code", () => {
  it("English and Chinese have the same keys, and Chinese frames are in Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(walk(lesson, {}, "zh")[0]!.heading).toBe(zh.setupHeading);
  });
  it("every shown code line is in run.ts, verbatim", () => {
    const source = readFileSync(new URL("../../lessons/04-convolution-vs-correlation/run.ts", import.meta.url), "utf8");
    for (const line of CODE) expect(source).toContain(line);
  });
});
