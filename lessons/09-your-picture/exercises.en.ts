// English texts of the your-picture exercises. exercises.zh.ts has the same keys.
interface Measured {
  meanBefore: string;
  meanAfter: string;
  roughBefore: string;
  roughAfter: string;
}

export const en = {
  "picture-blur": {
    title: "Blur the picture",
    prompt: (p: { smoother: string; brightness: string }) => [
      "Find a kernel K that blurs convlab's own picture (the house, the sun and the striped ground).",
      `The engine runs corr2d(picture, K) and compares the result with the part of the picture under the windows: it must keep its brightness (the mean moves by at most ${p.brightness}) and lose at least ${p.smoother} of its roughness (the mean squared difference between neighbouring pixels).`,
    ],
    fields: { K: "K (kernel)" },
    hints: [
      "A blur replaces each pixel by an average of its neighbourhood.",
      "An average has weights that are not negative and add up to 1: that keeps flat areas, and so the brightness, as they were.",
      "K = [[1/9, 1/9, 1/9], [1/9, 1/9, 1/9], [1/9, 1/9, 1/9]], written as 0.1111 each — or the blur kernel [[1, 2, 1], [2, 4, 2], [1, 2, 1]] / 16.",
    ],
    tooLarge: "K is larger than the picture (32×48).",
    brightness: (p: Measured & { sum: string }) =>
      `The brightness changes: the mean goes from ${p.meanBefore} to ${p.meanAfter}. K's weights add up to ${p.sum}; a blur's add up to 1.`,
    notSmoother: (p: Measured & { dropped: string }) =>
      `The brightness stays (${p.meanAfter}), but the picture is hardly smoother: its roughness goes from ${p.roughBefore} to ${p.roughAfter}, ${p.dropped} less.`,
    pass: (p: Measured & { dropped: string }) =>
      `Right: on the picture, the brightness stays at ${p.meanAfter} and the roughness falls from ${p.roughBefore} to ${p.roughAfter} (${p.dropped} less) — the edges are spread over their neighbours.`,
  },
  "picture-horizontal-edges": {
    title: "Horizontal edges in the picture",
    prompt: [
      "sobel-x, where the editor starts, finds the picture's vertical edges (the walls, the door's sides). Find a kernel K that finds its horizontal edges instead — the roof's eaves, the top of the wall, the horizon — and gives nothing for the vertical ones.",
      "The engine checks K on two versions of the picture: one with only its horizontal edges (each row replaced by its mean) and one with only its vertical edges (each column replaced by its mean).",
    ],
    fields: { K: "K (kernel)" },
    hints: [
      "A horizontal edge is a change of brightness from one row to the next.",
      "On a picture whose columns are each constant, a kernel gives nothing exactly when every column of K adds up to 0.",
      "Turn sobel-x a quarter: K = [[-1, -2, -1], [0, 0, 0], [1, 2, 1]] (sobel-y).",
    ],
    tooLarge: "K is larger than the picture (32×48).",
    silent: (p: { onRows: string; onCols: string }) =>
      `K gives nothing on the picture's horizontal edges (largest |output| ${p.onRows}): it does not see a change from one row to the next.`,
    vertical: (p: { onRows: string; onCols: string }) =>
      `K answers the horizontal edges (largest |output| ${p.onRows}), but also the vertical ones (${p.onCols}); it should give 0 there.`,
    pass: (p: { onRows: string; onCols: string; row: string }) =>
      `Right: K answers the horizontal edges (largest |output| ${p.onRows}) and gives 0 on the vertical ones. On the picture itself it answers most at row ${p.row}.`,
  },
};

export type ExercisesText = typeof en;
