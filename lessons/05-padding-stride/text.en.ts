// English texts of the padding-and-stride lesson. text.zh.ts has the same keys (its type is this one).
export const en = {
  title: "Padding and stride",
  summary: "Zeros around the input keep its size; a stride skips positions and shrinks the output.",
  optN: "input size n (an n×n input holding 1, 2, …, n²)",
  optK: "kernel size k (a k×k kernel of ones)",
  optP: "padding p: rows and columns of zeros added on every side",
  optS: "stride s: how many cells the window moves at a time",
  paramsTitle: "[n, k, p, s]",
  inputTitle: "X (input)",
  paddedTitle: "X padded",
  kernelTitle: "K (kernel)",
  outputTitle: "Y (output)",
  shapeLabel: "output side",
  bookLabel: (p: { n: number; k: string; p: string; s: string }) => `${p.n}×${p.n}, kernel ${p.k}, padding ${p.p}, stride ${p.s}`,
  setupHeading: "Pad the input, then stride over it",
  setup: (p: { n: number; k: number; p: number; s: number; padded: number; m: number; cells: number }) => [
    `X is ${p.n}×${p.n} and holds 1 … ${p.n * p.n}; the kernel K is ${p.k}×${p.k} and all ones, so each output cell is simply the sum of its window.`,
    p.p > 0
      ? `Padding ${p.p} adds ${p.p} ${p.p === 1 ? "row and column" : "rows and columns"} of zeros on every side: the window slides over a ${p.padded}×${p.padded} grid, and the zeros add nothing to any sum.`
      : "Padding 0: the window slides over X itself.",
    `Stride ${p.s}: the window moves ${p.s} ${p.s === 1 ? "cell" : "cells"} at a time. Per side, the output has ⌊(n − k + 2p + s) / s⌋ = ${p.m} ${p.m === 1 ? "cell" : "cells"}: Y is ${p.m}×${p.m}, ${p.cells} ${p.cells === 1 ? "sum" : "sums"} to compute.`,
    "Edit [n, k, p, s] to change the geometry; the shape is worked out again at once.",
  ],
  cellHeading: (p: { cell: string }) => `Output cell Y[${p.cell}]`,
  cell: (p: { cell: string; rows: string; cols: string; value: string; zeros: number; last: boolean; s: number; start: string }) => [
    `Y[${p.cell}]'s window starts at its row and column times the stride ${p.s}, ${p.start} in the padded input, and covers rows ${p.rows} and columns ${p.cols}. Its sum is Y[${p.cell}] = ${p.value}.`,
    p.zeros > 0
      ? `${p.zeros === 1 ? "1 of its cells is a padding zero" : `${p.zeros} of its cells are padding zeros`}: without padding this position would not exist.`
      : "Every cell of this window is a number of X.",
    p.last ? "That was the last position: Y is complete." : `Next the window jumps ${p.s} ${p.s === 1 ? "column" : "columns"} right (or ${p.s} ${p.s === 1 ? "row" : "rows"} down).`,
  ],
  wholeHeading: "nd.conv2d with pad and stride in one call",
  whole: (p: { same: boolean; m: number }) => [
    p.same
      ? `nd.conv2d(X, K, { pad, stride }) gives the same ${p.m}×${p.m} output in one call.`
      : `nd.conv2d(X, K, { pad, stride }) gives a slightly different ${p.m}×${p.m} output (rounding in 32-bit floats).`,
    "Below are the book's own examples on an 8×8 input (MXNet edition, \"Padding and Stride\"), each shape computed by the engine as height × width. Padding (k − 1) / 2 with stride 1 keeps the size, also for the 5×3 kernel with padding (2, 1); stride 2 halves it; kernel (3, 5) with padding (0, 1) and stride (3, 4) leaves 2×2.",
  ],
  done: (p: { m: number; formula: string }) => `Y is ${p.m}×${p.m}: ${p.formula}`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit [n, k, p, s].`,
  paramsShape: (p: { shape: string }) => `[n, k, p, s] is one row of four whole numbers, not ${p.shape}`,
  paramRange: (p: { name: string; value: string; min: number; max: number }) =>
    `${p.name} must be a whole number from ${p.min} to ${p.max}, not ${p.value}`,
  tooLarge: (p: { k: number; n: number; p: number; padded: number }) =>
    `kernel ${p.k}×${p.k} does not fit in the padded input ${p.padded}×${p.padded} (input ${p.n}×${p.n} with padding ${p.p}); make k at most n + 2p`,
};

export type Text = typeof en;
