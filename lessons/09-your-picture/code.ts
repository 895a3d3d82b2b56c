// The engine code each step runs, as shown beside the numbers. Every line is copied
// verbatim from run.ts (test/lessons/your-picture.test.ts keeps it so).
export const CODE = [
  "const X = nd.array(picture).reshape(1, 1, H, W);",
  "const K = nd.array(kernel).reshape(1, 1, kh, kw);",
  "const Y = nd.conv2d(X, K, { pad: [Math.floor((kh - 1) / 2), Math.floor((kw - 1) / 2)] });",
];

/** Which lines each kind of step runs. */
export const LINES = { picture: [0], kernel: [1], pixel: [2], output: [2] };
