// Every bad input is a ShapeError (an Error) whose message names the op and the shapes.
import { describe, expect, it } from "vitest";
import { conv2d, corr2d, maxPool2d, nd, nn, pad, ShapeError } from "../../src/engine/index.ts";
import type { Nested } from "../../src/engine/index.ts";

function shapeError(fn: () => unknown): ShapeError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).name).toBe("ShapeError");
    return e as ShapeError;
  }
  return expect.fail("expected a ShapeError");
}

const x = (...s: number[]) => nd.zeros(s);

describe("ShapeError messages", () => {
  const cases: [string, () => unknown, string][] = [
    ["corr2d kernel 1×3 larger than input 2×2", () => corr2d(x(2, 2), x(1, 3)), "corr2d: kernel 1×3 does not fit in input 2×2"],
    ["corr2d kernel 3×1 taller than input 2×5", () => corr2d(x(2, 5), x(3, 1)), "corr2d: kernel 3×1 does not fit in input 2×5"],
    ["corr2d of a 3-D X 1×6×8", () => corr2d(x(1, 6, 8), x(1, 2)), "corr2d: X must be 2-D (height×width), got 1×6×8"],
    ["corr2d of a 1-D kernel 2", () => corr2d(x(6, 8), x(2)), "corr2d: kernel K must be 2-D (height×width), got 2"],
    ["conv2d kernel 5×5 larger than padded input 2×2 (pad 1)", () => conv2d(x(1, 1, 2, 2), x(1, 1, 5, 5), { pad: 1 }),
      "conv2d: kernel 5×5 does not fit in input 2×2 (padded 4×4)"],
    ["conv2d channels 3 vs 2", () => conv2d(x(1, 3, 6, 6), x(4, 2, 3, 3)),
      "conv2d: input has 3 channels (x 1×3×6×6) but the weight expects 2 (w 4×2×3×3)"],
    ["conv2d x not 4-D (6×8)", () => conv2d(x(6, 8), x(1, 1, 1, 2)), "conv2d: input x must be 4-D (batch×channels×height×width), got 6×8"],
    ["conv2d w not 4-D (1×2)", () => conv2d(x(1, 1, 6, 8), x(1, 2)), "got 1×2"],
    ["conv2d bias 3 for 4 output channels", () => conv2d(x(1, 1, 6, 6), x(4, 1, 3, 3), { bias: x(3) }),
      "conv2d: bias 3 must hold one number per output channel (shape 4)"],
    ["conv2d stride 0", () => conv2d(x(1, 1, 6, 6), x(1, 1, 3, 3), { stride: 0 }), "conv2d: stride must be a whole number ≥ 1"],
    ["conv2d stride −1", () => conv2d(x(1, 1, 6, 6), x(1, 1, 3, 3), { stride: [1, -1] }), "got [1, -1]"],
    ["conv2d stride 1.5", () => conv2d(x(1, 1, 6, 6), x(1, 1, 3, 3), { stride: 1.5 }), "stride must be a whole number"],
    ["conv2d padding −1", () => conv2d(x(1, 1, 6, 6), x(1, 1, 3, 3), { pad: -1 }), "conv2d: padding must be a whole number ≥ 0"],
    ["add 2×3 + 3×2", () => x(2, 3).add(x(3, 2)), "add: shapes 2×3 and 3×2 do not match"],
    ["sub 2 − 3", () => x(2).sub(x(3)), "sub: shapes 2 and 3 do not match"],
    ["mul 4×1×2 · 3×3", () => x(4, 1, 2).mul(x(3, 3)), "mul: shapes 4×1×2 and 3×3"],
    ["div 2×2 / 3", () => x(2, 2).div(x(3)), "div: shapes 2×2 and 3"],
    ["reshape 3×3 into 2×4", () => x(3, 3).reshape(2, 4), "reshape: cannot reshape 3×3 (9 numbers) into 2×4"],
    ["reshape 3×3 with two -1", () => x(3, 3).reshape(-1, -1), "reshape: cannot reshape 3×3"],
    ["T of 2×3×4", () => x(2, 3, 4).T, "T: transpose needs a 2-D array, got 2×3×4"],
    ["ragged [[1, 2], [3]]", () => nd.array([[1, 2], [3]]), "array: ragged input, [1] has 1 elements but 2 were expected (shape 2×2)"],
    ["ragged [[1, 2], 3]", () => nd.array([[1, 2], 3] as Nested), "[1] has a number"],
    ["ragged [1, [2]]", () => nd.array([1, [2]]), "expected a number at [1] but found a list"],
    ["empty []", () => nd.array([]), "array: empty list"],
    ["empty [[]]", () => nd.array([[]]), "array: empty list at depth 1"],
    ["non-number ['a']", () => nd.array(["a"] as unknown as Nested), 'found "a"'],
    ["zeros with a 0 axis", () => nd.zeros([2, 0]), "zeros: a shape is made of whole numbers ≥ 1, got 2×0"],
    ["fromFlat 3 numbers into 2×2", () => nd.fromFlat([1, 2, 3], [2, 2]), "fromFlat: 3 numbers cannot fill shape 2×2"],
    ["to2d of 2×2×2", () => x(2, 2, 2).to2d(), "to2d: expected a 2-D array, got 2×2×2"],
    ["asScalar of 2×2", () => x(2, 2).asScalar(), "asScalar: array of shape 2×2 holds 4 numbers"],
    ["Conv2D channels 0", () => new nn.Conv2D({ channels: 0, kernelSize: 3 }), "Conv2D: channels must be a whole number ≥ 1, got 0"],
    ["Conv2D strides 0, refused where the layer is made", () => new nn.Conv2D({ channels: 1, kernelSize: 3, strides: 0 }), "Conv2D: strides must be a whole number ≥ 1 (or a pair of them), got 0"],
    ["Conv2D padding [1, -1]", () => new nn.Conv2D({ channels: 1, kernelSize: 3, padding: [1, -1] }), "Conv2D: padding must be a whole number ≥ 0 (or a pair of them), got [1, -1]"],
    ["maxPool2d padding -1: the same words as conv2d", () => maxPool2d(x(1, 1, 4, 4), { size: 2, pad: -1 }), "maxPool2d: padding must be a whole number ≥ 0 (or a pair of them), got -1"],
    ["pad [0, 1.5]: the same words as conv2d", () => pad(x(2, 2), [0, 1.5]), "pad: padding must be a whole number ≥ 0 (or a pair of them), got [0, 1.5]"],
    ["Conv2D kernelSize [0, 2]", () => new nn.Conv2D({ channels: 1, kernelSize: [0, 2] }), "Conv2D: kernelSize must be a whole number ≥ 1 (or a pair of them), got [0, 2]"],
    ["Conv2D inChannels 1.5", () => new nn.Conv2D({ channels: 1, kernelSize: 2, inChannels: 1.5 }), "inChannels must be a whole number ≥ 1"],
    ["Conv2D kernel 5×5 on input 1×1×3×3", () => new nn.Conv2D({ channels: 1, kernelSize: 5 }).initialize().forward(x(1, 1, 3, 3)),
      "conv2d: kernel 5×5 does not fit in input 3×3"],
    ["Conv2D inChannels 2, input 1×3×4×4", () => new nn.Conv2D({ channels: 1, kernelSize: 3, inChannels: 2 }).initialize().forward(x(1, 3, 4, 4)),
      "input has 3 channels"],
    ["setData 2×1 into a 1×2 parameter", () => new nn.Conv2D({ channels: 1, kernelSize: [1, 2], inChannels: 1 }).initialize().weight.setData(x(1, 1, 2, 1)),
      "setData: parameter weight has shape 1×1×1×2, the new value 1×1×2×1"],
  ];
  for (const [name, fn, message] of cases) {
    it(name, () => expect(shapeError(fn).message).toContain(message));
  }
});
