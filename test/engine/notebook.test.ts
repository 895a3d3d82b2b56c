// The notebook's own numbers (d2l 二维卷积层), run through the public API.
import { describe, expect, it } from "vitest";
import { autograd, corr2d, nd, nn, sgdStep } from "../../src/engine/index.ts";
import type { NDArray } from "../../src/engine/index.ts";
import { NOTEBOOK_PRINTOUT } from "../../lessons/notebook/printout.ts";
import { recoverInitialWeight } from "../../lessons/notebook/recover-init.ts";

function edgeImage(): NDArray {
  return nd.ones([6, 8]).set(":, 4:5", 0); // X[:, 4:5] = 0
}

describe("the notebook", () => {
  it("corr2d 3×3 ⋆ 2×2 gives [[19, 25], [37, 43]]", () => {
    const X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    const K = nd.array([[0, 1], [2, 3]]);
    expect(corr2d(X, K).toArray()).toEqual([[19, 25], [37, 43]]);
  });

  it("edge image 6×8 ⋆ [[1, −1]] gives 1 and −1 at the stripe's edges", () => {
    const Y = corr2d(edgeImage(), nd.array([[1, -1]]));
    expect(Y.shape).toEqual([6, 7]);
    for (const row of Y.to2d()) expect(row).toEqual([0, 0, 0, 1, -1, 0, 0]);
  });

  it("the transposed image 8×6 ⋆ [[1, −1]] gives all zeros", () => {
    const Y = corr2d(edgeImage().T, nd.array([[1, -1]]));
    expect(Y.shape).toEqual([8, 5]);
    expect([...Y.data].every((v) => v === 0)).toBe(true);
  });

  // A seed whose unstable direction (1, 1) starts small: lr 0.016 is just above the
  // stability limit 2/132 for this data, so some starts overshoot within ten steps.
  function train(stripe: string, lr: number, seed: number) {
    const image = nd.ones([6, 8]).set(stripe, 0);
    const X = image.reshape(1, 1, 6, 8);
    const Y = corr2d(image, nd.array([[1, -1]])).reshape(1, 1, 6, 7);
    const conv = new nn.Conv2D({ channels: 1, kernelSize: [1, 2] });
    conv.initialize({ seed });
    const losses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const l = autograd.record(() => conv.forward(X).sub(Y).pow(2).sum());
      l.backward();
      sgdStep([conv.weight], lr);
      losses.push(l.asScalar());
    }
    return { losses, weight: [...conv.weight.data().data], bias: conv.bias!.data().toArray() };
  }

  it("ten steps of training (X[:, 4:5] = 0, lr 0.016, weight only) lower the loss and end near [1, −1]", () => {
    const { losses, weight, bias } = train(":, 4:5", 0.016, 2);
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]!);
    expect(Math.abs(weight[0]! - 1)).toBeLessThan(0.15);
    expect(Math.abs(weight[1]! + 1)).toBeLessThan(0.15);
    expect(bias).toEqual([0]); // never updated
  });

  it("the book's variant (X[:, 2:6] = 0, lr 0.03) converges close to [1, −1]", () => {
    const { losses, weight } = train(":, 2:6", 0.03, 0);
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]!);
    expect(weight[0]).toBeCloseTo(1, 1);
    expect(weight[1]).toBeCloseTo(-1, 1);
  });

  // The notebook's own run: lr 0.016, X[:, 4:5] = 0, only the weight updated. Its random W₀ was
  // not printed; lessons/notebook recovers it from the printout. From there the engine must print
  // the same table, and the same float32 weight (which summing in doubles gives; summing the
  // gradient's 42 terms one at a time in float32 would end one ulp off, at -0.8944947).
  it("from the recovered W₀, Gluon's Conv2D 1×2 prints NO.1 12.500 … NO.10 0.295 and ends at [[0.8634343, -0.8944946]]", () => {
    const { lr, losses, finalWeight } = NOTEBOOK_PRINTOUT;
    const image = nd.ones([6, 8]).set(":, 4:5", 0);
    const target = corr2d(image, nd.array([[1, -1]]));
    const w0 = recoverInitialWeight(image.to2d(), target.to2d(), lr, losses.length, finalWeight);
    const conv2d = new nn.Conv2D({ channels: 1, kernelSize: [1, 2], inChannels: 1 }).initialize();
    conv2d.weight.setData([[[w0]]]);
    const X = image.reshape(1, 1, 6, 8);
    const Y = target.reshape(1, 1, 6, 7);
    const printed: string[] = [];
    for (let i = 0; i < losses.length; i++) {
      const l = autograd.record(() => conv2d.forward(X).sub(Y).pow(2));
      l.backward();
      sgdStep([conv2d.weight], lr);
      printed.push(l.sum().asScalar().toFixed(3));
    }
    expect(printed).toEqual(losses.map((v) => v.toFixed(3)));
    expect(conv2d.weight.data().reshape(1, 2).to2d()).toEqual([finalWeight.map(Math.fround)]);
    expect(conv2d.bias?.data().to1d()).toEqual([0]);
  });
});
