// Matrix product, MXNet's nd.dot for 2-D arrays: (m×k)·(k×n) → m×n. The book uses it to show
// that a 1×1 convolution is a fully connected layer applied at every pixel.
// Backward: ∂A = G·Bᵀ, ∂B = Aᵀ·G.
import { NDArray } from "./ndarray.ts";
import { recordOp, isTracked } from "./autograd.ts";
import { ShapeError, fmtShape } from "./errors.ts";

/** C = A·B for row-major A (m×k) and B (k×n); transposes read in place (ta: use Aᵀ, tb: use Bᵀ). */
function matmul(a: Float32Array, b: Float32Array, m: number, k: number, n: number, ta = false, tb = false): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[ta ? p * m + i : i * k + p]! * b[tb ? j * k + p : p * n + j]!;
      c[i * n + j] = s;
    }
  return c;
}

export function dot(A: NDArray, B: NDArray): NDArray {
  if (A.ndim !== 2 || B.ndim !== 2) {
    throw new ShapeError(`dot: both arrays must be 2-D (rows×columns), got ${fmtShape(A.shape)} and ${fmtShape(B.shape)}`);
  }
  const [m, k] = A.shape as [number, number];
  const [k2, n] = B.shape as [number, number];
  if (k !== k2) throw new ShapeError(`dot: ${fmtShape(A.shape)} · ${fmtShape(B.shape)}: the columns of the first (${k}) must equal the rows of the second (${k2})`);
  const C = new NDArray(matmul(A.data, B.data, m, k, n), [m, n]);
  return recordOp(C, "dot", [A, B], (G) => [
    isTracked(A) ? new NDArray(matmul(G.data, B.data, m, n, k, false, true), A.shape) : null,
    isTracked(B) ? new NDArray(matmul(A.data, G.data, k, m, n, true, false), B.shape) : null,
  ]);
}
