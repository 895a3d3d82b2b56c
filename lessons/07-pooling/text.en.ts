// English texts of the pooling lesson. text.zh.ts has the same keys (its type is this one).
export const en = {
  title: "Pooling",
  summary: "Max and average pooling: a window with no weights, padding and stride, one channel at a time.",
  optX: "input X of the 2×2 pooling",
  inputTitle: "X (input)",
  maxTitle: "max pooling 2×2",
  avgTitle: "average pooling 2×2",
  gradMaxTitle: "∂ Σ max / ∂X",
  gradAvgTitle: "∂ Σ avg / ∂X",
  x4Title: "X (1×1×4×4)",
  paddedTitle: "X padded (−∞)",
  outputTitle: "Y (output)",
  channelTitle: (p: { c: number }) => `X channel ${p.c}`,
  outChannelTitle: (p: { c: number }) => `Y channel ${p.c}`,
  setupHeading: "A window with no weights",
  setup: (p: { x: string; y: string; cells: number }) => [
    "A pooling layer slides a window over its input like a convolution, but it has no kernel to learn: it takes the largest number in the window (max pooling) or their mean (average pooling).",
    `X is ${p.x} and the window 2×2, so Y is ${p.y}: ${p.cells} ${p.cells === 1 ? "window" : "windows"}. Pooling makes a layer less sensitive to exactly where a feature sits.`,
  ],
  cellHeading: (p: { cell: string }) => `Max pooling: Y[${p.cell}]`,
  cell: (p: { cell: string; value: string; last: boolean }) => [
    `The largest number in this window is ${p.value}, so Y[${p.cell}] = ${p.value}. If the input moved by one cell, many windows would still hold the same maximum.`,
    p.last ? "That was the last window." : "Then the window moves one cell on, as in corr2d.",
  ],
  avgHeading: "Average pooling",
  avg: () => [
    "Average pooling takes the mean of each window instead: a smoothing, like a kernel of 1/4s, but fixed.",
    "The book's example gives [[2, 3], [5, 6]] for max pooling's [[4, 5], [7, 8]].",
  ],
  gradHeading: "Where the gradient goes",
  grad: () => [
    "Pooling has no weights, but a gradient still flows through it to the layer below. The engine's backward shows where.",
    "Max pooling sends each window's gradient to its winner alone (a cell that wins two windows gets 2, a cell that never wins gets 0). Average pooling spreads it evenly: 1/4 to each cell of the window.",
  ],
  caseHeading: (p: { which: number }) =>
    [
      "MaxPool2D(3): the stride defaults to the window",
      "MaxPool2D(3, padding=1, strides=2)",
      "MaxPool2D((2, 3), padding=(1, 2), strides=(2, 3))",
    ][p.which]!,
  case: (p: { which: number; y: string }) =>
    [
      [
        "Gluon's pooling layers, as MaxPool2D here, default the stride to the window size, so windows do not overlap. On the 4×4 input a 3×3 window fits once:",
        `Y = ${p.y}.`,
      ],
      [
        "Padding and stride work as for convolution. The padding is drawn as −∞: max pooling never picks a padding cell (average pooling counts padding as zeros).",
        `Marked cells are the winners, found by the engine's backward. Y = ${p.y}.`,
      ],
      [
        "Window, padding and stride can each differ between height and width. This is the MXNet edition's example: padding 2 is more than half the 3-wide window. MXNet, and convlab's maxPool2d, take any padding smaller than the window, since every window still holds an input cell (PyTorch stops at half the window).",
        `Y = ${p.y}. (The PyTorch edition uses padding (0, 1) instead and gets [[5, 7], [13, 15]].)`,
      ],
    ][p.which]!,
  multiHeading: "Several channels: pooled one by one",
  multi: () => [
    "With several input channels, pooling works on each channel on its own and does not add them up as convolution does: the output has as many channels as the input.",
    "The book stacks X and X + 1: the second channel's maxima are the first's plus 1.",
  ],
  done: "Pooling: a max or a mean per window, per channel, with padding and stride like a convolution.",
  notEditable: (p: { id: string }) => `${p.id} cannot be edited; edit X in the first steps.`,
  tooSmall: (p: { x: string }) => `a 2×2 window does not fit in X ${p.x}; give at least 2 rows and 2 columns`,
};

export type Text = typeof en;
