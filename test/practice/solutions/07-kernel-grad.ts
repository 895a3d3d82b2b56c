// Reference solution: ∂l/∂K = corr2d(X, ∂l/∂Y), written as the sum it is.
import { nd, type NDArray } from "convlab";

export function kernelGrad(X: NDArray, dY: NDArray): NDArray {
  const [n, m] = dY.shape as [number, number];
  const dK = nd.zeros([X.shape[0]! - n + 1, X.shape[1]! - m + 1]);
  for (let a = 0; a < dK.shape[0]!; a++) {
    for (let b = 0; b < dK.shape[1]!; b++) dK.set([a, b], X.get([[a, a + n], [b, b + m]]).mul(dY).sum());
  }
  return dK;
}
