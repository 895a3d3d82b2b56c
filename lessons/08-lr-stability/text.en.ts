// English texts of the learning-rate-stability lesson. text.zh.ts has the same keys.
export type Verdict = "smooth" | "oscillates" | "diverges";

export const en = {
  title: "Learning-rate stability",
  summary: "Several learning rates side by side: converge, oscillate or diverge — and the threshold 2/λ_max that decides.",
  optPreset: "d2l: the book's data (columns 2–5 dark); seed: the notebook's (column 4 dark)",
  optLrs: "learning rates to compare, 1 to 6 positive numbers",
  optEpochs: "iterations of every run",
  optSeed: "seed of the shared initial weight",
  dark: { seed: "column 4", d2l: "columns 2 to 5" },
  imageTitle: "X (image)",
  targetTitle: "Y = corr2d(X, [1, −1])",
  hessianTitle: "Hessian 2·AᵀA",
  lrsTitle: "learning rates",
  startTitle: "W (start, shared)",
  weightsTitle: "W per learning rate",
  lossSeries: (p: { lr: string }) => `loss, lr ${p.lr}`,
  steepSeries: (p: { lr: string; direction: string }) => `error along ${p.direction}, lr ${p.lr}`,
  lossScalar: (p: { lr: string }) => `loss @ ${p.lr}`,
  smallLabel: "λ_min of the Hessian",
  largeLabel: "λ_max of the Hessian",
  limitLabel: "diverges above",
  smoothLabel: "oscillates above",
  verdict: { smooth: "converges smoothly", oscillates: "oscillates, converges", diverges: "diverges" } satisfies Record<Verdict, string>,
  edge: "oscillates forever",
  setupHeading: "One start, several learning rates",
  setup: (p: { dark: string; lrs: string; epochs: number; small: string; large: string; limit: string; half: string }) => [
    `The learn-kernel data: a 6×8 image with ${p.dark} dark, and its edges Y. Every run starts from the same W and takes ${p.epochs} gradient steps; only the learning rate differs: ${p.lrs}.`,
    `The loss is a quadratic in W. Its curvature, the Hessian measured with the engine's gradients, has eigenvalues ${p.small} and ${p.large}. Along each eigenvector a step multiplies the error by (1 − lr·λ).`,
    `So below lr = 1/λ_max = ${p.half} the error shrinks without changing sign; between ${p.half} and 2/λ_max = ${p.limit} it flips sign each step (W zigzags) but still shrinks; above ${p.limit} |1 − lr·λ_max| > 1 and it grows.`,
  ],
  iterationHeading: (p: { epoch: number; epochs: number }) => `Iteration ${p.epoch} of ${p.epochs}`,
  iteration: (p: { falling: string; rising: string }) => [
    p.rising ? `The loss fell this step for lr ${p.falling || "—"} and rose for lr ${p.rising}.` : `The loss fell this step for every learning rate (${p.falling}).`,
    "The sparklines show each run's loss so far and its error along the steep direction: the part of W − [1, −1] that each step multiplies by 1 − lr·λ_max. A smooth fall converges, a zigzag flips sign every step, a widening zigzag diverges.",
  ],
  verdictHeading: "Which runs converged",
  verdictText: (p: { limit: string; large: string; lines: string[] }) => [
    ...p.lines,
    `The threshold is 2/λ_max = 2/${p.large} = ${p.limit}: a learning rate just above it looks fine for a while (the unstable direction starts small) and then takes off. Press [ or ] to halve or double every rate and run them again.`,
  ],
  runLine: (p: { lr: string; factor: string; verdict: string; observed: string }) => `lr ${p.lr}: |1 − lr·λ_max| = ${p.factor}, so it ${p.verdict}; ${p.observed}`,
  observedDiverged: (p: { at: number }) => `the loss ran away from iteration ${p.at}.`,
  observedNonfinite: (p: { at: number }) => `the loss stopped being a finite number at iteration ${p.at}.`,
  observedLast: (p: { loss: string }) => `last loss ${p.loss}.`,
  done: (p: { limit: string }) => `Stable only for lr < 2/λ_max = ${p.limit}.`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit the learning rates.`,
  lrsShape: (p: { shape: string }) => `the learning rates are one row of 1 to 6 numbers, not ${p.shape}`,
  badSeed: (p: { seed: string }) => `the seed must be an integer, not ${p.seed}`,
};

export type Text = typeof en;
