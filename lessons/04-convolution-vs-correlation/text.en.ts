// English texts of the convolution-vs-cross-correlation lesson. text.zh.ts has the same keys.
export const en = {
  title: "Convolution vs cross-correlation",
  summary: "True convolution flips the kernel; a learned kernel simply comes out flipped, so frameworks skip the flip.",
  optX: "input X",
  optK: "kernel K",
  optLr: "learning rate of the two training runs",
  optEpochs: "iterations of the two training runs",
  optSeed: "seed of the shared initial kernel",
  inputTitle: "X (input)",
  kernelTitle: "K (kernel)",
  flippedTitle: "flip(K)",
  corrTitle: "corr2d(X, K)",
  convTitle: "conv: corr2d(X, flip(K))",
  twiceTitle: "corr2d(X, flip(flip(K)))",
  imageTitle: "X (image)",
  targetTitle: "Y = corr2d(X, [1, −1])",
  startTitle: "W at the start",
  wTitle: "W learned by corr2d",
  vTitle: "V learned by convolution",
  flipVTitle: "flip(V)",
  yhatCorrTitle: "Ŷ with W (corr2d)",
  yhatConvTitle: "Ŷ with V (convolution)",
  corrLabel: "cross-correlation",
  convLabel: "convolution",
  lossCorr: "loss, corr2d layer",
  lossConv: "loss, convolution layer",
  lrLabel: "learning rate",
  setupHeading: "Two ways to slide a kernel",
  setup: () => [
    "The notebook's corr2d is a cross-correlation: Y[i, j] = Σ X[i + a, j + b] · K[a, b]. The kernel is laid on the window as it is.",
    "Convolution, as mathematicians and signal processing define it, lays the kernel on the window turned by 180°: Y[i, j] = Σ X[i + a, j + b] · K[h − 1 − a, w − 1 − b].",
  ],
  flipHeading: "Turn the kernel upside down and left to right",
  flip: (p: { k: string; f: string }) => [
    `flip(K) reverses both the rows and the columns: ${p.k} becomes ${p.f}.`,
    "So convolution is cross-correlation with the flipped kernel: conv(X, K) = corr2d(X, flip(K)). The engine needs nothing new.",
  ],
  cellHeading: (p: { cell: string }) => `Both ways at Y[${p.cell}]`,
  cell: (p: { corr: string; conv: string }) => [
    `The same window meets K (cross-correlation, ${p.corr}) and flip(K) (convolution, ${p.conv}).`,
    "Each number of the window is multiplied by the kernel cell at the same place, or at the mirrored place.",
  ],
  wholeHeading: "Side by side",
  whole: (p: { twice: boolean }) => [
    "Same input, same kernel, two different outputs: the difference is only which way round the kernel is read.",
    p.twice
      ? "Flip the kernel once more and convolution gives back exactly the cross-correlation: each is the other with a flipped kernel."
      : "Flipping once more gives the cross-correlation back, up to rounding in 32-bit floats.",
  ],
  learnHeading: "Learning with either gives flipped kernels",
  learn: (p: { epochs: number; lr: string; w: string; v: string; same: boolean; finite: boolean }) => [
    `Two layers learn the book's edge data (Y made with [1, −1]) for ${p.epochs} iterations at lr ${p.lr}: one computes corr2d(X, W), the other a true convolution corr2d(X, flip(V)), started from the flipped start.`,
    p.finite
      ? `W becomes ${p.w} and V becomes ${p.v}: the same kernel, read the other way round.`
      : "At this learning rate both runs diverge — identically: the flip changes nothing about how training behaves.",
    p.same ? "Every iteration's loss is the same for both, and so are the outputs Ŷ." : "The losses agree up to rounding in 32-bit floats.",
  ],
  whyHeading: "Why frameworks call cross-correlation “convolution”",
  why: () => [
    "A convolutional layer learns its kernel from data. Whether it reads the kernel as is or flipped, training finds the kernel that fits, flipped accordingly, and the layer's outputs are the same.",
    "So frameworks (MXNet, PyTorch, TensorFlow, and this engine's nd.conv2d) compute the simpler cross-correlation and keep the name convolution. It only matters when you load a kernel designed by hand for true convolution: flip it first.",
  ],
  done: "conv(X, K) = corr2d(X, flip(K)); a learned kernel just comes out flipped.",
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit X or K.`,
  badLr: (p: { lr: string }) => `the learning rate must be a finite positive number, not ${p.lr}`,
  badSeed: (p: { seed: string }) => `the seed must be an integer, not ${p.seed}`,
};

export type Text = typeof en;
