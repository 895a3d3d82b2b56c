// Lesson 3 tells the story of the run it shows (issue 12): the notebook's exact run from its
// recovered start, the gradient opened, the landscape with the path of W, and a verdict and
// sentences computed from the run itself — under any start, rate, edit and preset.
import { describe, expect, it } from "vitest";
import { learnKernel as lesson } from "../../lessons/03-learn-kernel/index.ts";
import { MORE_EPOCHS } from "../../lessons/03-learn-kernel/defaults.ts";
import { notebookStart } from "../../lessons/notebook/start.ts";
import { NOTEBOOK_PRINTOUT } from "../../lessons/notebook/printout.ts";
import type { Frame } from "../../lessons/frame.ts";
import { equationText, matrix, walk } from "./helpers.ts";

const iterations = (frames: Frame[]) => frames.filter((f) => f.record.kind === "iteration");

describe("the notebook's exact run", () => {
  const frames = walk(lesson);

  it("prints the notebook's table: its ten losses to three decimals and its final weight to float32", () => {
    const its = iterations(frames);
    expect(its.map((f) => (f.record.loss as number).toFixed(3))).toEqual(NOTEBOOK_PRINTOUT.losses.map((l) => l.toFixed(3)));
    const final = (its.at(-1)!.record.weight as number[][])[0]!;
    // "the last digit may differ by one float32 ulp with another summation order"
    final.forEach((w, j) => expect(Math.abs(w - Math.fround(NOTEBOOK_PRINTOUT.finalWeight[j]!))).toBeLessThanOrEqual(2 ** -23));
  });

  it("starts from W₀ found from the printout, shown with its digits and explained in the first step", () => {
    const w0 = notebookStart();
    expect(w0[0]).toBeCloseTo(-0.02583978, 7);
    expect(w0[1]).toBeCloseTo(0.01509598, 7);
    const f = frames[0]!;
    expect((f.record.initialWeight as number[][])[0]).toEqual(w0.map(Math.fround));
    expect(f.narrative[1]).toContain("W = [-0.02583978, 0.01509598]: the notebook's random initial weight");
    expect(f.narrative[1]).toContain("W₁₀ = M¹⁰·W₀ + c");
    expect(equationText(f, "the notebook printed")[0]).toBe(NOTEBOOK_PRINTOUT.losses.map((l) => l.toFixed(3)).join(" "));
  });

  it("--seed N still gives a seeded random start, said so", () => {
    const f = walk(lesson, { seed: 5 })[0]!;
    expect(f.record).toMatchObject({ origin: "seed", seed: 5 });
    expect(f.narrative[1]).toContain("drawn with seed 5");
    expect(f.record.initialWeight).not.toEqual(frames[0]!.record.initialWeight);
  });

  it("the old preset name `seed` is the notebook's", () => {
    expect(walk(lesson, { preset: "seed" })).toEqual(frames);
  });
});

describe("the gradient opened", () => {
  it("iteration 1 writes ∂l/∂W as sums and as corr2d(X, 2(Ŷ − Y)), equal to what backward wrote", () => {
    const f = walk(lesson)[1]!;
    const grad = (f.record.grad as number[][])[0]!;
    const twoErr = matrix(f, "twoErr").values;
    const x = matrix(walk(lesson)[0]!, "X").values;
    // the sums, here by plain loops
    const sums = [0, 1].map((dj) => twoErr.reduce((s, row, i) => s + row.reduce((t, e, j) => t + e * x[i]![j + dj]!, 0), 0));
    sums.forEach((s, j) => expect(s).toBeCloseTo(grad[j]!, 3));
    expect(equationText(f, "corr2d(X, 2(Ŷ − Y))")[0]).toBe(`[${grad.map((g) => g.toFixed(3)).join(", ")}] = l.backward() wrote [${grad.map((g) => g.toFixed(3)).join(", ")}]`);
    expect(f.narrative.join(" ")).toMatch(/∂l\/∂W = corr2d\(X, 2\(Ŷ − Y\)\) = \[-12\.955, 11\.537\], exactly what l\.backward\(\) wrote/);
    expect(walk(lesson)[2]!.matrices.map((m) => m.id)).not.toContain("twoErr"); // once
  });
});

describe("the landscape", () => {
  const frames = walk(lesson);

  it("every iteration and the result carry a plot: the loss on a grid around [1, −1], and the path of W so far", () => {
    expect(frames[0]!.plots).toBeUndefined();
    const its = iterations(frames);
    its.forEach((f, k) => {
      const plot = f.plots![0]!;
      expect(plot.path.points).toHaveLength(k + 2); // W₀ and W after each iteration so far
      expect(plot.path.points.at(-1)).toEqual((f.record.weight as number[][])[0]);
    });
    const plot = frames.at(-1)!.plots![0]!;
    expect(plot.marks).toEqual([{ label: "K = [1, −1]", at: [1, -1] }]);
    // the box holds the start, the answer and the path
    for (const [x, y] of [...plot.path.points, [1, -1] as const]) {
      expect(x).toBeGreaterThan(plot.x.min);
      expect(x).toBeLessThan(plot.x.max);
      expect(y).toBeGreaterThan(plot.y.min);
      expect(y).toBeLessThan(plot.y.max);
    }
    // the grid is the loss: 0 nowhere but at K, the loss of the start at W₀'s node is ~12.5
    const rows = plot.grid.length;
    const cols = plot.grid[0]!.length;
    const at = (x: number, y: number) => plot.grid[Math.round(((y - plot.y.min) / (plot.y.max - plot.y.min)) * (rows - 1))]![Math.round(((x - plot.x.min) / (plot.x.max - plot.x.min)) * (cols - 1))]!;
    expect(at(1, -1)).toBeLessThan(at(0, 0));
    // a long valley: the loss grows 11× faster along (1, 1) than along (1, −1)
    const step = 0.1;
    expect((at(1 + step, -1 + step) / at(1 + step, -1 - step))).toBeGreaterThan(5);
    expect(plot.levels.length).toBeGreaterThan(3);
    expect(plot.levels).toEqual([...plot.levels].sort((a, b) => a - b));
  });
});

describe("the verdict and every sentence follow the run", () => {
  const result = (options: Record<string, unknown>, lang: "en" | "zh" = "en") => walk(lesson, options, lang).at(-1)!;

  it("the default: the loss falls, but W₀ + W₁ grows: ⚠, with its numbers", () => {
    const f = result({});
    expect(f.outcome?.kind).toBe("warning");
    expect(f.narrative[0]).toContain("The loss fell from 12.500 to 0.295.");
    expect(f.narrative[1]).toMatch(/^Now watch W₀ \+ W₁ \(the answer's is 0\): -0\.0107, 0\.0119, -0\.0133, …, -0\.0311\. It is growing, ×1\.112 per step, even while the loss looks fine\./);
    expect(f.record).toMatchObject({ verdict: "growing", risingFrom: null });
    expect(f.narrative.at(-1)).toContain("Keep going");
  });

  it("--init-weight=5,5: the loss rises from the first iteration, and the text says so", () => {
    const frames = walk(lesson, { "init-weight": "5,5" });
    const f = frames.at(-1)!;
    expect(frames[2]!.narrative[0]).toContain("higher than before");
    expect(f.narrative[0]).toContain("The loss rose from the first iteration on");
    expect(f.narrative.join(" ")).not.toContain("fell");
    expect(f.narrative[1]).not.toContain("looks fine");
    expect(f.outcome).toMatchObject({ kind: "warning" });
    expect(f.outcome!.message).toContain("rising since iteration 2");
  });

  it("--init-weight=0,0 at lr 0.016: W₀ + W₁ stays exactly 0, the run converges, and the text says why", () => {
    const frames = walk(lesson, { "init-weight": "0,0" });
    for (const it of iterations(frames)) expect((it.record.weight as number[][])[0]!.reduce((a, b) => a + b)).toBe(0);
    const f = frames.at(-1)!;
    expect(f.outcome?.kind).toBe("done");
    expect(f.narrative[1]).toContain("it stays exactly 0");
    expect(f.narrative.join(" ")).not.toMatch(/diverg|Keep going/);
    expect(lesson.summarize(lesson.init({ "init-weight": "0,0", epochs: 200 }))).toMatchObject({ diverged: false, verdict: "converging" });
  });

  it("lr 0.015 (just below the limit): W₀ + W₁ flips sign and shrinks, ✔", () => {
    const f = result({ lr: 0.015 });
    expect(f.outcome?.kind).toBe("done");
    expect(f.narrative[1]).toContain("It is shrinking, ×0.98 per step.");
    expect(f.narrative[2]).toContain("1 − 0.015·132 = -0.98: it flips sign and shrinks");
  });

  it("an edited start (0.5, 0.5): the numbers of that run, not the default's", () => {
    const s = lesson.update(lesson.init(), { type: "edit", matrix: "W", values: [[0.5, 0.5]] });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const frames = walk(lesson, {}, "en", s.state);
    expect(frames[0]!.narrative[1]).toContain("W = [0.500, 0.500] (the weight you gave)");
    const f = frames.at(-1)!;
    expect(f.narrative[1]).toMatch(/^Now watch W₀ \+ W₁ \(the answer's is 0\): 1, -1\.11, 1\.24, …/);
    expect(f.outcome?.kind).toBe("warning");
  });

  it("the book's preset: lr 0.03 below its limit 0.03333, ✔, with its own window counts", () => {
    const f = result({ preset: "d2l" });
    expect(f.outcome?.kind).toBe("done");
    expect(f.narrative.join(" ")).toContain("12 windows see two bright pixels");
    expect(f.narrative.join(" ")).toContain("2/60 = 0.03333");
  });

  it("diverged: where the loss started to rise and where the run was called, without doubled words", () => {
    const f = result({ epochs: 60 });
    expect(f.outcome?.message).toMatch(/^The loss started to rise at iteration 16; the run was stopped at iteration 28,/);
    expect(f.outcome?.message).not.toMatch(/diverged/i); // the renderer's own "DIVERGED:" label says it once
    expect(f.narrative[0]).toContain("then rose from iteration 16 on");
  });

  it("in Chinese the verdict holds the same numbers, with 海森矩阵（Hessian） named once", () => {
    const f = result({}, "zh");
    const text = f.narrative.join("");
    expect(text).toContain("海森矩阵（Hessian");
    expect(text.match(/Hessian/g)).toHaveLength(1);
    expect(text).toContain("-1.112");
    expect(text).toContain("0.01515");
    expect(f.outcome!.message).toContain("看起来收敛了（损失 0.295）");
  });
});

describe("keep going, and the rate", () => {
  it("`more` runs MORE_EPOCHS further iterations and shows the first new one; the loss turns up", () => {
    let s = lesson.init();
    while (!lesson.frame(s, "en").done) s = lesson.next(s);
    const u = lesson.update(s, { type: "more" });
    expect(u.ok).toBe(true);
    if (!u.ok) return;
    const f = lesson.frame(u.state, "en");
    expect(f.heading).toBe(`Iteration 11 of ${10 + MORE_EPOCHS}`);
    const frames = walk(lesson, {}, "en", u.state);
    expect(frames.at(-1)!.narrative[0]).toContain("The loss fell to its lowest, 0.106 at iteration 15, then rose from iteration 16 on");
  });

  it("`more` after the run was stopped is refused, with a reason", () => {
    const s = lesson.init({ epochs: 60 });
    const u = lesson.update(s, { type: "more" });
    expect(!u.ok && u.error.en).toContain("nothing more to run");
  });

  it("edit lr sets the rate exactly, shown with enough digits to tell 0.01515 from 0.015 and 0.016", () => {
    const u = lesson.update(lesson.init(), { type: "edit", matrix: "lr", values: [[0.01515]] });
    expect(u.ok).toBe(true);
    if (!u.ok) return;
    const frames = walk(lesson, {}, "en", u.state);
    expect(frames[0]!.narrative[2]).toContain("lr = 0.01515");
    expect(equationText(frames.at(-1)!)[0]).toBe("1 − lr·λ_max = 1 − 0.01515 × 132 = -0.9998");
    const bad = lesson.update(lesson.init(), { type: "edit", matrix: "lr", values: [[0]] });
    expect(!bad.ok && bad.error.en).toBe("lr must be greater than 0, not 0.");
  });
});
