// Pooling with padding beyond half the window (up to window − 1), as MXNet allows: the MXNet
// notebook's MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3)) by hand, its gradient, central
// differences, and the same results as padding with −∞ (max) or zeros (avg) first.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { autograd, avgPool2d, conv2d, maxPool2d, nd, pad, type PoolOptions } from "../../src/engine/index.ts";
import { expectClose, gradcheck, randn } from "./helpers.ts";

const X4 = () => nd.fromFlat(Array.from({ length: 16 }, (_, i) => i), [1, 1, 4, 4]);
const mxnet: PoolOptions = { size: [2, 3], pad: [1, 2], stride: [2, 3] };
const f32 = Math.fround;

describe("the MXNet notebook's MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3))", () => {
  it("maxPool2d 1×1×4×4 size 2×3 pad 1×2 stride 2×3 → 1×1×3×2 [[0,3],[8,11],[12,15]]", () => {
    // rows {0}, {1,2}, {3} × columns {0}, {1,2,3}: the rest of each window is padding
    expect(maxPool2d(X4(), mxnet).toArray()).toEqual([[[[0, 3], [8, 11], [12, 15]]]]);
  });
  it("its gradient 1×1×4×4: the winners 0, 3, 8, 11, 12, 15 get the head gradient", () => {
    const x = X4().attachGrad();
    autograd.record(() => maxPool2d(x, mxnet)).backward(nd.fromFlat([1, 2, 3, 4, 5, 6], [1, 1, 3, 2]));
    expect(x.grad.toArray()).toEqual([[[[1, 0, 0, 2], [0, 0, 0, 0], [3, 0, 0, 4], [5, 0, 0, 6]]]]);
  });
  it("avgPool2d 1×1×4×4 size 2×3 pad 1×2 stride 2×3 → 1×1×3×2, each sum over the whole window of 6", () => {
    // (0)/6, (1+2+3)/6, (4+8)/6, (5+6+7+9+10+11)/6, (12)/6, (13+14+15)/6
    expect(avgPool2d(X4(), mxnet).toArray()).toEqual([[[[0, 1], [2, 8], [2, 7]]]]);
  });
  it("its gradient 1×1×4×4: every input cell sits in one window and gets 1/6", () => {
    const x = X4().attachGrad();
    autograd.record(() => avgPool2d(x, mxnet)).backward();
    expect([...x.grad.data]).toEqual(Array(16).fill(f32(1 / 6)));
  });
});

describe("padding up to window − 1, by hand", () => {
  // size 3 pad 2 stride 1 on 2×2: window tops −2, −1, 0, 1 cover input rows {0}, {0,1}, {0,1}, {1}
  it("maxPool2d 1×1×2×2 size 3 pad 2 stride 1 → 1×1×4×4", () => {
    const x = nd.array([[[[1, 2], [3, 4]]]]);
    expect(maxPool2d(x, { size: 3, pad: 2, stride: 1 }).toArray()).toEqual([[[[1, 2, 2, 2], [3, 4, 4, 4], [3, 4, 4, 4], [3, 4, 4, 4]]]]);
  });
  it("maxPool2d 1×1×2×2 of negatives size 3 pad 2 stride 1 → 1×1×4×4 never picks a padding cell", () => {
    const x = nd.array([[[[-1, -2], [-3, -4]]]]);
    expect(maxPool2d(x, { size: 3, pad: 2, stride: 1 }).toArray()).toEqual([[[[-1, -1, -1, -2], [-1, -1, -1, -2], [-1, -1, -1, -2], [-3, -3, -3, -4]]]]);
  });
  it("maxPool2d 1×1×2×2 size 3 pad 2 stride 1 gradient: 1, 3, 3, 9 wins", () => {
    const x = nd.array([[[[1, 2], [3, 4]]]]).attachGrad();
    autograd.record(() => maxPool2d(x, { size: 3, pad: 2, stride: 1 })).backward();
    expect(x.grad.toArray()).toEqual([[[[1, 3], [3, 9]]]]);
  });
  it("maxPool2d 1×1×2×2 of ones size 3 pad 2 stride 2 → 1×1×2×2: ties go to the first input cell", () => {
    // tops −2, 0: rows {0} and {0,1} (likewise columns); cell (0, 0) is first in every window
    const x = nd.ones([1, 1, 2, 2]).attachGrad();
    const y = autograd.record(() => maxPool2d(x, { size: 3, pad: 2, stride: 2 }));
    y.backward();
    expect(y.toArray()).toEqual([[[[1, 1], [1, 1]]]]);
    expect(x.grad.toArray()).toEqual([[[[4, 0], [0, 0]]]]);
  });
  it("maxPool2d 1×1×2×2 of −∞ size 3 pad 2 stride 1 → 1×1×4×4 of −∞ (input, not padding): each window's first input cell wins", () => {
    const x = nd.full([1, 1, 2, 2], -Infinity).attachGrad();
    const y = autograd.record(() => maxPool2d(x, { size: 3, pad: 2, stride: 1 }));
    y.backward();
    expect([...y.data]).toEqual(Array(16).fill(-Infinity));
    expect(x.grad.toArray()).toEqual([[[[9, 3], [3, 1]]]]);
  });
  it("avgPool2d 1×1×2×2 size 3 pad 2 stride 1 → 1×1×4×4, every sum divided by 9", () => {
    const x = nd.array([[[[1, 2], [3, 4]]]]);
    const sums = [[1, 3, 3, 2], [4, 10, 10, 6], [4, 10, 10, 6], [3, 7, 7, 4]];
    expectClose(avgPool2d(x, { size: 3, pad: 2, stride: 1 }).data, sums.flat().map((v) => v / 9));
  });
  it("avgPool2d 1×1×2×2 size 3 pad 2 stride 1 gradient: each cell is in 9 windows → 9 × 1/9 = 1", () => {
    const x = nd.array([[[[1, 2], [3, 4]]]]).attachGrad();
    autograd.record(() => avgPool2d(x, { size: 3, pad: 2, stride: 1 })).backward();
    expectClose(x.grad.data, [1, 1, 1, 1]);
  });
  it("maxPool2d 1×1×1×1 size 4×2 pad 3×1 stride 1 → 1×1×4×2: one input cell in every window", () => {
    const x = nd.array([[[[-7]]]]).attachGrad();
    const y = autograd.record(() => maxPool2d(x, { size: [4, 2], pad: [3, 1], stride: 1 }));
    y.backward();
    expect(y.toArray()).toEqual([[[[-7, -7], [-7, -7], [-7, -7], [-7, -7]]]]);
    expect(x.grad.toArray()).toEqual([[[[8]]]]);
  });
});

describe("finite differences with padding beyond half the window", () => {
  const cases: [string, number[], PoolOptions][] = [
    ["x 1×1×4×4 size 2×3 pad 1×2 stride 2×3 (MXNet's)", [1, 1, 4, 4], mxnet],
    ["x 2×2×3×4 size 3 pad 2 stride 1", [2, 2, 3, 4], { size: 3, pad: 2, stride: 1 }],
    ["x 1×3×5×5 size 4×3 pad 3×2 stride 2", [1, 3, 5, 5], { size: [4, 3], pad: [3, 2], stride: 2 }],
    ["x 1×1×3×3 size 3 pad 2 stride 4 (row and column 1 in no window)", [1, 1, 3, 3], { size: 3, pad: 2, stride: 4 }],
  ];
  for (const [name, shape, opts] of cases) {
    // distinct values 0.1 apart (a shuffled ramp): no ties, so ±ε never changes a winner
    it(`maxPool2d ${name}`, () => {
      const size = shape.reduce((a, b) => a * b, 1);
      const order = randn([size], 5).data;
      const rank = [...order.keys()].sort((a, b) => order[a]! - order[b]!);
      const v = new Array<number>(size);
      rank.forEach((at, r) => (v[at] = (r - size / 2) * 0.1));
      gradcheck((x) => maxPool2d(x, opts), [nd.fromFlat(v, shape)], { eps: 1e-3 });
    });
    it(`avgPool2d ${name}`, () => gradcheck((x) => avgPool2d(x, opts), [randn(shape, 6)]));
  }
});

describe("properties for every padding below the window", () => {
  const geometry = fc
    .record({
      H: fc.integer({ min: 1, max: 7 }), W: fc.integer({ min: 1, max: 7 }),
      KH: fc.integer({ min: 1, max: 4 }), KW: fc.integer({ min: 1, max: 4 }),
      SH: fc.integer({ min: 1, max: 4 }), SW: fc.integer({ min: 1, max: 4 }),
      ph: fc.nat(), pw: fc.nat(), seed: fc.integer({ min: 0, max: 1e6 }),
    })
    .map((g) => ({ ...g, PH: g.ph % g.KH, PW: g.pw % g.KW }))
    .filter((g) => g.KH <= g.H + 2 * g.PH && g.KW <= g.W + 2 * g.PW);

  it("maxPool2d equals maxPool2d of the input padded with −∞ first (values and gradients), and is never −∞", () => {
    fc.assert(
      fc.property(geometry, (g) => {
        const opts = { size: [g.KH, g.KW], stride: [g.SH, g.SW] } as const;
        const a = randn([1, 2, g.H, g.W], g.seed).attachGrad();
        const b = a.copy().attachGrad();
        const ya = autograd.record(() => maxPool2d(a, { ...opts, pad: [g.PH, g.PW] }));
        const yb = autograd.record(() => maxPool2d(pad(b, [g.PH, g.PW], -Infinity), opts));
        expect([...ya.data]).toEqual([...yb.data]);
        expect(ya.data.every(Number.isFinite)).toBe(true); // every window held an input cell
        const head = randn(ya.shape, g.seed + 1);
        ya.backward(head);
        yb.backward(head);
        expect([...a.grad.data]).toEqual([...b.grad.data]);
      }),
      { numRuns: 150 },
    );
  });

  it("avgPool2d equals conv2d with a kernel of 1/area and the same padding (count_include_pad)", () => {
    fc.assert(
      fc.property(geometry, (g) => {
        const x = randn([2, 1, g.H, g.W], g.seed);
        const w = nd.full([1, 1, g.KH, g.KW], 1 / (g.KH * g.KW));
        const opts = { stride: [g.SH, g.SW], pad: [g.PH, g.PW] } as const;
        expectClose(avgPool2d(x, { size: [g.KH, g.KW], ...opts }).data, conv2d(x, w, opts).data);
      }),
      { numRuns: 100 },
    );
  });
});
