// Lesson 8 (learning-rate stability) as a state machine: the verdicts the curvature predicts
// match what the runs do, for both presets; iteration frames; actions; refusals; texts; code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OptionError } from "../../lessons/lesson.ts";
import { lrStability as lesson, predict } from "../../lessons/08-lr-stability/index.ts";
import { CODE } from "../../lessons/08-lr-stability/code.ts";
import { race } from "../../lessons/08-lr-stability/run.ts";
import { en } from "../../lessons/08-lr-stability/text.en.ts";
import { zh } from "../../lessons/08-lr-stability/text.zh.ts";
import { walk } from "./helpers.ts";

type RunSummary = { lr: number; predicted: string; diverged: boolean; at: number | null; lastLoss: number; weight: number[] };
const runs = (s = lesson.init({ preset: "d2l" })) => lesson.summarize(s).runs as unknown as RunSummary[];

describe("the d2l preset: 0.01, 0.02, 0.03, 0.035 over 40 iterations", () => {
  const all = walk(lesson, { preset: "d2l" });

  it("has 42 steps: setup, 40 iterations, verdicts", () => {
    expect(all).toHaveLength(42);
    expect(all.map((f) => f.done)).toEqual([...Array(41).fill(false), true]);
  });

  it("step 0: the Hessian [[36,24],[24,36]] has eigenvalues 12 and 60; limit 2/60", () => {
    const f = all[0]!;
    expect(f.matrices.find((m) => m.id === "H")!.values).toEqual([[36, 24], [24, 36]]);
    expect(f.scalars.map((s) => s.value)).toEqual([12, 60]);
    expect(f.record.lrLimit).toBeCloseTo(1 / 30, 10);
    expect(f.equations.slice(2).map((e) => e.tokens.at(-1)!.text)).toEqual([" → converges smoothly", " → oscillates, converges", " → oscillates, converges", " → diverges"]);
  });

  it("converge / oscillate / diverge, as predicted: only 0.035 runs away, the others end near [1, −1]", () => {
    const r = runs();
    expect(r.map((x) => x.predicted)).toEqual(["smooth", "oscillates", "oscillates", "diverges"]);
    expect(r.map((x) => x.diverged)).toEqual([false, false, false, true]);
    for (const x of r.slice(0, 3)) {
      expect(x.lastLoss).toBeLessThan(1e-3);
      expect(x.weight[0]).toBeCloseTo(1, 1);
      expect(x.weight[1]).toBeCloseTo(-1, 1);
    }
    expect(r[3]!.lastLoss).toBeGreaterThan(0.1);
  });

  it("the oscillating run zigzags: the steep-direction error w0 + w1 flips sign every step for 0.03, never for 0.01", () => {
    const race40 = race({ preset: "d2l", lrs: [0.01, 0.03], epochs: 40, seed: 2 });
    const flips = (k: number) => {
      const e = race40.runs[k]!.weights.map((w) => w[0]! + w[1]!); // the steep direction (1, 1); the target has w0 + w1 = 0
      let n = 0;
      for (let i = 1; i < 8; i++) if (Math.sign(e[i]!) !== Math.sign(e[i - 1]!)) n++;
      return n;
    };
    expect(flips(0)).toBe(0);
    expect(flips(1)).toBe(7);
  });

  it("iteration frames grow the series one point per step: a loss and a steep-direction error sparkline per rate", () => {
    const f = all[10]!;
    expect(f.series).toHaveLength(8);
    // the error along (1, 1): w0 + w1 for the answer [1, −1]; it flips sign every step at lr 0.03
    const steep = f.series.find((x) => x.id === "steep@0.03")!;
    expect(steep.label).toBe("W₀ + W₁, lr 0.03");
    expect(steep.signed).toBe(true);
    const w = (f.matrices.find((m) => m.id === "W")!.values)[2]!;
    expect(steep.values.at(-1)).toBeCloseTo(w[0]! + w[1]!, 6);
    expect(steep.values.slice(0, 6).map(Math.sign)).toEqual([1, -1, 1, -1, 1, -1].map((v) => v * Math.sign(steep.values[0]!)));
    expect(f.series.every((s) => s.values.length === 10)).toBe(true);
    expect(f.record).toMatchObject({ kind: "iteration", epoch: 10 });
    // each run's loss is shown as its loss sparkline's last point
    expect((f.record.losses as number[])).toEqual(f.series.filter((s) => s.id.startsWith("loss@")).map((s) => s.values.at(-1)));
    expect(f.matrices.find((m) => m.id === "W")!.values).toHaveLength(4);
  });

  it("the first iteration claims no fall or rise (each sparkline has one point): it names the loss every run starts with", () => {
    const f = all[1]!;
    const losses = f.series.filter((x) => x.id.startsWith("loss@"));
    expect(losses.every((x) => x.values.length === 1 && x.values[0] === losses[0]!.values[0])).toBe(true);
    expect(f.narrative[0]).toBe(`The first step: every run starts from the same W, so every loss is ${losses[0]!.values[0]!.toFixed(3)}; the learning rates differ only in how far this step moves W.`);
    expect(all[2]!.narrative[0]).toMatch(/^The loss fell this step/);
  });
  it("the verdict names the iteration where 0.035 ran away", () => {
    const last = all.at(-1)!;
    expect(last.narrative[3]).toMatch(/^lr 0\.035: \|1 − lr·λ_max\| = 1\.1, so it diverges; the loss ran away from iteration \d+\.$/);
    expect(last.outcome).toEqual({ kind: "done", message: "Stable only for lr < 2/λ_max = 0.03333." });
  });
});

describe("the notebook's data (the default): rates straddling 2/132 ≈ 0.01515", () => {
  it("0.016 diverges (late), 0.015 does not", () => {
    const r = runs(lesson.init());
    expect(r.map((x) => x.lr)).toEqual([0.01, 0.015, 0.016, 0.02]);
    expect(r.map((x) => x.diverged)).toEqual([false, false, true, true]);
    expect(r[2]!.at!).toBeGreaterThan(10); // the notebook's ten steps look fine
    expect(runs(lesson.init({ preset: "seed" }))).toEqual(r); // the old name
  });
  it("predict: factor 1 exactly at 2/λ_max is on the edge", () => {
    const c = { hessian: [[36, 24], [24, 36]], small: 12, large: 60, direction: [1, 1], limit: 1 / 30 };
    expect(predict(2 / 60, c).verdict).toBe("edge");
    expect(predict(0.01, c)).toEqual({ factor: 0.4, verdict: "smooth" });
  });
});

describe("actions and options", () => {
  it("scaleLr doubles every rate and keeps the step; a huge rate's loss turns non-finite and is reported", () => {
    let s = lesson.init({ lrs: "0.03", epochs: "60" });
    for (let i = 0; i < 5; i++) s = lesson.next(s);
    let r = lesson.update(s, { type: "scaleLr", factor: 2 });
    if (!r.ok) throw new Error("refused");
    expect(r.state.config.lrs).toEqual([0.06]);
    expect(lesson.frame(r.state, "en").step).toBe(5);
    for (let i = 0; i < 5; i++) r = r.ok ? lesson.update(r.state, { type: "scaleLr", factor: 2 }) : r;
    if (!r.ok) throw new Error("refused");
    const summary = runs(r.state)[0]!;
    expect(summary.diverged).toBe(true);
  });
  it("editing the rates row replaces them; bad rows are refused with a reason", () => {
    const s = lesson.init();
    const r = lesson.update(s, { type: "edit", matrix: "lrs", values: [[0.001, 0.05]] });
    expect(r.ok && r.state.run.race.runs.map((x) => x.lr)).toEqual([0.001, 0.05]);
    expect(lesson.update(s, { type: "edit", matrix: "lrs", values: [[0.01, -1]] })).toMatchObject({ ok: false, error: { en: "lrs (number 2) must be greater than 0, not -1." } });
    expect(lesson.update(s, { type: "edit", matrix: "lrs", values: [[0.01], [0.02]] })).toMatchObject({ ok: false });
    expect(lesson.update(s, { type: "edit", matrix: "lrs", values: [[1, 2, 3, 4, 5, 6, 7].map((v) => v / 100)] })).toMatchObject({ ok: false });
    expect(lesson.update(s, { type: "edit", matrix: "W", values: [[1, 1]] })).toMatchObject({ ok: false });
  });
  it("reseed changes the shared start; reset returns to the options given", () => {
    const s = lesson.init();
    const r = lesson.update(s, { type: "reseed", seed: 9 });
    expect(r.ok && r.state.run.race.initial).not.toEqual(s.run.race.initial);
    const back = r.ok ? lesson.update(r.state, { type: "reset" }) : r;
    expect(back.ok && back.state.run.race.initial).toEqual(s.run.race.initial);
  });
  it("bad options are OptionErrors naming the option", () => {
    expect(() => lesson.init({ lrs: "0.01,abc" })).toThrow(/^--lrs:/);
    expect(() => lesson.init({ lrs: "0.01,0" })).toThrow(/^--lrs: .*greater than 0, not 0/);
    expect(() => lesson.init({ lrs: "1,2,3,4,5,6,7" })).toThrow(/^--lrs:/);
    expect(() => lesson.init({ preset: "fast" })).toThrow(OptionError);
    expect(() => lesson.init({ epochs: "501" })).toThrow(/--epochs/);
  });
});

describe("texts and code", () => {
  it("English and Chinese have the same keys, and Chinese frames are in Chinese", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(lesson.frame(lesson.init(), "zh").heading).toBe(zh.setupHeading);
  });
  it("every shown code line is in lesson 3's run.ts (the loop it reuses) or its own, verbatim", () => {
    const read = (f: string) => readFileSync(new URL(`../../lessons/${f}`, import.meta.url), "utf8");
    const source = read("notebook/train.ts") + read("08-lr-stability/run.ts");
    for (const line of CODE) expect(source).toContain(line);
  });
});

describe("issue 12: the notebook's data first, the book's one action away", () => {
  const all = walk(lesson);

  it("opens on the notebook's data from the notebook's own start (lesson 3's), and says so", () => {
    const f = all[0]!;
    expect(f.record).toMatchObject({ preset: "notebook", start: "printout", seed: null, lrs: [0.01, 0.015, 0.016, 0.02] });
    expect((f.record.initialWeight as number[])[0]).toBeCloseTo(-0.02583978, 7);
    expect(f.narrative[0]).toMatch(/^The notebook's data: a 6×8 image with column 4 dark/);
    expect(f.narrative[0]).toContain("the notebook's own start, as in lesson 3");
  });

  it("puts the three thresholds side by side: 0.01515 (notebook diverges), 0.01667 (book oscillates), 0.03333 (book diverges)", () => {
    const eqs = all[0]!.equations.slice(0, 2).map((e) => `${e.label}: ${e.tokens.map((t) => t.text).join("")}`);
    expect(eqs).toEqual([
      "the notebook's data: oscillates above 1/132 = 0.007576, diverges above 2/132 = 0.01515",
      "the book's data: oscillates above 1/60 = 0.01667, diverges above 2/60 = 0.03333",
    ]);
  });

  it("each run's W₀ + W₁ error is a signed series, one value per iteration, never resampled by the lesson", () => {
    const f = all.at(-1)!;
    const steep = f.series.find((s) => s.id === "steep@0.016")!;
    expect(steep).toMatchObject({ label: "W₀ + W₁, lr 0.016", signed: true });
    expect(steep.values).toHaveLength(40);
    // 1 − 0.016·132 = −1.112: the sign flips every step and the size grows
    for (let i = 1; i < 40; i++) {
      expect(Math.sign(steep.values[i]!)).toBe(-Math.sign(steep.values[i - 1]!));
      expect(Math.abs(steep.values[i]!)).toBeGreaterThan(Math.abs(steep.values[i - 1]!));
    }
  });

  it("rates print with enough digits to tell 0.015, 0.01515 and 0.016 apart", () => {
    const s = lesson.update(lesson.init(), { type: "edit", matrix: "lrs", values: [[0.015, 0.01515, 0.016]] });
    if (!s.ok) throw new Error("refused");
    const f = lesson.frame(s.state, "en");
    expect(f.equations.slice(2).map((e) => e.label)).toEqual(["lr 0.015", "lr 0.01515", "lr 0.016"]);
    expect(f.matrices.find((m) => m.id === "lrs")!.format).toBe("rate");
  });

  it("otherData switches to the book's data with its own rates, and back", () => {
    const u = lesson.update(lesson.init(), { type: "otherData" });
    if (!u.ok) throw new Error("refused");
    expect(lesson.frame(u.state, "en").record).toMatchObject({ preset: "d2l", lrs: [0.01, 0.02, 0.03, 0.035], epochs: 40 });
    const back = lesson.update(u.state, { type: "otherData" });
    expect(back.ok && lesson.frame(back.state, "en").record).toEqual(all[0]!.record);
  });
});
