// English texts of the learn-kernel exercises. exercises.zh.ts has the same keys.
export const en = {
  lossTitle: "loss per iteration",
  curvature: (p: { small: string; large: string; limit: string; lr: string; factor: string }) =>
    `The loss is a quadratic in W with curvatures (Hessian eigenvalues) ${p.small} and ${p.large}; each step multiplies the error along the steepest direction by |1 − lr·${p.large}| = ${p.factor} at lr = ${p.lr}, so the largest stable step is 2/${p.large} ≈ ${p.limit}.`,
  "lr-diverge": {
    title: "A learning rate that diverges",
    prompt: (p: { lr: string; epochs: number }) => [
      `The notebook trains nn.Conv2D on ones(6, 8) with column 4 dark, at lr = ${p.lr}. Find a learning rate at which this training diverges: within ${p.epochs} iterations the loss must blow up (become infinite, or keep climbing to 10× its lowest value).`,
    ],
    fields: { lr: "learning rate" },
    hints: (p: { large: string; limit: string }) => [
      "Double the rate with } in the learn-kernel lesson (] raises it by 5%) and watch the loss sparkline.",
      "The loss is a quadratic in W; gradient descent on a quadratic is stable only for lr < 2 / (its largest curvature).",
      `The largest curvature here is ${p.large}: anything clearly above 2/${p.large} ≈ ${p.limit} diverges — even the notebook's own 0.016, given enough iterations.`,
    ],
    pass: (p: { at: number; how: string }) => `Diverged: ${p.how} (iteration ${p.at}).`,
    howNonfinite: (p: { loss: string }) => `the loss became ${p.loss}`,
    howGrowing: (p: { lowest: string; lowestAt: number; last: string }) =>
      `the loss fell to ${p.lowest} at iteration ${p.lowestAt}, then climbed every step, to ${p.last}`,
    slow: (p: { epochs: number; first: string; last: string }) =>
      `Above the limit, so it does diverge — but slowly: after ${p.epochs} iterations the loss went from ${p.first} to ${p.last}, not yet a blow-up. Take a clearly larger rate.`,
    converges: (p: { epochs: number; first: string; last: string }) =>
      `At this rate the training converges: the loss went from ${p.first} to ${p.last} in ${p.epochs} iterations.`,
  },
  "lr-converge": {
    title: "A learning rate that converges in 10 iterations",
    prompt: (p: { target: string; notebookLimit: string }) => [
      `Now train on the book's image (ones(6, 8) with columns 2 to 5 dark, no bias; preset d2l). Find a learning rate at which, after 10 iterations, the loss is below ${p.target} — and stays converged.`,
      `(On the notebook's image no rate can: a stable step there is below ${p.notebookLimit}, and at that step the flat direction keeps too much of its error after 10 iterations.)`,
    ],
    fields: { lr: "learning rate" },
    hints: (p: { small: string; large: string; limit: string }) => [
      "Too small a rate converges, but too slowly: try a few and watch the loss after 10 iterations.",
      `The error along the flat direction (curvature ${p.small}) shrinks by |1 − ${p.small}·lr| per step: the larger lr, the faster.`,
      `The steep direction (curvature ${p.large}) sets the ceiling 2/${p.large} ≈ ${p.limit}; a rate a little below it works.`,
    ],
    pass: (p: { loss: string; target: string }) => `Converged: after 10 iterations the loss is ${p.loss} < ${p.target}, and the rate is below the stability limit, so it stays converged.`,
    diverged: (p: { at: number }) => `At this rate the training diverges (iteration ${p.at}).`,
    slow: (p: { loss: string; target: string; factor: string }) =>
      `Too slow: after 10 iterations the loss is ${p.loss}, not below ${p.target}. Along the flat direction the error shrinks only by ${p.factor} per step.`,
    unstable: (p: { loss: string; later: string }) =>
      `After 10 iterations the loss is ${p.loss}, but the rate is above the stability limit: run longer and it climbs back (${p.later}). Converging means staying down.`,
    laterAt: (p: { at: number }) => `it diverges at iteration ${p.at}`,
    laterSlow: "slowly, beyond 1000 iterations",
  },
  "handwritten-conv2d": {
    title: "Make the notebook's hand-written Conv2d learn",
    prompt: [
      "In MXNet, the notebook's own Conv2d block cannot learn: its corr2d writes Y[i, j] one element at a time, which autograd cannot differentiate. Ours builds Y with the engine's corr2d, so it can.",
      "Train it — weight and bias both learning — on the notebook's image, next to nn.Conv2D from the same start. Choose the learning rate and the number of iterations so that it learns K = [1, −1] (each weight within 0.05, bias within 0.05 of 0).",
    ],
    fields: { lr: "learning rate", epochs: "iterations" },
    hints: (p: { large: string; limit: string; small: string }) => [
      "The notebook's lr 0.016 was already above the limit with the bias held at 0; letting the bias learn too makes the loss steeper still.",
      `With the bias learning, the largest curvature is ${p.large}: keep lr below 2/${p.large} ≈ ${p.limit}.`,
      `The flattest direction has curvature ${p.small} only, so it shrinks slowly: just below the limit, a few dozen iterations are enough; halve the rate and you need about twice as many.`,
    ],
    handTitle: "Conv2d (hand-written) W",
    convTitle: "nn.Conv2D W",
    pass: (p: { weight: string; bias: string; conv: string; diff: string | null }) =>
      `Both learned the kernel: the hand-written block W = ${p.weight}, bias ${p.bias}; nn.Conv2D W = ${p.conv} (${p.diff === null ? "the same numbers" : `they differ by at most ${p.diff}`}). Its gradient came from the engine's corr2d, which MXNet's element-by-element version could not give.`,
    unstable: (p: { epochs: number; weight: string; bias: string; lr: string; large: string; limit: string; factor: string; at: number; runOn: number }) =>
      `After ${p.epochs} iterations W = ${p.weight} and bias ${p.bias} look learned, but lr = ${p.lr} is above the stability limit 2/${p.large} ≈ ${p.limit} (judged from the curvature): each step multiplies the error along the steepest direction by ${p.factor}, so it grows back. ${p.at > 0 ? `Run on, this training diverges at iteration ${p.at}.` : `Run on for ${p.runOn} iterations, it has not blown up yet, but it cannot settle.`}`,
    diverged: (p: { at: number }) => `The training diverged at iteration ${p.at}.`,
    notYet: (p: { epochs: number; weight: string; bias: string }) =>
      `After ${p.epochs} iterations W = ${p.weight} and bias ${p.bias}: not yet within 0.05 of [1, −1] and 0. More iterations, or a larger (still stable) rate.`,
    disagree: (p: { weight: string; conv: string }) =>
      `The hand-written block (W = ${p.weight}) and nn.Conv2D (W = ${p.conv}) learned different kernels from the same start. This is a bug in convlab; please report it.`,
  },
};

export type ExercisesText = typeof en;
