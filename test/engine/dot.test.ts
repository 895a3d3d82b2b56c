// dot (2-D matrix product): values, hand-computed gradients, finite differences, ShapeErrors.
import { describe, expect, it } from "vitest";
import { autograd, conv2d, dot, nd, ShapeError } from "../../src/engine/index.ts";
import { gradcheck, randn } from "./helpers.ts";

describe("dot", () => {
  it("2×3 · 3×2 by hand", () => {
    expect(dot(nd.array([[1, 2, 3], [4, 5, 6]]), nd.array([[7, 8], [9, 10], [11, 12]])).toArray()).toEqual([[58, 64], [139, 154]]);
  });
  it("gradients of sum(A 2×2 · B 2×1): ∂A = rows of Bᵀ, ∂B = column sums of A", () => {
    const A = nd.array([[1, 2], [3, 4]]).attachGrad();
    const B = nd.array([[5], [6]]).attachGrad();
    autograd.record(() => dot(A, B).sum()).backward();
    expect(A.grad.toArray()).toEqual([[5, 6], [5, 6]]);
    expect(B.grad.toArray()).toEqual([[4], [6]]);
  });
  it("finite differences A 3×4 · B 4×5", () => gradcheck((A, B) => dot(A, B), [randn([3, 4], 1), randn([4, 5], 2)]));
  it("a 1×1 convolution 1×3×2×2 with weight 2×3×1×1 equals dot(W 2×3, X 3×4)", () => {
    const x = randn([1, 3, 2, 2], 3);
    const w = randn([2, 3, 1, 1], 4);
    const viaDot = dot(w.reshape(2, 3), x.reshape(3, 4));
    expect([...viaDot.data].map((v) => v.toFixed(5))).toEqual([...conv2d(x, w).data].map((v) => v.toFixed(5)));
  });
  it("bad shapes: 2×3 · 2×3, and a 1-D array", () => {
    expect(() => dot(nd.zeros([2, 3]), nd.zeros([2, 3]))).toThrow(
      new ShapeError("dot: 2×3 · 2×3: the columns of the first (3) must equal the rows of the second (2)"),
    );
    expect(() => dot(nd.zeros([3]), nd.zeros([3, 1]))).toThrow(/dot: both arrays must be 2-D .* got 3 and 3×1/);
  });
});
