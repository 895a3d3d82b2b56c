// Blocks and parameters: the notebook's hand-written Conv2d, Gluon's Conv2D, SGD.
import { describe, expect, it } from "vitest";
import { autograd, corr2d, nd, nn, sgdStep, ShapeError } from "../../src/engine/index.ts";
// The notebook's block, written on top of nn.Block: the one lesson 2 runs.
import { Conv2d } from "../../lessons/notebook/conv2d-block.ts";

describe("nn", () => {
  it("hand-written Conv2d 1×2: seeded uniform(−0.07, 0.07) weight, zero bias, forward = corr2d + bias", () => {
    const net = new Conv2d([1, 2]).initialize({ seed: 7 });
    const w = [...net.weight.data().data];
    expect(w.every((v) => v >= -0.07 && v < 0.07)).toBe(true);
    expect(net.bias.data().toArray()).toEqual([0]);
    expect([...new Conv2d([1, 2]).initialize({ seed: 7 }).weight.data().data]).toEqual(w); // same seed, same numbers
    const X = nd.ones([6, 8]).set(":, 2:6", 0);
    net.bias.setData([0.5]);
    const y = net.forward(X);
    expect(y.shape).toEqual([6, 7]);
    const want = corr2d(X, net.weight.data());
    expect([...y.data]).toEqual([...want.data].map((v) => Math.fround(v + 0.5)));
  });

  it("hand-written Conv2d learns [1, −1] and its bias gets a gradient of shape [1]", () => {
    const X = nd.ones([6, 8]).set(":, 2:6", 0);
    const Y = corr2d(X, nd.array([[1, -1]]));
    const net = new Conv2d([1, 2]).initialize();
    for (let i = 0; i < 30; i++) {
      const l = autograd.record(() => net.forward(X).sub(Y).pow(2).sum());
      l.backward();
      expect(net.bias.grad().shape).toEqual([1]);
      sgdStep(net, 0.01);
    }
    const [a, b] = [...net.weight.data().data];
    expect(a! - b!).toBeCloseTo(2, 1);
  });

  it("Conv2D infers its input channels at the first call (x 2×3×5×5 → weight 4×3×3×3)", () => {
    const conv = new nn.Conv2D({ channels: 4, kernelSize: 3, padding: 1 });
    conv.initialize({ seed: 1 });
    expect(() => conv.weight.data()).toThrow(/first forward/);
    const y = conv.forward(nd.ones([2, 3, 5, 5]));
    expect(y.shape).toEqual([2, 4, 5, 5]);
    expect(conv.weight.data().shape).toEqual([4, 3, 3, 3]);
    expect(conv.bias!.data().toArray()).toEqual([0, 0, 0, 0]);
    expect(String(conv)).toBe("Conv2D(3 -> 4, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), bias=true)");
  });

  it("Conv2D refuses a 2-D input 6×8 with a hint to reshape", () => {
    const conv = new nn.Conv2D({ channels: 1, kernelSize: [1, 2] }).initialize();
    expect(() => conv.forward(nd.ones([6, 8]))).toThrow(ShapeError);
    expect(() => conv.forward(nd.ones([6, 8]))).toThrow(/6×8.*reshape/);
  });
});
