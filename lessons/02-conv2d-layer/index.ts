// Lesson 2: the notebook's hand-written Conv2d block, then edge detection with K = [1, −1].
// Steps: 0 = the block and its initial parameters; 1 = a forward pass; 2 = the edges of X;
// 3 = the transposed image, where this kernel finds nothing.
import { local } from "../../src/i18n.ts";
import type { Cell, MatrixView } from "../frame.ts";
import { cells, cellTokens, matrixText } from "../kit/frame-parts.ts";
import { defineLesson, type FrameBody } from "../kit/define.ts";
import { option, refuse } from "../kit/options.ts";
import type { Checked } from "../kit/values.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { exercises } from "./exercises.ts";
import { notebookImage, runLayer, type LayerRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
const STEPS = 4;
export const MAX_SIZE = 16;
export const DEFAULT_K = [[1, -1]];
export const DEFAULT_SEED = 0;

export interface Config {
  x: number[][];
  k: number[][];
  seed: number;
}

const nonzero = (m: number[][]): Cell[] => cells(m.length, m[0]!.length, (i, j) => m[i]![j] !== 0);

/** K must fit in X and in Xᵀ (the last step uses both). */
function checkFit(config: Config): Checked<Config> {
  const { x, k } = config;
  const [H, W, h, w] = [x.length, x[0]!.length, k.length, k[0]!.length];
  if (h > H || w > W) {
    const p = { k: shapeLabel(k), x: shapeLabel(x) };
    return { ok: false, reason: local(TEXT, (t) => t.tooLarge(p)) };
  }
  if (h > W || w > H) {
    const p = { k: shapeLabel(k), x: `${W}×${H}` };
    return { ok: false, reason: local(TEXT, (t) => t.tooLargeT(p)) };
  }
  return { ok: true, value: config };
}

function frame({ config, run, step, t }: { config: Config; run: LayerRun; step: number; t: Text }): FrameBody {
  const { x, k, seed } = config;
  const edgeKernel = matrixText(k) === matrixText(DEFAULT_K);
  const weight: MatrixView = { id: "weight", title: t.weightTitle, values: run.weight, group: "params" };
  const bias = { id: "bias", label: t.biasLabel, value: run.bias };
  const X: MatrixView = { id: "X", title: t.imageTitle, values: x, editable: true, heat: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: k, editable: true, group: "input" };
  // The first marked cell of an output, written out (or its first cell if none is marked).
  const firstCell = (m: number[][]) => nonzero(m)[0] ?? ([0, 0] as const);

  switch (step) {
    case 0:
      return {
        heading: t.blockHeading,
        narrative: t.block({ kernel: shapeLabel(k), seed: seed, weight: matrixText(run.weight) }),
        matrices: [weight],
        scalars: [bias],
        code: LINES.block,
        record: { kind: "block", seed: seed, weight: run.weight, bias: run.bias },
      };
    case 1: {
      const [i, j] = [0, 0];
      return {
        heading: t.forwardHeading,
        narrative: t.forward({ shape: shapeLabel(x), out: shapeLabel(run.out) }),
        matrices: [
          { ...X, window: cells(k.length, k[0]!.length) },
          weight,
          { id: "out", title: t.outTitle, values: run.out, current: [[i, j]], heat: true, group: "output" },
        ],
        equations: [{ label: `conv(X)[${i}, ${j}]`, tokens: cellTokens(x, run.weight, i, j, run.out[i]![j]!, run.bias) }],
        scalars: [bias],
        code: LINES.forward,
        record: { kind: "forward", out: run.out },
      };
    }
    case 2: {
      const marked = nonzero(run.y);
      const [i, j] = firstCell(run.y);
      return {
        heading: t.edgesHeading,
        narrative: t.edges({ k: matrixText(k), edgeKernel, count: marked.length }),
        matrices: [
          { ...X, window: cells(x.length, x[0]!.length, (a, b) => a >= i && a < i + k.length && b >= j && b < j + k[0]!.length) },
          K,
          { id: "Y", title: t.edgesTitle, values: run.y, current: marked, heat: true, group: "output" },
        ],
        equations: [{ label: `Y[${i}, ${j}]`, tokens: cellTokens(x, k, i, j, run.y[i]![j]!) }],
        code: LINES.edges,
        record: { kind: "edges", x, k, y: run.y },
      };
    }
    default: {
      const marked = nonzero(run.yT);
      const [i, j] = firstCell(run.yT);
      const xMarked = nonzero(run.y).length;
      const message = edgeKernel && marked.length === 0 && xMarked > 0 ? t.doneVertical : t.doneCounts({ x: xMarked, xT: marked.length });
      return {
        heading: t.transposedHeading,
        narrative: t.transposed({ edgeKernel, count: marked.length }),
        matrices: [
          { id: "XT", title: t.transposedTitle, values: run.xT, heat: true, group: "input" },
          K,
          { id: "YT", title: t.transposedEdgesTitle, values: run.yT, current: marked, heat: true, group: "output" },
        ],
        equations: [{ label: `corr2d(Xᵀ, K)[${i}, ${j}]`, tokens: cellTokens(run.xT, k, i, j, run.yT[i]![j]!) }],
        code: LINES.transposed,
        outcome: { kind: "done", message },
        record: { kind: "transposed", x: run.xT, y: run.yT },
      };
    }
  }
}

export const conv2dLayer = defineLesson({
  id: "conv2d-layer",
  number: 2,
  texts: TEXT,
  options: {
    seed: option.seed({ describe: local(TEXT, (t) => t.optSeed), default: DEFAULT_SEED }),
    x: option.matrix({ describe: local(TEXT, (t) => t.optX), maxSize: MAX_SIZE }),
    k: option.matrix({ describe: local(TEXT, (t) => t.optK), maxSize: MAX_SIZE, default: DEFAULT_K }),
  },
  config(o, raw) {
    const fit = checkFit({ x: o.x ?? notebookImage(), k: o.k ?? DEFAULT_K, seed: o.seed ?? DEFAULT_SEED });
    if (!fit.ok) return o.k ? refuse("k", raw.k, fit.reason) : refuse("x", raw.x, fit.reason);
    return fit.value;
  },
  run: ({ x, k, seed }) => runLayer(x, k, seed),
  steps: () => STEPS,
  code: { lines: CODE, from: ["notebook/conv2d-block.ts", "02-conv2d-layer/run.ts"] },
  frame,
  reseed: (config, seed) => ({ ...config, seed }),
  edit: { matrices: ["X", "K"], maxSize: MAX_SIZE, apply: (config, matrix, values) => checkFit({ ...config, [matrix === "X" ? "x" : "k"]: values }) },
  summarize: (run, { seed }) => ({
    seed,
    weight: run.weight,
    bias: run.bias,
    edges: run.y,
    edgeCells: nonzero(run.y).length,
    transposedEdges: run.yT,
    transposedEdgeCells: nonzero(run.yT).length,
  }),
  exercises,
});
