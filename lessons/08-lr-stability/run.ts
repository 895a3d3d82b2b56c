// Several learning rates side by side on the edge data of learn-kernel (lesson 3): the same
// start, the same data, the notebook's training loop once per rate, run to the end even after it
// diverges. The curvature of the loss (lessons/notebook/curvature.ts, from the engine's own
// gradients) says in advance which runs converge, which oscillate and which diverge. Lines shown
// on screen (code.ts) come from lessons/notebook/train.ts and from here.
import { train, type PresetName } from "../notebook/train.ts";

export interface RaceConfig {
  preset: PresetName;
  lrs: number[];
  epochs: number;
  seed: number;
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

export function race({ preset, lrs, epochs, seed }: RaceConfig): Race {
  const runs = lrs.map((lr) => train({ preset, lr, epochs, seed, untilDiverged: false }));
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
