// Reference solution: 2 / λmax of the Hessian 2·AᵀA of a 1×2 kernel's loss.
import type { NDArray } from "convlab";

export function stabilityLimit(X: NDArray): number {
  let [p, q, r] = [0, 0, 0];
  for (const row of X.to2d()) {
    for (let j = 0; j + 1 < row.length; j++) {
      const [a, b] = [row[j]!, row[j + 1]!];
      p += 2 * a * a;
      q += 2 * b * b;
      r += 2 * a * b;
    }
  }
  return 2 / ((p + q) / 2 + Math.hypot((p - q) / 2, r));
}
