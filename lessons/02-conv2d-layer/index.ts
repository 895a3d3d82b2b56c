// Lesson 2: the notebook's hand-written Conv2D block, then edge detection with K = [1, −1].
// Steps: 0 = the block and its initial parameters; 1 = a forward pass; 2 = the edges of X;
// 3 = the transposed image, where this kernel finds nothing.
import type { Cell, Frame, Lang, MatrixView } from "../frame.ts";
import type { Lesson, LessonOptions, OptionSpec } from "../lesson.ts";
import { readOptions, refuse, type Checked, SEED_RANGE } from "../options.ts";
import { cells, cellTokens, clampStep, matrixText, stepper } from "../shared.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { notebookImage, runLayer, type LayerRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
const STEPS = 4;
export const MAX_SIZE = 16;
export const DEFAULT_K = [[1, -1]];
export const DEFAULT_SEED = 0;

export interface State {
  initial: { x: number[][]; k: number[][]; seed: number };
  x: number[][];
  k: number[][];
  seed: number;
  run: LayerRun;
  step: number;
}

const options: OptionSpec[] = [
  { name: "seed", type: "integer", ...SEED_RANGE, describe: { en: en.optSeed, zh: zh.optSeed }, default: String(DEFAULT_SEED) },
  { name: "x", type: "matrix", describe: { en: en.optX, zh: zh.optX }, maxSize: MAX_SIZE },
  { name: "k", type: "matrix", describe: { en: en.optK, zh: zh.optK }, maxSize: MAX_SIZE, default: "[[1,-1]]" },
];

const nonzero = (m: number[][]): Cell[] => cells(m.length, m[0]!.length, (i, j) => m[i]![j] !== 0);

/** K must fit in X and in Xᵀ (the last step uses both). */
function checkFit(x: number[][], k: number[][]): Checked<true> {
  const [H, W, h, w] = [x.length, x[0]!.length, k.length, k[0]!.length];
  if (h > H || w > W) {
    const p = { k: shapeLabel(k), x: shapeLabel(x) };
    return { ok: false, reason: { en: en.tooLarge(p), zh: zh.tooLarge(p) } };
  }
  if (h > W || w > H) {
    const p = { k: shapeLabel(k), x: `${W}×${H}` };
    return { ok: false, reason: { en: en.tooLargeT(p), zh: zh.tooLargeT(p) } };
  }
  return { ok: true, value: true };
}

function start(x: number[][], k: number[][], seed: number, initial: State["initial"], step = 0): State {
  return { initial, x, k, seed, run: runLayer(x, k, seed), step: clampStep(step, STEPS) };
}

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const x = o.matrix("x") ?? notebookImage();
  const k = o.matrix("k") ?? DEFAULT_K;
  const seed = o.number("seed") ?? DEFAULT_SEED;
  const fit = checkFit(x, k);
  if (!fit.ok) o.matrix("k") ? refuse("k", raw.k, fit.reason) : refuse("x", raw.x, fit.reason);
  return start(x, k, seed, { x, k, seed });
}

const stepping = stepper<State>({
  steps: () => STEPS,
  reset: (s) => start(s.initial.x, s.initial.k, s.initial.seed, s.initial),
  texts: TEXT,
  reseed: (s, seed) => start(s.x, s.k, seed, s.initial, s.step),
  edit: {
    matrices: ["X", "K"],
    maxSize: MAX_SIZE,
    apply(s, matrix, values) {
      const x = matrix === "X" ? values : s.x;
      const k = matrix === "K" ? values : s.k;
      const fit = checkFit(x, k);
      if (!fit.ok) return { ok: false, error: fit.reason };
      return { ok: true, state: start(x, k, s.seed, s.initial, s.step) };
    },
  },
});

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const { x, k, run } = s;
  const edgeKernel = matrixText(k) === matrixText(DEFAULT_K);
  const base = { lesson: ID, step: s.step, steps: STEPS, series: [], done: false };
  const weight: MatrixView = { id: "weight", title: t.weightTitle, values: run.weight, group: "params" };
  const bias = { id: "bias", label: t.biasLabel, value: run.bias };
  const X: MatrixView = { id: "X", title: t.imageTitle, values: x, editable: true, heat: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: k, editable: true, group: "input" };
  // The first marked cell of an output, written out (or its first cell if none is marked).
  const firstCell = (m: number[][]) => nonzero(m)[0] ?? ([0, 0] as const);

  switch (s.step) {
    case 0:
      return {
        ...base,
        heading: t.blockHeading,
        narrative: t.block({ kernel: shapeLabel(k), seed: s.seed, weight: matrixText(run.weight) }),
        matrices: [weight],
        equations: [],
        scalars: [bias],
        code: { lines: CODE, current: LINES.block },
        record: { kind: "block", seed: s.seed, weight: run.weight, bias: run.bias },
      };
    case 1: {
      const [i, j] = [0, 0];
      return {
        ...base,
        heading: t.forwardHeading,
        narrative: t.forward({ shape: shapeLabel(x), out: shapeLabel(run.out) }),
        matrices: [
          { ...X, window: cells(k.length, k[0]!.length) },
          weight,
          { id: "out", title: t.outTitle, values: run.out, current: [[i, j]], heat: true, group: "output" },
        ],
        equations: [{ label: `conv(X)[${i}, ${j}]`, tokens: cellTokens(x, run.weight, i, j, run.out[i]![j]!, run.bias) }],
        scalars: [bias],
        code: { lines: CODE, current: LINES.forward },
        record: { kind: "forward", out: run.out },
      };
    }
    case 2: {
      const marked = nonzero(run.y);
      const [i, j] = firstCell(run.y);
      return {
        ...base,
        heading: t.edgesHeading,
        narrative: t.edges({ k: matrixText(k), edgeKernel, count: marked.length }),
        matrices: [
          { ...X, window: cells(x.length, x[0]!.length, (a, b) => a >= i && a < i + k.length && b >= j && b < j + k[0]!.length) },
          K,
          { id: "Y", title: t.edgesTitle, values: run.y, current: marked, heat: true, group: "output" },
        ],
        equations: [{ label: `Y[${i}, ${j}]`, tokens: cellTokens(x, k, i, j, run.y[i]![j]!) }],
        scalars: [],
        code: { lines: CODE, current: LINES.edges },
        record: { kind: "edges", x, k, y: run.y },
      };
    }
    default: {
      const marked = nonzero(run.yT);
      const [i, j] = firstCell(run.yT);
      const xMarked = nonzero(run.y).length;
      const message = edgeKernel && marked.length === 0 && xMarked > 0 ? t.doneVertical : t.doneCounts({ x: xMarked, xT: marked.length });
      return {
        ...base,
        heading: t.transposedHeading,
        narrative: t.transposed({ edgeKernel, count: marked.length }),
        matrices: [
          { id: "XT", title: t.transposedTitle, values: run.xT, heat: true, group: "input" },
          K,
          { id: "YT", title: t.transposedEdgesTitle, values: run.yT, current: marked, heat: true, group: "output" },
        ],
        equations: [{ label: `corr2d(Xᵀ, K)[${i}, ${j}]`, tokens: cellTokens(run.xT, k, i, j, run.yT[i]![j]!) }],
        scalars: [],
        code: { lines: CODE, current: LINES.transposed },
        done: true,
        outcome: { kind: "done", message },
        record: { kind: "transposed", x: run.xT, y: run.yT },
      };
    }
  }
}

export const conv2dLayer: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({
    seed: s.seed,
    weight: s.run.weight,
    bias: s.run.bias,
    edges: s.run.y,
    edgeCells: nonzero(s.run.y).length,
    transposedEdges: s.run.yT,
    transposedEdgeCells: nonzero(s.run.yT).length,
  }),
};
