// Reference solution (kept in the test tree, never shipped): the notebook's corr2d.
import { nd, type NDArray } from "convlab";

export function corr2d(X: NDArray, K: NDArray): NDArray {
  const [h, w] = K.shape as [number, number];
  const Y = nd.zeros([X.shape[0]! - h + 1, X.shape[1]! - w + 1]);
  for (let i = 0; i < Y.shape[0]!; i++) {
    for (let j = 0; j < Y.shape[1]!; j++) Y.set([i, j], X.get([[i, i + h], [j, j + w]]).mul(K).sum());
  }
  return Y;
}
