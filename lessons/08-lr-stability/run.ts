// Several learning rates side by side on the edge data of learn-kernel (lesson 3): the same
// start, the same data, lesson 3's training loop once per rate, run to the end even after it
// diverges. The curvature of the loss (measured by lesson 3's stability.ts from the engine's own
// gradients) says in advance which runs converge, which oscillate and which diverge. Lines shown
// on screen (code.ts) come from lesson 3's run.ts and from here.
import { train, type PresetName } from "../notebook/train.ts";
import { notebookStart } from "../notebook/start.ts";
import type { Curvature } from "../notebook/curvature.ts";
import type { Verdict } from "./text.en.ts";

/** The book's preset has no printout to recover a start from: a seed whose unstable part is small. */
export const DEFAULT_SEED = 2;

export interface RaceConfig {
  preset: PresetName;
  lrs: number[];
  epochs: number;
  /** A seeded random start; without it the notebook's own start (recovered from its printout), or seed DEFAULT_SEED for the book's data. */
  seed?: number;
}

export interface Run {
  lr: number;
  /** losses[t−1]: Σ(Ŷ − Y)² at iteration t, before its update (as the notebook prints). */
  losses: number[];
  /** weights[t−1]: W (1×2) after iteration t's update. */
  weights: number[][];
}

export interface Race {
  x: number[][];
  y: number[][];
  initial: number[];
  runs: Run[];
}

/** Whether a race starts from the notebook's own W₀. */
export const fromPrintout = (c: RaceConfig): boolean => c.seed === undefined && c.preset === "seed";

export function race(config: RaceConfig): Race {
  const { preset, lrs, epochs } = config;
  const seed = config.seed ?? DEFAULT_SEED;
  const start = fromPrintout(config) ? { initWeight: [notebookStart()] } : {};
  const runs = lrs.map((lr) => train({ preset, lr, epochs, seed, ...start, untilDiverged: false }));
  const first = runs[0]!;
  return {
    x: first.x,
    y: first.y,
    initial: first.initial[0]!,
    runs: runs.map((run, i) => ({
      lr: lrs[i]!,
      losses: run.iterations.map((it) => it.loss),
      weights: run.iterations.map((it) => it.weight[0]!),
    })),
  };
}

/** What the curvature predicts for a rate: the steep direction's factor 1 − lr·λ_max decides. */
export function predict(lr: number, c: Curvature): { factor: number; verdict: Verdict | "edge" } {
  const r = 1 - lr * c.large;
  const factor = Math.abs(r);
  const verdict = factor > 1 ? "diverges" : factor === 1 ? "edge" : r < 0 ? "oscillates" : "smooth";
  return { factor, verdict };
}

/**
 * How far W is from the answer [1, −1] along the steep eigenvector d of the Hessian: d·(W − [1, −1]).
 * Gradient descent multiplies exactly this by 1 − lr·λ_max each step, so its sparkline shows a
 * smooth decay, a zigzag that dies out, or a zigzag that grows.
 */
export function steepError(w: readonly number[], c: Curvature): number {
  return c.direction[0]! * (w[0]! - 1) + c.direction[1]! * (w[1]! + 1);
}
