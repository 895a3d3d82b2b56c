// Reference solution: the book's pool2d.
import { nd, type NDArray } from "convlab";

export function pool2d(X: NDArray, poolSize: [number, number], mode: "max" | "avg"): NDArray {
  const [p, q] = poolSize;
  const Y = nd.zeros([X.shape[0]! - p + 1, X.shape[1]! - q + 1]);
  for (let i = 0; i < Y.shape[0]!; i++) {
    for (let j = 0; j < Y.shape[1]!; j++) {
      const window = X.get([[i, i + p], [j, j + q]]);
      Y.set([i, j], mode === "max" ? Math.max(...window.data) : window.mean().asScalar());
    }
  }
  return Y;
}
