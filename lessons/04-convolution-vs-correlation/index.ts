// Lesson 4: convolution vs cross-correlation. Steps: 0 = both definitions; 1 = flip(K);
// 2..c+1 = one output cell both ways; c+2 = the outputs side by side (and flipping twice);
// c+3 = learning the edge kernel both ways; c+4 = why frameworks say "convolution".
import type { Frame, Lang, MatrixView, Series } from "../frame.ts";
import type { Lesson, LessonOptions, LocalText, OptionSpec } from "../lesson.ts";
import { readOptions, refuse, SEED_RANGE } from "../options.ts";
import { cells, cellTokens, clampStep, fillingIn, matrixText, num, rowText, scaleRate, sig, stepper, withSummary } from "../shared.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { runFlip, trainBoth, type BothTrained, type FlipRun, type TrainConfig } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
export const MAX_SIZE = 8;
export const MAX_EPOCHS = 200;
export const DEFAULT_X = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
export const DEFAULT_K = [[0, 1], [2, 3]];
export const DEFAULT_TRAIN: TrainConfig = { lr: 0.02, epochs: 20, seed: 0 };

interface Config extends TrainConfig {
  x: number[][];
  k: number[][];
}

export interface State {
  initial: Config;
  config: Config;
  flip: FlipRun;
  trained: BothTrained;
  step: number;
}

const options: OptionSpec[] = [
  { name: "x", type: "matrix", describe: { en: en.optX, zh: zh.optX }, maxSize: MAX_SIZE, default: "[[0,1,2],[3,4,5],[6,7,8]]" },
  { name: "k", type: "matrix", describe: { en: en.optK, zh: zh.optK }, maxSize: MAX_SIZE, default: "[[0,1],[2,3]]" },
  { name: "lr", type: "number", positive: true, describe: { en: en.optLr, zh: zh.optLr }, default: String(DEFAULT_TRAIN.lr) },
  { name: "epochs", type: "integer", min: 1, max: MAX_EPOCHS, describe: { en: en.optEpochs, zh: zh.optEpochs }, default: String(DEFAULT_TRAIN.epochs) },
  { name: "seed", type: "integer", ...SEED_RANGE, describe: { en: en.optSeed, zh: zh.optSeed }, default: String(DEFAULT_TRAIN.seed) },
];


function fitError(x: number[][], k: number[][]): LocalText | null {
  if (k.length <= x.length && k[0]!.length <= x[0]!.length) return null;
  const p = { k: shapeLabel(k), x: shapeLabel(x) };
  return { en: en.tooLarge(p), zh: zh.tooLarge(p) };
}

const stepsOf = (s: { flip: FlipRun }) => s.flip.cells.length + 5;

function start(config: Config, initial: Config, step = 0, trained?: BothTrained): State {
  const flip = runFlip(config.x, config.k);
  return { initial, config, flip, trained: trained ?? trainBoth(config), step: clampStep(step, stepsOf({ flip })) };
}

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const config: Config = {
    x: o.matrix("x") ?? DEFAULT_X,
    k: o.matrix("k") ?? DEFAULT_K,
    lr: o.number("lr") ?? DEFAULT_TRAIN.lr,
    epochs: o.number("epochs") ?? DEFAULT_TRAIN.epochs,
    seed: o.number("seed") ?? DEFAULT_TRAIN.seed,
  };
  const error = fitError(config.x, config.k);
  if (error) o.matrix("k") ? refuse("k", raw.k, error) : refuse("x", raw.x, error);
  return start(config, config);
}

const stepping = stepper<State>({
  steps: stepsOf,
  reset: (s) => start(s.initial, s.initial),
  texts: TEXT,
  scaleLr: (s, factor) => scaleRate(TEXT, s.config.lr, factor, (lr) => start({ ...s.config, lr }, s.initial, s.step)),
  reseed: (s, seed) => start({ ...s.config, seed }, s.initial, s.step),
  edit: {
    matrices: ["X", "K"],
    maxSize: MAX_SIZE,
    apply(s, matrix, values) {
      const config = { ...s.config, [matrix === "X" ? "x" : "k"]: values };
      const error = fitError(config.x, config.k);
      if (error) return { ok: false, error };
      return { ok: true, state: start(config, s.initial, s.step, s.trained) };
    },
  },
});

const sameLosses = (t: BothTrained) => t.lossCorr.every((v, i) => Object.is(v, t.lossConv[i]));

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const f = s.flip;
  const c = f.cells.length;
  const [h, w] = [f.k.length, f.k[0]!.length];
  const X: MatrixView = { id: "X", title: t.inputTitle, values: f.x, editable: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: f.k, editable: true, group: "kernel" };
  const Kf: MatrixView = { id: "Kf", title: t.flippedTitle, values: f.flipped, group: "kernel" };
  const base = { lesson: ID, step: s.step, steps: stepsOf(s), scalars: [], series: [], equations: [], done: false };

  if (s.step === 0) {
    return { ...base, heading: t.setupHeading, narrative: t.setup(), matrices: [X, K], code: { lines: CODE, current: LINES.setup }, record: { kind: "setup", x: f.x, k: f.k } };
  }
  if (s.step === 1) {
    return {
      ...base,
      heading: t.flipHeading,
      narrative: t.flip({ k: matrixText(f.k), f: matrixText(f.flipped) }),
      matrices: [X, K, { ...Kf, current: cells(h, w) }],
      code: { lines: CODE, current: LINES.flip },
      record: { kind: "flip", k: f.k, flipped: f.flipped },
    };
  }
  if (s.step <= c + 1) {
    const cell = f.cells[s.step - 2]!;
    const [corr, conv] = [fillingIn(f.corr, s.step - 1), fillingIn(f.conv, s.step - 1)];
    return {
      ...base,
      heading: t.cellHeading({ cell: `${cell.i}, ${cell.j}` }),
      narrative: t.cell({ corr: num(cell.corr), conv: num(cell.conv) }),
      matrices: [
        { ...X, window: cells(f.x.length, f.x[0]!.length, (i, j) => i >= cell.i && i < cell.i + h && j >= cell.j && j < cell.j + w) },
        { ...K, window: cells(h, w) },
        { ...Kf, window: cells(h, w) },
        { id: "corr", title: t.corrTitle, values: corr.values, current: [[cell.i, cell.j]], pending: corr.pending, group: "output" },
        { id: "conv", title: t.convTitle, values: conv.values, current: [[cell.i, cell.j]], pending: conv.pending, group: "output" },
      ],
      equations: [
        { label: t.corrLabel, tokens: cellTokens(f.x, f.k, cell.i, cell.j, cell.corr) },
        { label: t.convLabel, tokens: cellTokens(f.x, f.flipped, cell.i, cell.j, cell.conv) },
      ],
      code: { lines: CODE, current: LINES.cell },
      record: { kind: "cell", i: cell.i, j: cell.j, window: cell.window, corr: cell.corr, conv: cell.conv },
    };
  }
  if (s.step === c + 2) {
    const twice = f.twice.every((row, i) => row.every((v, j) => v === f.corr[i]![j]));
    return {
      ...base,
      heading: t.wholeHeading,
      narrative: t.whole({ twice }),
      matrices: [X, K, Kf, { id: "corr", title: t.corrTitle, values: f.corr, group: "output" }, { id: "conv", title: t.convTitle, values: f.conv, group: "output" }, { id: "twice", title: t.twiceTitle, values: f.twice, group: "output" }],
      code: { lines: CODE, current: LINES.whole },
      record: { kind: "whole", corr: f.corr, conv: f.conv, twice: f.twice },
    };
  }

  const tr = s.trained;
  const finite = [...tr.lossCorr, ...tr.lossConv].every(Number.isFinite);
  const positive = finite && [...tr.lossCorr, ...tr.lossConv].every((v) => v > 0);
  const series: Series[] = [
    { id: "lossCorr", label: t.lossCorr, values: tr.lossCorr, ...(positive ? { log: true } : {}) },
    { id: "lossConv", label: t.lossConv, values: tr.lossConv, ...(positive ? { log: true } : {}) },
  ].map(withSummary);
  const same = sameLosses(tr);
  if (s.step === c + 3) {
    return {
      ...base,
      heading: t.learnHeading,
      narrative: t.learn({ epochs: s.config.epochs, lr: sig(s.config.lr, 6), w: rowText(tr.w[0]!), v: rowText(tr.v[0]!), same, finite }),
      matrices: [
        { id: "image", title: t.imageTitle, values: tr.x, heat: true, group: "data" },
        { id: "Y", title: t.targetTitle, values: tr.y, heat: true, group: "data" },
        { id: "W0", title: t.startTitle, values: tr.initial, group: "kernel" },
        { id: "W", title: t.wTitle, values: tr.w, group: "kernel" },
        { id: "V", title: t.vTitle, values: tr.v, group: "kernel" },
        { id: "yhatCorr", title: t.yhatCorrTitle, values: tr.yhatCorr, heat: true, group: "output" },
        { id: "yhatConv", title: t.yhatConvTitle, values: tr.yhatConv, heat: true, group: "output" },
      ],
      scalars: [
        { id: "lr", label: t.lrLabel, value: s.config.lr },
        { id: "lossCorr", label: t.lossCorr, value: tr.lossCorr.at(-1)! },
        { id: "lossConv", label: t.lossConv, value: tr.lossConv.at(-1)! },
      ],
      series,
      code: { lines: CODE, current: LINES.learn },
      record: { kind: "learn", lr: s.config.lr, epochs: s.config.epochs, w: tr.w, v: tr.v, lossCorr: tr.lossCorr, lossConv: tr.lossConv, sameLosses: same },
    };
  }
  return {
    ...base,
    heading: t.whyHeading,
    narrative: t.why(),
    matrices: [K, Kf, { id: "W", title: t.wTitle, values: tr.w, group: "learned" }, { id: "V", title: t.vTitle, values: tr.v, group: "learned" }],
    series,
    code: { lines: CODE, current: LINES.why },
    done: true,
    outcome: { kind: "done", message: t.done },
    record: { kind: "why" },
  };
}

export const convolutionVsCorrelation: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({
    corr: s.flip.corr,
    conv: s.flip.conv,
    flipped: s.flip.flipped,
    w: s.trained.w,
    v: s.trained.v,
    sameLosses: sameLosses(s.trained),
  }),
};
