// Lesson 5: padding and stride. The window walks over a zero-padded input, `s` cells at a time.
// Steps: 0 = the geometry and the output-shape rule; 1..m² = one output cell each;
// m²+1 = nd.conv2d with pad and stride in one call, and the book's 8×8 examples.
// The learner changes n, k, p, s by editing the one-row matrix [n, k, p, s].
import { local, type LocalText } from "../../src/i18n.ts";
import type { Equation, MatrixView, Token } from "../frame.ts";
import { cells, cellTokens, fillingIn, num, tok } from "../kit/frame-parts.ts";
import { defineLesson, type FrameBody } from "../kit/define.ts";
import { option, refuse } from "../kit/options.ts";
import type { Checked } from "../kit/values.ts";
import { CODE, LINES } from "./code.ts";
import { exercises } from "./exercises.ts";
import { BOOK, BOOK_INPUT, bookShape, outSize, runPadStride, type BookExample, type Geometry, type PadStrideRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
export const DEFAULT: Geometry = { n: 5, k: 3, p: 1, s: 2 };
/** Bounds of n, k, p, s (small enough that every output cell can be a step). */
export const LIMITS = { n: [1, 10], k: [1, 7], p: [0, 3], s: [1, 4] } as const satisfies Record<keyof Geometry, readonly [number, number]>;
const NAMES = ["n", "k", "p", "s"] as const;

const geometryOption = (name: keyof Geometry, describe: LocalText) =>
  option.integer({ describe, min: LIMITS[name][0], max: LIMITS[name][1], default: DEFAULT[name] });

/** The kernel must fit in the padded input; the refusal names both shapes. */
function fitError(g: Geometry): LocalText | null {
  if (g.k <= g.n + 2 * g.p) return null;
  const p = { ...g, padded: g.n + 2 * g.p };
  return local(TEXT, (t) => t.tooLarge(p));
}

/** An edit of the one-row matrix [n, k, p, s]: the right shape, each within its bounds, the kernel fitting. */
function editGeometry(row: number[][]): Checked<Geometry> {
  const refused = (make: (t: Text) => string): Checked<never> => ({ ok: false, reason: local(TEXT, make) });
  if (row.length !== 1 || row[0]!.length !== 4) return refused((t) => t.paramsShape({ shape: `${row.length}×${row[0]!.length}` }));
  for (const [idx, name] of NAMES.entries()) {
    const v = row[0]![idx]!;
    const [min, max] = LIMITS[name];
    if (!Number.isInteger(v) || v < min || v > max) return refused((t) => t.paramRange({ name, value: num(v), min, max }));
  }
  const [n, k, p, s] = row[0]! as [number, number, number, number];
  const g = { n, k, p, s };
  const error = fitError(g);
  return error ? { ok: false, reason: error } : { ok: true, value: g };
}

/** ⌊(5 − 3 + 2×1 + 2) / 2⌋: one side's rule with the numbers in. */
function sideTokens(g: Geometry): Token[] {
  return [
    tok.op("⌊("), tok.input(String(g.n)), tok.op(" − "), tok.kernel(String(g.k)), tok.op(" + 2×"), tok.input(String(g.p)),
    tok.op(" + "), tok.input(String(g.s)), tok.op(") / "), tok.input(String(g.s)), tok.op("⌋"),
  ];
}

/** ⌊(n − k + 2p + s) / s⌋ = ⌊(5 − 3 + 2×1 + 2) / 2⌋ = ⌊6 / 2⌋ = 3 */
function shapeRule(g: Geometry, label: string): Equation {
  const top = g.n - g.k + 2 * g.p + g.s;
  return {
    label,
    tokens: [
      tok.text("⌊(n − k + 2p + s) / s⌋"), tok.op(" = "), ...sideTokens(g),
      tok.op(" = ⌊"), tok.text(`${top} / ${g.s}`), tok.op("⌋ = "), tok.result(String(outSize(g))),
    ],
  };
}

/** A book example, height × width: ⌊(8 − 5 + 2×2 + 1) / 1⌋ × ⌊(8 − 3 + 2×1 + 1) / 1⌋ = 8×8 (the engine's shape). */
function bookRule(b: BookExample, label: string): Equation {
  const side = (d: 0 | 1): Geometry => ({ n: BOOK_INPUT, k: b.k[d], p: b.p[d], s: b.s[d] });
  const [h, w] = bookShape(b);
  return { label, tokens: [...sideTokens(side(0)), tok.op(" × "), ...sideTokens(side(1)), tok.op(" = "), tok.result(`${h}×${w}`)] };
}

function frame({ config: g, run, step, t }: { config: Geometry; run: PadStrideRun; step: number; t: Text }): FrameBody {
  const m = run.y.length;
  const side = g.n + 2 * g.p;
  const isPad = (i: number, j: number) => i < g.p || j < g.p || i >= g.p + g.n || j >= g.p + g.n;
  const params: MatrixView = { id: "params", title: t.paramsTitle, values: [[g.n, g.k, g.p, g.s]], editable: true, group: "params" };
  const X: MatrixView = { id: "X", title: t.inputTitle, values: run.x, group: "input" };
  const Xp: MatrixView = { id: "Xp", title: t.paddedTitle, values: run.padded, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: run.kernel, group: "input" };
  const rule = shapeRule(g, t.shapeLabel);

  if (step === 0) {
    return {
      heading: t.setupHeading,
      narrative: t.setup({ ...g, padded: side, m, cells: m * m }),
      matrices: [params, X, Xp, K, { id: "Y", title: t.outputTitle, values: run.y.map((r) => r.map(() => 0)), pending: cells(m, m), group: "output" }],
      equations: [rule],
      code: LINES.setup,
      record: { kind: "setup", ...g, padded: [side, side], shape: [m, m] },
    };
  }

  const n = run.cells.length;
  if (step <= n) {
    const c = run.cells[step - 1]!;
    const inWindow = (i: number, j: number) => i >= c.top && i < c.top + g.k && j >= c.left && j < c.left + g.k;
    const y = fillingIn(run.y, step);
    const cell = `${c.i}, ${c.j}`;
    return {
      heading: t.cellHeading({ cell }),
      narrative: t.cell({
        cell,
        rows: `${c.top}:${c.top + g.k}`,
        cols: `${c.left}:${c.left + g.k}`,
        value: num(c.value),
        zeros: cells(side, side, (i, j) => inWindow(i, j) && isPad(i, j)).length,
        last: step === n,
        s: g.s,
        start: `(${c.top}, ${c.left})`,
      }),
      matrices: [
        params,
        X,
        { ...Xp, window: cells(side, side, inWindow) },
        { ...K, window: cells(g.k, g.k) },
        { id: "Y", title: t.outputTitle, values: y.values, current: [[c.i, c.j]], pending: y.pending, group: "output" },
      ],
      equations: [
        rule,
        { label: `Y[${cell}]`, tokens: cellTokens(c.window, run.kernel, 0, 0, c.value) },
      ],
      code: LINES.cell,
      record: { kind: "cell", i: c.i, j: c.j, top: c.top, left: c.left, window: c.window, value: c.value },
    };
  }

  const same = run.whole.every((row, i) => row.every((v, j) => v === run.y[i]![j]));
  const pair = ([a, b]: readonly [number, number]) => (a === b ? String(a) : `(${a}, ${b})`);
  const book = BOOK.map((b) => bookRule(b, t.bookLabel({ n: BOOK_INPUT, k: pair(b.k), p: pair(b.p), s: pair(b.s) })));
  const formula = `⌊(${g.n} − ${g.k} + 2×${g.p} + ${g.s}) / ${g.s}⌋ = ${m}`;
  return {
    heading: t.wholeHeading,
    narrative: t.whole({ same, m }),
    matrices: [params, X, Xp, K, { id: "Y", title: t.outputTitle, values: run.whole, group: "output" }],
    equations: [rule, ...book],
    code: LINES.whole,
    outcome: { kind: "done", message: t.done({ m, formula }) },
    record: { kind: "whole", y: run.whole, shape: [m, m] },
  };
}

export const paddingStride = defineLesson({
  id: "padding-stride",
  number: 5,
  texts: TEXT,
  options: {
    n: geometryOption("n", local(TEXT, (t) => t.optN)),
    k: geometryOption("k", local(TEXT, (t) => t.optK)),
    p: geometryOption("p", local(TEXT, (t) => t.optP)),
    s: geometryOption("s", local(TEXT, (t) => t.optS)),
  },
  config(o, raw) {
    const g: Geometry = { n: o.n ?? DEFAULT.n, k: o.k ?? DEFAULT.k, p: o.p ?? DEFAULT.p, s: o.s ?? DEFAULT.s };
    const error = fitError(g);
    // Name an option the learner gave: k if given, else n, else p.
    if (error) {
      const named = (["k", "n", "p"] as const).find((name) => o[name] !== undefined) ?? "k";
      refuse(named, raw[named] ?? g[named], error);
    }
    return g;
  },
  run: runPadStride,
  steps: (run) => run.cells.length + 2,
  code: { lines: CODE, from: ["05-padding-stride/run.ts"] },
  frame,
  // The learner changes n, k, p, s by editing the one-row matrix [n, k, p, s]; the step stays (clamped).
  edit: { matrices: ["params"], apply: (_config, _matrix, row) => editGeometry(row) },
  summarize: (run, g) => ({ ...g, shape: [run.whole.length, run.whole.length], y: run.whole }),
  exercises,
});
