// English texts of the convolution-vs-correlation exercise. exercises.zh.ts has the same keys.
export const en = {
  "flip-kernel": {
    title: "Convolution with corr2d",
    prompt: (p: { k: string }) => [
      `A true convolution X ∗ K flips the kernel before sliding it; corr2d does not. Give the kernel K′ for which corr2d(X, K′) is the convolution X ∗ K with K = ${p.k}.`,
      "The check uses the defining property of convolution: an impulse (a single 1 in zeros) convolved with K gives K back.",
    ],
    fields: { K: "K′ (kernel for corr2d)" },
    hints: [
      "Slide K′ over an impulse: each output cell sees the 1 under a different kernel cell, so corr2d(δ, K′) shows K′ turned by half a turn.",
      "To get K back, K′ must be K turned by half a turn: flipped upside down and left to right.",
      "K′ = [[3, 2], [1, 0]].",
    ],
    deltaTitle: "δ (impulse)",
    onDeltaTitle: "corr2d(δ, K′)",
    kTitle: "K",
    shape: (p: { got: string; want: string }) => `K′ is ${p.got}; it must have K's shape, ${p.want}.`,
    pass: (p: { conv: string }) =>
      `Right: corr2d(δ, K′) gives K back, as a convolution must; so on the lesson's X, corr2d(X, K′) = X ∗ K = ${p.conv}.`,
    wrong: (p: { got: string; k: string }) => `corr2d(δ, K′) = ${p.got}; a convolution of the impulse would give K = ${p.k}.`,
  },
};

export type ExercisesText = typeof en;
