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
  "const gradAvg = X.grad.to2d();",
  "",
  "const X4 = nd.fromFlat(Array.from({ length: 16 }, (_, v) => v), [1, 1, 4, 4]);",
  "const Y1 = maxPool2d(X4, { size: 3 });",
  "const Y2 = maxPool2d(X4, { size: 3, pad: 1, stride: 2 });",
  "const Y3 = maxPool2d(X4, { size: [2, 3], pad: [1, 2], stride: [2, 3] });",
  "const X2 = nd.zeros([1, 2, 4, 4]);",
  "X2.set([0, 0], X4.get([0, 0]));",
  "X2.set([0, 1], X4.get([0, 0]).add(1));",
  "const multi = maxPool2d(X2, { size: 3, pad: 1, stride: 2 });",
];

/** Which lines each kind of step runs. */
export const LINES = {
  setup: [0],
  cell: [1],
  avg: [2],
  grad: [3, 4, 5, 6, 7],
  cases: [[9, 10], [9, 11], [9, 12]],
  multi: [13, 14, 15, 16],
};
