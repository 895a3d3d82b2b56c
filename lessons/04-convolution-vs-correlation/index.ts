// Lesson 4: convolution vs cross-correlation. Steps: 0 = both definitions; 1 = flip(K);
// 2..c+1 = one output cell both ways; c+2 = the outputs side by side (and flipping twice);
// c+3 = learning the edge kernel both ways; c+4 = why frameworks say "convolution".
import { local } from "../../src/i18n.ts";
import type { MatrixView, Series } from "../frame.ts";
import { cells, cellTokens, fillingIn, matrixText, num, rowText, sig, withSummary } from "../kit/frame-parts.ts";
import { defineLesson, scaleRate, type FrameBody } from "../kit/define.ts";
import { option, refuse } from "../kit/options.ts";
import { checkKernelFits } from "../kit/values.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { exercises } from "./exercises.ts";
import { runFlip, trainBoth, type BothTrained, type FlipRun, type TrainConfig } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
export const MAX_SIZE = 8;
export const MAX_EPOCHS = 200;
export const DEFAULT_X = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
export const DEFAULT_K = [[0, 1], [2, 3]];
export const DEFAULT_TRAIN: TrainConfig = { lr: 0.02, epochs: 20, seed: 0 };

interface Config extends TrainConfig {
  x: number[][];
  k: number[][];
}

interface Run {
  flip: FlipRun;
  trained: BothTrained;
}

/** X and K give the flip steps; the training runs on the book's image, so an edit of X or K keeps it. */
function run(config: Config, previous?: { config: Config; run: Run }): Run {
  const sameTraining = previous && (["lr", "epochs", "seed"] as const).every((key) => previous.config[key] === config[key]);
  return { flip: runFlip(config.x, config.k), trained: sameTraining ? previous.run.trained : trainBoth(config) };
}

const sameLosses = (t: BothTrained) => t.lossCorr.every((v, i) => Object.is(v, t.lossConv[i]));

function frame({ config, run, step, t }: { config: Config; run: Run; step: number; t: Text }): FrameBody {
  const f = run.flip;
  const c = f.cells.length;
  const [h, w] = [f.k.length, f.k[0]!.length];
  const X: MatrixView = { id: "X", title: t.inputTitle, values: f.x, editable: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: f.k, editable: true, group: "kernel" };
  const Kf: MatrixView = { id: "Kf", title: t.flippedTitle, values: f.flipped, group: "kernel" };

  if (step === 0) {
    return { heading: t.setupHeading, narrative: t.setup(), matrices: [X, K], code: LINES.setup, record: { kind: "setup", x: f.x, k: f.k } };
  }
  if (step === 1) {
    return {
      heading: t.flipHeading,
      narrative: t.flip({ k: matrixText(f.k), f: matrixText(f.flipped) }),
      matrices: [X, K, { ...Kf, current: cells(h, w) }],
      code: LINES.flip,
      record: { kind: "flip", k: f.k, flipped: f.flipped },
    };
  }
  if (step <= c + 1) {
    const cell = f.cells[step - 2]!;
    const [corr, conv] = [fillingIn(f.corr, step - 1), fillingIn(f.conv, step - 1)];
    return {
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
      code: LINES.cell,
      record: { kind: "cell", i: cell.i, j: cell.j, window: cell.window, corr: cell.corr, conv: cell.conv },
    };
  }
  if (step === c + 2) {
    const twice = f.twice.every((row, i) => row.every((v, j) => v === f.corr[i]![j]));
    return {
      heading: t.wholeHeading,
      narrative: t.whole({ twice }),
      matrices: [X, K, Kf, { id: "corr", title: t.corrTitle, values: f.corr, group: "output" }, { id: "conv", title: t.convTitle, values: f.conv, group: "output" }, { id: "twice", title: t.twiceTitle, values: f.twice, group: "output" }],
      code: LINES.whole,
      record: { kind: "whole", corr: f.corr, conv: f.conv, twice: f.twice },
    };
  }

  const tr = run.trained;
  const finite = [...tr.lossCorr, ...tr.lossConv].every(Number.isFinite);
  const positive = finite && [...tr.lossCorr, ...tr.lossConv].every((v) => v > 0);
  const series: Series[] = [
    { id: "lossCorr", label: t.lossCorr, values: tr.lossCorr, ...(positive ? { log: true } : {}) },
    { id: "lossConv", label: t.lossConv, values: tr.lossConv, ...(positive ? { log: true } : {}) },
  ].map(withSummary);
  const same = sameLosses(tr);
  if (step === c + 3) {
    return {
      heading: t.learnHeading,
      narrative: t.learn({ epochs: config.epochs, lr: sig(config.lr, 6), w: rowText(tr.w[0]!), v: rowText(tr.v[0]!), same, finite }),
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
        { id: "lr", label: t.lrLabel, value: config.lr },
        { id: "lossCorr", label: t.lossCorr, value: tr.lossCorr.at(-1)! },
        { id: "lossConv", label: t.lossConv, value: tr.lossConv.at(-1)! },
      ],
      series,
      code: LINES.learn,
      record: { kind: "learn", lr: config.lr, epochs: config.epochs, w: tr.w, v: tr.v, lossCorr: tr.lossCorr, lossConv: tr.lossConv, sameLosses: same },
    };
  }
  return {
    heading: t.whyHeading,
    narrative: t.why(),
    matrices: [K, Kf, { id: "W", title: t.wTitle, values: tr.w, group: "learned" }, { id: "V", title: t.vTitle, values: tr.v, group: "learned" }],
    series,
    code: LINES.why,
    outcome: { kind: "done", message: t.done },
    record: { kind: "why" },
  };
}

export const convolutionVsCorrelation = defineLesson({
  id: "convolution-vs-correlation",
  number: 4,
  texts: TEXT,
  options: {
    x: option.matrix({ describe: local(TEXT, (t) => t.optX), maxSize: MAX_SIZE, default: DEFAULT_X }),
    k: option.matrix({ describe: local(TEXT, (t) => t.optK), maxSize: MAX_SIZE, default: DEFAULT_K }),
    lr: option.number({ describe: local(TEXT, (t) => t.optLr), positive: true, default: DEFAULT_TRAIN.lr }),
    epochs: option.integer({ describe: local(TEXT, (t) => t.optEpochs), min: 1, max: MAX_EPOCHS, default: DEFAULT_TRAIN.epochs }),
    seed: option.seed({ describe: local(TEXT, (t) => t.optSeed), default: DEFAULT_TRAIN.seed }),
  },
  config(o, raw) {
    const fit = checkKernelFits({
      x: o.x ?? DEFAULT_X,
      k: o.k ?? DEFAULT_K,
      lr: o.lr ?? DEFAULT_TRAIN.lr,
      epochs: o.epochs ?? DEFAULT_TRAIN.epochs,
      seed: o.seed ?? DEFAULT_TRAIN.seed,
    });
    if (!fit.ok) return o.k ? refuse("k", raw.k, fit.reason) : refuse("x", raw.x, fit.reason);
    return fit.value;
  },
  run,
  steps: ({ flip }) => flip.cells.length + 5,
  code: { lines: CODE, from: ["04-convolution-vs-correlation/run.ts"] },
  frame,
  edit: { matrices: ["X", "K"], maxSize: MAX_SIZE, apply: (config, matrix, values) => checkKernelFits({ ...config, [matrix === "X" ? "x" : "k"]: values }) },
  reseed: (config, seed) => ({ ...config, seed }),
  scaleLr(config, factor) {
    const lr = scaleRate(config.lr, factor);
    return lr.ok ? { ok: true, value: { ...config, lr: lr.value } } : lr;
  },
  summarize: ({ flip, trained }) => ({
    corr: flip.corr,
    conv: flip.conv,
    flipped: flip.flipped,
    w: trained.w,
    v: trained.v,
    sameLosses: sameLosses(trained),
  }),
  exercises,
});
