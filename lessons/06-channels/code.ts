// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/channels.test.ts keeps it so).
export const CODE = [
  "export function corr2dMultiIn(X: NDArray, K: NDArray): NDArray {",
  "  let Y = corr2d(X.get([0]), K.get([0]));",
  "  for (let c = 1; c < X.shape[0]; c++) Y = Y.add(corr2d(X.get([c]), K.get([c])));",
  "  return Y;",
  "}",
  "export function corr2dMultiInOut(X: NDArray, K: NDArray): NDArray {",
  "  const first = corr2dMultiIn(X, K.get([0]));",
  "  const Y = nd.zeros([K.shape[0], ...first.shape]);",
  "  for (let o = 0; o < K.shape[0]; o++) Y.set([o], corr2dMultiIn(X, K.get([o])));",
  "  return Y;",
  "}",
  "export function corr2dMultiInOut1x1(X: NDArray, K: NDArray): NDArray {",
  "  const [ci, h, w] = X.shape;",
  "  const co = K.shape[0];",
  "  const Xf = X.reshape(ci, h * w);",
  "  const Kf = K.reshape(co, ci);",
  "  return dot(Kf, Xf).reshape(co, h, w);",
  "}",
  "const conv = nd.conv2d(X.reshape(1, 2, 3, 3), K.reshape(1, 2, 2, 2));",
  "for (let o = 0; o < 3; o++) Kio.set([o], K.add(o));",
  "const Yio = corr2dMultiInOut(X, Kio);",
  "const Y1 = corr2dMultiInOut1x1(X1, K1);",
  "const Y2 = corr2dMultiInOut(X1, K1);",
];

/** Which lines each kind of step runs. */
export const LINES = {
  setup: [0, 1, 2, 3, 4],
  cell: [1, 2],
  sum: [0, 1, 2, 3, 4, 18],
  out: [5, 6, 7, 8, 9, 10, 19, 20],
  count: [8],
  oneByOne: [11, 12, 13, 14, 15, 16, 17, 21, 22],
  pixel: [16],
};
