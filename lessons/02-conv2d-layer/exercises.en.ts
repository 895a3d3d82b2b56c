// English texts of the conv2d-layer exercises. exercises.zh.ts has the same keys.
export const en = {
  edges: {
    silentOn: (p: { image: string }) =>
      `Your kernel finds nothing on ${p.image}: corr2d gives all zeros there. An edge detector must respond where the image changes.`,
    flat: (p: { value: string }) =>
      `Your kernel responds to plain brightness: on an image without edges (all ones) it gives ${p.value} everywhere. Make its numbers add up to 0.`,
    alsoOn: (p: { image: string }) => `Your kernel also responds to ${p.image}; it should give all zeros there.`,
    flatTitle: "ones (no edges)",
  },
  "horizontal-edge": {
    title: "A kernel for horizontal edges",
    prompt: [
      "The lesson's kernel K = [[1, −1]] finds vertical edges, and nothing on the transposed image Xᵀ, whose edges are horizontal.",
      "Design a kernel that does the opposite: it finds the horizontal edges of Xᵀ and gives all zeros on X.",
    ],
    fields: { K: "K (kernel)" },
    hints: [
      "[[1, −1]] subtracts each pixel's right neighbour from it: it sees a change from left to right.",
      "To see a change from top to bottom, subtract the pixel below: put 1 above −1 in the same column.",
      "K = [[1], [−1]] works (2×1); in the 2×2 editor, [[1, 0], [−1, 0]] or [[1, 1], [−1, −1]].",
    ],
    hImage: "the horizontal edges of Xᵀ",
    vImage: "the vertical edges of X",
    hTitle: "corr2d(Xᵀ, K)",
    vTitle: "corr2d(X, K)",
    pass: (p: { rows: string }) =>
      `Right: on Xᵀ your kernel responds only at the edges (output rows ${p.rows}), and on X it gives all zeros.`,
  },
  "diagonal-edge": {
    title: "A kernel for diagonal edges",
    prompt: [
      "D is an image whose bright part lies above its main diagonal: its edge runs like ↘. M is D mirrored left to right: its edge runs like ↙.",
      "Design a kernel that finds the ↘ edge of D and gives all zeros on M.",
    ],
    fields: { K: "K (kernel)" },
    hints: [
      "The starting kernel [[1, 0], [0, −1]] compares each pixel with the one down and to the right: along a ↘ edge they are equal, so it sees nothing on D.",
      "Compare across the ↘ edge instead: the pixel to the right against the pixel below.",
      "K = [[0, 1], [−1, 0]] (or its negative).",
    ],
    dTitle: "D (↘ edge)",
    mTitle: "M (↙ edge)",
    dImage: "the ↘ edge of D",
    mImage: "the ↙ edge of M",
    onDTitle: "corr2d(D, K)",
    onMTitle: "corr2d(M, K)",
    pass: "Right: your kernel responds along the ↘ edge of D and gives all zeros on M and on flat areas.",
  },
};

export type ExercisesText = typeof en;
