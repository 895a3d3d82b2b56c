// When does a run count as diverged? Gradient descent on a quadratic with a stable learning
// rate never raises the loss (each error component shrinks), so growth means instability —
// except for rounding noise near zero. The rule, checked after every iteration t:
//   - the loss is NaN or ±Infinity, or
//   - it rose in each of the last RISES iterations, is at least GROWTH times its lowest value
//     so far, and is above NOISE (a loss that small is rounding, not growth).
// The notebook's own run (seed preset, 10 iterations) is not flagged; 60 iterations are.

export const RISES = 5;
export const GROWTH = 10;
export const NOISE = 1e-6;

export interface Divergence {
  kind: "nonfinite" | "growing";
  /** 1-based iteration at which the rule fired (the run stops there). */
  at: number;
  /** 1-based iteration of the lowest loss before it (for "growing"). */
  lowestAt: number;
}

/** The verdict on the losses so far (losses[t-1] is iteration t's loss). */
export function divergence(losses: readonly number[]): Divergence | null {
  const t = losses.length;
  if (t === 0) return null;
  const last = losses[t - 1]!;
  let lowestAt = 1;
  for (let i = 1; i < t; i++) if (losses[i]! < losses[lowestAt - 1]!) lowestAt = i + 1;
  if (!Number.isFinite(last)) return { kind: "nonfinite", at: t, lowestAt };
  if (t <= RISES) return null;
  for (let i = t - RISES; i < t; i++) if (!(losses[i]! > losses[i - 1]!)) return null;
  const lowest = losses[lowestAt - 1]!;
  if (last >= GROWTH * lowest && last > NOISE) return { kind: "growing", at: t, lowestAt };
  return null;
}
