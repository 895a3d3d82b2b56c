// The notebook's edge data and training loop, run by the engine: nn.Conv2D learns the kernel
// that made Y. Each iteration is kept (Ŷ, loss, ∂l/∂W, W before and after) so a lesson can step
// through them; the run stops where the loss diverges (divergence.ts). Lessons 2, 3, 4 and 8 and
// the exercises use the same data and loop. Lines shown on screen come from here (train-code.ts;
// a test keeps them in step).
import { nd, nn, autograd, corr2d, sgdStep, type NDArray } from "../../src/engine/index.ts";
import { divergence, type Divergence } from "./divergence.ts";

export interface Preset {
  /** The dark columns of the image, as a slice: X[:, 4:5] = 0. */
  dark: string;
  lr: number;
  /** The notebook's layer has a bias (kept at 0: only the weight is updated); the book's has none. */
  useBias: boolean;
}

export const PRESETS = {
  seed: { dark: ":, 4:5", lr: 0.016, useBias: true },
  d2l: { dark: ":, 2:6", lr: 0.03, useBias: false },
} satisfies Record<string, Preset>;
export type PresetName = keyof typeof PRESETS;

export interface TrainConfig {
  preset: PresetName;
  lr: number;
  epochs: number;
  seed: number;
  /** 1×2, instead of the seeded initial weight. */
  initWeight?: number[][];
  /** Stop where the loss diverges (default); false runs every epoch (lesson 8 compares whole runs). */
  untilDiverged?: boolean;
}

export interface Iteration {
  /** 1-based. */
  epoch: number;
  /** Σ(Ŷ − Y)², computed before this iteration's update. */
  loss: number;
  yhat: number[][];
  /** ∂l/∂W, 1×2. */
  grad: number[][];
  /** W used for Ŷ (before the update) and after it, 1×2. */
  before: number[][];
  weight: number[][];
}

export interface Training {
  x: number[][];
  k: number[][];
  y: number[][];
  /** The bias (0, never updated), or null when the layer has none. */
  bias: number | null;
  initial: number[][];
  iterations: Iteration[];
  diverged: Divergence | null;
}

/** The edge data: ones(6, 8) with the preset's columns dark (0), and its edges under K = [1, −1]. */
export function edgeData(name: PresetName): { X: NDArray; K: NDArray; Y: NDArray } {
  const preset = PRESETS[name];
  const X = nd.ones([6, 8]);
  X.set(preset.dark, 0);
  const K = nd.array([[1, -1]]);
  const Y = corr2d(X, K);
  return { X, K, Y };
}

export function train({ preset: name, lr, epochs, seed, initWeight, untilDiverged = true }: TrainConfig): Training {
  const preset = PRESETS[name];
  const iterations: Iteration[] = [];
  let diverged: Divergence | null = null;
  const { X, K, Y } = edgeData(name);
  const conv2d = new nn.Conv2D({ channels: 1, kernelSize: [1, 2], useBias: preset.useBias, inChannels: 1 });
  conv2d.initialize({ seed });
  if (initWeight) conv2d.weight.setData([[initWeight]]);
  const Xb = X.reshape(1, 1, 6, 8);
  const Yb = Y.reshape(1, 1, 6, 7);
  const initial = conv2d.weight.data().reshape(1, 2).to2d();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const before = conv2d.weight.data().reshape(1, 2).to2d();
    const { Yhat, l } = autograd.record(() => {
      const Yhat = conv2d.forward(Xb);
      return { Yhat, l: Yhat.sub(Yb).pow(2) };
    });
    l.backward();
    sgdStep([conv2d.weight], lr);
    const loss = l.sum().asScalar();
    iterations.push({
      epoch,
      loss,
      yhat: Yhat.reshape(6, 7).to2d(),
      grad: conv2d.weight.grad().reshape(1, 2).to2d(),
      before,
      weight: conv2d.weight.data().reshape(1, 2).to2d(),
    });
    diverged ??= divergence(iterations.map((it) => it.loss));
    if (diverged && untilDiverged) break;
  }
  return {
    x: X.to2d(),
    k: K.to2d(),
    y: Y.to2d(),
    bias: conv2d.bias ? conv2d.bias.data().asScalar() : null,
    initial,
    iterations,
    diverged,
  };
}
