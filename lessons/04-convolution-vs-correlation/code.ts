// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/convolution-vs-correlation.test.ts keeps it so).
export const CODE = [
  "const Kf = flip(K);",
  "const corr = corr2d(X, K);",
  "const conv = corr2d(X, Kf);",
  "const twice = corr2d(X, flip(Kf));",
  "const W = nd.random.uniform(-0.07, 0.07, [1, 2], seed).attachGrad();",
  "const V = flip(W).attachGrad();",
  "for (let epoch = 1; epoch <= epochs; epoch++) {",
  "  const lW = autograd.record(() => corr2d(X, W).sub(Y).pow(2).sum());",
  "  const lV = autograd.record(() => corr2d(X, flip(V)).sub(Y).pow(2).sum());",
  "  lW.backward();",
  "  lV.backward();",
  "  sgdStep([W, V], lr);",
  "}",
];

/** Which lines each kind of step runs. */
export const LINES = { setup: [] as number[], flip: [0], cell: [1, 2], whole: [1, 2, 3], learn: [4, 5, 6, 7, 8, 9, 10, 11, 12], why: [] as number[] };
