// English texts of the channels lesson. text.zh.ts has the same keys (its type is this one).
export const en = {
  title: "Multiple input and output channels",
  summary: "Sum corr2d over input channels, stack kernels for output channels; 1×1 convolution is a dense layer per pixel.",
  optSeed: "seed of the random 1×1 example",
  xTitle: (p: { c: number }) => `X[${p.c}] (channel ${p.c})`,
  kTitle: (p: { c: number }) => `K[${p.c}]`,
  kioTitle: (p: { o: number; c: number }) => `K[${p.o}, ${p.c}]`,
  corrTitle: (p: { c: number }) => `corr2d(X[${p.c}], K[${p.c}])`,
  outputTitle: "Y (output)",
  convTitle: "nd.conv2d",
  // short enough for the three output channels side by side at 80 columns
  yoTitle: (p: { o: number }) => `Y[${p.o}] (channel ${p.o})`,
  wTitle: "K as c_o×c_i (2×3)",
  xfTitle: "X as c_i×(h·w) (3×9)",
  yfTitle: "Y = K·X (2×9)",
  channelLabel: (p: { c: number }) => `channel ${p.c}`,
  countLabel: "multiplications",
  setupHeading: "Two input channels, one kernel each",
  setup: () => [
    "A colour image has three channels (red, green, blue); here X has two, each 3×3. The kernel has one 2×2 slice per input channel.",
    "Each input channel is cross-correlated with its own kernel slice, and the results are added: one output channel, Y, of shape 2×2.",
  ],
  cellHeading: (p: { cell: string }) => `Output cell Y[${p.cell}]`,
  cell: (p: { cell: string; a: string; b: string; value: string }) => [
    `The same window position in both channels: channel 0 gives ${p.a}, channel 1 gives ${p.b}.`,
    `Their sum is Y[${p.cell}] = ${p.value}: each channel contributes its own sum of products, and the channels' sums are added.`,
  ],
  sumHeading: "corr2d_multi_in: a sum over channels",
  sum: (p: { same: boolean }) => [
    "The per-channel results side by side: Y is their sum, [[56, 72], [104, 120]] as in the book.",
    p.same
      ? "nd.conv2d with a 1×2×3×3 input and a 1×2×2×2 weight gives the same numbers: a framework's convolution sums over input channels."
      : "nd.conv2d gives slightly different numbers (rounding in 32-bit floats).",
  ],
  outHeading: "Several output channels: stack the kernels",
  out: () => [
    "To get c_o output channels, take c_o kernels, each with c_i slices: the weight has shape c_o×c_i×h×w. The book stacks K, K + 1 and K + 2: 3×2×2×2.",
    "Output channel o is corr2d_multi_in(X, K[o]). The first equals the Y we just computed; the others come from K + 1 and K + 2 (every entry of K plus 1, plus 2).",
  ],
  countHeading: "What it costs",
  count: (p: { total: number }) => [
    `Every output cell of every output channel needs c_i × k_h × k_w multiplications, so the layer needs ${p.total} for this tiny input.`,
    "On a real image (224×224, 64 channels in and out, 3×3 kernels) the same rule gives nearly two billion: channels and kernel size are what make convolutions expensive.",
  ],
  oneHeading: "1×1 convolution",
  one: (p: { seed: number; same: boolean }) => [
    `A 1×1 kernel looks at one pixel at a time, so it cannot see patterns in space; it only mixes channels. Here X is 3×3×3 and K is 2×3×1×1 (random integers, seed ${p.seed}).`,
    p.same
      ? "Reshape X to 3×9 (a column per pixel) and K to 2×3: one matrix product gives the same Y as corr2d_multi_in_out."
      : "The matrix product and corr2d_multi_in_out differ slightly (rounding in 32-bit floats).",
  ],
  pixelHeading: "A fully connected layer at every pixel",
  pixel: (p: { pixel: string; total: number; per: number; pixels: number }) => [
    `Pixel ${p.pixel} is one column of the 3×9 matrix: its 3 channel values go through the 2×3 weight, exactly like a dense layer with 3 inputs and 2 outputs.`,
    `The same weight is applied at every pixel: ${p.per} multiplications per pixel × ${p.pixels} pixels = ${p.total}. 1×1 convolutions change the number of channels cheaply; networks such as NiN and GoogLeNet use them for that.`,
  ],
  done: "Channels: summed over inputs, stacked for outputs; a 1×1 convolution is a dense layer per pixel.",
  notEditable: (p: { id: string }) => `${p.id} cannot be edited in this lesson; press s for a new random 1×1 example.`,
  badSeed: (p: { seed: string }) => `the seed must be an integer, not ${p.seed}`,
};

export type Text = typeof en;
