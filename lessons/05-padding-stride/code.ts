// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/padding-stride.test.ts keeps it so).
export const CODE = [
  "const X = nd.fromFlat(Array.from({ length: n * n }, (_, v) => v + 1), [1, 1, n, n]);",
  "const K = nd.ones([1, 1, k, k]);",
  "const Xp = pad(X, p);",
  "const m = outSize({ n, k, p, s });",
  "const Y = nd.zeros([m, m]);",
  "for (let i = 0; i < m; i++) {",
  "  for (let j = 0; j < m; j++) {",
  "    const window = Xp.get([0, 0, [i * s, i * s + k], [j * s, j * s + k]]);",
  "    Y.set([i, j], window.mul(K.get([0, 0])).sum());",
  "  }",
  "}",
  "const whole = nd.conv2d(X, K, { pad: p, stride: s });",
];

/** Which lines each kind of step runs. */
export const LINES = { setup: [0, 1, 2, 3, 4], cell: [7, 8], whole: [11] };
