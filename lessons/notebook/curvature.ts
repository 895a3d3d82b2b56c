// Why lr 0.016 is too large for the notebook's data. The summed squared loss is a quadratic in
// W, so its gradient is linear: g(W) = H·W + g(0). The engine's own gradients at W = 0, e₁ and
// e₂ therefore give the Hessian H = 2·AᵀA exactly. Gradient descent multiplies the error along
// each eigenvector of H by (1 − lr·λ) per step: stable only if lr < 2 / λ_max.
import { nd, autograd, corr2d, type NDArray } from "../../src/engine/index.ts";

export interface Curvature {
  hessian: number[][];
  /** Eigenvalues of the Hessian, smallest first. */
  small: number;
  large: number;
  /** Eigenvector of the largest eigenvalue, scaled so its largest entry is 1 (e.g. [1, 1]). */
  direction: number[];
  /** 2 / large: the largest stable learning rate. */
  limit: number;
}

/** ∂l/∂W at W = w for l = Σ (corr2d(X, W) − Y)², with the bias at 0. */
function gradientAt(X: NDArray, Y: NDArray, w: number[][]): number[] {
  const W = nd.array(w).attachGrad();
  const l = autograd.record(() => corr2d(X, W).sub(Y).pow(2).sum());
  l.backward();
  return W.grad.to2d()[0]!;
}

export function curvature(x: number[][], y: number[][]): Curvature {
  const X = nd.array(x);
  const Y = nd.array(y);
  const g0 = gradientAt(X, Y, [[0, 0]]);
  const g1 = gradientAt(X, Y, [[1, 0]]);
  const g2 = gradientAt(X, Y, [[0, 1]]);
  // column k of H is g(e_k) − g(0); symmetrise away any rounding
  const a = g1[0]! - g0[0]!;
  const d = g2[1]! - g0[1]!;
  const b = (g1[1]! - g0[1]! + g2[0]! - g0[0]!) / 2;
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  const [small, large] = [mean - radius, mean + radius];
  const v = b !== 0 ? [b, large - a] : a >= d ? [1, 0] : [0, 1];
  const scale = Math.max(Math.abs(v[0]!), Math.abs(v[1]!));
  return { hessian: [[a, b], [b, d]], small, large, direction: v.map((c) => c / scale), limit: 2 / large };
}
