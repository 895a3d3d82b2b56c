// English texts of the padding-and-stride exercise. exercises.zh.ts has the same keys.
export const en = {
  "same-shape": {
    title: "Padding that keeps the shape",
    prompt: (p: { n: string; k: string }) => [
      `A ${p.k} kernel shrinks a ${p.n} input. Choose the padding p (zeros on every side) and the stride s so that the output has the input's shape, ${p.n}.`,
      "Give [p, s].",
    ],
    fields: { ps: "[padding, stride]" },
    hints: [
      "With stride 1, a k×k kernel fits (n − k + 2p + 1) times along a side of n.",
      "The output keeps n exactly when 2p = k − 1.",
      "For a 5×5 kernel: p = 2, s = 1.",
    ],
    outTitle: "conv2d(X, K) with your p and s",
    pass: (p: { shape: string }) => `Right: with this padding and stride, the engine's conv2d gives ${p.shape}, the input's shape.`,
    wrong: (p: { got: string; want: string }) => `The engine's conv2d gives ${p.got}, not ${p.want}.`,
    noFit: (p: { padded: string; k: string }) => `With this padding the input is ${p.padded}: the ${p.k} kernel does not fit in it.`,
    stride: "The stride is how far the window moves: at least 1.",
  },
};

export type ExercisesText = typeof en;
