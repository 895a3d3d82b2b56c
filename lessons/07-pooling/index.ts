// Lesson 7: pooling. Steps: 0 = X and the 2×2 window; 1..c = one max-pooling window each;
// c+1 = average pooling; c+2 = where each one's gradient goes; c+3..c+5 = the book's MaxPool2D
// cases on a 4×4 input (default stride, padding and stride, a 2×3 window); c+6 = two channels.
import { local } from "../../src/i18n.ts";
import type { Equation, MatrixView } from "../frame.ts";
import { cells, factor, fillingIn, matrixText, num, tok } from "../kit/frame-parts.ts";
import { defineLesson, type FrameBody } from "../kit/define.ts";
import { option, refuse } from "../kit/options.ts";
import type { Checked } from "../kit/values.ts";
import { shapeLabel } from "../format.ts";
import { CODE, LINES } from "./code.ts";
import { exercises } from "./exercises.ts";
import { runPooling, type PoolingRun, type PoolWindow } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
export const MAX_SIZE = 8;
export const DEFAULT_X = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];

/** A 2×2 window must fit in X. */
function fits(x: number[][]): Checked<number[][]> {
  if (x.length >= 2 && x[0]!.length >= 2) return { ok: true, value: x };
  const p = { x: shapeLabel(x) };
  return { ok: false, reason: local(TEXT, (t) => t.tooSmall(p)) };
}

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

function frame({ run: r, step, t }: { run: PoolingRun; step: number; t: Text }): FrameBody {
  const c = r.windows.length;
  const [oh, ow] = [r.max.length, r.max[0]!.length];
  const X: MatrixView = { id: "X", title: t.inputTitle, values: r.x, editable: true, group: "input" };

  if (step === 0) {
    return {
      heading: t.setupHeading,
      narrative: t.setup({ x: shapeLabel(r.x), y: `${oh}×${ow}`, cells: c }),
      matrices: [X, { id: "Y", title: t.maxTitle, values: r.max.map((row) => row.map(() => 0)), pending: cells(oh, ow), group: "output" }],
      equations: [],
      code: LINES.setup,
      record: { kind: "setup", x: r.x, shape: [oh, ow] },
    };
  }

  if (step <= c) {
    const w = r.windows[step - 1]!;
    const y = fillingIn(r.max, step);
    return {
      heading: t.cellHeading({ cell: `${w.i}, ${w.j}` }),
      narrative: t.cell({ cell: `${w.i}, ${w.j}`, value: num(w.value), last: step === c }),
      matrices: [
        { ...X, window: windowCells(r.x.length, r.x[0]!.length, w, [2, 2]) },
        { id: "Y", title: t.maxTitle, values: y.values, current: [[w.i, w.j]], pending: y.pending, group: "output" },
      ],
      equations: [maxTokens(w)],
      code: LINES.cell,
      record: { kind: "max", i: w.i, j: w.j, window: w.values, value: w.value },
    };
  }

  if (step === c + 1) {
    return {
      heading: t.avgHeading,
      narrative: t.avg(),
      matrices: [X, { id: "max", title: t.maxTitle, values: r.max, group: "output" }, { id: "avg", title: t.avgTitle, values: r.avg, group: "output" }],
      equations: r.windows.slice(0, 4).map((w) => avgTokens(w, r.avg[w.i]![w.j]!)),
      code: LINES.avg,
      record: { kind: "avg", max: r.max, avg: r.avg },
    };
  }

  if (step === c + 2) {
    return {
      heading: t.gradHeading,
      narrative: t.grad(),
      matrices: [
        X,
        { id: "gradMax", title: t.gradMaxTitle, values: r.gradMax, current: cells(r.x.length, r.x[0]!.length, (i, j) => r.gradMax[i]![j]! !== 0), group: "grad", heat: true },
        { id: "gradAvg", title: t.gradAvgTitle, values: r.gradAvg, group: "grad", heat: true },
      ],
      equations: [],
      code: LINES.grad,
      record: { kind: "grad", gradMax: r.gradMax, gradAvg: r.gradAvg },
    };
  }

  if (step <= c + 5) {
    const which = step - c - 3;
    const pc = r.cases[which]!;
    const rows = pc.padded.length;
    const cols = pc.padded[0]!.length;
    const x4 = r.channels[0]!;
    const padded = pc.pad[0] > 0 || pc.pad[1] > 0;
    // the first window and the winners (where the engine's gradient went), on the grid the window slides over
    const marks = { window: windowCells(rows, cols, pc.windows[0]!, pc.size), current: cells(rows, cols, (i, j) => pc.wins[i]![j]! !== 0) };
    return {
      heading: t.caseHeading({ which }),
      narrative: t.case({ which, y: matrixText(pc.y) }),
      matrices: [
        { id: "X4", title: t.x4Title, values: x4, group: "input", ...(padded ? {} : marks) },
        ...(padded ? [{ id: "Xp", title: t.paddedTitle, values: pc.padded, group: "input", ...marks }] : []),
        { id: "Y", title: t.outputTitle, values: pc.y, group: "output" },
      ],
      equations: pc.windows.map(maxTokens),
      code: LINES.cases[which]!,
      record: { kind: "maxpool", size: pc.size, stride: pc.stride, pad: pc.pad, y: pc.y },
    };
  }

  return {
    heading: t.multiHeading,
    narrative: t.multi(),
    matrices: [
      ...r.channels.map((values, ch) => ({ id: `X${ch}`, title: t.channelTitle({ c: ch }), values, group: "input" })),
      ...r.multi.map((values, ch) => ({ id: `Y${ch}`, title: t.outChannelTitle({ c: ch }), values, group: "output" })),
    ],
    equations: [],
    code: LINES.multi,
    outcome: { kind: "done", message: t.done },
    record: { kind: "channels", y: r.multi },
  };
}

/** The config is the input X. */
export const pooling = defineLesson({
  id: "pooling",
  number: 7,
  texts: TEXT,
  options: { x: option.matrix({ describe: local(TEXT, (t) => t.optX), maxSize: MAX_SIZE, default: DEFAULT_X }) },
  config(o, raw) {
    const x = fits(o.x ?? DEFAULT_X);
    return x.ok ? x.value : refuse("x", raw.x, x.reason);
  },
  run: runPooling,
  steps: (run) => run.windows.length + 7,
  code: { lines: CODE, from: ["07-pooling/run.ts"] },
  frame,
  edit: { matrices: ["X"], maxSize: MAX_SIZE, apply: (_x, _matrix, x) => fits(x) },
  summarize: (run) => ({ x: run.x, max: run.max, avg: run.avg, maxPool: run.cases.map((c) => c.y), channels: run.multi }),
  exercises,
});
