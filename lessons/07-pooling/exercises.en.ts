// English texts of the pooling exercise. exercises.zh.ts has the same keys.
export const en = {
  "pool-puzzle": {
    title: "Max against average",
    prompt: (p: { max: string; avg: string }) => [
      `Find a 3×3 input X for which 2×2 max pooling gives ${p.max} while 2×2 average pooling gives ${p.avg}.`,
    ],
    fields: { X: "X (input)" },
    hints: [
      "Every 2×2 window of a 3×3 input contains the centre cell.",
      "The maximum of each window is 4 if the centre is 4 and nothing else is larger; the average is 1 if each window adds up to 4.",
      "X = [[0, 0, 0], [0, 4, 0], [0, 0, 0]].",
    ],
    maxTitle: 'pool2d(X, [2, 2], "max")',
    avgTitle: 'pool2d(X, [2, 2], "avg")',
    pass: "Right: the engine's pool2d gives both targets — the maximum keeps the peak, the average spreads it over the window.",
    shape: (p: { got: string }) => `X is ${p.got}; the targets are for a 3×3 input.`,
    wrongMax: (p: { got: string; want: string }) => `Max pooling gives ${p.got}, not ${p.want}.`,
    wrongAvg: (p: { got: string; want: string }) => `Average pooling gives ${p.got}, not ${p.want}.`,
  },
};

export type ExercisesText = typeof en;
