// Lesson 8: learning-rate stability. Several gradient-descent runs, one per learning rate, from
// one shared start: by default on the notebook's data from the notebook's own start, with rates
// that straddle its limit 0.01515; the book's data is one action away (`otherData`). Steps:
// 0 = the data, the curvature and the thresholds of both data sets side by side; 1..E = one
// iteration of every run, each with its signed W₀ + W₁ error; E+1 = the verdicts.
// Every run is computed by init (deterministic and small); next/back only move through it.
import { local } from "../../src/i18n.ts";
import type { Equation, MatrixView, Scalar, Series } from "../frame.ts";
import { num, sig, tok, withSummary } from "../kit/frame-parts.ts";
import { defineLesson, type At, type FrameBody } from "../kit/define.ts";
import { option, refuse } from "../kit/options.ts";
import { checkVector, type Checked } from "../kit/values.ts";
import { divergence } from "../notebook/divergence.ts";
import { PRESETS, type PresetName } from "../notebook/train.ts";
import { curvature, type Curvature } from "../notebook/curvature.ts";
import { CODE, LINES } from "./code.ts";
import { DEFAULT_SEED, fromPrintout, predict, race, steepError, type Race, type RaceConfig } from "./run.ts";
import { exercises } from "./exercises.ts";
import { en, type Text, type Verdict } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
export const MAX_EPOCHS = 500;
export const MAX_RATES = 6;
export { DEFAULT_SEED, predict, steepError };
/** Per data set: rates around its thresholds (the notebook's straddle 2/132 = 0.01515), and iterations enough to see them part. */
export const DEFAULTS: Record<PresetName, { lrs: number[]; epochs: number }> = {
  seed: { lrs: [0.01, 0.015, 0.016, 0.02], epochs: 40 },
  d2l: { lrs: [0.01, 0.02, 0.03, 0.035], epochs: 40 },
};
/** Preset names as learners type them: "notebook" (its old name "seed" still works) and "d2l". */
const PRESET_NAMES: Record<"notebook" | "seed" | "d2l", PresetName> = { notebook: "seed", seed: "seed", d2l: "d2l" };
const presetName = (p: PresetName): string => (p === "seed" ? "notebook" : p);
const OTHER: Record<PresetName, PresetName> = { seed: "d2l", d2l: "seed" };

/** The race, the curvature of the loss that predicts each run, and the other data set's (for the thresholds side by side). */
type Run = { race: Race; curvature: Curvature; other: Curvature };

/** The curvature of a data set, measured once. */
const curvatures = new Map<PresetName, Curvature>();
function curvatureOf(preset: PresetName): Curvature {
  let c = curvatures.get(preset);
  if (!c) {
    const r = race({ preset, lrs: [PRESETS[preset].lr], epochs: 1, seed: DEFAULT_SEED });
    c = curvature(r.x, r.y);
    curvatures.set(preset, c);
  }
  return c;
}

/** 1..MAX_RATES finite positive rates, by the one value checker. */
const checkRates = (lrs: unknown): Checked<number[]> =>
  checkVector(lrs, { positive: true, minLength: 1, maxLength: MAX_RATES, example: DEFAULTS.seed.lrs.join(",") }, "lrs");

const withRates = (config: RaceConfig, lrs: number[]): Checked<RaceConfig> => {
  const checked = checkRates(lrs);
  return checked.ok ? { ok: true, value: { ...config, lrs: checked.value } } : checked;
};

const options = {
  preset: option.choice(Object.keys(PRESET_NAMES) as (keyof typeof PRESET_NAMES)[], { describe: local(TEXT, (t) => t.optPreset), default: "notebook" }),
  lrs: option.numbers({ describe: local(TEXT, (t) => t.optLrs), default: DEFAULTS.seed.lrs }),
  epochs: option.integer({ describe: local(TEXT, (t) => t.optEpochs), min: 1, max: MAX_EPOCHS, default: DEFAULTS.seed.epochs }),
  seed: option.seed({ describe: local(TEXT, (t) => t.optSeed) }),
};

/** The first iteration at which learn-kernel's divergence rule fires on this run, if any. */
export function observed(losses: readonly number[]) {
  for (let t = 1; t <= losses.length; t++) {
    const d = divergence(losses.slice(0, t));
    if (d) return d;
  }
  return null;
}

function frame({ config, run: { race: r, curvature: c, other }, step, t }: At<RaceConfig, Run, Text>): FrameBody {
  const E = config.epochs;
  // enough digits to tell 0.015, 0.01515 and 0.016 apart
  const rate = (lr: number) => sig(lr, 6);
  const verdictText = (v: Verdict | "edge") => (v === "edge" ? t.edge : t.verdict[v]);
  const lrsView: MatrixView = { id: "lrs", title: t.lrsTitle, values: [config.lrs], editable: true, format: "rate", group: "params" };
  const factorEqs: Equation[] = r.runs.map((run) => {
    const p = predict(run.lr, c);
    return {
      label: `lr ${rate(run.lr)}`,
      tokens: [tok.text("|1 − lr·λ_max| = |1 − "), tok.kernel(rate(run.lr)), tok.op(" × "), tok.input(num(c.large)), tok.op("| = "), tok.result(sig(p.factor, 4)), tok.text(` → ${verdictText(p.verdict)}`)],
    };
  });
  const limitEq: Equation = { label: t.limitLabel, tokens: [tok.text("2 / λ_max = 2 / "), tok.input(num(c.large)), tok.op(" = "), tok.result(sig(c.limit, 4))] };
  const halfEq: Equation = { label: t.smoothLabel, tokens: [tok.text("1 / λ_max = 1 / "), tok.input(num(c.large)), tok.op(" = "), tok.result(sig(c.limit / 2, 4))] };
  // both data sets' thresholds side by side, the one shown first
  const thresholds = ([[config.preset, c], [OTHER[config.preset], other]] as const).map(([preset, k]): Equation => ({
    label: t.dataName[preset],
    tokens: [
      tok.text(`${t.smoothLabel} 1/${num(k.large)} = `), tok.result(sig(k.limit / 2, 4)), tok.op(", "),
      tok.text(`${t.limitLabel} 2/${num(k.large)} = `), tok.result(sig(k.limit, 4)),
    ],
  }));

  if (step === 0) {
    return {
      heading: t.setupHeading,
      narrative: t.setup({
        data: t.dataName[config.preset],
        other: t.dataName[OTHER[config.preset]],
        dark: t.dark[config.preset],
        start: fromPrintout(config) ? "printout" : "seed",
        seed: config.seed ?? DEFAULT_SEED,
        lrs: config.lrs.map(rate).join(", "),
        epochs: E,
        small: num(c.small),
        large: num(c.large),
        limit: sig(c.limit, 4),
        half: sig(c.limit / 2, 4),
        otherLimit: sig(other.limit, 4),
        otherHalf: sig(other.limit / 2, 4),
      }),
      matrices: [
        { id: "X", title: t.imageTitle, values: r.x, heat: true, group: "data" },
        { id: "Y", title: t.targetTitle, values: r.y, heat: true, group: "data" },
        { id: "H", title: t.hessianTitle, values: c.hessian, group: "curvature" },
        lrsView,
        { id: "W0", title: t.startTitle, values: [r.initial], group: "params" },
      ],
      equations: [...thresholds, ...factorEqs],
      scalars: [
        { id: "lambdaMin", label: t.smallLabel, value: c.small },
        { id: "lambdaMax", label: t.largeLabel, value: c.large },
      ],
      series: [],
      code: LINES.setup,
      record: {
        kind: "setup", preset: presetName(config.preset), lrs: config.lrs, epochs: E, seed: config.seed ?? null, start: fromPrintout(config) ? "printout" : "seed",
        initialWeight: r.initial, eigenvalues: [c.small, c.large], lrLimit: c.limit,
      },
    };
  }

  const upTo = Math.min(step, E);
  const steepName = c.direction[0] === 1 && c.direction[1] === 1 ? "W₀ + W₁" : `(${c.direction.map((v) => num(v)).join(", ")})·(W − K)`;
  const series: Series[] = r.runs.flatMap((run) => {
    const losses = run.losses.slice(0, upTo);
    const positive = losses.every((v) => Number.isFinite(v) && v > 0);
    return [
      { id: `loss@${run.lr}`, label: t.lossSeries({ lr: rate(run.lr) }), values: losses, ...(positive ? { log: true } : {}) },
      { id: `steep@${run.lr}`, label: t.steepSeries({ lr: rate(run.lr), sum: steepName }), values: run.weights.slice(0, upTo).map((w) => steepError(w, c)), signed: true },
    ].map(withSummary);
  });
  const weights: MatrixView = { id: "W", title: t.weightsTitle, values: r.runs.map((run) => run.weights[upTo - 1]!), group: "weights" };

  if (step <= E) {
    const e = step;
    const moved = r.runs.map((run) => (e > 1 ? run.losses[e - 1]! - run.losses[e - 2]! : -1));
    const pick = (keep: (d: number) => boolean) => r.runs.filter((_, k) => keep(moved[k]!)).map((run) => rate(run.lr)).join(", ");
    return {
      heading: t.iterationHeading({ epoch: e, epochs: E }),
      // the first step has no loss before it to have fallen from: the runs share their first loss
      narrative: t.iteration({ first: e === 1 ? num(r.runs[0]!.losses[0]!) : undefined, falling: pick((d) => d < 0), rising: pick((d) => !(d < 0)) }),
      matrices: [lrsView, weights],
      equations: factorEqs,
      // each run's loss is its loss sparkline's "last": no line of its own (80×24 has none to spare)
      scalars: [],
      series,
      code: LINES.iteration,
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
    heading: t.verdictHeading,
    narrative: t.verdictText({ limit: sig(c.limit, 4), large: num(c.large), lines: verdicts.map((v) => v.line) }),
    matrices: [lrsView, weights],
    equations: [halfEq, limitEq, ...factorEqs],
    scalars: [],
    series,
    code: LINES.verdict,
    outcome: { kind: "done", message: t.done({ limit: sig(c.limit, 4) }) },
    record: {
      kind: "verdict",
      lrLimit: c.limit,
      runs: verdicts.map((v) => ({ lr: v.run.lr, factor: v.p.factor, predicted: v.p.verdict, diverged: v.d !== null, at: v.d?.at ?? null, lastLoss: v.run.losses.at(-1)! })),
    },
  };
}

export const lrStability = defineLesson({
  id: "lr-stability",
  number: 8,
  texts: TEXT,
  options,
  config(o, raw) {
    const preset = PRESET_NAMES[o.preset ?? "notebook"];
    const lrs = checkRates(o.lrs ?? DEFAULTS[preset].lrs);
    if (!lrs.ok) return refuse("lrs", raw.lrs, lrs.reason);
    return { preset, lrs: lrs.value, epochs: o.epochs ?? DEFAULTS[preset].epochs, ...(o.seed !== undefined ? { seed: o.seed } : {}) };
  },
  run(config) {
    const r = race(config);
    return { race: r, curvature: curvature(r.x, r.y), other: curvatureOf(OTHER[config.preset]) };
  },
  steps: (_run, config) => config.epochs + 2,
  code: { lines: CODE, from: ["notebook/train.ts", "08-lr-stability/run.ts"] },
  frame,
  exercises,
  scaleLr: (config, factor) => withRates(config, config.lrs.map((lr) => lr * factor)),
  reseed: (config, seed) => ({ ...config, seed }),
  // the other data set with its own default rates and iterations (the seed, if any, kept)
  otherData: (config) => {
    const preset = OTHER[config.preset];
    return { ...config, preset, lrs: DEFAULTS[preset].lrs, epochs: DEFAULTS[preset].epochs };
  },
  edit: {
    matrices: ["lrs"],
    apply(config, _matrix, rows) {
      if (rows.length !== 1) return { ok: false, reason: local(TEXT, (t) => t.lrsShape({ shape: `${rows.length}×${rows[0]!.length}` })) };
      return withRates(config, rows[0]!);
    },
  },
  summarize: ({ race: r, curvature: c }, config) => ({
    preset: presetName(config.preset),
    lrLimit: c.limit,
    runs: r.runs.map((run) => {
      const d = observed(run.losses);
      return { lr: run.lr, predicted: predict(run.lr, c).verdict, diverged: d !== null, at: d?.at ?? null, lastLoss: run.losses.at(-1)!, weight: run.weights.at(-1)! };
    }),
  }),
});
