import { count } from "../../src/i18n.ts";

// English texts of the cross-correlation lesson. text.zh.ts has the same keys (its type is this one).
export const en = {
  title: "2-D cross-correlation",
  summary: "Slide a kernel over an input: each output cell is a sum of products.",
  optX: "input X (at most 16×16)",
  optK: "kernel K, no larger than X",
  inputTitle: "X (input)",
  kernelTitle: "K (kernel)",
  outputTitle: "Y (output)",
  shapeLabel: "output shape",
  setupHeading: "Slide a kernel over the input",
  setup: (p: { x: string; k: string; y: string; cells: number }) => [
    "Cross-correlation slides the kernel K over the input X. At each position it multiplies the numbers that overlap and adds the products up: that sum is one cell of the output Y.",
    `X is ${p.x} and K is ${p.k}, so K fits in (H − h + 1) × (W − w + 1) positions: Y is ${p.y}, ${count(p.cells, "cell")} to compute.`,
  ],
  cellHeading: (p: { cell: string }) => `Output cell Y[${p.cell}]`,
  cell: (p: { cell: string; rows: string; cols: string; value: string; move: "right" | "down" | "none" }) => [
    `The window is X[${p.rows}, ${p.cols}]. Multiply it by K cell by cell and add: Y[${p.cell}] = ${p.value}.`,
    p.move === "none"
      ? "That was the last position: Y is complete."
      : p.move === "right"
        ? "Next, the window moves one column to the right."
        : "The row is done: next, the window moves down one row, back to the left edge.",
  ],
  wholeHeading: "corr2d(X, K) in one call",
  whole: (p: { same: boolean }) => [
    p.same
      ? "The engine's corr2d runs the same two loops in one call and gives the same Y."
      : "The engine's corr2d gives a slightly different Y (rounding in 32-bit floats).",
    "Deep-learning frameworks call this operation convolution, but they do not flip the kernel: what a convolutional layer computes is exactly this cross-correlation, plus a bias.",
  ],
  done: (p: { y: string }) => `Y = corr2d(X, K) = ${p.y}`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit X or K.`,
};

export type Text = typeof en;
