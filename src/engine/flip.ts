// Flipping a kernel upside down and left to right (a 180° turn of the last two axes).
// True convolution is cross-correlation with the flipped kernel: conv(X, K) = corr2d(X, flip(K)).
// Flipping twice gives back the input, so the backward of flip is flip.
import { NDArray } from "./ndarray.ts";
import { recordOp } from "./autograd.ts";
import { ShapeError, fmtShape } from "./errors.ts";

function turn(src: Float32Array, shape: readonly number[]): Float32Array {
  const H = shape[shape.length - 2]!;
  const W = shape[shape.length - 1]!;
  const plane = H * W;
  const out = new Float32Array(src.length);
  for (let p = 0; p < src.length; p += plane)
    for (let k = 0; k < plane; k++) out[p + plane - 1 - k] = src[p + k]!; // (i, j) → (H−1−i, W−1−j)
  return out;
}

/** x of shape …×H×W with every H×W plane turned 180°. */
export function flip(x: NDArray): NDArray {
  if (x.ndim < 2) throw new ShapeError(`flip: input must have at least 2 axes (height×width), got ${fmtShape(x.shape)}`);
  return recordOp(new NDArray(turn(x.data, x.shape), x.shape), "flip", [x], (g) => [new NDArray(turn(g.data, x.shape), x.shape)]);
}
