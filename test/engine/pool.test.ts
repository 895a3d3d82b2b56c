// Pooling: the book's numbers, hand-computed gradients, central differences, a cross-check
// against conv2d, and the ShapeErrors a learner can meet.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { autograd, avgPool2d, conv2d, maxPool2d, nd, NDArray, pool2d, RNG, ShapeError } from "../../src/engine/index.ts";
import { expectClose, gradcheck, randn } from "./helpers.ts";

const arange = (n: number) => Array.from({ length: n }, (_, i) => i);
const X3 = () => nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
const X4 = () => nd.fromFlat(arange(16), [1, 1, 4, 4]);

/** Distinct values 0.1 apart in a random order: max pooling has no ties, so ±ε never changes a winner. */
function distinct(shape: number[], seed: number): NDArray {
  const size = shape.reduce((a, b) => a * b, 1);
  const v = arange(size).map((i) => (i - size / 2) * 0.1);
  const rng = new RNG(seed);
  for (let i = size - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [v[i], v[j]] = [v[j]!, v[i]!];
  }
  return nd.fromFlat(v, shape);
}

describe("the book's pooling examples", () => {
  it("pool2d max 3×3 with 2×2 window → [[4,5],[7,8]]", () => {
    expect(pool2d(X3(), [2, 2]).toArray()).toEqual([[4, 5], [7, 8]]);
  });
  it("pool2d avg 3×3 with 2×2 window → [[2,3],[5,6]]", () => {
    expect(pool2d(X3(), [2, 2], "avg").toArray()).toEqual([[2, 3], [5, 6]]);
  });
  it("maxPool2d 1×1×4×4 size 3 (stride defaults to 3) → [[10]]", () => {
    expect(maxPool2d(X4(), { size: 3 }).toArray()).toEqual([[[[10]]]]);
  });
  it("maxPool2d 1×1×4×4 size 3 pad 1 stride 2 → [[5,7],[13,15]]", () => {
    expect(maxPool2d(X4(), { size: 3, pad: 1, stride: 2 }).toArray()).toEqual([[[[5, 7], [13, 15]]]]);
  });
  it("maxPool2d 1×1×4×4 size 2×3 pad 0×1 stride 2×3 → [[5,7],[13,15]]", () => {
    expect(maxPool2d(X4(), { size: [2, 3], pad: [0, 1], stride: [2, 3] }).toArray()).toEqual([[[[5, 7], [13, 15]]]]);
  });
  it("maxPool2d 1×2×4×4 (X and X+1) pools each channel on its own", () => {
    const x = nd.fromFlat([...arange(16), ...arange(16).map((v) => v + 1)], [1, 2, 4, 4]);
    expect(maxPool2d(x, { size: 3, pad: 1, stride: 2 }).toArray()).toEqual([[[[5, 7], [13, 15]], [[6, 8], [14, 16]]]]);
  });
});

describe("padding conventions", () => {
  it("avgPool2d 1×1×2×2 size 2 pad 1 stride 2 divides by the whole window (padding counts as zeros)", () => {
    const x = nd.array([[[[1, 2], [3, 4]]]]);
    expect(avgPool2d(x, { size: 2, pad: 1, stride: 2 }).toArray()).toEqual([[[[0.25, 0.5], [0.75, 1]]]]);
  });
  it("maxPool2d 1×1×2×2 of negatives with pad 1 never picks a padding zero", () => {
    const x = nd.array([[[[-1, -2], [-3, -4]]]]);
    expect(maxPool2d(x, { size: 2, pad: 1, stride: 2 }).toArray()).toEqual([[[[-1, -2], [-3, -4]]]]);
  });
});

describe("hand-computed gradients", () => {
  it("pool2d max 3×3 → 2×2: each window's winner (4, 5, 7, 8) gets the head gradient", () => {
    const X = X3().attachGrad();
    autograd.record(() => pool2d(X, 2)).backward();
    // winners: 4, 5, 7, 8 (the bottom-right of each window)
    expect(X.grad.toArray()).toEqual([[0, 0, 0], [0, 1, 1], [0, 1, 1]]);
  });
  it("pool2d max 2×2 of a constant → 1×1: ties go to the first cell (PyTorch's rule)", () => {
    const X = nd.ones([2, 2]).attachGrad();
    autograd.record(() => pool2d(X, 2)).backward();
    expect(X.grad.toArray()).toEqual([[1, 0], [0, 0]]);
  });
  it("pool2d avg 3×3 → 2×2: a cell's gradient is (windows covering it) / 4", () => {
    const X = X3().attachGrad();
    autograd.record(() => pool2d(X, 2, "avg")).backward();
    expect(X.grad.toArray()).toEqual([[0.25, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 0.25]]);
  });
  it("maxPool2d 1×1×4×4 size 3 pad 1 stride 2: winners 5, 7, 13, 15 get 1", () => {
    const x = X4().attachGrad();
    autograd.record(() => maxPool2d(x, { size: 3, pad: 1, stride: 2 })).backward();
    const g = x.grad.data;
    expect([...g].map((v, i) => (v ? i : -1)).filter((i) => i >= 0)).toEqual([5, 7, 13, 15]);
  });
  it("avgPool2d 1×1×2×2 size 2 pad 1 stride 2: each cell is in one window, gets 1/4", () => {
    const x = nd.array([[[[1, 2], [3, 4]]]]).attachGrad();
    autograd.record(() => avgPool2d(x, { size: 2, pad: 1, stride: 2 })).backward();
    expect(x.grad.toArray()).toEqual([[[[0.25, 0.25], [0.25, 0.25]]]]);
  });
});

describe("finite differences", () => {
  const cases: [string, number[], { size: number | [number, number]; stride?: number | [number, number]; pad?: number | [number, number] }][] = [
    ["x 1×1×4×4 size 2", [1, 1, 4, 4], { size: 2 }],
    ["x 2×3×5×5 size 3 stride 2 pad 1", [2, 3, 5, 5], { size: 3, stride: 2, pad: 1 }],
    ["x 1×2×5×6 size 2×3 stride 1×2 pad 1×1", [1, 2, 5, 6], { size: [2, 3], stride: [1, 2], pad: [1, 1] }],
    ["x 1×1×6×6 size 3 stride 1 (overlapping windows)", [1, 1, 6, 6], { size: 3, stride: 1 }],
  ];
  for (const [name, shape, opts] of cases) {
    it(`maxPool2d ${name}`, () => gradcheck((x) => maxPool2d(x, opts), [distinct(shape, 7)], { eps: 1e-3 }));
    it(`avgPool2d ${name}`, () => gradcheck((x) => avgPool2d(x, opts), [randn(shape, 8)]));
  }
  it("pool2d max 4×5 window 2×2", () => gradcheck((X) => pool2d(X, 2), [distinct([4, 5], 3)], { eps: 1e-3 }));
  it("pool2d avg 4×5 window 3×2", () => gradcheck((X) => pool2d(X, [3, 2], "avg"), [randn([4, 5], 4)]));
});

describe("properties", () => {
  it("avgPool2d of one channel equals conv2d with a kernel of 1/area (any size, stride, padding)", () => {
    const shapes = fc.record({
      H: fc.integer({ min: 1, max: 8 }), W: fc.integer({ min: 1, max: 8 }),
      KH: fc.integer({ min: 1, max: 4 }), KW: fc.integer({ min: 1, max: 4 }),
      S: fc.integer({ min: 1, max: 3 }), seed: fc.integer({ min: 0, max: 1e6 }),
    }).filter((g) => g.KH <= g.H && g.KW <= g.W);
    fc.assert(
      fc.property(shapes, (g) => {
        const x = randn([2, 1, g.H, g.W], g.seed);
        const pad: [number, number] = [Math.floor(g.KH / 2), Math.floor(g.KW / 2)];
        const w = nd.full([1, 1, g.KH, g.KW], 1 / (g.KH * g.KW));
        expectClose(avgPool2d(x, { size: [g.KH, g.KW], stride: g.S, pad }).data, conv2d(x, w, { stride: g.S, pad }).data);
      }),
      { numRuns: 60 },
    );
  });
  it("maxPool2d's output is one of its window's inputs and ≥ all of them; its gradient has the input's shape", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const x = randn([1, 2, n, n], seed).attachGrad();
        const y = autograd.record(() => maxPool2d(x, { size: 2, stride: 1 }));
        y.backward();
        expect(x.grad.shape).toEqual(x.shape);
        const xs = x.toArray() as number[][][][];
        const ys = y.toArray() as number[][][][];
        ys[0]!.forEach((plane, c) => plane.forEach((row, i) => row.forEach((v, j) => {
          const win = [xs[0]![c]![i]![j]!, xs[0]![c]![i]![j + 1]!, xs[0]![c]![i + 1]![j]!, xs[0]![c]![i + 1]![j + 1]!];
          expect(win).toContain(v);
          expect(Math.max(...win)).toBe(v);
        })));
      }),
      { numRuns: 40 },
    );
  });
});

describe("bad input is a ShapeError naming the op and shapes", () => {
  it("window 3×3 larger than input 2×2", () => {
    expect(() => pool2d(nd.zeros([2, 2]), 3)).toThrow(new ShapeError("pool2d: window 3×3 does not fit in input 2×2"));
  });
  it("window 5×5 larger than padded input 2×2 (padded 4×4)", () => {
    expect(() => maxPool2d(nd.zeros([1, 1, 2, 2]), { size: 5, pad: 1 })).toThrow(/window 5×5 does not fit in input 2×2 \(padded 4×4\)/);
  });
  it("padding 3 (or 1×3) not smaller than the window 3 (a window could hold only padding)", () => {
    expect(() => maxPool2d(nd.zeros([1, 1, 4, 4]), { size: 3, pad: 3 })).toThrow(
      new ShapeError("maxPool2d: padding 3×3 is not smaller than the window 3×3; a window could hold only padding"),
    );
    expect(() => avgPool2d(nd.zeros([1, 1, 4, 4]), { size: [2, 3], pad: [1, 3] })).toThrow(/avgPool2d: padding 1×3 is not smaller than the window 2×3/);
    expect(() => pool2d(nd.zeros([2, 2]), 1)).not.toThrow(); // size 1, no padding: fine
  });
  it("stride 0 and a fractional window", () => {
    expect(() => avgPool2d(nd.zeros([1, 1, 4, 4]), { size: 2, stride: 0 })).toThrow(/avgPool2d: stride must be a whole number ≥ 1/);
    expect(() => pool2d(nd.zeros([4, 4]), 1.5)).toThrow(/pool2d: window size must be a whole number ≥ 1/);
  });
  it("wrong number of axes: pool2d of 1×4×4, maxPool2d of 4×4", () => {
    expect(() => pool2d(nd.zeros([1, 4, 4]), 2)).toThrow(/pool2d: X must be 2-D \(height×width\), got 1×4×4/);
    expect(() => maxPool2d(nd.zeros([4, 4]), { size: 2 })).toThrow(/maxPool2d: input x must be 4-D .* got 4×4/);
  });
  it("an unknown mode", () => {
    expect(() => pool2d(nd.zeros([2, 2]), 1, "min" as "max")).toThrow(/mode must be "max" or "avg", got "min"/);
  });
  it("NaN in a window propagates to the max (and to the mean)", () => {
    const X = nd.array([[1, NaN], [3, 4]]);
    expect(pool2d(X, 2).asScalar()).toBeNaN();
    expect(pool2d(X, 2, "avg").asScalar()).toBeNaN();
  });
});
