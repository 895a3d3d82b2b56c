// English texts of the learn-kernel lesson. text.zh.ts has the same keys (its type is this one).
// Every sentence takes its numbers and its direction (fell or rose, grows or shrinks) from the
// run it describes: index.ts computes them, these only word them.
type Trend = "first" | "down" | "up";
/** How the start was chosen: recovered from the notebook's printout, drawn with a seed, or given. */
export type Origin = "printout" | "seed" | "given";
/** How the steep error moves per step: by 1 − lr·λ_max, signed. */
export type Motion = "shrinks" | "flips-shrinks" | "flips-grows" | "grows" | "stays";

const motionWords: Record<Motion, string> = {
  shrinks: "it shrinks, keeping its sign",
  "flips-shrinks": "it flips sign and shrinks",
  "flips-grows": "it flips sign and grows",
  grows: "it grows, keeping its sign",
  stays: "it keeps its size, flipping sign",
};

export interface Reason {
  lr: string;
  large: string;
  /** 1 − lr·λ_max, signed, e.g. "−1.112". */
  factor: string;
  motion: Motion;
  /** The plain-words account, when the data allow it (0/1 pixels, steep direction (1, 1)). */
  windows: { bright: number; edges: number; fromBright: string; fromEdges: string } | null;
}

export interface Named {
  rows: number;
  hessian: string;
  small: string;
  large: string;
  steep: string;
  flat: string;
  limit: string;
}

export const en = {
  title: "Learning a kernel from data",
  summary: "Gradient descent recovers the edge kernel [1, −1] from an image and its edges — or diverges.",
  optPreset: "notebook: the notebook's run (column 4 dark, lr 0.016, bias kept at 0; \"seed\" is its old name); d2l: the book's (columns 2–5 dark, lr 0.03, no bias)",
  optLr: "learning rate (default: the preset's, 0.016 or 0.03)",
  optEpochs: "iterations to run",
  optSeed: "seed of a random initial weight (default: the notebook's own start, recovered from its printout; for d2l, seed 2)",
  optInitWeight: "initial weight W = [a, b] instead",
  dark: { seed: "column 4", d2l: "columns 2 to 5" },
  imageTitle: "X (image)",
  kernelTitle: "K (true kernel)",
  targetTitle: "Y = corr2d(X, K)",
  yhatTitle: "Ŷ = conv2d(X)",
  twoErrTitle: "2(Ŷ − Y)",
  initialTitle: "W (initial)",
  weightTitle: "W",
  gradTitle: "∂l/∂W",
  updatedTitle: "W − lr·∂l/∂W",
  learnedTitle: "W (learned)",
  lrTitle: "lr",
  hessianTitle: "Hessian 2·AᵀA",
  iterationLabel: "iteration",
  lossLabel: "loss",
  lrLabel: "learning rate",
  biasLabel: "bias",
  lossSeries: "loss",
  steepSeries: (p: { sum: string }) => `${p.sum}, signed`,
  lossEquation: "loss",
  limitEquation: "lr limit",
  factorEquation: "per step",
  recoveredEquation: "W₀ from the printout",
  printedEquation: "the notebook printed",
  gradEquation: (p: { j: number }) => (p.j === 0 ? "∂l/∂W₀ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ" : "∂l/∂W₁ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ₊₁"),
  corrEquation: "corr2d(X, 2(Ŷ − Y))",
  backwardEquation: "l.backward() wrote",
  plotTitle: (p: { flat: string }) => `loss l(W₀, W₁): a long valley along ${p.flat}`,
  plotPath: "W",
  plotAnswer: "K = [1, −1]",
  plotLevels: (p: { levels: string }) => `loss ${p.levels}`,
  setupHeading: "The data and the layer",
  setup: (p: { dark: string; initial: string; origin: Origin; seed: number; bias: boolean; lr: string; printed: string; final: string; steps: number }) => [
    `X is a 6×8 image of ones with ${p.dark} dark (0); Y = corr2d(X, K) with K = [1, −1] holds its edges. Can a layer find K from X and Y alone?`,
    p.origin === "printout"
      ? `nn.Conv2D with one 1×2 kernel starts from W = ${p.initial}: the notebook's random initial weight. It never printed it, but it printed ${p.steps} losses (${p.printed}) and the final weight ${p.final}, and that is enough: each step moves W by the same linear map (the loss is quadratic in W), W ← M·W + b, so ${p.steps} steps give W${sub(p.steps)} = M${sup(p.steps)}·W₀ + c, and we solved that for W₀. From it, this run prints the notebook's table.`
      : `nn.Conv2D with one 1×2 kernel starts from W = ${p.initial} (${p.origin === "given" ? "the weight you gave" : `drawn with seed ${p.seed}`}).`,
    `${p.bias ? "Its bias starts at 0 and is never updated, only the weight is." : "It has no bias."} Each iteration computes Ŷ, the loss l = Σ(Ŷ − Y)², its gradient ∂l/∂W and the step W ← W − lr·∂l/∂W, with lr = ${p.lr}.`,
  ],
  iterationHeading: (p: { epoch: number; epochs: number }) => `Iteration ${p.epoch} of ${p.epochs}`,
  iteration: (p: { loss: string; trend: Trend; grad: string; lr: string; weight: string; sum: string; error: string }) => [
    `Ŷ = conv2d(X) with the current W; the loss Σ(Ŷ − Y)² is ${p.loss}${p.trend === "down" ? ", lower than before" : p.trend === "up" ? ", higher than before" : ""}.`,
    `l.backward() writes ∂l/∂W = ${p.grad}; sgdStep moves W against it: W ← W − ${p.lr}·∂l/∂W = ${p.weight}. ${p.sum} is now ${p.error} (the answer's is 0).`,
  ],
  gradientOpened: (p: { rows: number; g0: string; g1: string; corr: string; grad: string; same: boolean }) =>
    `Before trusting autograd, open the gradient: l = Σ (W₀·Xᵢ,ⱼ + W₁·Xᵢ,ⱼ₊₁ − Yᵢ,ⱼ)², so ∂l/∂W₀ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ = ${p.g0} and ∂l/∂W₁ = Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ₊₁ = ${p.g1}, each a sum of ${p.rows} terms. That is itself a cross-correlation: ∂l/∂W = corr2d(X, 2(Ŷ − Y)) = ${p.corr}, ${p.same ? "exactly" : "up to rounding"} what l.backward() wrote (${p.grad}).`,
  divergedNow: (p: { rises: number; growth: number; lowestAt: number; nonfinite: boolean }) =>
    p.nonfinite
      ? "The loss is no longer a finite number: the run is called diverged and stops here."
      : `The loss has risen ${p.rises} iterations in a row and is more than ${p.growth} times its lowest (iteration ${p.lowestAt}): the run is called diverged and stops here.`,
  resultHeading: "What the layer learned",
  divergedHeading: "The run diverged",
  lossStory: (p: { n: number; weight: string; trend: "fell" | "rose" | "turned"; first: string; lowest: string; lowestAt: number; last: string }) =>
    `After ${p.n} iteration${p.n === 1 ? "" : "s"} W = ${p.weight}, against the kernel [1, −1] that made Y. ` +
    (p.trend === "fell"
      ? `The loss fell from ${p.first} to ${p.last}.`
      : p.trend === "rose"
        ? `The loss rose from the first iteration on, from ${p.first} to ${p.last}.`
        : `The loss fell to its lowest, ${p.lowest} at iteration ${p.lowestAt}, then rose from iteration ${p.lowestAt + 1} on, to ${p.last}.`),
  stoppedStory: (p: { at: number; nonfinite: boolean; rises: number; growth: number }) =>
    p.nonfinite
      ? `At iteration ${p.at} the loss stopped being a finite number: the run was stopped there.`
      : `At iteration ${p.at} it had risen ${p.rises} times in a row to more than ${p.growth} times its lowest: the run was stopped there.`,
  sumStory: (p: { sum: string; values: string; kind: "zero" | "growing" | "shrinking"; factor: string; lossFell: boolean }) =>
    p.kind === "zero"
      ? `Now watch ${p.sum} (the answer's is 0): it stays exactly 0. This start has no error in the sum, so there is nothing for the step to amplify, and the run converges along the valley — whatever the rate does to the sum.`
      : `Now watch ${p.sum} (the answer's is 0): ${p.values}. ${p.kind === "growing" ? `It is growing, ×${p.factor} per step${p.lossFell ? ", even while the loss looks fine" : ""}.` : `It is shrinking, ×${p.factor} per step.`}`,
  reason: (p: Reason) =>
    (p.windows
      ? `Why: ${p.windows.bright} windows see two bright pixels, so they see only W₀ + W₁; the ${p.windows.edges} edge windows see one weight each. Together they make the sum W₀ + W₁ the steep direction: curvature ${p.windows.fromBright} from the bright windows + ${p.windows.fromEdges} from the edges = ${p.large}. `
      : `Why: the loss is steepest along one direction, with curvature ${p.large}. `) +
    `Each step multiplies the error in that direction by 1 − lr·${p.large} = 1 − ${p.lr}·${p.large} = ${p.factor}: ${motionWords[p.motion]}.`,
  named: (p: Named) =>
    `Its name: the loss's Hessian (its matrix of second derivatives) is 2·AᵀA, where A has one row per output pixel holding its two input pixels [Xᵢ,ⱼ, Xᵢ,ⱼ₊₁] (${p.rows} rows here): ${p.hessian}. Its eigenvalues are ${p.small} along ${p.flat} and ${p.large} along ${p.steep}, so gradient descent is stable only for lr < 2/λ_max = 2/${p.large} = ${p.limit}.`,
  keepGoing: "Keep going: run more iterations and watch what the loss does next.",
  floatCause: (p: { lr: string; limit: string }) =>
    `lr = ${p.lr} is below 2/λ_max = ${p.limit}, so the rate is not the cause: the numbers grew beyond what 32-bit floats hold. Start from a smaller weight.`,
  suggestion: (p: { limit: string; suggest: string }) => `Any rate below ${p.limit} converges from every start, e.g. ${p.suggest}.`,
  doneMessage: (p: { weight: string; loss: string; sum: string }) => `Learned W = ${p.weight}, against the true kernel [1, −1] (last loss ${p.loss}); ${p.sum} is not growing.`,
  warningMessage: (p: { fell: boolean; loss: string; sum: string; factor: string; risingFrom: number | null }) =>
    p.fell
      ? `Looks converged (loss ${p.loss}) — but ${p.sum} is growing, ×${p.factor} per step.`
      : `The loss has been rising since iteration ${p.risingFrom} and ${p.sum} is growing, ×${p.factor} per step: this run is diverging.`,
  divergedMessage: (p: { risingFrom: number | null; at: number; loss: string; lr: string; limit: string; nonfinite: boolean; stable: boolean }) =>
    `${p.risingFrom === null ? "The loss never fell below its start" : `The loss started to rise at iteration ${p.risingFrom}`}; the run was stopped at iteration ${p.at}, ${p.nonfinite ? "where the loss stopped being a finite number" : `with the loss at ${p.loss}`} (lr ${p.lr} is ${p.stable ? `below the stable limit ${p.limit}: float32 rounding, not the rate` : `above the stable limit ${p.limit}`}).`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit W, the initial weight, or lr.`,
  weightShape: (p: { shape: string }) => `W is 1×2: give one row of two numbers (got ${p.shape}).`,
  lrShape: (p: { shape: string }) => `lr is one number (got ${p.shape}).`,
  badSeed: (p: { seed: string }) => `seed must be an integer, not ${p.seed}`,
  noMore: (p: { max: number }) => `the run has stopped (it diverged or reached ${p.max} iterations): nothing more to run`,
};

const SUB = "₀₁₂₃₄₅₆₇₈₉";
const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** n as subscript / superscript digits, e.g. W₁₀ and M¹⁰. */
export const sub = (n: number): string => [...String(n)].map((d) => SUB[Number(d)]).join("");
export const sup = (n: number): string => [...String(n)].map((d) => SUP[Number(d)]).join("");

export type Text = typeof en;
