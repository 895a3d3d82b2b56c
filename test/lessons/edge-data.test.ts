// One edge-data builder and one training loop (lessons/notebook/train.ts) serve lessons 2,
// 3, 4 and 8 and the exercises: the data each shows is the same numbers.
import { describe, expect, it } from "vitest";
import { edgeData, train } from "../../lessons/notebook/train.ts";
import { notebookImage } from "../../lessons/02-conv2d-layer/run.ts";
import { trainBoth } from "../../lessons/04-convolution-vs-correlation/run.ts";
import { race } from "../../lessons/08-lr-stability/run.ts";

describe("edgeData", () => {
  it("seed: the notebook's image (column 4 dark) and its edges ±1 around it", () => {
    const { X, K, Y } = edgeData("seed");
    expect(X.to2d()).toEqual(Array(6).fill([1, 1, 1, 1, 0, 1, 1, 1]));
    expect(K.to2d()).toEqual([[1, -1]]);
    expect(Y.to2d()).toEqual(Array(6).fill([0, 0, 0, 1, -1, 0, 0]));
  });
  it("d2l: the book's image (columns 2 to 5 dark)", () => {
    expect(edgeData("d2l").X.to2d()).toEqual(Array(6).fill([1, 1, 0, 0, 0, 0, 1, 1]));
    expect(edgeData("d2l").Y.to2d()).toEqual(Array(6).fill([0, 1, 0, 0, 0, -1, 0]));
  });
  it("is what lessons 2, 4 and 8 use", () => {
    expect(notebookImage()).toEqual(edgeData("seed").X.to2d());
    const both = trainBoth({ lr: 0.02, epochs: 1, seed: 0 });
    expect(both.x).toEqual(edgeData("d2l").X.to2d());
    expect(both.y).toEqual(edgeData("d2l").Y.to2d());
    const r = race({ preset: "seed", lrs: [0.01], epochs: 1, seed: 2 });
    expect([r.x, r.y]).toEqual([edgeData("seed").X.to2d(), edgeData("seed").Y.to2d()]);
  });
});

describe("train, shared by lesson 3 and lesson 8", () => {
  it("lesson 8's runs are lesson 3's loop, run to the end even after divergence", () => {
    const lrs = [0.01, 0.05];
    const r = race({ preset: "d2l", lrs, epochs: 40, seed: 2 });
    for (const [i, lr] of lrs.entries()) {
      const whole = train({ preset: "d2l", lr, epochs: 40, seed: 2, untilDiverged: false });
      expect(r.runs[i]!.losses).toEqual(whole.iterations.map((it) => it.loss));
      expect(r.runs[i]!.weights).toEqual(whole.iterations.map((it) => it.weight[0]));
    }
    expect(r.runs[1]!.losses).toHaveLength(40);
  });
  it("untilDiverged (the default) stops at the divergence; the verdict is the same either way", () => {
    const stopped = train({ preset: "seed", lr: 0.05, epochs: 100, seed: 2 });
    const whole = train({ preset: "seed", lr: 0.05, epochs: 100, seed: 2, untilDiverged: false });
    expect(stopped.diverged).not.toBeNull();
    expect(stopped.iterations).toHaveLength(stopped.diverged!.at);
    expect(whole.iterations).toHaveLength(100);
    expect(whole.diverged).toEqual(stopped.diverged);
  });
});

describe("lesson 8's shown code", () => {
  it("is lesson 3's data and loop, then the line that runs it per rate", async () => {
    const { CODE } = await import("../../lessons/08-lr-stability/code.ts");
    expect(CODE.slice(0, 4)).toEqual(["const X = nd.ones([6, 8]);", "X.set(preset.dark, 0);", "const K = nd.array([[1, -1]]);", "const Y = corr2d(X, K);"]);
    expect(CODE[6]).toBe("if (initWeight) conv2d.weight.setData([[initWeight]]);");
    expect(CODE[7]).toBe("for (let epoch = 1; epoch <= epochs; epoch++) {");
    expect(CODE.at(-2)).toBe("}");
    expect(CODE.at(-1)).toMatch(/^const runs = lrs\.map/);
  });
});
