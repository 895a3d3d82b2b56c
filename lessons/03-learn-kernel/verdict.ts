// What a finished (or stopped) run did, judged from the run itself: how its loss moved, and
// whether its error along the steep direction — W₀ + W₁ here, the sum the step amplifies —
// is growing. A run at an unstable rate from a start with no error in that sum (W₀ = [0, 0])
// converges; a run whose loss still falls may already carry a growing error. The curvature
// says which direction is steep and by how much each step multiplies the error there.
import { windows } from "../notebook/recover-init.ts";
import type { Curvature } from "../notebook/curvature.ts";
import type { Training } from "../notebook/train.ts";

export type VerdictKind = "converging" | "growing" | "diverged";

export interface Verdict {
  kind: VerdictKind;
  /** d·(W − K) along the steep direction d, at W₀ and after each iteration (W₀ + W₁ for d = (1, 1)). */
  errors: number[];
  /** 1 − lr·λ_max: what each step multiplies that error by. */
  factor: number;
  /** How the loss moved: fell to the end, rose from the first iteration, or fell then rose. */
  loss: { trend: "fell" | "rose" | "turned"; lowestAt: number; risingFrom: number | null };
}

/** The steep error of W: its distance from the answer K along the steep direction. */
export function steepError(w: readonly number[], k: readonly number[], c: Curvature): number {
  return c.direction[0]! * (w[0]! - k[0]!) + c.direction[1]! * (w[1]! - k[1]!);
}

export function judge(run: Training, c: Curvature, lr: number): Verdict {
  const k = run.k[0]!;
  const errors = [run.initial[0]!, ...run.iterations.map((it) => it.weight[0]!)].map((w) => steepError(w, k, c));
  const factor = 1 - lr * c.large;
  const losses = run.iterations.map((it) => it.loss);
  let lowestAt = 1;
  losses.forEach((l, i) => { if (l < losses[lowestAt - 1]!) lowestAt = i + 1; });
  const n = losses.length;
  const trend = lowestAt === n ? "fell" : lowestAt === 1 ? "rose" : "turned";
  const loss = { trend, lowestAt, risingFrom: trend === "fell" ? null : lowestAt + 1 } as const;
  if (run.diverged) return { kind: "diverged", errors, factor, loss };
  // growing: the step amplifies the steep direction AND this run has an error there that grew
  const [before, last] = [Math.abs(errors.at(-2)!), Math.abs(errors.at(-1)!)];
  const growing = Math.abs(factor) > 1 && last > before;
  return { kind: growing ? "growing" : "converging", errors, factor, loss };
}

/**
 * The windows of X by what they see: both pixels bright (they see only W₀ + W₁), one bright
 * (an edge: one weight), none. Each window adds (a₀ + a₁)² to the curvature along (1, 1), so
 * 4 per bright window and 1 per edge window — the plain-words account of λ_max, valid when X
 * holds only 0 and 1 and the steep direction is (1, 1) (null otherwise).
 */
export function windowCounts(run: Training, c: Curvature): { windows: number; bright: number; edges: number; fromBright: number; fromEdges: number } | null {
  const { a } = windows(run.x, run.y);
  if (!a.every((row) => row.every((v) => v === 0 || v === 1))) return null;
  if (c.direction[0] !== 1 || c.direction[1] !== 1) return null;
  const bright = a.filter((row) => row[0] === 1 && row[1] === 1).length;
  const edges = a.filter((row) => row[0]! + row[1]! === 1).length;
  // the curvature along (1, 1) per unit length is Σ (a₀ + a₁)², which must be the measured λ_max
  if (Math.abs(4 * bright + edges - c.large) > 1e-3 * c.large) return null;
  return { windows: a.length, bright, edges, fromBright: 4 * bright, fromEdges: edges };
}
