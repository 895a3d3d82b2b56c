// Reference solution: ∂l/∂X, the full cross-correlation of ∂l/∂Y with the flipped kernel.
import { nd, type NDArray } from "convlab";

export function inputGrad(dY: NDArray, K: NDArray): NDArray {
  const [h, w] = K.shape as [number, number];
  const [n, m] = dY.shape as [number, number];
  const flipped = nd.zeros([h, w]);
  for (let a = 0; a < h; a++) for (let b = 0; b < w; b++) flipped.set([a, b], K.get([h - 1 - a, w - 1 - b]));
  const padded = nd.zeros([n + 2 * (h - 1), m + 2 * (w - 1)]);
  padded.set([[h - 1, h - 1 + n], [w - 1, w - 1 + m]], dY);
  return nd.corr2d(padded, flipped);
}
