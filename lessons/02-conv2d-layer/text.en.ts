import { count } from "../../src/i18n.ts";

// English texts of the conv2d-layer lesson. text.zh.ts has the same keys (its type is this one).
export const en = {
  title: "The 2-D convolutional layer",
  summary: "A layer is cross-correlation plus a bias; the kernel [1, −1] finds vertical edges.",
  optSeed: "seed for the layer's initial weight",
  optX: "image X (default: ones(6, 8) with column 4 set to 0)",
  optK: "edge kernel K",
  weightTitle: "weight",
  biasLabel: "bias",
  imageTitle: "X (image)",
  kernelTitle: "K (kernel)",
  outTitle: "conv(X)",
  edgesTitle: "Y = corr2d(X, K)",
  transposedTitle: "Xᵀ",
  transposedEdgesTitle: "corr2d(Xᵀ, K)",
  blockHeading: "A layer: corr2d plus a bias",
  block: (p: { kernel: string; seed: number; weight: string }) => [
    `The notebook's hand-written Conv2d block (not Gluon's own nn.Conv2D layer, which lesson 3 trains) holds two parameters: a weight shaped like the kernel (${p.kernel}) and a bias of shape (1,). Its forward pass is corr2d(x, weight) + bias.`,
    `initialize() draws the weight from uniform(−0.07, 0.07) with seed ${p.seed}: weight = ${p.weight}. The bias starts at 0.`,
  ],
  forwardHeading: "A forward pass",
  forward: (p: { shape: string; out: string }) => [
    `conv.forward(X) slides the weight over the image and adds the bias: a ${p.out} output from a ${p.shape} image.`,
    "With a random weight the output means nothing yet. Next, a kernel chosen by hand; lesson 3 lets the layer learn it.",
  ],
  edgesHeading: "Detecting edges",
  edges: (p: { k: string; edgeKernel: boolean; count: number }) => [
    p.edgeKernel
      ? "In the image X, 1 is bright and 0 is dark. The kernel K = [1, −1] takes each pixel minus its right neighbour: where they are equal the output is 0."
      : `Y = corr2d(X, K) with your kernel K = ${p.k}.`,
    p.edgeKernel
      ? `So Y is 1 where bright turns dark and −1 where dark turns bright: the vertical edges of X (${count(p.count, "cell")}, marked).`
      : `${p.count === 1 ? "1 cell of Y is" : `${p.count} cells of Y are`} not zero (marked).`,
  ],
  transposedHeading: "The transposed image",
  transposed: (p: { edgeKernel: boolean; count: number }) => [
    "Transpose X: the stripe now lies across and its edges are horizontal.",
    p.count === 0
      ? p.edgeKernel
        ? "corr2d(Xᵀ, K) is all zeros: K = [1, −1] compares only neighbours in a row, so it sees vertical edges only. A horizontal edge needs a vertical kernel."
        : "corr2d(Xᵀ, K) is all zeros: this kernel finds nothing in the transposed image."
      : `corr2d(Xᵀ, K) has ${count(p.count, "cell")} that ${p.count === 1 ? "is" : "are"} not zero (marked).`,
  ],
  doneVertical: "K = [1, −1] finds the vertical edges of X and nothing in Xᵀ: it detects vertical edges only.",
  doneCounts: (p: { x: number; xT: number }) => `K marks ${count(p.x, "cell")} in X and ${p.xT} in Xᵀ.`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit X (the image) or K (the kernel).`,
  badSeed: (p: { seed: string }) => `seed must be an integer, not ${p.seed}`,
  tooLarge: (p: { k: string; x: string }) => `kernel ${p.k} does not fit in image ${p.x}`,
  tooLargeT: (p: { k: string; x: string }) => `kernel ${p.k} does not fit in the transposed image ${p.x}`,
};

export type Text = typeof en;
