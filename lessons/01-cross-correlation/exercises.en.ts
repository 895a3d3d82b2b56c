// English texts of the cross-correlation exercises. exercises.zh.ts has the same keys.
export const en = {
  "corr2d-target": {
    title: "Make corr2d give Y",
    prompt: (p: { y: string }) => [
      `Change X (3×3) and K (2×2) so that corr2d(X, K) = ${p.y}.`,
      "They start as the notebook's X and K, which give [[19, 25], [37, 43]]. Many answers are right.",
    ],
    fields: { X: "X (input)", K: "K (kernel)" },
    hints: [
      "Each cell of Y is the sum of a 2×2 window of X times K, cell by cell. Y[0, 0] uses X[0:2, 0:2].",
      "A kernel with a single 1 and zeros elsewhere copies one cell of each window: K = [[1, 0], [0, 0]] gives the top-left cell of every window.",
      "With K = [[1, 0], [0, 0]], Y is the top-left 2×2 block of X: put Y there, e.g. X = [[1, 2, 0], [3, 4, 0], [0, 0, 0]].",
    ],
    yTitle: "Y (target)",
    gotTitle: "corr2d(X, K)",
    pass: (p: { y: string }) => `Right: corr2d(X, K) = ${p.y}, exactly Y.`,
    passRounded: (p: { y: string; got: string }) =>
      `Right: corr2d(X, K) = ${p.got}: Y up to float32 rounding (the engine stores your decimals in 32 bits, as PyTorch and MXNet do).`,
    noFit: (p: { x: string; k: string }) => `K ${p.k} does not fit in X ${p.x}: a kernel can be at most as large as its input.`,
    shape: (p: { x: string; k: string; out: string; y: string }) =>
      `X ${p.x} and K ${p.k} give a ${p.out} output ((H − h + 1) × (W − w + 1)), but Y is ${p.y}.`,
    values: (p: { got: string; y: string; differ: number; total: number }) =>
      `corr2d(X, K) = ${p.got}, not ${p.y}: ${p.differ} of ${p.total} cells differ.`,
  },
};

export type ExercisesText = typeof en;
