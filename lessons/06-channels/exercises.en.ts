// English texts of the channels exercise. exercises.zh.ts has the same keys.
export const en = {
  "one-by-one": {
    title: "Mixing channels with a 1×1 convolution",
    prompt: [
      "A 1×1 convolution mixes the channels of each pixel and nothing else: its kernel is a c_o × c_i matrix.",
      "Give the 2×3 kernel that turns a 3-channel input into 2 channels: channel 0 = the sum of the three input channels, channel 1 = input channel 0 minus input channel 2.",
    ],
    fields: { W: "1×1 kernel (c_o × c_i)" },
    hints: [
      "Row o of the matrix holds the weights output channel o gives to each input channel.",
      "A sum gives every input channel weight 1; a difference gives +1 and −1.",
      "[[1, 1, 1], [1, 0, −1]].",
    ],
    shape: (p: { got: string }) => `The kernel is ${p.got}; it needs one row per output channel and one column per input channel: 2×3.`,
    gotTitle: (p: { o: number }) => `output channel ${p.o}`,
    wantTitle: (p: { o: number }) => `wanted channel ${p.o}`,
    pass: "Right: on a test input, conv2d with your 1×1 kernel gives both wanted channels at every pixel.",
    wrong: (p: { channels: string; many: boolean }) => `On a test input, conv2d with your 1×1 kernel gets ${p.many ? "output channels" : "output channel"} ${p.channels} wrong.`,
    and: " and ",
  },
};

export type ExercisesText = typeof en;
