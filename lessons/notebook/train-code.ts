// The notebook's training code as lessons 3 and 8 show it beside the numbers. Every line is
// copied verbatim from train.ts (test/lessons/code-drift.test.ts keeps it so).
export const CODE = [
  "const X = nd.ones([6, 8]);",
  "X.set(preset.dark, 0);",
  "const K = nd.array([[1, -1]]);",
  "const Y = corr2d(X, K);",
  "const conv2d = new nn.Conv2D({ channels: 1, kernelSize: [1, 2], useBias: preset.useBias, inChannels: 1 });",
  "conv2d.initialize({ seed });",
  "if (initWeight) conv2d.weight.setData([[initWeight]]);",
  "const Xb = X.reshape(1, 1, 6, 8);",
  "const Yb = Y.reshape(1, 1, 6, 7);",
  "for (let epoch = 1; epoch <= epochs; epoch++) {",
  "  const { Yhat, l } = autograd.record(() => {",
  "    const Yhat = conv2d.forward(Xb);",
  "    return { Yhat, l: Yhat.sub(Yb).pow(2) };",
  "  });",
  "  l.backward();",
  "  sgdStep([conv2d.weight], lr);",
  "  const loss = l.sum().asScalar();",
  "}",
];

/** Which lines each kind of step runs. */
export const LINES = {
  setup: [0, 1, 2, 3, 4, 5, 6, 7, 8],
  iteration: [9, 10, 11, 12, 13, 14, 15, 16],
  result: [] as number[],
};
