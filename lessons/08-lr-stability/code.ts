// The engine code each step runs, as shown beside the numbers. Every line is copied verbatim
// from lesson 3's run.ts (the data and the training loop) and this lesson's run.ts, in order
// (test/lessons/code-drift.test.ts keeps it so).
export const CODE = [
  "const X = nd.ones([6, 8]);",
  "X.set(preset.dark, 0);",
  "const K = nd.array([[1, -1]]);",
  "const Y = corr2d(X, K);",
  "const conv2d = new nn.Conv2D({ channels: 1, kernelSize: [1, 2], useBias: preset.useBias, inChannels: 1 });",
  "conv2d.initialize({ seed });",
  "for (let epoch = 1; epoch <= epochs; epoch++) {",
  "  const { Yhat, l } = autograd.record(() => {",
  "    const Yhat = conv2d.forward(Xb);",
  "    return { Yhat, l: Yhat.sub(Yb).pow(2) };",
  "  });",
  "  l.backward();",
  "  sgdStep([conv2d.weight], lr);",
  "}",
  "const runs = lrs.map((lr) => train({ preset, lr, epochs, seed, untilDiverged: false }));",
];

/** Which lines each kind of step runs. */
export const LINES = { setup: [0, 1, 2, 3, 4, 5], iteration: [6, 7, 8, 9, 10, 11, 12, 13, 14], verdict: [] as number[] };
