// English texts of the lr-stability exercises. exercises.zh.ts has the same keys.
interface CurvatureText {
  large: string;
  half: string;
  limit: string;
  limitShort: string;
}
interface FactorText {
  lr: string;
  large: string;
  /** 1 − lr·λ_max, and its size. */
  r: string;
  factor: string;
}
interface Observed {
  flips: string;
  steps: string;
  first: string;
  last: string;
  epochs: string;
}
type Oscillation = FactorText & Observed;

export const en = {
  steepTitle: (p: { lr: string }) => `W₀ + W₁ (its error), lr ${p.lr}`,
  verdict: { smooth: "converges smoothly", oscillates: "oscillates and converges", diverges: "diverges" },
  edge: "neither grows nor shrinks",
  "lr-oscillate": {
    title: "A rate that oscillates, yet converges",
    prompt: (p: { epochs: number }) => [
      "On the notebook's data (column 4 dark, from its own start), find a learning rate at which gradient descent oscillates — W₀ + W₁'s error flips sign every step — and still converges.",
      `The engine judges it from the curvature of the loss, so the verdict holds however long the run goes on, and shows the run's signed W₀ + W₁ error for ${p.epochs} iterations.`,
    ],
    fields: { lr: "learning rate" },
    hints: (p: CurvatureText) => [
      `Each step multiplies W₀ + W₁'s error by 1 − lr·λ_max, where λ_max = ${p.large} is the larger curvature (the lesson's first step shows H).`,
      `The error flips sign when 1 − lr·λ_max < 0, that is lr > 1/λ_max = 1/${p.large} ≈ ${p.half}.`,
      `It still shrinks while |1 − lr·λ_max| < 1, that is lr < 2/λ_max ≈ ${p.limit}: any rate between ${p.half} and ${p.limit}.`,
    ],
    pass: (p: Oscillation) =>
      `Right, judged from the curvature: 1 − lr·λ_max = 1 − ${p.lr} × ${p.large} = ${p.r} is negative, so the error flips sign every step, and its size ${p.factor} is below 1, so it shrinks for good. In the run it flipped in ${p.flips} of the ${p.steps} steps that did not end at exactly 0, and went from ${p.first} to ${p.last} in ${p.epochs} iterations.`,
    smooth: (p: Oscillation) =>
      `Judged from the curvature: 1 − lr·λ_max = 1 − ${p.lr} × ${p.large} = ${p.r} is not negative, so the error keeps its sign and shrinks without a zigzag — it flipped in ${p.flips} of the ${p.steps} steps that did not end at exactly 0, going from ${p.first} to ${p.last} in ${p.epochs} iterations. A larger rate oscillates.`,
    diverges: (p: Oscillation) =>
      `Judged from the curvature: |1 − lr·λ_max| = |1 − ${p.lr} × ${p.large}| = ${p.factor} is above 1, so the error flips sign and grows every step — from ${p.first} to ${p.last} in ${p.epochs} iterations: it diverges. A smaller rate converges.`,
    edge: (p: Oscillation) =>
      `Judged from the curvature: 1 − lr·λ_max = 1 − ${p.lr} × ${p.large} = ${p.r}, so the error flips sign but keeps its size — from ${p.first} to ${p.last} in ${p.epochs} iterations: it never converges. A slightly smaller rate does.`,
  },
  "lr-limit": {
    title: "The stability limit",
    prompt: (p: { digits: number }) => [
      "On the notebook's data, what is the largest learning rate at which gradient descent still converges — the stability limit?",
      `Give it to ${p.digits} significant digits: any answer that rounds to the same ${p.digits} significant digits is right.`,
    ],
    fields: { limit: "limit" },
    hints: (p: CurvatureText & { digits: number }) => [
      `Each step multiplies the error along the steepest direction by 1 − lr·λ_max, where λ_max = ${p.large} (the lesson's first step shows H); the run converges while |1 − lr·λ_max| < 1.`,
      `At 1/λ_max ≈ ${p.half} the factor is 0; the limit is where it reaches −1: 1 − lr·λ_max = −1, so lr = 2/λ_max.`,
      `That is 2/${p.large} = ${p.limit}…, then rounded to ${p.digits} significant digits.`,
    ],
    pass: (p: CurvatureText & FactorText & { answer: string; answerShort: string; digits: number }) =>
      `Right: the limit is 2/λ_max = 2/${p.large} = ${p.limit}, which is ${p.limitShort} to ${p.digits} significant digits, as is ${p.answer}. Below it |1 − lr·λ_max| < 1 and the run converges; above it the error grows every step.`,
    wrong: (p: CurvatureText & FactorText & { answer: string; answerShort: string; digits: number; what: string }) =>
      `${p.answer} is ${p.answerShort} to ${p.digits} significant digits: not the limit. At lr ${p.answer}, |1 − lr·λ_max| = |1 − ${p.answer} × ${p.large}| = ${p.factor}: the run ${p.what}.`,
  },
};

export type ExercisesText = typeof en;
