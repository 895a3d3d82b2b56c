// Several learning rates side by side on the edge data of learn-kernel (lesson 3): the same
// start, the same data, one gradient-descent run per rate. The curvature of the loss (measured
// by lesson 3's stability.ts from the engine's own gradients) says in advance which runs
// converge, which oscillate and which diverge. Lines shown on screen (code.ts) come from here.
import { nd, nn, autograd, corr2d, sgdStep } from "../../src/engine/index.ts";
import { PRESETS, type PresetName } from "../03-learn-kernel/run.ts";

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
  const X = nd.ones([6, 8]);
  X.set(PRESETS[preset].dark, 0);
  const Y = corr2d(X, nd.array([[1, -1]]));
  const conv2d = new nn.Conv2D({ channels: 1, kernelSize: [1, 2], useBias: false, inChannels: 1 });
  conv2d.initialize({ seed });
  const start = conv2d.weight.data().reshape(1, 2);
  const runs = lrs.map((lr) => {
    const W = start.copy().attachGrad();
    const losses: number[] = [];
    const weights: number[][] = [];
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const l = autograd.record(() => corr2d(X, W).sub(Y).pow(2).sum());
      l.backward();
      sgdStep([W], lr);
      losses.push(l.asScalar());
      weights.push(W.to2d()[0]!);
    }
    return { lr, losses, weights };
  });
  return { x: X.to2d(), y: Y.to2d(), initial: start.to2d()[0]!, runs };
}
