// English texts of the padding-and-stride exercise. exercises.zh.ts has the same keys.
export const en = {
  "output-shape": {
    title: "Output shape with padding and stride",
    prompt: (p: { n: string; k: string; pad: number; stride: number }) => [
      `An input of ${p.n} goes through a convolution with a ${p.k} kernel, padding ${p.pad} on every side and stride ${p.stride}.`,
      "What is the shape of the output? Give [height, width].",
    ],
    fields: { shape: "[height, width]" },
    hints: [
      "Padding adds rows and columns of zeros on every side: padding 1 makes a 6×8 input 8×10.",
      "Without a stride, a 3×3 window fits in (8 − 3 + 1) × (10 − 3 + 1) positions.",
      "Stride 2 keeps every second position, starting with the first: per side ⌊(n − k + 2p + s) / s⌋.",
    ],
    pass: (p: { shape: string }) => `Right: the engine's conv2d gives a ${p.shape} output.`,
    wrongBoth: "Neither the height nor the width is right.",
    wrongHeight: "The width is right; the height is not.",
    wrongWidth: "The height is right; the width is not.",
  },
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
