// Lesson 3: the notebook's training loop, iteration by iteration, both presets, and divergence.
import { describe, expect, it } from "vitest";
import { learnKernel as lesson } from "../../lessons/03-learn-kernel/index.ts";
import { DEFAULT_SEED } from "../../lessons/03-learn-kernel/defaults.ts";
import { nd, corr2d } from "../../src/engine/index.ts";
import { equationText, matrix, scalar, walk } from "./helpers.ts";

type Row = number[][];
const iterations = (frames: ReturnType<typeof walk>) => frames.filter((f) => f.record.kind === "iteration");
const losses = (frames: ReturnType<typeof walk>) => iterations(frames).map((f) => f.record.loss as number);

/** Σ(corr2d(X, W) − Y)² for the seed preset's data, computed here from the engine alone. */
function lossAt(dark: string, w: Row): number {
  const X = nd.ones([6, 8]).set(dark, 0);
  const Y = corr2d(X, nd.array([[1, -1]]));
  return corr2d(X, nd.array(w)).sub(Y).pow(2).sum().asScalar();
}

describe("learn-kernel, seed preset (the notebook's run)", () => {
  const frames = walk(lesson);
  const its = iterations(frames);

  it("has setup, 10 iterations and a result", () => {
    expect(frames).toHaveLength(12);
    expect(frames.map((f) => f.record.kind)).toEqual(["setup", ...Array(10).fill("iteration"), "result"]);
    expect(its.map((f) => f.record.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("setup: the notebook's image, Y of its edges, the notebook's own start and a zero bias", () => {
    const f = frames[0]!;
    expect(matrix(f, "X").values).toEqual([0, 1, 2, 3, 4, 5].map(() => [1, 1, 1, 1, 0, 1, 1, 1]));
    for (const row of matrix(f, "Y").values) expect(row).toEqual([0, 0, 0, 1, -1, 0, 0]);
    expect(f.record).toMatchObject({ preset: "notebook", lr: 0.016, epochs: 10, seed: null, origin: "printout", bias: 0 });
    expect(matrix(f, "W").editable).toBe(true);
    expect(matrix(f, "lr")).toMatchObject({ values: [[0.016]], editable: true, format: "rate" });
  });

  it("stability is seen before it is named: no Hessian before the run, then 12 and 132 and the limit 2/132 ≈ 0.01515", () => {
    expect(frames[0]!.narrative.join(" ")).not.toMatch(/Hessian|λ/);
    expect(frames[0]!.matrices.map((m) => m.id)).not.toContain("H");
    const f = frames.at(-1)!;
    expect(matrix(f, "H").values).toEqual([[72, 60], [60, 72]]); // 2·AᵀA: 6 rows × [[6, 5], [5, 6]], doubled
    expect(f.record.eigenvalues).toEqual([expect.closeTo(12, 4), expect.closeTo(132, 4)]);
    expect(f.record.lrLimit).toBeCloseTo(2 / 132, 6);
    expect(equationText(f)).toEqual(["1 − lr·λ_max = 1 − 0.016 × 132 = -1.112", "2 / λ_max = 2 / 132 = 0.01515"]);
    const text = f.narrative.join(" ");
    // the plain reason comes before the name
    expect(text.indexOf("curvature 120 from the bright windows + 12 from the edges = 132")).toBeGreaterThan(0);
    expect(text.indexOf("Hessian")).toBeGreaterThan(text.indexOf("curvature 120"));
    expect(text).toContain("12 along (1, -1) and 132 along (1, 1)");
    expect(text).toContain("1 − 0.016·132 = -1.112: it flips sign and grows");
  });

  it("each record has epoch, the loss before the update, ∂l/∂W and W after the update", () => {
    let w = frames[0]!.record.initialWeight as Row;
    for (const f of its) {
      const { loss, grad, weight } = f.record as { loss: number; grad: Row; weight: Row };
      expect(loss).toBeCloseTo(lossAt(":, 4:5", w), 4); // computed with W before this update
      expect(grad).toHaveLength(1);
      expect(grad[0]).toHaveLength(2);
      for (const j of [0, 1]) expect(weight[0]![j]).toBeCloseTo(w[0]![j]! - 0.016 * grad[0]![j]!, 6);
      w = weight;
    }
  });

  it("the loss falls every one of the ten iterations (it looks convergent) and W nears [1, −1]", () => {
    const l = losses(frames);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
    const w = (its.at(-1)!.record.weight as Row)[0]!;
    expect(Math.abs(w[0]! - 1)).toBeLessThan(0.15);
    expect(Math.abs(w[1]! + 1)).toBeLessThan(0.15);
  });

  it("an iteration frame shows Y, Ŷ, W beside ∂l/∂W, the update with its numbers, and the loss so far", () => {
    const f = frames[3]!; // iteration 3
    expect(f.matrices.map((m) => m.id)).toEqual(["Y", "Yhat", "W", "dW", "Wnext", "lr"]);
    const [before, grad, after] = ["W", "dW", "Wnext"].map((id) => matrix(f, id).values[0]!);
    expect(equationText(f, "W[0, 0]")[0]).toMatch(/^-?\d\.\d{3} − 0\.016 × \(?-?\d+\.\d{3}\)? = -?\d\.\d{3}$/);
    expect(equationText(f, "W[0, 0]")[0]).toContain(`= ${after![0]!.toFixed(3)}`);
    expect(before![0]! - 0.016 * grad![0]!).toBeCloseTo(after![0]!, 6);
    expect(equationText(f, "loss")[0]).toBe(`Σ(Ŷ − Y)² = ${(f.record.loss as number).toFixed(3)}`);
    expect(f.series[0]!.values).toEqual(losses(frames).slice(0, 3));
    expect(f.series[0]!.log).toBe(true);
    expect(scalar(f, "iteration")).toBe(3);
    expect(scalar(f, "bias")).toBe(0);
    expect(f.heading).toBe("Iteration 3 of 10");
  });

  it("the result: learned W against [1, −1], the whole loss series, ⚠ because W₀ + W₁ grows; bias never updated", () => {
    const last = frames.at(-1)!;
    expect(matrix(last, "learned").values).toEqual(its.at(-1)!.record.weight);
    expect(matrix(last, "K").values).toEqual([[1, -1]]);
    expect(last.series[0]!.values).toHaveLength(10);
    expect(last.outcome).toEqual({ kind: "warning", message: "Looks converged (loss 0.295) — but W₀ + W₁ is growing, ×1.112 per step." });
    expect(last.narrative.join(" ")).toContain("stable only for lr < 2/λ_max = 2/132 = 0.01515");
    expect(scalar(last, "bias")).toBe(0);
    const summary = lesson.summarize(lesson.init());
    expect(summary).toMatchObject({ diverged: false, divergedAt: null, epochs: 10, epochsRun: 10, finalLoss: its.at(-1)!.record.loss });
    expect(summary.finalWeight).toEqual(its.at(-1)!.record.weight);
  });
});

describe("learn-kernel divergence", () => {
  it("seed preset, 60 iterations from the default seed: the loss falls, then climbs; the run says where and stops", () => {
    const frames = walk(lesson, { epochs: "60" });
    const l = losses(frames);
    const lowest = l.indexOf(Math.min(...l));
    expect(lowest).toBeGreaterThan(5); // it first falls for a while …
    for (let i = 1; i <= lowest; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
    for (let i = lowest + 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1]!); // … then only climbs
    expect(l.at(-1)!).toBeGreaterThan(10 * l[lowest]!);
    const summary = lesson.summarize(lesson.init({ epochs: 60 }));
    expect(summary.diverged).toBe(true);
    expect(summary.divergedAt).toBe(l.length);
    expect(summary.epochsRun).toBeLessThan(60);
    const last = frames.at(-1)!;
    expect(last.outcome?.kind).toBe("diverged");
    expect(last.outcome?.message).toBe(
      `The loss started to rise at iteration ${lowest + 2}; the run was stopped at iteration ${l.length}, with the loss at ${l.at(-1)!.toFixed(3)} (lr 0.016 is above the stable limit 0.01515).`,
    );
    expect(last.heading).toBe("The run diverged");
    expect(last.record).toMatchObject({ kind: "result", diverged: true, divergedAt: l.length });
    expect(frames.at(-2)!.narrative.at(-1)).toContain("called diverged and stops here");
  });

  it("a large learning rate diverges within a few iterations", () => {
    // lr 0.1: |1 − 0.1·132| = 12.2 per step; iteration 2 still falls (the stable direction
    // shrinks first), then five rises in a row: iterations 3 to 7.
    const summary = lesson.summarize(lesson.init({ lr: "0.1" }));
    expect(summary).toMatchObject({ diverged: true, divergedAt: 7, divergence: "growing", epochsRun: 7 });
  });

  it("a huge learning rate drives the loss to infinity: non-finite, said plainly", () => {
    const frames = walk(lesson, { lr: "1e6", epochs: "100" });
    const last = frames.at(-1)!;
    expect(lesson.summarize(lesson.init({ lr: "1e6", epochs: "100" }))).toMatchObject({ diverged: true, divergence: "nonfinite" });
    expect(Number.isFinite(last.series[0]!.values.at(-1))).toBe(false);
    expect(last.series[0]!.log).toBe(true); // finite points are all positive
    expect(last.outcome?.message).toMatch(/where the loss stopped being a finite number/);
  });

  it("just below the limit (lr 0.015) the seed preset converges over 200 iterations", () => {
    const summary = lesson.summarize(lesson.init({ lr: "0.015", epochs: "200" }));
    expect(summary.diverged).toBe(false);
    expect(summary.finalLoss as number).toBeLessThan(1e-3);
  });
});

describe("learn-kernel, d2l preset (the book's run)", () => {
  const frames = walk(lesson, { preset: "d2l" });

  it("columns 2 to 5 dark, lr 0.03, no bias", () => {
    expect(matrix(frames[0]!, "X").values[0]).toEqual([1, 1, 0, 0, 0, 0, 1, 1]);
    expect(frames[0]!.record).toMatchObject({ preset: "d2l", lr: 0.03, bias: null });
    expect(frames[0]!.scalars.find((s) => s.id === "bias")).toBeUndefined();
  });

  it("eigenvalues 12 and 60, limit 2/60 ≈ 0.0333: lr 0.03 is stable", () => {
    const f = frames.at(-1)!;
    expect(matrix(f, "H").values).toEqual([[36, 24], [24, 36]]);
    expect(f.record.eigenvalues).toEqual([expect.closeTo(12, 4), expect.closeTo(60, 4)]);
    expect(equationText(f)[1]).toBe("2 / λ_max = 2 / 60 = 0.03333");
    expect(f.narrative.join(" ")).toContain("curvature 48 from the bright windows + 12 from the edges = 60");
    expect(f.narrative.join(" ")).toContain("1 − 0.03·60 = -0.8: it flips sign and shrinks");
  });

  it("converges: the loss falls every iteration to below 0.01, W close to [1, −1]", () => {
    const l = losses(frames);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
    expect(l.at(-1)!).toBeLessThan(0.01);
    const w = (frames.at(-1)!.record.weight as Row)[0]!;
    expect(w[0]).toBeCloseTo(1, 1);
    expect(w[1]).toBeCloseTo(-1, 1);
    expect(frames.at(-1)!.outcome?.kind).toBe("done");
  });

  it("stays converged for 1000 iterations (rounding noise near zero is not divergence)", () => {
    const summary = lesson.summarize(lesson.init({ preset: "d2l", epochs: "1000" }));
    expect(summary).toMatchObject({ diverged: false, epochsRun: 1000 });
  });
});

describe("learn-kernel options and actions", () => {
  it("--init-weight replaces the seeded start; starting at [1, −1] the loss is 0 and stays", () => {
    const frames = walk(lesson, { "init-weight": "1,-1" });
    expect(frames[0]!.record.initialWeight).toEqual([[1, -1]]);
    expect(losses(frames).every((l) => l === 0)).toBe(true);
    expect(frames[0]!.narrative[1]).toContain("the weight you gave");
  });

  it("--seed changes the start, deterministically", () => {
    expect(walk(lesson, { seed: "7" })).toEqual(walk(lesson, { seed: 7 }));
    expect(walk(lesson, { seed: "7" })[0]!.record.initialWeight).not.toEqual(walk(lesson)[0]!.record.initialWeight);
  });

  it("scaleLr halves or doubles the rate and restarts the run", () => {
    const s = lesson.next(lesson.next(lesson.init()));
    const half = lesson.update(s, { type: "scaleLr", factor: 0.5 });
    expect(half.ok && lesson.frame(half.state, "en").record).toMatchObject({ kind: "setup", lr: 0.008 });
    const doubled = lesson.update(s, { type: "scaleLr", factor: 2 });
    expect(doubled.ok && lesson.summarize(doubled.state)).toMatchObject({ lr: 0.032, diverged: true });
  });

  it.each([0, -1, NaN, Infinity])("refuses a scaleLr factor of %s", (factor) => {
    const u = lesson.update(lesson.init(), { type: "scaleLr", factor });
    expect(!u.ok && u.error.en).toMatch(/^lr must be (greater than 0|a finite number), not /);
  });

  it("reseed gives a new initial weight (dropping an --init-weight) and restarts", () => {
    const s = lesson.init({ "init-weight": "1,-1" });
    const u = lesson.update(lesson.next(s), { type: "reseed", seed: 11 });
    expect(u.ok && lesson.frame(u.state, "en").record).toEqual(lesson.frame(lesson.init({ seed: 11 }), "en").record);
    expect(lesson.update(s, { type: "reseed", seed: 0.5 }).ok).toBe(false);
  });

  it("edit W sets the initial weight and restarts; bad edits are refused and the state stays", () => {
    const s = lesson.next(lesson.init());
    const u = lesson.update(s, { type: "edit", matrix: "W", values: [[0.5, -0.5]] });
    expect(u.ok && lesson.frame(u.state, "en").record).toMatchObject({ kind: "setup", initialWeight: [[0.5, -0.5]] });
    for (const [id, values, words] of [
      ["W", [[1, 2, 3]], "W is 1×2"],
      ["W", [[1], [2]], "W is 1×2"],
      ["W", [[NaN, 1]], "finite number"],
      ["X", [[1, 1]], "X cannot be edited here"],
    ] as const) {
      const r = lesson.update(s, { type: "edit", matrix: id, values: values as unknown as number[][] });
      expect(!r.ok && r.error.en, id).toContain(words);
      expect(!r.ok && r.error.zh.length).toBeGreaterThan(0);
    }
    expect(lesson.frame(s, "en").step).toBe(1);
  });

  it("reset restores the options init was given", () => {
    const s = lesson.init({ preset: "d2l", epochs: "5" });
    const changed = lesson.update(lesson.next(s), { type: "scaleLr", factor: 2 });
    const u = changed.ok ? lesson.update(changed.state, { type: "reset" }) : changed;
    expect(u.ok && walk(lesson, {}, "en", u.state)).toEqual(walk(lesson, { preset: "d2l", epochs: "5" }));
  });
});
