// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/lr-stability.test.ts keeps it so).
export const CODE = [
  "const X = nd.ones([6, 8]);",
  "X.set(PRESETS[preset].dark, 0);",
  "const Y = corr2d(X, nd.array([[1, -1]]));",
  "conv2d.initialize({ seed });",
  "const runs = lrs.map((lr) => {",
  "  const W = start.copy().attachGrad();",
  "  for (let epoch = 1; epoch <= epochs; epoch++) {",
  "    const l = autograd.record(() => corr2d(X, W).sub(Y).pow(2).sum());",
  "    l.backward();",
  "    sgdStep([W], lr);",
  "  }",
  "});",
];

/** Which lines each kind of step runs. */
export const LINES = { setup: [0, 1, 2, 3], iteration: [4, 5, 6, 7, 8, 9, 10, 11], verdict: [] as number[] };
