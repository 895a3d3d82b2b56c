// English texts of the your-picture lesson. text.zh.ts has the same keys (its type is this one).
export const en = {
  title: "Your own picture",
  summary: "A kernel on a real picture: edges, blur, sharpening — try convlab image <file.png>.",
  optPicture: "the picture as grey levels, 0 black and 1 white; convlab image reads a PNG instead",
  optKernel: "a named kernel, or your own as a JSON matrix such as [[1,-1]]",
  pictureTitle: "picture",
  kernelTitle: (p: { name: string }) => `K (${p.name})`,
  outputTitle: (p: { name: string }) => `conv2d(picture, ${p.name}) as grey levels`,
  midGreyLabel: "mid-grey",
  blackLabel: "black",
  whiteLabel: "white",
  valuesTitle: (p: { name: string }) => `Y = conv2d(picture, ${p.name})`,
  widthLabel: "width",
  heightLabel: "height",
  minLabel: "smallest output",
  maxLabel: "largest output",
  chooseWhat: "kernel",
  noKernelYet: (p: { key: string }) => `You have no kernel of your own yet: press e to edit K, and your kernel is number ${p.key} from then on.`,
  kernelNames: { edge: "edge", blur: "blur", sharpen: "sharpen", "sobel-x": "sobel-x", custom: "your kernel" },
  kernelAbout: {
    edge: "edge: the centre weighs 8, each of its eight neighbours −1. On a flat area they cancel to 0; at an outline they do not.",
    blur: "blur: a small Gaussian. Each output is a weighted mean of a 3×3 neighbourhood (weights 1-2-1 in each direction, summing to 1), so sharp steps soften.",
    sharpen: "sharpen: the centre weighs 5, its four neighbours −1. The weights sum to 1, so flat areas stay as they are while differences are exaggerated.",
    "sobel-x": "sobel-x: right column minus left column, the middle row counted twice. It answers vertical edges with a sign: dark-to-light is positive, light-to-dark negative: the opposite sign of the notebook's [1, −1], which takes left minus right.",
    custom: "your own kernel: each output is the sum of a window of the picture times these weights.",
  },
  pictureHeading: "A picture is a matrix",
  picture: (p: { width: number; height: number; own: boolean }) => [
    p.own
      ? `Your picture, in grey: a ${p.height}×${p.width} matrix (${p.width} pixels wide, ${p.height} high), 0 for black to 1 for white (colour pictures are turned into grey with the luma 0.299 R + 0.587 G + 0.114 B).`
      : `convlab's own picture: a ${p.height}×${p.width} matrix of grey levels (${p.width} pixels wide, ${p.height} high), 0 for black to 1 for white. Run convlab image <file.png> to use yours.`,
    "To a convolutional layer it is just X, like the notebook's 6×8 image of ones and zeros, only larger.",
  ],
  kernelHeading: "The kernel",
  kernel: (p: { about: string; shape: string; pad: string }) => [p.about, `K is ${p.shape}; padding ${p.pad} keeps the output the size of the picture (for an odd kernel).`],
  pixelHeading: (p: { cell: string }) => `One output pixel, Y[${p.cell}]`,
  pixel: (p: { cell: string; value: string }) => [
    `Each output pixel is the sum of a window of the picture times K, exactly as in corr2d. At the centre, Y[${p.cell}] = ${p.value}.`,
    "nd.conv2d does this for every pixel at once.",
  ],
  outputHeading: "The picture through the kernel",
  output: (p: { signed: boolean; min: string; max: string; top: string }) => [
    `The outputs range from ${p.min} to ${p.max}. Along the border the kernel also sees the padding, zeros (black) beyond the picture's edge, which can draw a frame.`,
    p.signed
      ? `This kernel's weights sum to 0, so the output is signed: it is shown with mid-grey for 0, black for −${p.top} and white for ${p.top}, ${p.top} being the largest answer in size.`
      : "This kernel's weights do not sum to 0, so the output is shown as grey levels like the input, clipped to 0…1.",
  ],
  done: (p: { name: string }) => `The picture through ${p.name}, by nd.conv2d.`,
  notEditable: (p: { id: string }) => `${p.id} cannot be edited here; edit K.`,
  tooLarge: (p: { k: string; x: string }) => `kernel ${p.k} does not fit in the picture ${p.x}`,
};

export type Text = typeof en;
