// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from block.ts or run.ts (test/lessons/code-drift.test.ts keeps it so).
export const CODE = [
  "export class Conv2d extends nn.Block {",
  "  constructor(kernelSize: [number, number]) {",
  "    super();",
  '    this.weight = this.params.get("weight", { shape: kernelSize });',
  '    this.bias = this.params.get("bias", { shape: 1 });',
  "  }",
  "  forward(x: NDArray): NDArray {",
  "    return corr2d(x, this.weight.data()).add(this.bias.data());",
  "  }",
  "}",
  "const conv = new Conv2d(kernelSize);",
  "conv.initialize({ seed });",
  "const out = conv.forward(X);",
  "const Y = corr2d(X, K);",
  "const bias = SHOWN_BIAS;",
  "conv.weight.setData(K);",
  "conv.bias.setData([bias]);",
  "const Yb = conv.forward(X);",
  "const Yt = corr2d(X.T, K);",
];

/** Which lines each step runs. */
export const LINES = {
  block: [0, 1, 2, 3, 4, 5, 9, 10, 11],
  forward: [6, 7, 8, 12],
  edges: [13],
  bias: [7, 14, 15, 16, 17],
  transposed: [18],
};
