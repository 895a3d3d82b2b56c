// Lesson 8: learning-rate stability. Several gradient-descent runs on learn-kernel's data, one
// per learning rate, from one shared start. Steps: 0 = the data, the curvature and the two
// thresholds 1/λ_max and 2/λ_max; 1..E = one iteration of every run; E+1 = the verdicts.
// Every run is computed by init (deterministic and small); next/back only move through it.
import type { Equation, Frame, Lang, MatrixView, Scalar, Series } from "../frame.ts";
import type { Lesson, LessonOptions, OptionSpec, Update } from "../lesson.ts";
import { readOptions, refuse, SEED_RANGE } from "../options.ts";
import { clampStep, num, refusal, sig, stepper, tok, withSummary } from "../shared.ts";
import { divergence } from "../03-learn-kernel/divergence.ts";
import { PRESETS, type PresetName } from "../03-learn-kernel/run.ts";
import { curvature, type Curvature } from "../03-learn-kernel/stability.ts";
import { CODE, LINES } from "./code.ts";
import { race, type Race, type RaceConfig } from "./run.ts";
import { en, type Text, type Verdict } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
export const MAX_EPOCHS = 500;
export const MAX_RATES = 6;
/** learn-kernel's default seed: a start whose unstable direction is small. */
export const DEFAULT_SEED = 2;
export const DEFAULTS: Record<PresetName, { lrs: number[]; epochs: number }> = {
  d2l: { lrs: [0.01, 0.02, 0.03, 0.035], epochs: 40 },
  seed: { lrs: [0.005, 0.01, 0.015, 0.016], epochs: 60 },
};

export interface State {
  initial: RaceConfig;
  config: RaceConfig;
  race: Race;
  curvature: Curvature;
  step: number;
}

const options: OptionSpec[] = [
  { name: "preset", type: "choice", choices: Object.keys(PRESETS), describe: { en: en.optPreset, zh: zh.optPreset }, default: "d2l" },
  { name: "lrs", type: "numbers", describe: { en: en.optLrs, zh: zh.optLrs }, default: "0.01,0.02,0.03,0.035" },
  { name: "epochs", type: "integer", min: 1, max: MAX_EPOCHS, describe: { en: en.optEpochs, zh: zh.optEpochs }, default: "40" },
  { name: "seed", type: "integer", ...SEED_RANGE, describe: { en: en.optSeed, zh: zh.optSeed }, default: String(DEFAULT_SEED) },
];

/** A reason if the rates are not 1..MAX_RATES finite positive numbers. */
function badRates(lrs: readonly number[]) {
  if (lrs.length < 1 || lrs.length > MAX_RATES) {
    const p = { shape: `1×${lrs.length}` };
    return { en: en.lrsShape(p), zh: zh.lrsShape(p) };
  }
  const bad = lrs.find((lr) => !(Number.isFinite(lr) && lr > 0));
  if (bad === undefined) return null;
  const p = { lr: String(bad) };
  return { en: en.badLr(p), zh: zh.badLr(p) };
}

const stepsOf = (s: { config: RaceConfig }) => s.config.epochs + 2;

function start(config: RaceConfig, initial: RaceConfig, step = 0): State {
  const r = race(config);
  return { initial, config, race: r, curvature: curvature(r.x, r.y), step: clampStep(step, stepsOf({ config })) };
}

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const preset = (o.string("preset") ?? "d2l") as PresetName;
  const lrs = o.numbers("lrs") ?? DEFAULTS[preset].lrs;
  const reason = badRates(lrs);
  if (reason) refuse("lrs", raw.lrs, reason);
  const config: RaceConfig = { preset, lrs, epochs: o.number("epochs") ?? DEFAULTS[preset].epochs, seed: o.number("seed") ?? DEFAULT_SEED };
  return start(config, config);
}

const stepping = stepper<State>({
  steps: stepsOf,
  reset: (s) => start(s.initial, s.initial),
  texts: TEXT,
  scaleLr: (s, factor) => withRates(s, s.config.lrs.map((lr) => lr * factor)),
  reseed: (s, seed) => start({ ...s.config, seed }, s.initial, s.step),
  edit: {
    matrices: ["lrs"],
    apply(s, _matrix, rows) {
      if (rows.length !== 1) return refusal(TEXT, (t) => t.lrsShape({ shape: `${rows.length}×${rows[0]!.length}` }));
      return withRates(s, rows[0]!);
    },
  },
});

/** The same race with other learning rates, if they are allowed. */
function withRates(s: State, lrs: number[]): Update<State> {
  const reason = badRates(lrs);
  if (reason) return { ok: false, error: reason };
  return { ok: true, state: start({ ...s.config, lrs }, s.initial, s.step) };
}

/** What the curvature predicts for a rate: the steep direction's factor 1 − lr·λ_max decides. */
export function predict(lr: number, c: Curvature): { factor: number; verdict: Verdict | "edge" } {
  const r = 1 - lr * c.large;
  const factor = Math.abs(r);
  const verdict = factor > 1 ? "diverges" : factor === 1 ? "edge" : r < 0 ? "oscillates" : "smooth";
  return { factor, verdict };
}

/**
 * How far W is from the answer [1, −1] along the steep eigenvector d of the Hessian: d·(W − [1, −1]).
 * Gradient descent multiplies exactly this by 1 − lr·λ_max each step, so its sparkline shows a
 * smooth decay, a zigzag that dies out, or a zigzag that grows.
 */
export function steepError(w: readonly number[], c: Curvature): number {
  return c.direction[0]! * (w[0]! - 1) + c.direction[1]! * (w[1]! + 1);
}

/** The first iteration at which learn-kernel's divergence rule fires on this run, if any. */
export function observed(losses: readonly number[]) {
  for (let t = 1; t <= losses.length; t++) {
    const d = divergence(losses.slice(0, t));
    if (d) return d;
  }
  return null;
}

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const { race: r, curvature: c, config } = s;
  const E = config.epochs;
  const rate = (lr: number) => sig(lr, 4);
  const verdictText = (v: Verdict | "edge") => (v === "edge" ? t.edge : t.verdict[v]);
  const lrsView: MatrixView = { id: "lrs", title: t.lrsTitle, values: [config.lrs], editable: true, group: "params" };
  const factorEqs: Equation[] = r.runs.map((run) => {
    const p = predict(run.lr, c);
    return {
      label: `lr ${rate(run.lr)}`,
      tokens: [tok.text("|1 − lr·λ_max| = |1 − "), tok.kernel(rate(run.lr)), tok.op(" × "), tok.input(num(c.large)), tok.op("| = "), tok.result(sig(p.factor, 4)), tok.text(` → ${verdictText(p.verdict)}`)],
    };
  });
  const limitEq: Equation = { label: t.limitLabel, tokens: [tok.text("2 / λ_max = 2 / "), tok.input(num(c.large)), tok.op(" = "), tok.result(sig(c.limit, 4))] };
  const halfEq: Equation = { label: t.smoothLabel, tokens: [tok.text("1 / λ_max = 1 / "), tok.input(num(c.large)), tok.op(" = "), tok.result(sig(c.limit / 2, 4))] };
  const base = { lesson: ID, step: s.step, steps: stepsOf(s), done: false };

  if (s.step === 0) {
    return {
      ...base,
      heading: t.setupHeading,
      narrative: t.setup({
        dark: t.dark[config.preset],
        lrs: config.lrs.map(rate).join(", "),
        epochs: E,
        small: num(c.small),
        large: num(c.large),
        limit: sig(c.limit, 4),
        half: sig(c.limit / 2, 4),
      }),
      matrices: [
        { id: "X", title: t.imageTitle, values: r.x, heat: true, group: "data" },
        { id: "Y", title: t.targetTitle, values: r.y, heat: true, group: "data" },
        { id: "H", title: t.hessianTitle, values: c.hessian, group: "curvature" },
        lrsView,
        { id: "W0", title: t.startTitle, values: [r.initial], group: "params" },
      ],
      equations: [halfEq, limitEq, ...factorEqs],
      scalars: [
        { id: "lambdaMin", label: t.smallLabel, value: c.small },
        { id: "lambdaMax", label: t.largeLabel, value: c.large },
      ],
      series: [],
      code: { lines: CODE, current: LINES.setup },
      record: { kind: "setup", preset: config.preset, lrs: config.lrs, epochs: E, seed: config.seed, eigenvalues: [c.small, c.large], lrLimit: c.limit },
    };
  }

  const upTo = Math.min(s.step, E);
  const steepDirection = `(${c.direction.map((v) => num(v)).join(", ")})`;
  const series: Series[] = r.runs.flatMap((run) => {
    const losses = run.losses.slice(0, upTo);
    const positive = losses.every((v) => Number.isFinite(v) && v > 0);
    return [
      { id: `loss@${run.lr}`, label: t.lossSeries({ lr: rate(run.lr) }), values: losses, ...(positive ? { log: true } : {}) },
      { id: `steep@${run.lr}`, label: t.steepSeries({ lr: rate(run.lr), direction: steepDirection }), values: run.weights.slice(0, upTo).map((w) => steepError(w, c)) },
    ].map(withSummary);
  });
  const weights: MatrixView = { id: "W", title: t.weightsTitle, values: r.runs.map((run) => run.weights[upTo - 1]!), group: "weights" };
  const losses: Scalar[] = r.runs.map((run) => ({ id: `loss@${run.lr}`, label: t.lossScalar({ lr: rate(run.lr) }), value: run.losses[upTo - 1]! }));

  if (s.step <= E) {
    const e = s.step;
    const moved = r.runs.map((run) => (e > 1 ? run.losses[e - 1]! - run.losses[e - 2]! : -1));
    const pick = (keep: (d: number) => boolean) => r.runs.filter((_, k) => keep(moved[k]!)).map((run) => rate(run.lr)).join(", ");
    return {
      ...base,
      heading: t.iterationHeading({ epoch: e, epochs: E }),
      narrative: t.iteration({ falling: pick((d) => d < 0), rising: pick((d) => !(d < 0)) }),
      matrices: [lrsView, weights],
      equations: factorEqs,
      scalars: losses,
      series,
      code: { lines: CODE, current: LINES.iteration },
      record: { kind: "iteration", epoch: e, lrs: config.lrs, losses: r.runs.map((run) => run.losses[e - 1]!), weights: r.runs.map((run) => run.weights[e - 1]!) },
    };
  }

  const verdicts = r.runs.map((run) => {
    const p = predict(run.lr, c);
    const d = observed(run.losses);
    const obs = d ? (d.kind === "nonfinite" ? t.observedNonfinite({ at: d.at }) : t.observedDiverged({ at: d.at })) : t.observedLast({ loss: num(run.losses.at(-1)!) });
    return { run, p, d, line: t.runLine({ lr: rate(run.lr), factor: sig(p.factor, 4), verdict: verdictText(p.verdict), observed: obs }) };
  });
  return {
    ...base,
    heading: t.verdictHeading,
    narrative: t.verdictText({ limit: sig(c.limit, 4), large: num(c.large), lines: verdicts.map((v) => v.line) }),
    matrices: [lrsView, weights],
    equations: [halfEq, limitEq, ...factorEqs],
    scalars: losses,
    series,
    code: { lines: CODE, current: LINES.verdict },
    done: true,
    outcome: { kind: "done", message: t.done({ limit: sig(c.limit, 4) }) },
    record: {
      kind: "verdict",
      lrLimit: c.limit,
      runs: verdicts.map((v) => ({ lr: v.run.lr, factor: v.p.factor, predicted: v.p.verdict, diverged: v.d !== null, at: v.d?.at ?? null, lastLoss: v.run.losses.at(-1)! })),
    },
  };
}

export const lrStability: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize: (s) => ({
    preset: s.config.preset,
    lrLimit: s.curvature.limit,
    runs: s.race.runs.map((run) => {
      const d = observed(run.losses);
      return { lr: run.lr, predicted: predict(run.lr, s.curvature).verdict, diverged: d !== null, at: d?.at ?? null, lastLoss: run.losses.at(-1)!, weight: run.weights.at(-1)! };
    }),
  }),
};
