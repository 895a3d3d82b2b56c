// Lesson 1: the notebook's corr2d, one output cell per step.
// Steps: 0 = X, K and the output-shape rule; 1..n = one cell of Y each; n+1 = corr2d in one call.
import type { Equation, Frame, Lang, MatrixView } from "../frame.ts";
import type { Lesson, LessonOptions, OptionSpec } from "../lesson.ts";
import { readOptions, refuse, type Checked } from "../options.ts";
import { cells, cellTokens, clampStep, fillingIn, matrixText, num, stepper, tok } from "../shared.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { runCorr2d, type Corr2dRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
/** Largest input (rows and columns): every output cell is a step. */
export const MAX_SIZE = 16;
export const DEFAULT_X = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
export const DEFAULT_K = [[0, 1], [2, 3]];

export interface State {
  /** What init was given, for reset. */
  initial: { x: number[][]; k: number[][] };
  x: number[][];
  k: number[][];
  run: Corr2dRun;
  step: number;
}

const options: OptionSpec[] = [
  { name: "x", type: "matrix", describe: { en: en.optX, zh: zh.optX }, maxSize: MAX_SIZE, default: "[[0,1,2],[3,4,5],[6,7,8]]" },
  { name: "k", type: "matrix", describe: { en: en.optK, zh: zh.optK }, maxSize: MAX_SIZE, default: "[[0,1],[2,3]]" },
];


/** The kernel must fit in the input (both shapes named if not). */
function checkFit(x: number[][], k: number[][]): Checked<true> {
  if (k.length <= x.length && k[0]!.length <= x[0]!.length) return { ok: true, value: true };
  const p = { k: shapeLabel(k), x: shapeLabel(x) };
  return { ok: false, reason: { en: en.tooLarge(p), zh: zh.tooLarge(p) } };
}

function start(x: number[][], k: number[][], initial: State["initial"], step = 0): State {
  const run = runCorr2d(x, k);
  return { initial, x, k, run, step: clampStep(step, run.cells.length + 2) };
}

const stepsOf = (s: State) => s.run.cells.length + 2;

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const x = o.matrix("x") ?? DEFAULT_X;
  const k = o.matrix("k") ?? DEFAULT_K;
  const fit = checkFit(x, k);
  // Name the option the learner gave (the other one is the default).
  if (!fit.ok) o.matrix("k") ? refuse("k", raw.k, fit.reason) : refuse("x", raw.x, fit.reason);
  return start(x, k, { x, k });
}

const stepping = stepper<State>({
  steps: stepsOf,
  reset: (s) => start(s.initial.x, s.initial.k, s.initial),
  texts: TEXT,
  edit: {
    matrices: ["X", "K"],
    maxSize: MAX_SIZE,
    apply(state, matrix, values) {
      const x = matrix === "X" ? values : state.x;
      const k = matrix === "K" ? values : state.k;
      const fit = checkFit(x, k);
      if (!fit.ok) return { ok: false, error: fit.reason };
      // Stay on the same step, so the learner sees the edit's effect at once.
      return { ok: true, state: start(x, k, state.initial, state.step) };
    },
  },
});

function shapeRule(s: State, t: Text): Equation {
  const [H, W, h, w] = [s.x.length, s.x[0]!.length, s.k.length, s.k[0]!.length];
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

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const { x, k, run } = s;
  const [h, w] = [k.length, k[0]!.length];
  const [outH, outW] = [run.y.length, run.y[0]!.length];
  const n = run.cells.length;
  const X: MatrixView = { id: "X", title: t.inputTitle, values: x, editable: true, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: k, editable: true, group: "input" };
  const base = { lesson: ID, step: s.step, steps: stepsOf(s) };

  if (s.step === 0) {
    const zeros = run.y.map((row) => row.map(() => 0));
    return {
      ...base,
      heading: t.setupHeading,
      narrative: t.setup({ x: shapeLabel(x), k: shapeLabel(k), y: shapeLabel(run.y), cells: n }),
      matrices: [X, K, { id: "Y", title: t.outputTitle, values: zeros, pending: cells(outH, outW), group: "output" }],
      equations: [shapeRule(s, t)],
      scalars: [],
      series: [],
      code: { lines: CODE, current: LINES.setup },
      done: false,
      record: { kind: "setup", x, k, shape: [outH, outW] },
    };
  }

  if (s.step <= n) {
    const c = run.cells[s.step - 1]!;
    const y = fillingIn(run.y, s.step); // cells 0..step-1 are computed
    const cell = `${c.i}, ${c.j}`;
    return {
      ...base,
      heading: t.cellHeading({ cell }),
      narrative: t.cell({
        cell,
        rows: `${c.i}:${c.i + h}`,
        cols: `${c.j}:${c.j + w}`,
        value: num(c.value),
        move: s.step === n ? "none" : c.j + 1 < outW ? "right" : "down",
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
      equations: [shapeRule(s, t), { label: `Y[${cell}]`, tokens: cellTokens(x, k, c.i, c.j, c.value) }],
      scalars: [],
      series: [],
      code: { lines: CODE, current: LINES.cell },
      done: false,
      record: { kind: "cell", i: c.i, j: c.j, window: c.window, value: c.value },
    };
  }

  const same = run.whole.every((row, i) => row.every((v, j) => v === run.y[i]![j]));
  return {
    ...base,
    heading: t.wholeHeading,
    narrative: t.whole({ same }),
    matrices: [X, K, { id: "Y", title: t.outputTitle, values: run.whole, group: "output" }],
    equations: [shapeRule(s, t)],
    scalars: [],
    series: [],
    code: { lines: CODE, current: LINES.whole },
    done: true,
    outcome: { kind: "done", message: t.done({ y: matrixText(run.whole) }) },
    record: { kind: "whole", y: run.whole },
  };
}

export const crossCorrelation: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({ x: s.x, k: s.k, y: s.run.whole, shape: [s.run.whole.length, s.run.whole[0]!.length] }),
};
