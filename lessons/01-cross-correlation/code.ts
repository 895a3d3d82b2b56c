// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/code-drift.test.ts keeps it so).
export const CODE = [
  "const [h, w] = K.shape;",
  "const Y = nd.zeros([X.shape[0] - h + 1, X.shape[1] - w + 1]);",
  "for (let i = 0; i < Y.shape[0]; i++) {",
  "  for (let j = 0; j < Y.shape[1]; j++) {",
  "    const window = X.get([[i, i + h], [j, j + w]]);",
  "    Y.set([i, j], window.mul(K).sum());",
  "  }",
  "}",
  "const whole = corr2d(X, K);",
];

/** Which lines each kind of step runs. */
export const LINES = { setup: [0, 1], cell: [4, 5], whole: [8] };
