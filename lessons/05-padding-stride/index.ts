// Lesson 5: padding and stride. The window walks over a zero-padded input, `s` cells at a time.
// Steps: 0 = the geometry and the output-shape rule; 1..m² = one output cell each;
// m²+1 = nd.conv2d with pad and stride in one call, and the book's 8×8 examples.
// The learner changes n, k, p, s by editing the one-row matrix [n, k, p, s].
import type { Equation, Frame, Lang, MatrixView, Token } from "../frame.ts";
import type { Lesson, LessonOptions, LocalText, OptionSpec } from "../lesson.ts";
import { readOptions, refuse } from "../options.ts";
import { cells, cellTokens, clampStep, fillingIn, num, refusal, stepper, tok } from "../shared.ts";
import { CODE, LINES } from "./code.ts";
import { BOOK, BOOK_INPUT, bookShape, outSize, runPadStride, type BookExample, type Geometry, type PadStrideRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
export const DEFAULT: Geometry = { n: 5, k: 3, p: 1, s: 2 };
/** Bounds of n, k, p, s (small enough that every output cell can be a step). */
export const LIMITS = { n: [1, 10], k: [1, 7], p: [0, 3], s: [1, 4] } as const satisfies Record<keyof Geometry, readonly [number, number]>;
const NAMES = ["n", "k", "p", "s"] as const;
const DESCRIBE = { n: "optN", k: "optK", p: "optP", s: "optS" } as const;

export interface State {
  initial: Geometry;
  geometry: Geometry;
  run: PadStrideRun;
  step: number;
}

const options: OptionSpec[] = NAMES.map((name) => ({
  name,
  type: "integer" as const,
  min: LIMITS[name][0],
  max: LIMITS[name][1],
  describe: { en: en[DESCRIBE[name]], zh: zh[DESCRIBE[name]] },
  default: String(DEFAULT[name]),
}));

/** The kernel must fit in the padded input; the refusal names both shapes. */
function fitError(g: Geometry): LocalText | null {
  if (g.k <= g.n + 2 * g.p) return null;
  const p = { ...g, padded: g.n + 2 * g.p };
  return { en: en.tooLarge(p), zh: zh.tooLarge(p) };
}

const stepsOf = (s: State) => s.run.cells.length + 2;

function start(geometry: Geometry, initial: Geometry, step = 0): State {
  const run = runPadStride(geometry);
  const state = { initial, geometry, run, step: 0 };
  return { ...state, step: clampStep(step, stepsOf(state)) };
}

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const g: Geometry = { n: o.number("n") ?? DEFAULT.n, k: o.number("k") ?? DEFAULT.k, p: o.number("p") ?? DEFAULT.p, s: o.number("s") ?? DEFAULT.s };
  const error = fitError(g);
  // Name an option the learner gave: k if given, else n, else p.
  if (error) {
    const named = (["k", "n", "p"] as const).find((name) => o.number(name) !== undefined) ?? "k";
    refuse(named, raw[named] ?? g[named], error);
  }
  return start(g, g);
}

const stepping = stepper<State>({
  steps: stepsOf,
  reset: (state) => start(state.initial, state.initial),
  texts: TEXT,
  edit: {
    matrices: ["params"],
    apply(state, _matrix, row) {
      if (row.length !== 1 || row[0]!.length !== 4) return refusal(TEXT, (t) => t.paramsShape({ shape: `${row.length}×${row[0]!.length}` }));
      for (const [idx, name] of NAMES.entries()) {
        const v = row[0]![idx]!;
        const [min, max] = LIMITS[name];
        if (!Number.isInteger(v) || v < min || v > max) return refusal(TEXT, (t) => t.paramRange({ name, value: num(v), min, max }));
      }
      const [n, k, p, s] = row[0]! as [number, number, number, number];
      const g = { n, k, p, s };
      const error = fitError(g);
      if (error) return { ok: false, error };
      // Stay on the same step (clamped), so the learner sees the change at once.
      return { ok: true, state: start(g, state.initial, state.step) };
    },
  },
});

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

function frame(st: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const g = st.geometry;
  const { run } = st;
  const m = run.y.length;
  const side = g.n + 2 * g.p;
  const isPad = (i: number, j: number) => i < g.p || j < g.p || i >= g.p + g.n || j >= g.p + g.n;
  const params: MatrixView = { id: "params", title: t.paramsTitle, values: [[g.n, g.k, g.p, g.s]], editable: true, group: "params" };
  const X: MatrixView = { id: "X", title: t.inputTitle, values: run.x, group: "input" };
  const Xp: MatrixView = { id: "Xp", title: t.paddedTitle, values: run.padded, group: "input" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: run.kernel, group: "input" };
  const rule = shapeRule(g, t.shapeLabel);
  const base = { lesson: ID, step: st.step, steps: stepsOf(st), scalars: [], series: [] };

  if (st.step === 0) {
    return {
      ...base,
      heading: t.setupHeading,
      narrative: t.setup({ ...g, padded: side, m, cells: m * m }),
      matrices: [params, X, Xp, K, { id: "Y", title: t.outputTitle, values: run.y.map((r) => r.map(() => 0)), pending: cells(m, m), group: "output" }],
      equations: [rule],
      code: { lines: CODE, current: LINES.setup },
      done: false,
      record: { kind: "setup", ...g, padded: [side, side], shape: [m, m] },
    };
  }

  const n = run.cells.length;
  if (st.step <= n) {
    const c = run.cells[st.step - 1]!;
    const inWindow = (i: number, j: number) => i >= c.top && i < c.top + g.k && j >= c.left && j < c.left + g.k;
    const y = fillingIn(run.y, st.step);
    const cell = `${c.i}, ${c.j}`;
    return {
      ...base,
      heading: t.cellHeading({ cell }),
      narrative: t.cell({
        cell,
        rows: `${c.top}:${c.top + g.k}`,
        cols: `${c.left}:${c.left + g.k}`,
        value: num(c.value),
        zeros: cells(side, side, (i, j) => inWindow(i, j) && isPad(i, j)).length,
        last: st.step === n,
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
      code: { lines: CODE, current: LINES.cell },
      done: false,
      record: { kind: "cell", i: c.i, j: c.j, top: c.top, left: c.left, window: c.window, value: c.value },
    };
  }

  const same = run.whole.every((row, i) => row.every((v, j) => v === run.y[i]![j]));
  const pair = ([a, b]: readonly [number, number]) => (a === b ? String(a) : `(${a}, ${b})`);
  const book = BOOK.map((b) => bookRule(b, t.bookLabel({ n: BOOK_INPUT, k: pair(b.k), p: pair(b.p), s: pair(b.s) })));
  const formula = `⌊(${g.n} − ${g.k} + 2×${g.p} + ${g.s}) / ${g.s}⌋ = ${m}`;
  return {
    ...base,
    heading: t.wholeHeading,
    narrative: t.whole({ same, m }),
    matrices: [params, X, Xp, K, { id: "Y", title: t.outputTitle, values: run.whole, group: "output" }],
    equations: [rule, ...book],
    code: { lines: CODE, current: LINES.whole },
    done: true,
    outcome: { kind: "done", message: t.done({ m, formula }) },
    record: { kind: "whole", y: run.whole, shape: [m, m] },
  };
}

export const paddingStride: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({ ...s.geometry, shape: [s.run.whole.length, s.run.whole.length], y: s.run.whole }),
};
