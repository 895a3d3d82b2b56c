// English texts of the learn-kernel lesson. text.zh.ts has the same keys (its type is this one).
type Trend = "first" | "down" | "up";

export const en = {
  title: "Learning a kernel from data",
  summary: "Gradient descent recovers the edge kernel [1, −1] from an image and its edges — or diverges.",
  optPreset: "seed: the notebook's run (column 4 dark, lr 0.016, bias kept at 0); d2l: the book's (columns 2–5 dark, lr 0.03, no bias)",
  optLr: "learning rate (default: the preset's, 0.016 or 0.03)",
  optEpochs: "iterations to run",
  optSeed: "seed of the initial weight",
  optInitWeight: "initial weight W = [a, b] instead of a seeded one",
  dark: { seed: "column 4", d2l: "columns 2 to 5" },
  imageTitle: "X (image)",
  kernelTitle: "K (true kernel)",
  targetTitle: "Y = corr2d(X, K)",
  yhatTitle: "Ŷ = conv2d(X)",
  initialTitle: "W (initial)",
  weightTitle: "W",
  gradTitle: "∂l/∂W",
  updatedTitle: "W − lr·∂l/∂W",
  learnedTitle: "W (learned)",
  hessianTitle: "Hessian 2·AᵀA",
  iterationLabel: "iteration",
  lossLabel: "loss",
  lrLabel: "learning rate",
  biasLabel: "bias",
  smallLabel: "λ_min of the Hessian",
  largeLabel: "λ_max of the Hessian",
  lossSeries: "loss",
  lossEquation: "loss",
  limitEquation: "lr limit",
  factorEquation: "growth per step",
  setupHeading: "The data and the layer",
  setup: (p: {
    dark: string; initial: string; custom: boolean; seed: number; bias: boolean; lr: string;
    small: string; large: string; limit: string; factor: string; direction: string; stable: boolean;
  }) => [
    `X is a 6×8 image of ones with ${p.dark} dark (0); Y = corr2d(X, K) with K = [1, −1] holds its edges. Can a layer find K from X and Y alone?`,
    `nn.Conv2D with one 1×2 kernel starts from W = ${p.initial} (${p.custom ? "the weight you gave" : `drawn with seed ${p.seed}`}); ${p.bias ? "its bias starts at 0 and is never updated, only the weight is" : "it has no bias"}. Each iteration computes Ŷ, the loss l = Σ(Ŷ − Y)², its gradient ∂l/∂W and the step W ← W − lr·∂l/∂W.`,
    `The loss is a quadratic in W whose curvature (the Hessian 2·AᵀA) has eigenvalues ${p.small} and ${p.large}, so gradient descent is stable only for lr < 2/${p.large} = ${p.limit}. With lr = ${p.lr}, the error along ${p.direction} is multiplied by |1 − lr·${p.large}| = ${p.factor} every step: ${p.stable ? "it shrinks, so the run converges." : "it grows. It starts tiny, so the first iterations still look fine."}`,
  ],
  iterationHeading: (p: { epoch: number; epochs: number }) => `Iteration ${p.epoch} of ${p.epochs}`,
  iteration: (p: { loss: string; trend: Trend; grad: string; lr: string; weight: string }) => [
    `Ŷ = conv2d(X) with the current W; the loss Σ(Ŷ − Y)² is ${p.loss}${p.trend === "down" ? ", lower than before" : p.trend === "up" ? ", higher than before" : ""}.`,
    `l.backward() writes ∂l/∂W = ${p.grad}; sgdStep moves W against it: W ← W − ${p.lr}·∂l/∂W = ${p.weight}.`,
  ],
  divergedNow: (p: { rises: number; growth: number; lowestAt: number; nonfinite: boolean }) =>
    p.nonfinite
      ? "The loss is no longer a finite number: the run has diverged and stops here."
      : `The loss has risen ${p.rises} iterations in a row and is more than ${p.growth} times its lowest value (iteration ${p.lowestAt}): the run has diverged and stops here.`,
  resultHeading: "What the layer learned",
  result: (p: { n: number; weight: string; loss: string; lr: string; limit: string; factor: string; stable: boolean }) => [
    `After ${p.n} iterations W = ${p.weight}; the kernel that made Y is [1, −1]. The last loss was ${p.loss}.`,
    p.stable
      ? `lr = ${p.lr} is below the limit ${p.limit}, so more iterations bring W closer still.`
      : `But lr = ${p.lr} is above the limit ${p.limit}: the error along (1, 1) grows by ${p.factor} per step. Run more iterations (e.g. 60) and the loss first falls, then climbs without bound.`,
  ],
  divergedHeading: "The run diverged",
  diverged: (p: {
    at: number; lowest: string; lowestAt: number; last: string; nonfinite: boolean; lr: string; limit: string; factor: string;
    stable: boolean; suggest: string;
  }) => [
    p.nonfinite
      ? `At iteration ${p.at} the loss became ${p.last}: the run stopped there.`
      : `The loss fell to ${p.lowest} at iteration ${p.lowestAt}, then grew every iteration, to ${p.last} at iteration ${p.at}: the run stopped there.`,
    p.stable
      ? `lr = ${p.lr} is below 2/λ_max = ${p.limit}, so the learning rate is not the cause: the numbers grew beyond what 32-bit floats hold. Start from a smaller weight.`
      : `lr = ${p.lr} is above 2/λ_max = ${p.limit}: the error along the steepest direction grows by ${p.factor} per step. Use a learning rate below ${p.limit} to converge, e.g. ${p.suggest}.`,
  ],
  doneMessage: (p: { weight: string; loss: string }) => `Learned W = ${p.weight}, against the true kernel [1, −1] (last loss ${p.loss}).`,
  divergedMessage: (p: { at: number; loss: string; lr: string; limit: string; nonfinite: boolean; stable: boolean }) =>
    `Diverged at iteration ${p.at}: the loss ${p.nonfinite ? "became" : "grew to"} ${p.loss} (${p.stable ? `lr ${p.lr} is below the stable limit ${p.limit}: float32 rounding, not the rate` : `lr ${p.lr} is above the stable limit ${p.limit}`}).`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit W, the initial weight.`,
  weightShape: (p: { shape: string }) => `W is 1×2: give one row of two numbers (got ${p.shape}).`,
  badSeed: (p: { seed: string }) => `seed must be an integer, not ${p.seed}`,
};

export type Text = typeof en;
