// Padding as an op: a border of `value` (zeros by default) around the last two axes,
// so a learner can see the padded input a convolution with `pad` slides over.
// Its backward crops the border away again: padding cells come from no input.
import { NDArray } from "./ndarray.ts";
import { recordOp } from "./autograd.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { wholePair, type Pair } from "./pair.ts";

/** x of shape …×H×W → …×(H+2·ph)×(W+2·pw), the border filled with `value`. */
export function pad(x: NDArray, padding: Pair, value = 0): NDArray {
  if (x.ndim < 2) throw new ShapeError(`pad: input must have at least 2 axes (height×width), got ${fmtShape(x.shape)}`);
  const [ph, pw] = wholePair("pad", "padding", padding, 0);
  const H = x.shape[x.ndim - 2]!;
  const W = x.shape[x.ndim - 1]!;
  const [PH, PW] = [H + 2 * ph, W + 2 * pw];
  const planes = x.size / (H * W);
  const outShape = [...x.shape.slice(0, -2), PH, PW];
  const out = new Float32Array(planes * PH * PW).fill(value);
  for (let p = 0; p < planes; p++)
    for (let i = 0; i < H; i++) out.set(x.data.subarray((p * H + i) * W, (p * H + i + 1) * W), (p * PH + i + ph) * PW + pw);
  return recordOp(new NDArray(out, outShape), "pad", [x], (g) => {
    const dx = new Float32Array(x.size);
    for (let p = 0; p < planes; p++)
      for (let i = 0; i < H; i++) dx.set(g.data.subarray((p * PH + i + ph) * PW + pw, (p * PH + i + ph) * PW + pw + W), (p * H + i) * W);
    return [new NDArray(dx, x.shape)];
  });
}
