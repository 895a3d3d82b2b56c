// The engine's README examples, run as written (guards the docs against drift).
import { describe, expect, it } from "vitest";
import { autograd, corr2d, nd, nn, sgdStep } from "../../src/engine/index.ts";
import type { NDArray } from "../../src/engine/index.ts";

class Conv2d extends nn.Block {
  weight: nn.Parameter;
  bias: nn.Parameter;
  constructor(kernelSize: [number, number]) {
    super();
    this.weight = this.params.get("weight", { shape: kernelSize });
    this.bias = this.params.get("bias", { shape: [1] });
  }
  forward(x: NDArray): NDArray {
    return corr2d(x, this.weight.data()).add(this.bias.data());
  }
}

describe("README examples", () => {
  it("the first example: corr2d, shape, attachGrad, record, backward", () => {
    const X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    const K = nd.array([[0, 1], [2, 3]]);
    expect(corr2d(X, K).toArray()).toEqual([[19, 25], [37, 43]]);
    expect(X.shape).toEqual([3, 3]);
    X.attachGrad();
    const l = autograd.record(() => corr2d(X, K).sum());
    l.backward();
    expect(X.grad.shape).toEqual([3, 3]);
  });

  it("the hand-written Conv2d block: seeded weight, zero bias, shape of its output", () => {
    const layer = new Conv2d([1, 2]).initialize({ seed: 0 });
    expect(layer.bias.data().toArray()).toEqual([0]);
    expect(layer.forward(nd.ones([6, 8])).shape).toEqual([6, 7]);
  });

  it("the training loop: loss falls to below 0.05 in ten steps and W ends near [1, −1]", () => {
    const X = nd.ones([6, 8]).set(":, 2:6", 0);
    const Y = corr2d(X, nd.array([[1, -1]]));
    const conv = new nn.Conv2D({ channels: 1, kernelSize: [1, 2] }).initialize({ seed: 0 });
    const [X4, Y4] = [X.reshape(1, 1, 6, 8), Y.reshape(1, 1, 6, 7)];
    const losses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const l = autograd.record(() => conv.forward(X4).sub(Y4).pow(2));
      l.backward();
      sgdStep([conv.weight], 0.03);
      losses.push(l.sum().asScalar());
    }
    expect(losses[9]).toBeLessThan(0.05);
    expect(conv.weight.data().reshape(1, 2).to2d()[0]![0]).toBeCloseTo(1, 1);
    expect(conv.weight.data().reshape(1, 2).to2d()[0]![1]).toBeCloseTo(-1, 1);
  });
});
