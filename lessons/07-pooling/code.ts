// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/pooling.test.ts keeps it so).
export const CODE = [
  "const X = nd.array(x);",
  "const max = pool2d(X, [2, 2]);",
  'const avg = pool2d(X, [2, 2], "avg");',
  "X.attachGrad();",
  "autograd.record(() => pool2d(X, [2, 2])).backward();",
  "const gradMax = X.grad.to2d();",
  'autograd.record(() => pool2d(X, [2, 2], "avg")).backward();',
  "const X4 = nd.fromFlat(Array.from({ length: 16 }, (_, v) => v), [1, 1, 4, 4]);",
  "maxCase(X4, 3, 3, 0),",
  "maxCase(X4, 3, 2, 1),",
  "maxCase(X4, [2, 3], [2, 3], [0, 1]),",
  "const Y = autograd.record(() => maxPool2d(X, { size, stride, pad: padding }));",
  "const padded = pad(x, padding, -Infinity).reshape(H + 2 * ph, W + 2 * pw);",
  "X2.set([0, 0], X4.get([0, 0]));",
  "X2.set([0, 1], X4.get([0, 0]).add(1));",
  "const multi = maxPool2d(X2, { size: 3, pad: 1, stride: 2 });",
];

/** Which lines each kind of step runs. */
export const LINES = {
  setup: [0],
  cell: [1],
  avg: [2],
  grad: [3, 4, 5, 6],
  cases: [[7, 8, 11], [9, 11, 12], [10, 11, 12]],
  multi: [13, 14, 15],
};
