// corr2d and conv2d: hand-computed cases, central differences over a grid of shapes,
// fast-check properties against the plain reference, linearity.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { autograd, conv2d, corr2d, nd, NDArray } from "../../src/engine/index.ts";
import { conv2dPlain, conv2dPlainBackward } from "../../src/engine/ops/conv-plain.ts";
import type { Geometry } from "./helpers.ts";
import { expectClose, gradcheck, plainConv2d, plainConv2dGrads, outSize, randn } from "./helpers.ts";

describe("hand-computed", () => {
  it("corr2d 3×3 ⋆ 2×2: ∂/∂X and ∂/∂K for a head gradient of ones", () => {
    const X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]]).attachGrad();
    const K = nd.array([[0, 1], [2, 3]]).attachGrad();
    autograd.record(() => corr2d(X, K)).backward();
    // each X[i,j] is multiplied by every kernel entry whose window covers it
    expect(X.grad.toArray()).toEqual([[0, 1, 1], [2, 6, 4], [2, 5, 3]]);
    // each K[a,b] meets the 2×2 block of X starting at (a, b)
    expect(K.grad.toArray()).toEqual([[8, 12], [20, 24]]);
  });

  it("corr2d 2×3 ⋆ 1×2 with head [[1, 0], [0, 2]]", () => {
    const X = nd.array([[1, 2, 3], [4, 5, 6]]).attachGrad();
    const K = nd.array([[1, -1]]).attachGrad();
    autograd.record(() => corr2d(X, K)).backward(nd.array([[1, 0], [0, 2]]));
    expect(K.grad.toArray()).toEqual([[1 + 10, 2 + 12]]);
    expect(X.grad.toArray()).toEqual([[1, -1, 0], [0, 2, -2]]);
  });

  it("conv2d x 1×1×3×3, w 1×1×2×2, bias [1], pad 1, stride 2 → 1×1×2×2", () => {
    const x = nd.array([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]);
    const w = nd.array([[[[1, 0], [0, 1]]]]);
    const y = conv2d(x, w, { bias: nd.array([1]), pad: 1, stride: 2 });
    // windows start at padded rows/cols −1 and 1: [[0,0],[0,1]] [[0,0],[2,3]] / [[0,4],[0,7]] [[5,6],[8,9]]
    expect(y.toArray()).toEqual([[[[1 + 1, 1 + 3], [1 + 7, 1 + 14]]]]);
  });

  it("conv2d x 1×2×2×2, w 2×2×1×1 (1×1 convolution = per-pixel linear map)", () => {
    const x = nd.array([[[[1, 2], [3, 4]], [[10, 20], [30, 40]]]]);
    const w = nd.array([[[[1]], [[1]]], [[[2]], [[-1]]]]);
    expect(conv2d(x, w).toArray()).toEqual([[[[11, 22], [33, 44]], [[-8, -16], [-24, -32]]]]);
  });

  it("conv2d gradient x 1×1×3×3, w 1×1×2×2, bias [1], stride 1, pad 0: ∂bias = number of outputs", () => {
    const x = nd.array([[[[0, 1, 2], [3, 4, 5], [6, 7, 8]]]]).attachGrad();
    const w = nd.array([[[[0, 1], [2, 3]]]]).attachGrad();
    const b = nd.array([0]).attachGrad();
    autograd.record(() => conv2d(x, w, { bias: b })).backward();
    expect(b.grad.toArray()).toEqual([4]);
    expect(w.grad.toArray()).toEqual([[[[8, 12], [20, 24]]]]);
    expect(x.grad.toArray()).toEqual([[[[0, 1, 1], [2, 6, 4], [2, 5, 3]]]]);
  });

  it("non-square stride [1, 2] and pad [0, 1]: x 1×1×2×4, w 1×1×1×2 → 1×1×2×3", () => {
    const x = nd.array([[[[1, 2, 3, 4], [5, 6, 7, 8]]]]);
    const w = nd.array([[[[1, 10]]]]);
    const y = conv2d(x, w, { stride: [1, 2], pad: [0, 1] });
    // padded rows: [0,1,2,3,4,0] and [0,5,6,7,8,0], windows at columns 0, 2, 4
    expect(y.toArray()).toEqual([[[[10, 32, 4], [50, 76, 8]]]]);
  });

  it("NaN and Infinity in x 1×1×2×2 propagate only to the outputs that read them", () => {
    const x = nd.array([[[[NaN, 1], [1, 1]]]]);
    const w = nd.array([[[[1]]]]);
    const y = conv2d(x, w).data;
    expect(y[0]).toBeNaN();
    expect([...y.slice(1)]).toEqual([1, 1, 1]);
    expect(corr2d(nd.array([[Infinity, 1, 1]]), nd.array([[1, 1]])).toArray()).toEqual([[Infinity, 2]]);
    expect(corr2d(nd.array([[Infinity, 1]]), nd.array([[0, 1]])).toArray()).toEqual([[NaN]]); // ∞·0
  });
});

describe("the plain reference (src/engine/ops/conv-plain.ts) on hand-computed cases", () => {
  const g = { N: 1, C: 1, H: 3, W: 3, O: 1, KH: 2, KW: 2, SH: 2, SW: 2, PH: 1, PW: 1, OH: 2, OW: 2 };

  it("x 1×1×3×3, w 1×1×2×2, bias [1], pad 1, stride 2 → [[2, 4], [8, 15]]", () => {
    expect([...conv2dPlain(g, [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 0, 0, 1], [1])]).toEqual([2, 4, 8, 15]);
  });

  it("its gradients for a head of ones: ∂w sums the windows, ∂x counts the weights on each cell, ∂bias = 4", () => {
    const { dx, dw, db } = conv2dPlainBackward(g, [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 0, 0, 1], [1, 1, 1, 1]);
    // windows (padded): [[0,0],[0,1]] [[0,0],[2,3]] [[0,4],[0,7]] [[5,6],[8,9]]
    expect([...dw]).toEqual([5, 10, 10, 20]);
    // w[0,0] = 1 reads x at (1,1); w[1,1] = 1 reads (0,0), (0,2), (2,0), (2,2)
    expect([...dx]).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect([...db]).toEqual([4]);
  });
});

function geometry(N: number, C: number, O: number, H: number, W: number, KH: number, KW: number, s: number | [number, number], p: number | [number, number]): Geometry {
  const [SH, SW] = typeof s === "number" ? [s, s] : s;
  const [PH, PW] = typeof p === "number" ? [p, p] : p;
  return { N, C, O, H, W, KH, KW, SH, SW, PH, PW };
}

function arraysFor(g: Geometry, seed: number) {
  return {
    x: randn([g.N, g.C, g.H, g.W], seed),
    w: randn([g.O, g.C, g.KH, g.KW], seed + 1),
    b: randn([g.O], seed + 2),
  };
}

describe("conv2d central differences over batch × channels × kernel × stride × padding", () => {
  const grid: [number, number, number, number, number, number, number, number | [number, number], number | [number, number]][] = [];
  for (const [N, C, O] of [[1, 1, 1], [2, 3, 2]])
    for (const [KH, KW] of [[1, 2], [3, 3], [2, 1]])
      for (const s of [1, 2, [2, 1]] as const)
        for (const p of [0, 1, [0, 2]] as const) grid.push([N, C, O, 5, 6, KH, KW, s as number | [number, number], p as number | [number, number]]);
  for (const [N, C, O, H, W, KH, KW, s, p] of grid) {
    const g = geometry(N, C, O, H, W, KH, KW, s, p);
    it(`x=${N}×${C}×${H}×${W} w=${O}×${C}×${KH}×${KW} s=${s} p=${p}`, () => {
      const { x, w, b } = arraysFor(g, N * 100 + KH * 10 + KW);
      const opts = { stride: s, pad: p };
      // conv2d is linear in each argument, so a large step loses nothing and rounds less
      gradcheck((xx, ww, bb) => conv2d(xx!, ww!, { bias: bb!, ...opts }), [x, w, b], { eps: 0.25, maxChecks: 24 });
    });
  }

  it("corr2d X 4×5 ⋆ K 2×3 (both arguments)", () => {
    gradcheck((X, K) => corr2d(X!, K!), [randn([4, 5], 1), randn([2, 3], 2)], { eps: 0.25 });
  });
});

/** Shapes for which the kernel fits the padded input. */
const shapes = fc
  .record({
    N: fc.integer({ min: 1, max: 3 }), C: fc.integer({ min: 1, max: 3 }), O: fc.integer({ min: 1, max: 3 }),
    H: fc.integer({ min: 1, max: 9 }), W: fc.integer({ min: 1, max: 9 }),
    KH: fc.integer({ min: 1, max: 4 }), KW: fc.integer({ min: 1, max: 4 }),
    SH: fc.integer({ min: 1, max: 3 }), SW: fc.integer({ min: 1, max: 3 }),
    PH: fc.integer({ min: 0, max: 2 }), PW: fc.integer({ min: 0, max: 2 }),
    seed: fc.integer({ min: 0, max: 1e6 }), bias: fc.boolean(),
  })
  .filter((g) => g.KH <= g.H + 2 * g.PH && g.KW <= g.W + 2 * g.PW);

const optsOf = (g: Geometry) => ({ stride: [g.SH, g.SW] as [number, number], pad: [g.PH, g.PW] as [number, number] });

describe("properties (fast-check)", () => {
  it("conv2d equals the plain reference on random shapes", () => {
    fc.assert(
      fc.property(shapes, (g) => {
        const { x, w, b } = arraysFor(g, g.seed);
        const y = conv2d(x, w, { bias: g.bias ? b : null, ...optsOf(g) });
        const ref = plainConv2d(g, x.data, w.data, g.bias ? b.data : null);
        expect(y.shape).toEqual([g.N, g.O, ...outSize(g)]);
        // float32 storage: error at most a few ulps of the sum of |terms|
        for (let i = 0; i < y.size; i++) expect(Math.abs(y.data[i]! - ref.y[i]!)).toBeLessThanOrEqual(1e-6 * ref.bound[i]! + 1e-30);
      }),
      { numRuns: 150 },
    );
  });

  it("conv2d's three gradients equal the plain reference's, each with its input's shape", () => {
    fc.assert(
      fc.property(shapes, (g) => {
        const { x, w, b } = arraysFor(g, g.seed);
        for (const a of [x, w, b]) a.attachGrad();
        const y = autograd.record(() => conv2d(x, w, { bias: g.bias ? b : null, ...optsOf(g) }));
        const dy = randn(y.shape, g.seed + 7);
        y.backward(dy);
        const ref = plainConv2dGrads(g, x.data, w.data, dy.data);
        expect(x.grad.shape).toEqual(x.shape);
        expect(w.grad.shape).toEqual(w.shape);
        expect(b.grad.shape).toEqual(b.shape);
        expectClose(x.grad.data, ref.dx, 1e-4, 1e-4);
        expectClose(w.grad.data, ref.dw, 1e-4, 1e-4);
        if (g.bias) expectClose(b.grad.data, ref.db, 1e-4, 1e-4);
      }),
      { numRuns: 100 },
    );
  });

  const small = fc.record({
    H: fc.integer({ min: 1, max: 7 }), W: fc.integer({ min: 1, max: 7 }),
    h: fc.integer({ min: 1, max: 3 }), w: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 0, max: 1e6 }),
    a: fc.double({ min: -3, max: 3, noNaN: true }), b: fc.double({ min: -3, max: 3, noNaN: true }),
  }).filter((s) => s.h <= s.H && s.w <= s.W);

  it("corr2d is linear in X: corr2d(aX₁ + bX₂, K) = a·corr2d(X₁, K) + b·corr2d(X₂, K)", () => {
    fc.assert(
      fc.property(small, ({ H, W, h, w, seed, a, b }) => {
        const [X1, X2, K] = [randn([H, W], seed), randn([H, W], seed + 1), randn([h, w], seed + 2)];
        const left = corr2d(X1.mul(a).add(X2.mul(b)), K);
        const right = corr2d(X1, K).mul(a).add(corr2d(X2, K).mul(b));
        expectClose(left.data, right.data, 1e-4 * h * w * (Math.abs(a) + Math.abs(b) + 1), 1e-4);
      }),
    );
  });

  it("corr2d is linear in K: corr2d(X, aK₁ + bK₂) = a·corr2d(X, K₁) + b·corr2d(X, K₂)", () => {
    fc.assert(
      fc.property(small, ({ H, W, h, w, seed, a, b }) => {
        const [X, K1, K2] = [randn([H, W], seed), randn([h, w], seed + 1), randn([h, w], seed + 2)];
        const left = corr2d(X, K1.mul(a).add(K2.mul(b)));
        const right = corr2d(X, K1).mul(a).add(corr2d(X, K2).mul(b));
        expectClose(left.data, right.data, 1e-4 * h * w * (Math.abs(a) + Math.abs(b) + 1), 1e-4);
      }),
    );
  });

  it("every op's gradient has its input's shape (random broadcastable shapes)", () => {
    const dims = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 3 });
    fc.assert(
      fc.property(dims, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 3 }), (shape, ones, which) => {
        // b's shape: a's shape with some axes squashed to 1 (always broadcastable)
        const bShape = shape.map((d, i) => (ones[i] ? 1 : d));
        const a = randn(shape, 1, true).attachGrad();
        const b = randn(bShape, 2, true).attachGrad();
        const op = (["add", "sub", "mul", "div"] as const)[which]!;
        autograd.record(() => (a[op](b) as NDArray).pow(2).mean()).backward();
        expect(a.grad.shape).toEqual(a.shape);
        expect(b.grad.shape).toEqual(b.shape);
      }),
    );
  });
});

describe("wide rows exercise every register tile and its leftovers", () => {
  for (const [O, s, p] of [[1, 1, 0], [1, 2, 1], [5, 1, 1], [6, 2, 0]] as const) {
    it(`x=2×2×4×29 w=${O}×2×3×3 s=${s} p=${p} equals the plain reference, values and gradients`, () => {
      const g = geometry(2, 2, O, 4, 29, 3, 3, s, p);
      const { x, w, b } = arraysFor(g, 40 + O);
      for (const a of [x, w, b]) a.attachGrad();
      const y = autograd.record(() => conv2d(x, w, { bias: b, stride: s, pad: p }));
      const ref = plainConv2d(g, x.data, w.data, b.data);
      expectClose(y.data, ref.y, 1e-5, 1e-5);
      const dy = randn(y.shape, 41);
      y.backward(dy);
      const grads = plainConv2dGrads(g, x.data, w.data, dy.data);
      expectClose(x.grad.data, grads.dx, 1e-4, 1e-4);
      expectClose(w.grad.data, grads.dw, 1e-4, 1e-4);
      expectClose(b.grad.data, grads.db, 1e-4, 1e-4);
    });
  }
});

describe("corr2d is conv2d on one image and one channel", () => {
  it("corr2d(X 5×7, K 2×3) equals conv2d of the 1×1×5×7 reshape", () => {
    const X = randn([5, 7], 4);
    const K = randn([2, 3], 5);
    expect([...corr2d(X, K).data]).toEqual([...conv2d(X.reshape(1, 1, 5, 7), K.reshape(1, 1, 2, 3)).data]);
  });
});
