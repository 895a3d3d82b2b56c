// Reference solution: corr2d with zero padding and a stride.
import { nd, type NDArray } from "convlab";

export function corr2dPadStride(X: NDArray, K: NDArray, padding: [number, number], stride: [number, number]): NDArray {
  const [H, W] = X.shape as [number, number];
  const [h, w] = K.shape as [number, number];
  const [ph, pw] = padding;
  const [sh, sw] = stride;
  const Z = nd.zeros([H + 2 * ph, W + 2 * pw]);
  Z.set([[ph, ph + H], [pw, pw + W]], X);
  const Y = nd.zeros([Math.floor((H + 2 * ph - h + sh) / sh), Math.floor((W + 2 * pw - w + sw) / sw)]);
  for (let i = 0; i < Y.shape[0]!; i++) {
    for (let j = 0; j < Y.shape[1]!; j++) Y.set([i, j], Z.get([[i * sh, i * sh + h], [j * sw, j * sw + w]]).mul(K).sum());
  }
  return Y;
}
