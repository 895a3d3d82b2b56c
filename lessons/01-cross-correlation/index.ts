// Lesson 1: the notebook's corr2d, one output cell per step.
// Steps: 0 = X, K and the output-shape rule; 1..n = one cell of Y each; n+1 = corr2d in one call.
import { local } from "../../src/i18n.ts";
import type { Equation, MatrixView } from "../frame.ts";
import { cells, cellTokens, fillingIn, matrixText, num, tok } from "../kit/frame-parts.ts";
import { defineLesson, type FrameBody } from "../kit/define.ts";
import { option, refuse } from "../kit/options.ts";
import { checkKernelFits } from "../kit/values.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { exercises } from "./exercises.ts";
import { runCorr2d, type Corr2dRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
/** Largest input (rows and columns): every output cell is a step. */
export const MAX_SIZE = 16;
export const DEFAULT_X = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
export const DEFAULT_K = [[0, 1], [2, 3]];

export interface Config {
  x: number[][];
  k: number[][];
}

function shapeRule({ x, k }: Config, t: Text): Equation {
  const [H, W, h, w] = [x.length, x[0]!.length, k.length, k[0]!.length];
  return {
    label: t.shapeLabel,
    tokens: [
      tok.text("(H − h + 1) × (W − w + 1) = "),
      tok.op("("), tok.input(String(H)), tok.op(" − "), tok.kernel(String(h)), tok.op(" + 1) × ("),
      tok.input(String(W)), tok.op(" − "), tok.kernel(String(w)), tok.op(" + 1) = "),
      tok.result(`${H - h + 1} × ${W - w + 1}`),
    ],
  };
}

function frame({ config, run, step, t }: { config: Config; run: Corr2dRun; step: number; t: Text }): FrameBody {
  const { x, k } = config;
  const [h, w] = [k.length, k[0]!.length];
  const [outH, outW] = [run.y.length, run.y[0]!.length];
  const n = run.cells.length;
  const X: MatrixView = { id: "X", title: t.inputTitle, values: x, editable: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: k, editable: true, group: "input" };

  if (step === 0) {
    const zeros = run.y.map((row) => row.map(() => 0));
    return {
      heading: t.setupHeading,
      narrative: t.setup({ x: shapeLabel(x), k: shapeLabel(k), y: shapeLabel(run.y), cells: n }),
      matrices: [X, K, { id: "Y", title: t.outputTitle, values: zeros, pending: cells(outH, outW), group: "output" }],
      equations: [shapeRule(config, t)],
      code: LINES.setup,
      record: { kind: "setup", x, k, shape: [outH, outW] },
    };
  }

  if (step <= n) {
    const c = run.cells[step - 1]!;
    const y = fillingIn(run.y, step); // cells 0..step-1 are computed
    const cell = `${c.i}, ${c.j}`;
    return {
      heading: t.cellHeading({ cell }),
      narrative: t.cell({
        cell,
        rows: `${c.i}:${c.i + h}`,
        cols: `${c.j}:${c.j + w}`,
        value: num(c.value),
        move: step === n ? "none" : c.j + 1 < outW ? "right" : "down",
      }),
      matrices: [
        { ...X, window: cells(x.length, x[0]!.length, (i, j) => i >= c.i && i < c.i + h && j >= c.j && j < c.j + w) },
        { ...K, window: cells(h, w) },
        {
          id: "Y",
          title: t.outputTitle,
          values: y.values,
          current: [[c.i, c.j]],
          pending: y.pending,
          group: "output",
        },
      ],
      equations: [shapeRule(config, t), { label: `Y[${cell}]`, tokens: cellTokens(x, k, c.i, c.j, c.value) }],
      code: LINES.cell,
      record: { kind: "cell", i: c.i, j: c.j, window: c.window, value: c.value },
    };
  }

  const same = run.whole.every((row, i) => row.every((v, j) => v === run.y[i]![j]));
  return {
    heading: t.wholeHeading,
    narrative: t.whole({ same }),
    matrices: [X, K, { id: "Y", title: t.outputTitle, values: run.whole, group: "output" }],
    equations: [shapeRule(config, t)],
    code: LINES.whole,
    outcome: { kind: "done", message: t.done({ y: matrixText(run.whole) }) },
    record: { kind: "whole", y: run.whole },
  };
}

export const crossCorrelation = defineLesson({
  id: "cross-correlation",
  number: 1,
  texts: TEXT,
  options: {
    x: option.matrix({ describe: local(TEXT, (t) => t.optX), maxSize: MAX_SIZE, default: DEFAULT_X }),
    k: option.matrix({ describe: local(TEXT, (t) => t.optK), maxSize: MAX_SIZE, default: DEFAULT_K }),
  },
  config(o, raw) {
    const fit = checkKernelFits({ x: o.x ?? DEFAULT_X, k: o.k ?? DEFAULT_K });
    // Name the option the learner gave (the other one is the default).
    if (!fit.ok) return o.k ? refuse("k", raw.k, fit.reason) : refuse("x", raw.x, fit.reason);
    return fit.value;
  },
  run: ({ x, k }) => runCorr2d(x, k),
  steps: (run) => run.cells.length + 2,
  code: { lines: CODE, from: ["01-cross-correlation/run.ts"] },
  frame,
  // Edits stay on the same step, so the learner sees their effect at once.
  edit: { matrices: ["X", "K"], maxSize: MAX_SIZE, apply: (config, matrix, values) => checkKernelFits({ ...config, [matrix === "X" ? "x" : "k"]: values }) },
  summarize: (run, { x, k }) => ({ x, k, y: run.whole, shape: [run.whole.length, run.whole[0]!.length] }),
  exercises,
});
