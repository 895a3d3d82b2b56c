// Reverse mode: hand-computed tiny gradients, central differences for every op, and the
// rules (record only inside autograd.record, .grad overwritten, shapes checked).
import { describe, expect, it } from "vitest";
import { autograd, nd, NDArray, ShapeError } from "../../src/engine/index.ts";
import { recordOp } from "../../src/engine/tape.ts";
import { gradcheck, randn } from "./helpers.ts";

describe("hand-computed gradients", () => {
  it("mul 2×2 · 2×2 then sum: ∂/∂a = b, ∂/∂b = a", () => {
    const a = nd.array([[1, 2], [3, 4]]).attachGrad();
    const b = nd.array([[5, 6], [7, 8]]).attachGrad();
    autograd.record(() => a.mul(b).sum()).backward();
    expect(a.grad.toArray()).toEqual([[5, 6], [7, 8]]);
    expect(b.grad.toArray()).toEqual([[1, 2], [3, 4]]);
  });

  it("(a − y)² summed, a 1×3: ∂/∂a = 2(a − y)", () => {
    const a = nd.array([[1, 2, 3]]).attachGrad();
    const y = nd.array([[0, 2, 5]]);
    autograd.record(() => a.sub(y).pow(2).sum()).backward();
    expect(a.grad.toArray()).toEqual([[2, 0, -4]]);
  });

  it("non-scalar output 2: head gradient of ones, like MXNet (= gradient of the sum)", () => {
    const a = nd.array([3, 4]).attachGrad();
    autograd.record(() => a.pow(2)).backward();
    expect(a.grad.toArray()).toEqual([6, 8]);
  });

  it("explicit head gradient 2 for y = 3a, a 2", () => {
    const a = nd.array([1, 1]).attachGrad();
    autograd.record(() => a.mul(3)).backward(nd.array([1, 10]));
    expect(a.grad.toArray()).toEqual([3, 30]);
  });

  it("a head gradient that is a leaf's own .grad: y = (z + x) + x, every leaf gets the head (2)", () => {
    // backward overwrites x.grad in place; z's gradient must not follow it.
    const x = nd.array([1, 2]).attachGrad();
    const z = nd.array([0, 0]).attachGrad();
    autograd.record(() => x.mul(nd.array([10, 10]))).backward(); // x.grad = [10, 10]
    x.grad.data.set([10, 20]);
    autograd.record(() => z.add(x).add(x)).backward(x.grad);
    expect(z.grad.toArray()).toEqual([10, 20]);
    expect(x.grad.toArray()).toEqual([20, 40]);
  });

  it("div 2 / 2: ∂(a/b)/∂a = 1/b, ∂/∂b = −a/b²", () => {
    const a = nd.array([1, 6]).attachGrad();
    const b = nd.array([2, 3]).attachGrad();
    autograd.record(() => a.div(b)).backward();
    expect(a.grad.toArray()).toEqual([0.5, Math.fround(1 / 3)]);
    expect(b.grad.toArray()).toEqual([-0.25, Math.fround(-6 / 9)]);
  });

  it("broadcast bias [1] added to 2×3: its gradient sums the head gradient (6)", () => {
    const x = nd.ones([2, 3]).attachGrad();
    const bias = nd.array([0.5]).attachGrad();
    autograd.record(() => x.add(bias)).backward();
    expect(bias.grad.toArray()).toEqual([6]);
    expect(x.grad.toArray()).toEqual([[1, 1, 1], [1, 1, 1]]);
  });

  it("row 1×3 broadcast over 2×3 by mul: gradient sums over rows", () => {
    const x = nd.array([[1, 2, 3], [4, 5, 6]]);
    const r = nd.array([[1, 1, 1]]).attachGrad();
    autograd.record(() => x.mul(r).sum()).backward();
    expect(r.grad.toArray()).toEqual([[5, 7, 9]]);
  });

  it("mean of 2×2: each element gets 1/4", () => {
    const a = nd.zeros([2, 2]).attachGrad();
    autograd.record(() => a.mean()).backward();
    expect(a.grad.toArray()).toEqual([[0.25, 0.25], [0.25, 0.25]]);
  });

  it("T of 2×3 and reshape 2×3 → 3×2 route gradients back to their place", () => {
    const a = nd.array([[1, 2, 3], [4, 5, 6]]).attachGrad();
    const w = nd.array([[1, 10], [100, 1000], [1e4, 1e5]]);
    autograd.record(() => a.T.mul(w).sum()).backward();
    expect(a.grad.toArray()).toEqual([[1, 100, 1e4], [10, 1000, 1e5]]);
    autograd.record(() => a.reshape(3, 2).mul(w).sum()).backward();
    expect(a.grad.toArray()).toEqual([[1, 10, 100], [1000, 1e4, 1e5]]);
  });

  it('get("0:2, 1:3") of 3×3: gradient is 1 inside the window, 0 outside', () => {
    const X = nd.zeros([3, 3]).attachGrad();
    autograd.record(() => X.get("0:2, 1:3").sum()).backward();
    expect(X.grad.toArray()).toEqual([[0, 1, 1], [0, 1, 1], [0, 0, 0]]);
  });

  it("a used twice (a·a + a), a 1: gradients from both paths add up (2a + 1)", () => {
    const a = nd.array([3]).attachGrad();
    autograd.record(() => a.mul(a).add(a)).backward();
    expect(a.grad.toArray()).toEqual([7]);
  });

  it("pow(0) has gradient 0 even at 0; pow(0.5) at 4 is 0.25", () => {
    const a = nd.array([0, 4]).attachGrad();
    autograd.record(() => a.pow(0)).backward();
    expect(a.grad.toArray()).toEqual([0, 0]);
    autograd.record(() => a.pow(0.5)).backward();
    expect(a.grad.data[1]).toBe(0.25);
  });
});

describe("finite differences for every differentiable op", () => {
  const cases: [string, (...xs: NDArray[]) => NDArray, number[][], boolean?][] = [
    ["add 3×4 + 3×4", (a, b) => a.add(b), [[3, 4], [3, 4]]],
    ["add 3×4 + 1×4 (broadcast)", (a, b) => a.add(b), [[3, 4], [1, 4]]],
    ["sub 2×3 − 3", (a, b) => a.sub(b), [[2, 3], [3]]],
    ["sub 1 − 2×2", (a, b) => a.sub(b), [[1], [2, 2]]],
    ["mul 2×3 · 2×1", (a, b) => a.mul(b), [[2, 3], [2, 1]]],
    ["mul 2×2×2 · 2×2×2", (a, b) => a.mul(b), [[2, 2, 2], [2, 2, 2]]],
    ["div 3×2 / 3×2", (a, b) => a.div(b), [[3, 2], [3, 2]], true],
    ["div 3 / 1", (a, b) => a.div(b), [[3], [1]], true],
    ["pow 2×3 ^ 2", (a) => a.pow(2), [[2, 3]]],
    ["pow 2×3 ^ 3", (a) => a.pow(3), [[2, 3]]],
    ["pow 4 ^ -1", (a) => a.pow(-1), [[4]], true],
    ["neg 2×2", (a) => a.neg(), [[2, 2]]],
    ["sum 3×4", (a) => a.sum(), [[3, 4]]],
    ["mean 3×4", (a) => a.mean(), [[3, 4]]],
    ["reshape 2×6 → 3×4", (a) => a.reshape(3, 4), [[2, 6]]],
    ["T 2×5", (a) => a.T, [[2, 5]]],
    ["get 4×4 [1:3, :2]", (a) => a.get("1:3, :2"), [[4, 4]]],
    ["squared loss 1×6", (a, b) => a.sub(b).pow(2).sum(), [[1, 6], [1, 6]]],
    ["chain (a·b + a) / b − mean, 2×3", (a, b) => a.mul(b).add(a).div(b).sub(a.mean()), [[2, 3], [2, 3]], true],
  ];
  for (const [name, f, shapes, away] of cases) {
    it(name, () => gradcheck(f, shapes.map((s, i) => randn(s, 10 + i, away))));
  }

  it("pow 2×2 ^ 0.5 on positive inputs", () => {
    const a = randn([2, 2], 3, true);
    for (let i = 0; i < a.size; i++) a.data[i] = Math.abs(a.data[i]!) + 1;
    gradcheck((x) => x.pow(0.5), [a]);
  });
});

describe("the rules of recording", () => {
  it("outside autograd.record no graph is built: backward refuses", () => {
    const a = nd.array([1, 2]).attachGrad();
    const y = a.mul(2).sum();
    expect(y.node).toBeUndefined();
    expect(() => y.backward()).toThrow(/autograd\.record/);
  });

  it("inside record, ops on plain arrays (no attachGrad) build no graph either", () => {
    const y = autograd.record(() => nd.array([1, 2]).mul(2));
    expect(y.node).toBeUndefined();
  });

  it("record returns fn's value; pause turns recording off inside it", () => {
    const a = nd.array([1]).attachGrad();
    const [y, z] = autograd.record(() => [a.mul(2), autograd.pause(() => a.mul(2))]);
    expect(y!.node?.op).toBe("mul");
    expect(z!.node).toBeUndefined();
    expect(autograd.isRecording()).toBe(false);
  });

  it("recording stops even if fn throws", () => {
    expect(() => autograd.record(() => { throw new Error("boom"); })).toThrow("boom");
    expect(autograd.isRecording()).toBe(false);
  });

  it("each backward OVERWRITES .grad (grad_req='write'), in place", () => {
    const a = nd.array([1, 2]).attachGrad();
    const held = a.grad;
    expect(held.toArray()).toEqual([0, 0]);
    autograd.record(() => a.mul(3).sum()).backward();
    autograd.record(() => a.mul(3).sum()).backward();
    expect(a.grad.toArray()).toEqual([3, 3]); // not 6
    expect(held.toArray()).toEqual([3, 3]); // the same array, updated
  });

  it("a zero gradient (through ·0) overwrites the earlier one", () => {
    const a = nd.array([5]).attachGrad();
    const b = nd.array([7]).attachGrad();
    autograd.record(() => a.mul(b).sum()).backward();
    expect(a.grad.toArray()).toEqual([7]);
    autograd.record(() => a.mul(b).mul(0).add(b).sum()).backward();
    expect(a.grad.toArray()).toEqual([0]);
    expect(b.grad.toArray()).toEqual([1]);
  });

  it("grad before attachGrad is an error that says what to do", () => {
    expect(() => nd.array([1]).grad).toThrow(/attachGrad/);
  });

  it("a head gradient of the wrong shape (3 for output 2) is a ShapeError", () => {
    const a = nd.array([1, 2]).attachGrad();
    const y = autograd.record(() => a.mul(2));
    expect(() => y.backward(nd.array([1, 1, 1]))).toThrow(ShapeError);
    expect(() => y.backward(nd.array([1, 1, 1]))).toThrow(/3 does not match output 2/);
  });

  it("set on an array being recorded is refused; outside record it is fine", () => {
    const a = nd.array([1, 2]).attachGrad();
    expect(() => autograd.record(() => a.set("0", 5))).toThrow(/recording/);
    a.set("0", 5);
    expect(a.toArray()).toEqual([5, 2]);
  });

  it("a long chain (10 000 ops) backpropagates without overflowing the stack", () => {
    const a = nd.array([1]).attachGrad();
    const y = autograd.record(() => {
      let t = a;
      for (let i = 0; i < 10_000; i++) t = t.add(1);
      return t;
    });
    y.backward();
    expect(a.grad.toArray()).toEqual([1]);
  });

  it("attachGrad on a computed array makes it a fresh leaf (gradient stops there)", () => {
    const a = nd.array([2]).attachGrad();
    const b = autograd.record(() => a.mul(3));
    b.attachGrad();
    autograd.record(() => b.mul(b)).backward();
    expect(b.grad.toArray()).toEqual([12]);
    expect(a.grad.toArray()).toEqual([0]);
  });

  it("NaN in data propagates into gradients", () => {
    const a = nd.array([NaN, 1]).attachGrad();
    autograd.record(() => a.pow(2).sum()).backward();
    expect(a.grad.data[0]).toBeNaN();
    expect(a.grad.data[1]).toBe(2);
  });
});

describe("backward's shape guard", () => {
  it("an op whose backward returns a 3 gradient for a 2×2 input is caught, naming the op", () => {
    const a = nd.zeros([2, 2]).attachGrad();
    const y = autograd.record(() =>
      recordOp(nd.zeros([1]), "broken", [a], () => [nd.zeros([3])]),
    );
    expect(() => y.backward()).toThrow("backward of broken: gradient 3 for input 2×2");
  });
});
