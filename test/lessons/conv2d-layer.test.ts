// Lesson 2 step by step: the hand-written block, a forward pass, edges, the transposed image.
import { describe, expect, it } from "vitest";
import { conv2dLayer as lesson } from "../../lessons/02-conv2d-layer/index.ts";
import { Conv2d } from "../../lessons/notebook/conv2d-block.ts";
import { nd, autograd, corr2d } from "../../src/engine/index.ts";
import { equationText, matrix, scalar, walk } from "./helpers.ts";

const image = [0, 1, 2, 3, 4, 5].map(() => [1, 1, 1, 1, 0, 1, 1, 1]);

describe("conv2d-layer, default options", () => {
  const frames = walk(lesson);

  it("has four steps: block, forward, edges, transposed", () => {
    expect(frames.map((f) => [f.step, f.steps, f.done])).toEqual([[0, 4, false], [1, 4, false], [2, 4, false], [3, 4, true]]);
    expect(frames.map((f) => f.record.kind)).toEqual(["block", "forward", "edges", "transposed"]);
  });

  it("step 0: a weight shaped like the kernel from uniform(−0.07, 0.07), a bias of 0", () => {
    const f = frames[0]!;
    const w = matrix(f, "weight").values;
    expect(w).toHaveLength(1);
    expect(w[0]).toHaveLength(2);
    for (const v of w[0]!) expect(Math.abs(v)).toBeLessThan(0.07);
    expect(scalar(f, "bias")).toBe(0);
    expect(f.code.current.map((i) => f.code.lines[i])).toContain("conv.initialize({ seed });");
  });

  it("step 1: the forward pass is corr2d(X, weight) + bias, its first cell written out", () => {
    const f = frames[1]!;
    const [w0, w1] = matrix(f, "weight").values[0]!;
    const expected = corr2d(nd.array(image), nd.array([[w0!, w1!]])).to2d();
    expect(matrix(f, "out").values).toEqual(expected);
    expect(equationText(f)[0]).toMatch(/^1×\(-?0\.\d{3}\) \+ 1×\(?-?0\.\d{3}\)? \+ 0 = -?0\.\d{3}$/);
  });

  it("step 2: the notebook's image, K = [1, −1], and 1 / −1 on its edges (marked)", () => {
    const f = frames[2]!;
    expect(matrix(f, "X").values).toEqual(image);
    expect(matrix(f, "K").values).toEqual([[1, -1]]);
    const Y = matrix(f, "Y");
    for (const row of Y.values) expect(row).toEqual([0, 0, 0, 1, -1, 0, 0]);
    expect(Y.current).toHaveLength(12);
    expect(Y.current).toContainEqual([5, 4]);
    expect(equationText(f)[0]).toBe("1×1 + 0×(-1) = 1");
  });

  it("step 3: in the transposed image this kernel finds nothing", () => {
    const f = frames[3]!;
    expect(matrix(f, "XT").values).toHaveLength(8);
    const YT = matrix(f, "YT");
    expect(YT.values).toHaveLength(8);
    expect(YT.values.flat().every((v) => v === 0)).toBe(true);
    expect(YT.current).toEqual([]);
    expect(f.outcome?.kind).toBe("done");
    expect(f.outcome?.message).toContain("vertical edges only");
    const summary = lesson.summarize(lesson.init());
    expect(summary.edgeCells).toBe(12);
    expect(summary.transposedEdgeCells).toBe(0);
  });

  it("the same seed gives the same weight; another seed another", () => {
    expect(walk(lesson, { seed: "5" })).toEqual(walk(lesson, { seed: 5 }));
    expect(matrix(walk(lesson, { seed: 5 })[0]!, "weight").values).not.toEqual(matrix(frames[0]!, "weight").values);
  });
});

describe("the hand-written block", () => {
  it("can be differentiated (unlike the MXNet notebook's element-by-element one)", () => {
    const conv = new Conv2d([1, 2]);
    conv.initialize({ seed: 1 });
    const X = nd.array(image);
    const l = autograd.record(() => conv.forward(X).sum());
    l.backward();
    // ∂Σ corr2d(X, W)/∂W[0, j] = sum of X[:, j:j+7]: 6 rows of 6 ones (column 4 is 0)
    expect(conv.weight.grad().to2d()).toEqual([[36, 36]]);
    expect(conv.bias.grad().toArray()).toEqual([42]);
  });
});

describe("conv2d-layer actions", () => {
  const start = lesson.next(lesson.next(lesson.init())); // edges

  it("edit K to a horizontal-edge kernel finds the transposed image's edges", () => {
    const u = lesson.update(start, { type: "edit", matrix: "K", values: [[1], [-1]] });
    expect(u.ok).toBe(true);
    if (!u.ok) return;
    expect(lesson.frame(u.state, "en").step).toBe(2);
    const last = walk(lesson, {}, "en", u.state).at(-1)!;
    expect(matrix(last, "YT").current).toHaveLength(12);
    expect(lesson.summarize(u.state).edgeCells).toBe(0);
  });

  it("edit X to the learner's image", () => {
    const u = lesson.update(start, { type: "edit", matrix: "X", values: [[0, 1, 1], [0, 1, 1]] });
    expect(u.ok && matrix(lesson.frame(u.state, "en"), "Y").values).toEqual([[-1, 0], [-1, 0]]);
  });

  it.each([
    ["a kernel wider than the image", "K", [[1, 2, 3, 4, 5, 6, 7, 8, 9]], "kernel 1×9 does not fit in image 6×8"],
    ["a kernel that misses the transposed image", "K", [[1, 1, 1, 1, 1, 1, 1]], "transposed image 8×6"],
    ["a ragged image", "X", [[1, 2], [1]], "every row must have the same length"],
    ["an image too large", "X", Array.from({ length: 17 }, () => [1, 1]), "at most 16×16"],
    ["the weight", "weight", [[1, 1]], "weight cannot be edited here"],
  ])("refuses %s and keeps the old state", (_, id, values, words) => {
    const u = lesson.update(start, { type: "edit", matrix: id, values: values as number[][] });
    expect(!u.ok && u.error.en).toContain(words);
    expect(matrix(lesson.frame(start, "en"), "K").values).toEqual([[1, -1]]);
  });

  it("reseed draws a new weight and keeps the step", () => {
    const u = lesson.update(lesson.init(), { type: "reseed", seed: 9 });
    expect(u.ok && lesson.frame(u.state, "en").record).toEqual(lesson.frame(lesson.init({ seed: 9 }), "en").record);
    expect(lesson.update(start, { type: "reseed", seed: 1.5 }).ok).toBe(false);
  });

  it("reset restores the options init was given", () => {
    const edited = lesson.update(start, { type: "edit", matrix: "K", values: [[1], [-1]] });
    const u = edited.ok ? lesson.update(edited.state, { type: "reset" }) : edited;
    expect(u.ok && walk(lesson, {}, "en", u.state)).toEqual(walk(lesson));
  });
});
