// English texts of the learning-rate-stability lesson. text.zh.ts has the same keys.
export type Verdict = "smooth" | "oscillates" | "diverges";

export const en = {
  title: "Learning-rate stability",
  summary: "Several learning rates side by side: converge, oscillate or diverge — and the threshold 2/λ_max that decides.",
  optPreset: "notebook: the notebook's data (column 4 dark; \"seed\" is its old name); d2l: the book's (columns 2–5 dark)",
  optLrs: "learning rates to compare, 1 to 6 positive numbers",
  optEpochs: "iterations of every run",
  optSeed: "seed of a random shared initial weight (default: the notebook's own start on its data; seed 2 on the book's)",
  dark: { seed: "column 4", d2l: "columns 2 to 5" },
  dataName: { seed: "the notebook's data", d2l: "the book's data" },
  imageTitle: "X (image)",
  targetTitle: "Y = corr2d(X, [1, −1])",
  hessianTitle: "Hessian 2·AᵀA",
  lrsTitle: "learning rates",
  startTitle: "W (start, shared)",
  weightsTitle: "W per learning rate",
  lossSeries: (p: { lr: string }) => `loss, lr ${p.lr}`,
  steepSeries: (p: { lr: string; sum: string }) => `${p.sum}, lr ${p.lr}`,
  smallLabel: "λ_min of the Hessian",
  largeLabel: "λ_max of the Hessian",
  limitLabel: "diverges above",
  smoothLabel: "oscillates above",
  verdict: { smooth: "converges smoothly", oscillates: "oscillates, converges", diverges: "diverges" } satisfies Record<Verdict, string>,
  edge: "oscillates forever",
  setupHeading: "One start, several learning rates",
  setup: (p: {
    data: string; other: string; dark: string; start: "printout" | "seed"; seed: number; lrs: string; epochs: number;
    small: string; large: string; limit: string; half: string; otherLimit: string; otherHalf: string;
  }) => [
    `${cap(p.data)}: a 6×8 image with ${p.dark} dark, and its edges Y. Every run starts from the same W (${p.start === "printout" ? "the notebook's own start, as in lesson 3" : `drawn with seed ${p.seed}`}) and takes ${p.epochs} gradient steps; only the learning rate differs: ${p.lrs}.`,
    `The loss is a quadratic in W. Its curvature, the Hessian measured with the engine's gradients, has eigenvalues ${p.small} and ${p.large}. Along each eigenvector a step multiplies the error by (1 − lr·λ).`,
    `So below lr = 1/λ_max = ${p.half} the error shrinks without changing sign; between ${p.half} and 2/λ_max = ${p.limit} it flips sign each step (W zigzags) but still shrinks; above ${p.limit} |1 − lr·λ_max| > 1 and it grows. On ${p.other} the same thresholds are ${p.otherHalf} and ${p.otherLimit}: a rate is stable or not only for the data it meets.`,
  ],
  iterationHeading: (p: { epoch: number; epochs: number }) => `Iteration ${p.epoch} of ${p.epochs}`,
  iteration: (p: { first?: string; falling: string; rising: string }) => [
    p.first !== undefined
      ? `The first step: every run starts from the same W, so every loss is ${p.first}; the learning rates differ only in how far this step moves W.`
      : p.rising ? `The loss fell this step for lr ${p.falling || "—"} and rose for lr ${p.rising}.` : `The loss fell this step for every learning rate (${p.falling}).`,
    "The sparklines show each run's loss so far and its W₀ + W₁ (the answer's is 0), signed, one column per iteration: the part of W − [1, −1] that each step multiplies by 1 − lr·λ_max. Bars on one side that shrink converge smoothly, bars that swap sides every step zigzag, a widening zigzag diverges.",
  ],
  verdictHeading: "Which runs converged",
  verdictText: (p: { limit: string; large: string; lines: string[] }) => [
    ...p.lines,
    `The threshold is 2/λ_max = 2/${p.large} = ${p.limit}: a learning rate just above it looks fine for a while (the unstable direction starts small) and then takes off. Scale the rates in small steps toward ${p.limit} and watch where the zigzag stops dying out.`,
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

/** The first letter upper-cased, for a name that opens a sentence. */
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export type Text = typeof en;
