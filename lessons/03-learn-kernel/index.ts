// Lesson 3: nn.Conv2D learns the kernel [1, −1] from an image X and its edges Y.
// Steps: 0 = data, layer and the stability limit; 1..n = one training iteration each;
// n+1 = what was learned (or that the run diverged, and where). The whole run is computed
// by init (it is deterministic and small), so next/back only move through it.
import { local } from "../../src/i18n.ts";
import type { Equation, MatrixView, Scalar, Series } from "../frame.ts";
import { cells, factor, num, rowText, sig, tok, withSummary } from "../kit/frame-parts.ts";
import { defineLesson, scaleRate, type At, type FrameBody } from "../kit/define.ts";
import { option } from "../kit/options.ts";
import { LIMIT } from "../kit/values.ts";
import { GROWTH, RISES } from "../notebook/divergence.ts";
import { PRESETS, train, type PresetName, type Training } from "../notebook/train.ts";
import { CODE, LINES } from "../notebook/train-code.ts";
import { curvature, type Curvature } from "../notebook/curvature.ts";
import { DEFAULT_EPOCHS, DEFAULT_SEED, MAX_EPOCHS } from "./defaults.ts";
import { exercises } from "./exercises.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export interface Config {
  preset: PresetName;
  lr: number;
  epochs: number;
  seed: number;
  initWeight?: number[][];
}

/** The whole run is computed at once (it is deterministic and small), with the curvature of its loss. */
type Run = Training & { curvature: Curvature };

function run(config: Config): Run {
  const training = train(config);
  return { ...training, curvature: curvature(training.x, training.y) };
}

/** What the frames say about stability, all from the curvature the engine measured. */
function stability(config: Config, c: Curvature) {
  const growth = Math.abs(1 - config.lr * c.large);
  return {
    lr: sig(config.lr, 6),
    small: num(c.small),
    large: num(c.large),
    limit: sig(c.limit, 4),
    factor: sig(growth, 4),
    growth,
    direction: `(${c.direction.map((v) => num(v)).join(", ")})`,
    stable: config.lr < c.limit,
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

function frame({ config, run, step, t }: At<Config, Run, Text>): FrameBody {
  const st = stability(config, run.curvature);
  const n = run.iterations.length;
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

  if (step === 0) {
    return {
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
        { id: "H", title: t.hessianTitle, values: run.curvature.hessian, group: "curvature" },
      ],
      equations: [limitEq, factorEq],
      scalars: [
        lr,
        ...bias,
        { id: "lambdaMin", label: t.smallLabel, value: run.curvature.small },
        { id: "lambdaMax", label: t.largeLabel, value: run.curvature.large },
        // the limit (0.01515) and the growth factor need more digits than a scalar prints:
        // they are written out in the equations above
      ],
      series: [],
      code: LINES.setup,
      record: {
        kind: "setup",
        preset: config.preset,
        lr: config.lr,
        epochs: config.epochs,
        seed: config.seed,
        initialWeight: run.initial,
        bias: run.bias,
        eigenvalues: [run.curvature.small, run.curvature.large],
        lrLimit: run.curvature.limit,
      },
    };
  }

  const losses = run.iterations.map((it) => it.loss);
  if (step <= n) {
    const it = run.iterations[step - 1]!;
    const prev = step > 1 ? run.iterations[step - 2]!.loss : undefined;
    const trend = prev === undefined ? "first" : it.loss < prev ? "down" : it.loss > prev ? "up" : "first";
    const narrative = t.iteration({ loss: num(it.loss), trend, grad: rowText(it.grad[0]!), lr: st.lr, weight: rowText(it.weight[0]!) });
    if (run.diverged && step === n) {
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
      series: [lossSeries(t, losses.slice(0, step))],
      code: LINES.iteration,
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
    heading: d ? t.divergedHeading : t.resultHeading,
    narrative,
    matrices: [
      { id: "learned", title: t.learnedTitle, values: last.weight, current: cells(1, 2), group: "weight" },
      { ...K, group: "weight" },
    ],
    equations: [limitEq, factorEq],
    scalars: [{ id: "iteration", label: t.iterationLabel, value: n, format: "int" }, { id: "loss", label: t.lossLabel, value: last.loss }, lr, ...bias],
    series: [lossSeries(t, losses)],
    code: LINES.result,
    outcome,
    record: { kind: "result", diverged: d !== null, divergedAt: d ? d.at : null, weight: last.weight, loss: last.loss },
  };
}

function summarize(run: Run, config: Config) {
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
    eigenvalues: [run.curvature.small, run.curvature.large],
    lrLimit: run.curvature.limit,
  };
}

const options = {
  preset: option.choice(PRESET_NAMES, { describe: local(TEXT, (t) => t.optPreset), default: "seed" }),
  lr: option.number({ describe: local(TEXT, (t) => t.optLr), positive: true }),
  epochs: option.integer({ describe: local(TEXT, (t) => t.optEpochs), min: 1, max: MAX_EPOCHS, default: DEFAULT_EPOCHS }),
  seed: option.seed({ describe: local(TEXT, (t) => t.optSeed), default: DEFAULT_SEED }),
  "init-weight": option.numbers({ describe: local(TEXT, (t) => t.optInitWeight), count: 2, min: -LIMIT, max: LIMIT }),
};

export const learnKernel = defineLesson({
  id: "learn-kernel",
  number: 3,
  texts: TEXT,
  options,
  config(o) {
    const preset: PresetName = o.preset ?? "seed";
    const weight = o["init-weight"];
    return {
      preset,
      lr: o.lr ?? PRESETS[preset].lr,
      epochs: o.epochs ?? DEFAULT_EPOCHS,
      seed: o.seed ?? DEFAULT_SEED,
      ...(weight ? { initWeight: [weight] } : {}),
    };
  },
  run,
  steps: (run) => run.iterations.length + 2,
  code: { lines: CODE, from: ["notebook/train.ts"] },
  frame,
  // A change starts the run over: the frames show it from the first iteration.
  afterChange: "restart",
  scaleLr(config, factor) {
    const lr = scaleRate(config.lr, factor);
    return lr.ok ? { ok: true, value: { ...config, lr: lr.value } } : lr;
  },
  reseed(config, seed) {
    const { initWeight: _, ...rest } = config; // a new seed means a new initial weight
    return { ...rest, seed };
  },
  edit: {
    matrices: ["W"],
    apply(config, _matrix, w) {
      if (w.length !== 1 || w[0]!.length !== 2) return { ok: false, reason: local(TEXT, (t) => t.weightShape({ shape: `${w.length}×${w[0]!.length}` })) };
      return { ok: true, value: { ...config, initWeight: w } };
    },
  },
  summarize,
  exercises,
});
