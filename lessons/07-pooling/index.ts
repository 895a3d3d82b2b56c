// Lesson 7: pooling. Steps: 0 = X and the 2×2 window; 1..c = one max-pooling window each;
// c+1 = average pooling; c+2 = where each one's gradient goes; c+3..c+5 = the book's MaxPool2D
// cases on a 4×4 input (default stride, padding and stride, a 2×3 window); c+6 = two channels.
import type { Equation, Frame, Lang, MatrixView } from "../frame.ts";
import type { Lesson, LessonOptions, LocalText, OptionSpec } from "../lesson.ts";
import { readOptions, refuse } from "../options.ts";
import { cells, clampStep, factor, fillingIn, matrixText, num, stepper, tok } from "../shared.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { runPooling, type PoolingRun, type PoolWindow } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
export const MAX_SIZE = 8;
export const DEFAULT_X = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];

export interface State {
  initial: number[][];
  x: number[][];
  run: PoolingRun;
  step: number;
}

const options: OptionSpec[] = [
  { name: "x", type: "matrix", describe: { en: en.optX, zh: zh.optX }, maxSize: MAX_SIZE, default: "[[0,1,2],[3,4,5],[6,7,8]]" },
];


function fits(x: number[][]): LocalText | null {
  if (x.length >= 2 && x[0]!.length >= 2) return null;
  const p = { x: shapeLabel(x) };
  return { en: en.tooSmall(p), zh: zh.tooSmall(p) };
}

const stepsOf = (s: { run: PoolingRun }) => s.run.windows.length + 7;

function start(x: number[][], initial: number[][], step = 0): State {
  const run = runPooling(x);
  return { initial, x, run, step: clampStep(step, stepsOf({ run })) };
}

function init(raw: LessonOptions = {}): State {
  const x = readOptions(options, raw).matrix("x") ?? DEFAULT_X;
  const error = fits(x);
  if (error) refuse("x", raw.x, error);
  return start(x, x);
}

const stepping = stepper<State>({
  steps: stepsOf,
  reset: (s) => start(s.initial, s.initial),
  texts: TEXT,
  edit: {
    matrices: ["X"],
    maxSize: MAX_SIZE,
    apply(s, _matrix, x) {
      const error = fits(x);
      if (error) return { ok: false, error };
      return { ok: true, state: start(x, s.initial, s.step) };
    },
  },
});

/** "max(0, 1, 3, 4) = 4", with −∞ for padding cells. */
function maxTokens(w: PoolWindow): Equation {
  const values = w.values.flat();
  return {
    label: `Y[${w.i}, ${w.j}]`,
    tokens: [tok.op("max("), ...values.flatMap((v, k) => [...(k === 0 ? [] : [tok.op(", ")]), tok.input(num(v))]), tok.op(") = "), tok.result(num(w.value))],
  };
}

/** "(0 + 1 + 3 + 4) / 4 = 2" */
function avgTokens(w: PoolWindow, value: number): Equation {
  const values = w.values.flat();
  return {
    label: `Y[${w.i}, ${w.j}]`,
    tokens: [tok.op("("), ...values.flatMap((v, k) => [...(k === 0 ? [] : [tok.op(" + ")]), tok.input(factor(v))]), tok.op(`) / ${values.length} = `), tok.result(num(value))],
  };
}

const windowCells = (rows: number, cols: number, w: { top: number; left: number }, [kh, kw]: readonly [number, number]) =>
  cells(rows, cols, (i, j) => i >= w.top && i < w.top + kh && j >= w.left && j < w.left + kw);

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const r = s.run;
  const c = r.windows.length;
  const [oh, ow] = [r.max.length, r.max[0]!.length];
  const X: MatrixView = { id: "X", title: t.inputTitle, values: r.x, editable: true, group: "input" };
  const base = { lesson: ID, step: s.step, steps: stepsOf(s), scalars: [], series: [], done: false };

  if (s.step === 0) {
    return {
      ...base,
      heading: t.setupHeading,
      narrative: t.setup({ x: shapeLabel(r.x), y: `${oh}×${ow}`, cells: c }),
      matrices: [X, { id: "Y", title: t.maxTitle, values: r.max.map((row) => row.map(() => 0)), pending: cells(oh, ow), group: "output" }],
      equations: [],
      code: { lines: CODE, current: LINES.setup },
      record: { kind: "setup", x: r.x, shape: [oh, ow] },
    };
  }

  if (s.step <= c) {
    const w = r.windows[s.step - 1]!;
    const y = fillingIn(r.max, s.step);
    return {
      ...base,
      heading: t.cellHeading({ cell: `${w.i}, ${w.j}` }),
      narrative: t.cell({ cell: `${w.i}, ${w.j}`, value: num(w.value), last: s.step === c }),
      matrices: [
        { ...X, window: windowCells(r.x.length, r.x[0]!.length, w, [2, 2]) },
        { id: "Y", title: t.maxTitle, values: y.values, current: [[w.i, w.j]], pending: y.pending, group: "output" },
      ],
      equations: [maxTokens(w)],
      code: { lines: CODE, current: LINES.cell },
      record: { kind: "max", i: w.i, j: w.j, window: w.values, value: w.value },
    };
  }

  if (s.step === c + 1) {
    return {
      ...base,
      heading: t.avgHeading,
      narrative: t.avg(),
      matrices: [X, { id: "max", title: t.maxTitle, values: r.max, group: "output" }, { id: "avg", title: t.avgTitle, values: r.avg, group: "output" }],
      equations: r.windows.slice(0, 4).map((w) => avgTokens(w, r.avg[w.i]![w.j]!)),
      code: { lines: CODE, current: LINES.avg },
      record: { kind: "avg", max: r.max, avg: r.avg },
    };
  }

  if (s.step === c + 2) {
    return {
      ...base,
      heading: t.gradHeading,
      narrative: t.grad(),
      matrices: [
        X,
        { id: "gradMax", title: t.gradMaxTitle, values: r.gradMax, current: cells(r.x.length, r.x[0]!.length, (i, j) => r.gradMax[i]![j]! !== 0), group: "grad", heat: true },
        { id: "gradAvg", title: t.gradAvgTitle, values: r.gradAvg, group: "grad", heat: true },
      ],
      equations: [],
      code: { lines: CODE, current: LINES.grad },
      record: { kind: "grad", gradMax: r.gradMax, gradAvg: r.gradAvg },
    };
  }

  if (s.step <= c + 5) {
    const which = s.step - c - 3;
    const pc = r.cases[which]!;
    const rows = pc.padded.length;
    const cols = pc.padded[0]!.length;
    const x4 = r.channels[0]!;
    const padded = pc.pad[0] > 0 || pc.pad[1] > 0;
    // the first window and the winners (where the engine's gradient went), on the grid the window slides over
    const marks = { window: windowCells(rows, cols, pc.windows[0]!, pc.size), current: cells(rows, cols, (i, j) => pc.wins[i]![j]! !== 0) };
    return {
      ...base,
      heading: t.caseHeading({ which }),
      narrative: t.case({ which, y: matrixText(pc.y) }),
      matrices: [
        { id: "X4", title: t.x4Title, values: x4, group: "input", ...(padded ? {} : marks) },
        ...(padded ? [{ id: "Xp", title: t.paddedTitle, values: pc.padded, group: "input", ...marks }] : []),
        { id: "Y", title: t.outputTitle, values: pc.y, group: "output" },
      ],
      equations: pc.windows.map(maxTokens),
      code: { lines: CODE, current: LINES.cases[which]! },
      record: { kind: "maxpool", size: pc.size, stride: pc.stride, pad: pc.pad, y: pc.y },
    };
  }

  return {
    ...base,
    heading: t.multiHeading,
    narrative: t.multi(),
    matrices: [
      ...r.channels.map((values, ch) => ({ id: `X${ch}`, title: t.channelTitle({ c: ch }), values, group: "input" })),
      ...r.multi.map((values, ch) => ({ id: `Y${ch}`, title: t.outChannelTitle({ c: ch }), values, group: "output" })),
    ],
    equations: [],
    code: { lines: CODE, current: LINES.multi },
    done: true,
    outcome: { kind: "done", message: t.done },
    record: { kind: "channels", y: r.multi },
  };
}

export const pooling: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({ x: s.run.x, max: s.run.max, avg: s.run.avg, maxPool: s.run.cases.map((c) => c.y), channels: s.run.multi }),
};
