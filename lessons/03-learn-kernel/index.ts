// Lesson 3: nn.Conv2D learns the kernel [1, −1] from an image X and its edges Y.
// Steps: 0 = data, layer and the stability limit; 1..n = one training iteration each;
// n+1 = what was learned (or that the run diverged, and where). The whole run is computed
// by init (it is deterministic and small), so next/back only move through it.
import type { Equation, Frame, Lang, MatrixView, Scalar, Series } from "../frame.ts";
import type { Lesson, LessonOptions, OptionSpec } from "../lesson.ts";
import { LIMIT, checkNumbers, readOptions, SEED_RANGE } from "../options.ts";
import { cells, factor, num, refusal, rowText, scaleRate, sig, stepper, tok, withSummary } from "../shared.ts";
import { CODE, LINES } from "./code.ts";
import { GROWTH, RISES } from "./divergence.ts";
import { PRESETS, train, type PresetName, type Training } from "./run.ts";
import { curvature, type Curvature } from "./stability.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
export const MAX_EPOCHS = 1000;
export const DEFAULT_EPOCHS = 10;
/** A start whose unstable direction is small: ten steps look convergent, as in the notebook. */
export const DEFAULT_SEED = 2;

export interface Config {
  preset: PresetName;
  lr: number;
  epochs: number;
  seed: number;
  initWeight?: number[][];
}

export interface State {
  /** What init was given, for reset. */
  initial: Config;
  config: Config;
  run: Training;
  curvature: Curvature;
  step: number;
}

const options: OptionSpec[] = [
  { name: "preset", type: "choice", choices: Object.keys(PRESETS), describe: { en: en.optPreset, zh: zh.optPreset }, default: "seed" },
  { name: "lr", type: "number", positive: true, describe: { en: en.optLr, zh: zh.optLr } },
  { name: "epochs", type: "integer", min: 1, max: MAX_EPOCHS, describe: { en: en.optEpochs, zh: zh.optEpochs }, default: String(DEFAULT_EPOCHS) },
  { name: "seed", type: "integer", ...SEED_RANGE, describe: { en: en.optSeed, zh: zh.optSeed }, default: String(DEFAULT_SEED) },
  { name: "init-weight", type: "numbers", count: 2, min: -LIMIT, max: LIMIT, describe: { en: en.optInitWeight, zh: zh.optInitWeight } },
];

function start(config: Config, initial: Config): State {
  const run = train(config);
  return { initial, config, run, curvature: curvature(run.x, run.y), step: 0 };
}

const stepsOf = (s: State) => s.run.iterations.length + 2;

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const preset = (o.string("preset") ?? "seed") as PresetName;
  const weight = o.numbers("init-weight");
  const config: Config = {
    preset,
    lr: o.number("lr") ?? PRESETS[preset].lr,
    epochs: o.number("epochs") ?? DEFAULT_EPOCHS,
    seed: o.number("seed") ?? DEFAULT_SEED,
    ...(weight ? { initWeight: [weight] } : {}),
  };
  return start(config, config);
}

const stepping = stepper<State>({
  steps: stepsOf,
  reset: (s) => start(s.initial, s.initial),
  texts: TEXT,
  scaleLr: (s, factor) => scaleRate(TEXT, s.config.lr, factor, (lr) => start({ ...s.config, lr }, s.initial)),
  reseed(s, seed) {
    const { initWeight: _, ...rest } = s.config; // a new seed means a new initial weight
    return start({ ...rest, seed }, s.initial);
  },
  edit: {
    matrices: ["W"],
    apply(s, _matrix, w) {
      if (w.length !== 1 || w[0]!.length !== 2) return refusal(TEXT, (t) => t.weightShape({ shape: `${w.length}×${w[0]!.length}` }));
      const bounded = checkNumbers(w[0], { count: 2, min: -LIMIT, max: LIMIT });
      if (!bounded.ok) return { ok: false, error: bounded.reason };
      return { ok: true, state: start({ ...s.config, initWeight: w }, s.initial) };
    },
  },
});

/** What the frames say about stability, all from the curvature the engine measured. */
function stability(s: State) {
  const c = s.curvature;
  const growth = Math.abs(1 - s.config.lr * c.large);
  return {
    lr: sig(s.config.lr, 6),
    small: num(c.small),
    large: num(c.large),
    limit: sig(c.limit, 4),
    factor: sig(growth, 4),
    growth,
    direction: `(${c.direction.map((v) => num(v)).join(", ")})`,
    stable: s.config.lr < c.limit,
    /** A rate to suggest after divergence: half the limit, rounded down (the fastest along the steep direction). */
    suggest: sig(floorSig(c.limit / 2, 2)),
  };
}

/** `value` rounded down to `digits` significant digits (a suggestion must stay below its limit). */
function floorSig(value: number, digits: number): number {
  const unit = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Math.floor(value / unit) * unit;
}

function lossSeries(t: Text, losses: number[]): Series {
  const finite = losses.filter(Number.isFinite);
  return withSummary({ id: "loss", label: t.lossSeries, values: losses, log: finite.length > 0 && finite.every((v) => v > 0) });
}

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const { run, config } = s;
  const st = stability(s);
  const n = run.iterations.length;
  const base = { lesson: ID, step: s.step, steps: stepsOf(s) };
  const X: MatrixView = { id: "X", title: t.imageTitle, values: run.x, heat: true, group: "data" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: run.k, group: "data" };
  const Y: MatrixView = { id: "Y", title: t.targetTitle, values: run.y, heat: true, group: "data" };
  const lr: Scalar = { id: "lr", label: t.lrLabel, value: config.lr };
  const bias: Scalar[] = run.bias === null ? [] : [{ id: "bias", label: t.biasLabel, value: run.bias }];
  const limitEq: Equation = {
    label: t.limitEquation,
    tokens: [tok.text("2 / λ_max = 2 / "), tok.input(st.large), tok.op(" = "), tok.result(st.limit)],
  };
  const factorEq: Equation = {
    label: t.factorEquation,
    tokens: [tok.text("|1 − lr·λ_max| = |1 − "), tok.kernel(st.lr), tok.op(" × "), tok.input(st.large), tok.op("| = "), tok.result(st.factor)],
  };

  if (s.step === 0) {
    return {
      ...base,
      heading: t.setupHeading,
      narrative: t.setup({
        dark: t.dark[config.preset],
        initial: rowText(run.initial[0]!),
        custom: config.initWeight !== undefined,
        seed: config.seed,
        bias: run.bias !== null,
        ...st,
      }),
      matrices: [
        X, K, Y,
        { id: "W", title: t.initialTitle, values: run.initial, editable: true, group: "weight" },
        { id: "H", title: t.hessianTitle, values: s.curvature.hessian, group: "curvature" },
      ],
      equations: [limitEq, factorEq],
      scalars: [
        lr,
        ...bias,
        { id: "lambdaMin", label: t.smallLabel, value: s.curvature.small },
        { id: "lambdaMax", label: t.largeLabel, value: s.curvature.large },
        // the limit (0.01515) and the growth factor need more digits than a scalar prints:
        // they are written out in the equations above
      ],
      series: [],
      code: { lines: CODE, current: LINES.setup },
      done: false,
      record: {
        kind: "setup",
        preset: config.preset,
        lr: config.lr,
        epochs: config.epochs,
        seed: config.seed,
        initialWeight: run.initial,
        bias: run.bias,
        eigenvalues: [s.curvature.small, s.curvature.large],
        lrLimit: s.curvature.limit,
      },
    };
  }

  const losses = run.iterations.map((it) => it.loss);
  if (s.step <= n) {
    const it = run.iterations[s.step - 1]!;
    const prev = s.step > 1 ? run.iterations[s.step - 2]!.loss : undefined;
    const trend = prev === undefined ? "first" : it.loss < prev ? "down" : it.loss > prev ? "up" : "first";
    const narrative = t.iteration({ loss: num(it.loss), trend, grad: rowText(it.grad[0]!), lr: st.lr, weight: rowText(it.weight[0]!) });
    if (run.diverged && s.step === n) {
      narrative.push(t.divergedNow({ rises: RISES, growth: GROWTH, lowestAt: run.diverged.lowestAt, nonfinite: run.diverged.kind === "nonfinite" }));
    }
    const updates: Equation[] = it.before[0]!.map((w, j) => ({
      label: `W[0, ${j}]`,
      updates: "W",
      tokens: [
        tok.input(num(w)), tok.op(" − "), tok.kernel(st.lr), tok.op(" × "), tok.input(factor(it.grad[0]![j]!)),
        tok.op(" = "), tok.result(num(it.weight[0]![j]!)),
      ],
    }));
    return {
      ...base,
      heading: t.iterationHeading({ epoch: it.epoch, epochs: config.epochs }),
      narrative,
      matrices: [
        Y,
        { id: "Yhat", title: t.yhatTitle, values: it.yhat, heat: true, group: "data" },
        { id: "W", title: t.weightTitle, values: it.before, editable: true, group: "weight" },
        { id: "dW", title: t.gradTitle, values: it.grad, group: "weight", gradientOf: "W" },
        { id: "Wnext", title: t.updatedTitle, values: it.weight, current: cells(1, 2), group: "weight" },
      ],
      equations: [{ label: t.lossEquation, tokens: [tok.text("Σ(Ŷ − Y)²"), tok.op(" = "), tok.result(num(it.loss))] }, ...updates],
      scalars: [{ id: "iteration", label: t.iterationLabel, value: it.epoch, format: "int" }, { id: "loss", label: t.lossLabel, value: it.loss }, lr, ...bias],
      series: [lossSeries(t, losses.slice(0, s.step))],
      code: { lines: CODE, current: LINES.iteration },
      done: false,
      record: { kind: "iteration", epoch: it.epoch, loss: it.loss, grad: it.grad, weight: it.weight },
    };
  }

  const last = run.iterations[n - 1]!;
  const d = run.diverged;
  const nonfinite = d?.kind === "nonfinite";
  const outcome = d
    ? { kind: "diverged" as const, message: t.divergedMessage({ at: d.at, loss: num(last.loss), lr: st.lr, limit: st.limit, nonfinite, stable: st.stable }) }
    : { kind: "done" as const, message: t.doneMessage({ weight: rowText(last.weight[0]!), loss: num(last.loss) }) };
  const narrative = d
    ? t.diverged({
        at: d.at,
        lowest: num(losses[d.lowestAt - 1]!),
        lowestAt: d.lowestAt,
        last: num(last.loss),
        nonfinite,
        lr: st.lr,
        limit: st.limit,
        factor: st.factor,
        stable: st.stable,
        suggest: st.suggest,
      })
    : t.result({ n, weight: rowText(last.weight[0]!), loss: num(last.loss), lr: st.lr, limit: st.limit, factor: st.factor, stable: st.stable });
  return {
    ...base,
    heading: d ? t.divergedHeading : t.resultHeading,
    narrative,
    matrices: [
      { id: "learned", title: t.learnedTitle, values: last.weight, current: cells(1, 2), group: "weight" },
      { ...K, group: "weight" },
    ],
    equations: [limitEq, factorEq],
    scalars: [{ id: "iteration", label: t.iterationLabel, value: n, format: "int" }, { id: "loss", label: t.lossLabel, value: last.loss }, lr, ...bias],
    series: [lossSeries(t, losses)],
    code: { lines: CODE, current: LINES.result },
    done: true,
    outcome,
    record: { kind: "result", diverged: d !== null, divergedAt: d ? d.at : null, weight: last.weight, loss: last.loss },
  };
}

function summarize(s: State) {
  const { run, config } = s;
  const last = run.iterations[run.iterations.length - 1]!;
  return {
    preset: config.preset,
    lr: config.lr,
    epochs: config.epochs,
    epochsRun: run.iterations.length,
    seed: config.seed,
    initialWeight: run.initial,
    diverged: run.diverged !== null,
    divergedAt: run.diverged ? run.diverged.at : null,
    divergence: run.diverged ? run.diverged.kind : null,
    finalWeight: last.weight,
    finalLoss: last.loss,
    eigenvalues: [s.curvature.small, s.curvature.large],
    lrLimit: s.curvature.limit,
  };
}

export const learnKernel: Lesson<State> = {
  ...identity(meta),
  options,
  init,
  ...stepping,
  frame,
  summarize,
};

