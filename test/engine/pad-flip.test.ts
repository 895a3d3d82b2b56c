// Padding and flipping as ops: values, hand-computed gradients, finite differences, ShapeErrors.
import { describe, expect, it } from "vitest";
import { autograd, conv2d, corr2d, flip, nd, pad, ShapeError } from "../../src/engine/index.ts";
import { gradcheck, randn } from "./helpers.ts";

describe("pad", () => {
  it("2×2 padded by 1 → 4×4 with zeros around", () => {
    expect(pad(nd.array([[1, 2], [3, 4]]), 1).toArray()).toEqual([[0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 0]]);
  });
  it("1×2 padded by [0, 2] with value 9 → 1×6", () => {
    expect(pad(nd.array([[1, 2]]), [0, 2], 9).toArray()).toEqual([[9, 9, 1, 2, 9, 9]]);
  });
  it("1×2×1×1 pads every channel's plane → 1×2×3×3", () => {
    const y = pad(nd.array([[[[5]], [[6]]]]), 1);
    expect(y.shape).toEqual([1, 2, 3, 3]);
    expect(y.toArray()).toEqual([[[[0, 0, 0], [0, 5, 0], [0, 0, 0]], [[0, 0, 0], [0, 6, 0], [0, 0, 0]]]]);
  });
  it("padding 0 is a copy", () => {
    expect(pad(nd.array([[1, 2]]), 0).toArray()).toEqual([[1, 2]]);
  });
  it("gradient of 2×2 padded by 1, head 4×4 = 0..15: the inner 2×2 of the head [[5,6],[9,10]]", () => {
    const X = nd.zeros([2, 2]).attachGrad();
    autograd.record(() => pad(X, 1)).backward(nd.fromFlat(Array.from({ length: 16 }, (_, i) => i), [4, 4]));
    expect(X.grad.toArray()).toEqual([[5, 6], [9, 10]]);
  });
  it("finite differences 2×3×3×4 padded by [1, 2]", () => gradcheck((x) => pad(x, [1, 2]), [randn([2, 3, 3, 4], 1)]));
  it("corr2d of the padded input equals conv2d with pad (x 1×1×4×5, k 3×3, pad 1)", () => {
    const x = randn([1, 1, 4, 5], 2);
    const k = randn([1, 1, 3, 3], 3);
    const viaPad = corr2d(pad(x, 1).reshape(6, 7), k.reshape(3, 3));
    expect([...viaPad.data].map((v) => v.toFixed(4))).toEqual([...conv2d(x, k, { pad: 1 }).data].map((v) => v.toFixed(4)));
  });
  it("bad input: a 1-D array, a negative or fractional padding", () => {
    expect(() => pad(nd.array([1, 2]), 1)).toThrow(new ShapeError("pad: input must have at least 2 axes (height×width), got 2"));
    expect(() => pad(nd.zeros([2, 2]), -1)).toThrow(/pad: padding must be a whole number ≥ 0 .* got -1/);
    expect(() => pad(nd.zeros([2, 2]), [1, 0.5])).toThrow(/got \[1, 0.5\]/);
  });
});

describe("flip", () => {
  it("2×2 [[0,1],[2,3]] → [[3,2],[1,0]]", () => {
    expect(flip(nd.array([[0, 1], [2, 3]])).toArray()).toEqual([[3, 2], [1, 0]]);
  });
  it("1×2×2×3 flips each plane; flipping twice gives the input back", () => {
    const x = randn([1, 2, 2, 3], 5);
    const y = flip(x);
    expect((y.toArray() as number[][][][])[0]![1]![0]).toEqual(((x.toArray() as number[][][][])[0]![1]![1] as number[]).slice().reverse());
    expect(flip(y).toArray()).toEqual(x.toArray());
  });
  it("gradient of 2×3 flipped, head [[1..6]]: the head flipped back", () => {
    const K = nd.zeros([2, 3]).attachGrad();
    autograd.record(() => flip(K)).backward(nd.array([[1, 2, 3], [4, 5, 6]]));
    expect(K.grad.toArray()).toEqual([[6, 5, 4], [3, 2, 1]]);
  });
  it("finite differences: corr2d(X 4×4, flip(K 2×3)) in both arguments", () =>
    gradcheck((X, K) => corr2d(X, flip(K)), [randn([4, 4], 6), randn([2, 3], 7)]));
  it("bad input: a 1-D array", () => {
    expect(() => flip(nd.array([1, 2, 3]))).toThrow(new ShapeError("flip: input must have at least 2 axes (height×width), got 3"));
  });
});
