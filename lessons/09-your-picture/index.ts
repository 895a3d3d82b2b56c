// Lesson 9: your own picture through a kernel. Steps: 0 = the picture as a matrix of grey
// levels; 1 = the kernel (edge, blur, sharpen, sobel-x or the learner's own, picked by number);
// 2 = one output pixel written out, its window marked on the picture and the pixel on the
// output; 3 = the whole picture through nd.conv2d, input and output side by side.
// The picture arrives as an option (convlab image reads the PNG); lessons never read files.
import { local, type LocalText } from "../../src/i18n.ts";
import type { MatrixView } from "../frame.ts";
import { cells, cellTokens, num } from "../kit/frame-parts.ts";
import { defineLesson, type FrameBody } from "../kit/define.ts";
import { option, refuse, type Option } from "../kit/options.ts";
import type { Checked } from "../kit/values.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { KERNEL_NAMES, KERNELS, MAX_KERNEL, readKernel, type KernelName } from "./kernels.ts";
import { exercises } from "./exercises.ts";
import { defaultPicture } from "./picture.ts";
import { filterPicture, shade, signedScale } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
const STEPS = 4;
/** Largest picture side (the CLI scales pictures to the terminal first). */
export const MAX_PICTURE = 256;
export const DEFAULT_KERNEL: KernelName = "edge";
/** Up to this side the output's numbers are shown too, beside its grey levels. */
export const MAX_VALUES = 16;

type Kernel = { name: KernelName | "custom"; values: number[][] };

interface Config {
  picture: number[][];
  own: boolean;
  kernel: Kernel;
  /** The learner's own kernel (an edit of K, or --kernel as a matrix): choice 5 brings it back. */
  yours?: number[][];
}

/** The picker's kernels, in key order (1 edge … 4 sobel-x), then the learner's own. */
const CHOICES = [...KERNEL_NAMES, "custom"] as const;

// Declared as a choice for help texts; read by readKernel, which also takes a JSON matrix.
const kernelOption: Option<Kernel> = {
  ...option.choice(KERNEL_NAMES, { describe: local(TEXT, (t) => t.optKernel), default: DEFAULT_KERNEL }),
  read: readKernel,
};

/** The kernel must fit in the picture padded to keep its size. */
function checkFit(config: Config): Checked<Config> {
  const { picture, kernel } = config;
  const [kh, kw] = [kernel.values.length, kernel.values[0]!.length];
  const [ph, pw] = [Math.floor((kh - 1) / 2), Math.floor((kw - 1) / 2)];
  if (kh <= picture.length + 2 * ph && kw <= picture[0]!.length + 2 * pw) return { ok: true, value: config };
  const p = { k: shapeLabel(kernel.values), x: shapeLabel(picture) };
  const reason: LocalText = local(TEXT, (t) => t.tooLarge(p));
  return { ok: false, reason };
}

function frame({ config, run: output, step, t }: { config: Config; run: number[][]; step: number; t: Text }): FrameBody {
  const { picture, kernel, own } = config;
  const [H, W] = [picture.length, picture[0]!.length];
  const [kh, kw] = [kernel.values.length, kernel.values[0]!.length];
  const [ph, pw] = [Math.floor((kh - 1) / 2), Math.floor((kw - 1) / 2)];
  const name = t.kernelNames[kernel.name];
  const X: MatrixView = { id: "picture", title: t.pictureTitle, values: picture, picture: true, heat: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle({ name }), values: kernel.values, editable: true, group: "kernel" };
  const size = [
    { id: "width", label: t.widthLabel, value: W, format: "int" as const },
    { id: "height", label: t.heightLabel, value: H, format: "int" as const },
  ];

  if (step === 0) {
    return {
      heading: t.pictureHeading,
      narrative: t.picture({ width: W, height: H, own }),
      matrices: [X],
      scalars: size,
      code: LINES.picture,
      record: { kind: "picture", width: W, height: H },
    };
  }
  if (step === 1) {
    return {
      heading: t.kernelHeading,
      narrative: t.kernel({ about: t.kernelAbout[kernel.name], shape: shapeLabel(kernel.values), pad: `${ph}×${pw}` }),
      matrices: [X, K],
      scalars: size,
      code: LINES.kernel,
      record: { kind: "kernel", kernel: kernel.name, values: kernel.values },
    };
  }
  // the output as grey levels: signed about mid-grey for a kernel summing to 0
  const scale = signedScale(output, kernel.values);
  const legend = { signed: scale !== null, top: num(scale ?? 0) };
  const Y: MatrixView = { id: "Y", title: t.outputTitle({ name }), values: shade(output, kernel.values), picture: true, heat: true, group: "output" };
  // the grey scale of a signed output, as numbers beside the others (a title this long would take the picture's rows)
  const greys =
    scale === null
      ? []
      : [
          { id: "midGrey", label: t.midGreyLabel, value: 0 },
          { id: "black", label: t.blackLabel, value: -scale },
          { id: "white", label: t.whiteLabel, value: scale },
        ];
  if (step === 2) {
    // the output pixel at the centre, marked on the output; its window starts at (i − ph, j − pw) in the picture
    const [i, j] = [Math.floor((output.length - 1) / 2), Math.floor((output[0]!.length - 1) / 2)];
    const padded = Array.from({ length: H + 2 * ph }, (_, r) => Array.from({ length: W + 2 * pw }, (_, c) => picture[r - ph]?.[c - pw] ?? 0));
    const value = output[i]![j]!;
    const inWindow = (r: number, c: number) => r >= i - ph && r < i - ph + kh && c >= j - pw && c < j - pw + kw;
    return {
      heading: t.pixelHeading({ cell: `${i}, ${j}` }),
      narrative: t.pixel({ cell: `${i}, ${j}`, value: num(value) }),
      matrices: [{ ...X, window: cells(H, W, inWindow) }, { ...Y, current: [[i, j]] }, { ...K, window: cells(kh, kw) }],
      equations: [{ label: `Y[${i}, ${j}]`, tokens: cellTokens(padded, kernel.values, i, j, value) }],
      scalars: [...size, ...greys],
      code: LINES.pixel,
      record: { kind: "pixel", i, j, value },
    };
  }
  const flat = output.flat().filter(Number.isFinite);
  const [min, max] = [Math.min(...flat), Math.max(...flat)];
  return {
    heading: t.outputHeading,
    narrative: t.output({ ...legend, min: num(min), max: num(max) }),
    matrices: [
      X,
      K,
      Y,
      ...(H <= MAX_VALUES && W <= MAX_VALUES ? [{ id: "Yvalues", title: t.valuesTitle({ name }), values: output, group: "output" }] : []),
    ],
    scalars: [...size, { id: "min", label: t.minLabel, value: min }, { id: "max", label: t.maxLabel, value: max }, ...greys],
    code: LINES.output,
    outcome: { kind: "done", message: t.done({ name }) },
    record: { kind: "output", kernel: kernel.name, width: output[0]!.length, height: output.length, min, max },
  };
}

/** The run is the filtered picture. */
export const yourPicture = defineLesson({
  id: "your-picture",
  number: 9,
  texts: TEXT,
  options: {
    picture: option.matrix({ describe: local(TEXT, (t) => t.optPicture), maxSize: MAX_PICTURE, min: 0, max: 1 }),
    kernel: kernelOption,
  },
  config(o, raw) {
    const kernel = o.kernel ?? { name: DEFAULT_KERNEL, values: KERNELS[DEFAULT_KERNEL] };
    const yours = kernel.name === "custom" ? { yours: kernel.values } : {};
    const fit = checkFit({ picture: o.picture ?? defaultPicture(), own: o.picture !== undefined, kernel, ...yours });
    return fit.ok ? fit.value : refuse("kernel", raw.kernel, fit.reason);
  },
  run: (config) => filterPicture(config.picture, config.kernel.values),
  steps: () => STEPS,
  code: { lines: CODE, from: ["09-your-picture/run.ts"] },
  frame,
  edit: { matrices: ["K"], maxSize: MAX_KERNEL, apply: (config, _matrix, values) => checkFit({ ...config, kernel: { name: "custom", values }, yours: values }) },
  choices: {
    what: (t) => t.chooseWhat,
    names: (t) => CHOICES.map((name) => t.kernelNames[name]),
    choose(config, index) {
      const name = CHOICES[index]!;
      if (name !== "custom") return checkFit({ ...config, kernel: { name, values: KERNELS[name] } });
      if (!config.yours) return { ok: false, reason: local(TEXT, (t) => t.noKernelYet({ key: String(CHOICES.length) })) };
      return checkFit({ ...config, kernel: { name, values: config.yours } });
    },
  },
  exercises,
  summarize: (output, { kernel }) => ({ kernel: kernel.name, values: kernel.values, width: output[0]!.length, height: output.length, output }),
});
