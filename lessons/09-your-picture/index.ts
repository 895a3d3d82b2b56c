// Lesson 9: your own picture through a kernel. Steps: 0 = the picture as a matrix of grey
// levels; 1 = the kernel (edge, blur, sharpen, sobel-x or the learner's own); 2 = one output
// pixel written out; 3 = the whole picture through nd.conv2d, input and output side by side.
// The picture arrives as an option (convlab image reads the PNG); lessons never read files.
import type { Frame, Lang, MatrixView } from "../frame.ts";
import type { Lesson, LessonOptions, LocalText, OptionSpec } from "../lesson.ts";
import { readOptions, refuse } from "../options.ts";
import { cells, cellTokens, clampStep, num, stepper } from "../shared.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { KERNEL_NAMES, MAX_KERNEL, readKernel, type KernelName } from "./kernels.ts";
import { defaultPicture } from "./picture.ts";
import { filterPicture, shade } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
const STEPS = 4;
/** Largest picture side (the CLI scales pictures to the terminal first). */
export const MAX_PICTURE = 256;
export const DEFAULT_KERNEL: KernelName = "edge";
/** Up to this side the output's numbers are shown too, beside its grey levels. */
export const MAX_VALUES = 16;

interface Config {
  picture: number[][];
  own: boolean;
  kernel: { name: KernelName | "custom"; values: number[][] };
}

export interface State {
  initial: Config;
  config: Config;
  output: number[][];
  step: number;
}

const pictureSpec: OptionSpec = { name: "picture", type: "matrix", maxSize: MAX_PICTURE, min: 0, max: 1, describe: { en: en.optPicture, zh: zh.optPicture } };
// Declared as a choice for help texts; read by readKernel, which also takes a JSON matrix.
const kernelSpec: OptionSpec = { name: "kernel", type: "choice", choices: KERNEL_NAMES, describe: { en: en.optKernel, zh: zh.optKernel }, default: DEFAULT_KERNEL };
const options: OptionSpec[] = [pictureSpec, kernelSpec];


function fitError(picture: number[][], kernel: number[][]): LocalText | null {
  const [kh, kw] = [kernel.length, kernel[0]!.length];
  const [ph, pw] = [Math.floor((kh - 1) / 2), Math.floor((kw - 1) / 2)];
  if (kh <= picture.length + 2 * ph && kw <= picture[0]!.length + 2 * pw) return null;
  const p = { k: shapeLabel(kernel), x: shapeLabel(picture) };
  return { en: en.tooLarge(p), zh: zh.tooLarge(p) };
}

const start = (config: Config, initial: Config, step = 0): State => ({
  initial,
  config,
  output: filterPicture(config.picture, config.kernel.values),
  step: clampStep(step, STEPS),
});

function init(raw: LessonOptions = {}): State {
  const picture = readOptions([pictureSpec], raw).matrix("picture");
  const kernel = readKernel(raw.kernel ?? DEFAULT_KERNEL);
  if (!kernel.ok) refuse("kernel", raw.kernel, kernel.reason);
  const config: Config = { picture: picture ?? defaultPicture(), own: picture !== undefined, kernel: kernel.value };
  const error = fitError(config.picture, config.kernel.values);
  if (error) refuse("kernel", raw.kernel, error);
  return start(config, config);
}

const stepping = stepper<State>({
  steps: () => STEPS,
  reset: (s) => start(s.initial, s.initial),
  texts: TEXT,
  edit: {
    matrices: ["K"],
    maxSize: MAX_KERNEL,
    apply(s, _matrix, values) {
      const error = fitError(s.config.picture, values);
      if (error) return { ok: false, error };
      return { ok: true, state: start({ ...s.config, kernel: { name: "custom", values } }, s.initial, s.step) };
    },
  },
});

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const { picture, kernel, own } = s.config;
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
  const base = { lesson: ID, step: s.step, steps: STEPS, equations: [], series: [], done: false };

  if (s.step === 0) {
    return {
      ...base,
      heading: t.pictureHeading,
      narrative: t.picture({ width: W, height: H, own }),
      matrices: [X],
      scalars: size,
      code: { lines: CODE, current: LINES.picture },
      record: { kind: "picture", width: W, height: H },
    };
  }
  if (s.step === 1) {
    return {
      ...base,
      heading: t.kernelHeading,
      narrative: t.kernel({ about: t.kernelAbout[kernel.name], shape: shapeLabel(kernel.values), pad: `${ph}×${pw}` }),
      matrices: [X, K],
      scalars: size,
      code: { lines: CODE, current: LINES.kernel },
      record: { kind: "kernel", kernel: kernel.name, values: kernel.values },
    };
  }
  if (s.step === 2) {
    // the output pixel at the centre; its window starts at (i − ph, j − pw) in the picture
    const [i, j] = [Math.floor((s.output.length - 1) / 2), Math.floor((s.output[0]!.length - 1) / 2)];
    const padded = Array.from({ length: H + 2 * ph }, (_, r) => Array.from({ length: W + 2 * pw }, (_, c) => picture[r - ph]?.[c - pw] ?? 0));
    const value = s.output[i]![j]!;
    const inWindow = (r: number, c: number) => r >= i - ph && r < i - ph + kh && c >= j - pw && c < j - pw + kw;
    return {
      ...base,
      heading: t.pixelHeading({ cell: `${i}, ${j}` }),
      narrative: t.pixel({ cell: `${i}, ${j}`, value: num(value) }),
      matrices: [{ ...X, window: cells(H, W, inWindow) }, { ...K, window: cells(kh, kw) }],
      equations: [{ label: `Y[${i}, ${j}]`, tokens: cellTokens(padded, kernel.values, i, j, value) }],
      scalars: size,
      code: { lines: CODE, current: LINES.pixel },
      record: { kind: "pixel", i, j, value },
    };
  }
  const flat = s.output.flat().filter(Number.isFinite);
  const [min, max] = [Math.min(...flat), Math.max(...flat)];
  const signed = Math.abs(kernel.values.flat().reduce((a, b) => a + b, 0)) <= 1e-6;
  return {
    ...base,
    heading: t.outputHeading,
    narrative: t.output({ signed, min: num(min), max: num(max) }),
    matrices: [
      X,
      K,
      { id: "Y", title: t.outputTitle({ name }), values: shade(s.output, kernel.values), picture: true, heat: true, group: "output" },
      ...(H <= MAX_VALUES && W <= MAX_VALUES ? [{ id: "Yvalues", title: t.valuesTitle({ name }), values: s.output, group: "output" }] : []),
    ],
    scalars: [...size, { id: "min", label: t.minLabel, value: min }, { id: "max", label: t.maxLabel, value: max }],
    code: { lines: CODE, current: LINES.output },
    done: true,
    outcome: { kind: "done", message: t.done({ name }) },
    record: { kind: "output", kernel: kernel.name, width: s.output[0]!.length, height: s.output.length, min, max },
  };
}

export const yourPicture: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({ kernel: s.config.kernel.name, values: s.config.kernel.values, width: s.output[0]!.length, height: s.output.length, output: s.output }),
};
