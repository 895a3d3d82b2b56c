// NDArray basics: creation, shape, reading out, reshape, transpose, slices, broadcasting.
import { describe, expect, it } from "vitest";
import { corr2d, dot, nd, NDArray, ShapeError } from "../../src/engine/index.ts";

describe("creating arrays", () => {
  it("nd.array infers the shape 2×3 from nested lists and reads back", () => {
    const a = nd.array([[1, 2, 3], [4, 5, 6]]);
    expect(a.shape).toEqual([2, 3]);
    expect(a.size).toBe(6);
    expect(a.ndim).toBe(2);
    expect(a.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(a.to2d()).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it("a plain number is a 0-d array (shape [])", () => {
    const a = nd.array(3);
    expect(a.shape).toEqual([]);
    expect(a.toArray()).toBe(3);
    expect(a.asScalar()).toBe(3);
  });

  it("a 3-D array 2×1×2 round-trips", () => {
    const v = [[[1, 2]], [[3, 4]]];
    expect(nd.array(v).shape).toEqual([2, 1, 2]);
    expect(nd.array(v).toArray()).toEqual(v);
  });

  it("storage is float32, like MXNet and PyTorch: 0.1 is stored as fround(0.1)", () => {
    const a = nd.array([0.1]);
    expect(a.data).toBeInstanceOf(Float32Array);
    expect(a.toArray()).toEqual([Math.fround(0.1)]);
  });

  it("zeros, ones, full and fromFlat of shape 2×2", () => {
    expect(nd.zeros([2, 2]).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(nd.ones([2, 2]).toArray()).toEqual([[1, 1], [1, 1]]);
    expect(nd.full([2, 2], 7).toArray()).toEqual([[7, 7], [7, 7]]);
    expect(nd.fromFlat([1, 2, 3, 4], [2, 2]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(nd.ones(3).shape).toEqual([3]);
  });

  it("nd.array copies an NDArray; copy() is independent", () => {
    const a = nd.array([1, 2]);
    const b = nd.array(a);
    const c = a.copy();
    a.data[0] = 9;
    expect(b.toArray()).toEqual([1, 2]);
    expect(c.toArray()).toEqual([1, 2]);
  });

  it("toString names the shape", () => {
    expect(String(nd.array([[1, 2]]))).toBe("NDArray 1×2 [[1,2]]");
  });
});

describe("reshape and transpose", () => {
  it("reshape 2×3 → 3×2 keeps row-major order; -1 is inferred; varargs or a list", () => {
    const a = nd.array([[1, 2, 3], [4, 5, 6]]);
    expect(a.reshape([3, 2]).toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(a.reshape(1, 1, 2, 3).shape).toEqual([1, 1, 2, 3]);
    expect(a.reshape(-1).toArray()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(a.reshape(3, -1).shape).toEqual([3, 2]);
  });

  it("T of 2×3 is 3×2", () => {
    expect(nd.array([[1, 2, 3], [4, 5, 6]]).T.toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
  });

  it("results do not share storage with their input", () => {
    const a = nd.array([[1, 2], [3, 4]]);
    const r = a.reshape(4);
    const t = a.T;
    a.data[0] = 9;
    expect(r.toArray()).toEqual([1, 2, 3, 4]);
    expect(t.toArray()).toEqual([[1, 3], [2, 4]]);
  });
});

describe("slices", () => {
  it('X.set(":, 4:5", 0) on ones 6×8 zeroes column 4 only (X[:, 4:5] = 0)', () => {
    const X = nd.ones([6, 8]);
    expect(X.set(":, 4:5", 0)).toBe(X);
    for (const row of X.to2d()) expect(row).toEqual([1, 1, 1, 1, 0, 1, 1, 1]);
  });

  it('X.set(":, 2:6", 0) on 6×8 zeroes columns 2..5 (the book)', () => {
    const X = nd.ones([6, 8]).set(":, 2:6", 0);
    expect(X.to2d()[3]).toEqual([1, 1, 0, 0, 0, 0, 1, 1]);
  });

  it("set with an array value of the slice's shape, a row by integer index, negative indices", () => {
    const X = nd.zeros([3, 3]);
    X.set("0:2, 1:3", [[1, 2], [3, 4]]);
    X.set("2", [7, 8, 9]);
    X.set("-1, -1", 5);
    expect(X.toArray()).toEqual([[0, 1, 2], [0, 3, 4], [7, 8, 5]]);
  });

  it("set broadcasts a row 1×3 over a 2×3 slice, and accepts the array form of an index", () => {
    const X = nd.zeros([2, 3]);
    X.set([null, [0, 3]], nd.array([[1, 2, 3]]));
    expect(X.toArray()).toEqual([[1, 2, 3], [1, 2, 3]]);
    X.set([1, 2], 0);
    expect(X.toArray()).toEqual([[1, 2, 3], [1, 2, 0]]);
  });

  it('get("0:2, 1:3") of 3×3 is the 2×2 window; an integer drops the axis', () => {
    const X = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    expect(X.get("0:2, 1:3").toArray()).toEqual([[1, 2], [4, 5]]);
    expect(X.get("1").toArray()).toEqual([3, 4, 5]);
    expect(X.get(":, 0").toArray()).toEqual([0, 3, 6]);
    expect(X.get("2, 2").toArray()).toBe(8);
    expect(X.get("1:").shape).toEqual([2, 3]);
    expect(X.get(":9, :").shape).toEqual([3, 3]); // clamped like Python
  });

  it("bad slices are ShapeErrors that name the index and shape", () => {
    const X = nd.zeros([3, 3]);
    expect(() => X.set("0, 0, 0", 1)).toThrow(/3 indices for an array of shape 3×3/);
    expect(() => X.get("3")).toThrow(/index 3 is outside axis 0 of length 3/);
    expect(() => X.get("2:1")).toThrow(/empty/);
    expect(() => X.get("::2")).toThrow(/steps/);
    expect(() => X.get("a")).toThrow(/bad number/);
    expect(() => X.set("0:2, 0:2", [[1, 2, 3]])).toThrow(ShapeError);
    expect(() => X.set("0:2, 0:2", [[1, 2, 3]])).toThrow(/1×3/);
  });
});

describe("broadcasting arithmetic", () => {
  const a = nd.array([[1, 2], [3, 4]]);
  it("2×2 with a number, a size-1 array [1] and a 0-d array", () => {
    expect(a.add(1).toArray()).toEqual([[2, 3], [4, 5]]);
    expect(a.sub(nd.array([1])).toArray()).toEqual([[0, 1], [2, 3]]);
    expect(a.mul(nd.array(2)).toArray()).toEqual([[2, 4], [6, 8]]);
    expect(a.div(2).toArray()).toEqual([[0.5, 1], [1.5, 2]]);
  });

  it("2×2 with a row 1×2 and a column 2×1 (numpy rules)", () => {
    expect(a.add(nd.array([[10, 20]])).toArray()).toEqual([[11, 22], [13, 24]]);
    expect(a.add(nd.array([[10], [20]])).toArray()).toEqual([[11, 12], [23, 24]]);
    expect(nd.array([[1], [2]]).mul(nd.array([[1, 10, 100]])).toArray()).toEqual([[1, 10, 100], [2, 20, 200]]);
  });

  it("pow, neg, sum and mean of 2×2", () => {
    expect(a.pow(2).toArray()).toEqual([[1, 4], [9, 16]]);
    expect(a.neg().toArray()).toEqual([[-1, -2], [-3, -4]]);
    expect(a.sum().toArray()).toBe(10);
    expect(a.mean().asScalar()).toBe(2.5);
    expect(a.sum().shape).toEqual([]);
  });

  it("NaN and ±Infinity propagate as IEEE says", () => {
    const v = nd.array([NaN, Infinity, -Infinity, 1]);
    expect(v.add(1).toArray()).toEqual([NaN, Infinity, -Infinity, 2]);
    expect(v.mul(0).toArray()).toEqual([NaN, NaN, NaN, 0]);
    expect(nd.array([1, -1, 0]).div(0).toArray()).toEqual([Infinity, -Infinity, NaN]);
    expect(v.sum().asScalar()).toBeNaN();
    expect(nd.array([Infinity, 1]).sum().asScalar()).toBe(Infinity);
    expect(nd.array([1e30]).pow(2).asScalar()).toBe(Infinity); // float32 overflow
  });

  it("an NDArray cannot be built with the wrong number of values", () => {
    expect(() => new NDArray(new Float32Array(3), [2, 2])).toThrow(ShapeError);
  });
});

describe("reading out with precise types", () => {
  const a = nd.array([[[1, 2]], [[3, 4]]]);

  it("to1d, to2d, to3d, to4d of a 1-, 2-, 3- and 4-D array give nested number arrays", () => {
    expect(nd.array([1, 2]).to1d()).toEqual([1, 2]);
    expect(a.reshape(2, 2).to2d()).toEqual([[1, 2], [3, 4]]);
    expect(a.to3d()).toEqual([[[1, 2]], [[3, 4]]]);
    expect(a.reshape(1, 2, 1, 2).to4d()).toEqual([[[[1, 2]], [[3, 4]]]]);
  });

  it("each refuses an array of another rank (3-D 2×1×2 to2d), naming the shape", () => {
    expect(() => a.to2d()).toThrow(new ShapeError("to2d: expected a 2-D array, got 2×1×2"));
    expect(() => a.to1d()).toThrow(new ShapeError("to1d: expected a 1-D array, got 2×1×2"));
  });

  it("every op method declared on NDArray is wired to its op", () => {
    const x = nd.array([[1, 2], [3, 4]]);
    const names = ["add", "sub", "mul", "div", "pow", "neg", "sum", "mean", "reshape", "get", "set", "backward"] as const;
    for (const name of names) expect(typeof x[name], name).toBe("function");
    expect(x.T.to2d()).toEqual([[1, 3], [2, 4]]);
  });
});

// docs/engine.md, "Float32 storage, double sums": arrays hold float32 like the frameworks; inside
// one op, sums run in doubles and are rounded once. Frameworks sum float32 in float32 (in an order
// of their own), so where partial sums overflow or lose digits, they and convlab differ.
describe("float32 storage, double sums", () => {
  it("sum([3e38, 3e38, −3e38]) is 3e38 (PyTorch and NumPy give inf: 3e38 + 3e38 overflows in float32)", () => {
    const x = nd.array([3e38, 3e38, -3e38]);
    expect(x.sum().asScalar()).toBe(Math.fround(3e38));
    expect(x.mean().asScalar()).toBe(Math.fround(Math.fround(3e38) / 3));
  });

  it("the same inside corr2d and dot: [[3e38, 3e38, −3e38]] ⋆ [[1, 1, 1]] is [[3e38]]", () => {
    const x = nd.array([[3e38, 3e38, -3e38]]);
    expect(corr2d(x, nd.ones([1, 3])).to2d()).toEqual([[Math.fround(3e38)]]);
    expect(dot(x, nd.ones([3, 1])).to2d()).toEqual([[Math.fround(3e38)]]);
  });

  it("sum([2²⁴, 1, 1]) is 2²⁴ + 2 (adding 1 to 2²⁴ in float32, one at a time, gives 2²⁴ twice)", () => {
    expect(nd.array([2 ** 24, 1, 1]).sum().asScalar()).toBe(2 ** 24 + 2);
  });

  it("each op's result is stored as float32: 3e38 + 3e38 elementwise is inf", () => {
    const x = nd.array([3e38]);
    expect(x.add(x).asScalar()).toBe(Infinity);
  });
});
