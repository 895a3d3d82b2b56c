// The notebook's random initial weight, recovered from its printout.
// The loss l(W) = Σ (W₀·X[i,j] + W₁·X[i,j+1] − Y[i,j])² is quadratic in W, so one step of
// gradient descent is linear: W ← M·W + b with M = I − lr·H, H = 2·AᵀA, b = lr·2·Aᵀy, where A has
// one row per output pixel (its two input pixels) and y is Y flattened. Ten steps give
// W₁₀ = M¹⁰·W₀ + c; M's eigenvalues (1 − lr·12, 1 − lr·132) are far from 0, so M¹⁰ inverts well.
// Plain doubles: this is algebra on the printed numbers, not a run of the engine.

type Vec2 = [number, number];
type Mat2 = [Vec2, Vec2];

const apply = (m: Mat2, v: Vec2): Vec2 => [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]];

/** A (rows: [X[i,j], X[i,j+1]]) and y for a 1×2 kernel over x, y = its target output. */
export function windows(x: readonly (readonly number[])[], y: readonly (readonly number[])[]): { a: Vec2[]; y: number[] } {
  const a: Vec2[] = [];
  const flat: number[] = [];
  y.forEach((row, i) => row.forEach((v, j) => { a.push([x[i]![j]!, x[i]![j + 1]!]); flat.push(v); }));
  return { a, y: flat };
}

/** H = 2·AᵀA, the loss's (constant) Hessian, and g = 2·Aᵀy. */
export function normalEquations(x: readonly (readonly number[])[], y: readonly (readonly number[])[]): { h: Mat2; g: Vec2 } {
  const { a, y: t } = windows(x, y);
  const h: Mat2 = [[0, 0], [0, 0]];
  const g: Vec2 = [0, 0];
  a.forEach((row, r) => {
    for (let p = 0; p < 2; p++) {
      g[p] += 2 * row[p]! * t[r]!;
      for (let q = 0; q < 2; q++) h[p]![q] += 2 * row[p]! * row[q]!;
    }
  });
  return { h, g };
}

/** W₀ such that `steps` updates at `lr` end at `final`. */
export function recoverInitialWeight(
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  lr: number,
  steps: number,
  final: readonly [number, number],
): Vec2 {
  const { h, g } = normalEquations(x, y);
  const m: Mat2 = [[1 - lr * h[0][0], -lr * h[0][1]], [-lr * h[1][0], 1 - lr * h[1][1]]];
  const step = (w: Vec2): Vec2 => { const v = apply(m, w); return [v[0] + lr * g[0], v[1] + lr * g[1]]; };
  const power = (v: Vec2): Vec2 => { for (let k = 0; k < steps; k++) v = apply(m, v); return v; };
  let c: Vec2 = [0, 0];
  for (let k = 0; k < steps; k++) c = step(c);
  // Columns of M^steps, then solve M^steps · W₀ = final − c.
  const [p, q] = [power([1, 0]), power([0, 1])];
  const r: Vec2 = [final[0] - c[0], final[1] - c[1]];
  const det = p[0] * q[1] - q[0] * p[1];
  return [(r[0] * q[1] - q[0] * r[1]) / det, (p[0] * r[1] - r[0] * p[1]) / det];
}
