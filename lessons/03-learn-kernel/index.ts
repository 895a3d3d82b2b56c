// Lesson 3: nn.Conv2D learns the kernel [1, −1] from an image X and its edges Y.
// Steps: 0 = the data, the layer and where W₀ comes from (by default the notebook's own start,
// recovered from its printout); 1..n = one training iteration each, the first with its gradient
// written out, every one with the path of W on the loss landscape; n+1 = what the run did,
// judged from the run itself (✔ converging, ⚠ growing along W₀ + W₁, or diverged and where),
// then why in plain words, then the Hessian by name. `more` runs further iterations.
// The whole run is computed by init (deterministic and small); next/back only move through it.
import { local } from "../../src/i18n.ts";
import type { Equation, MatrixView, Plot, Scalar, Series } from "../frame.ts";
import { cells, factor, matrixText, num, rowText, sig, tok, withSummary } from "../kit/frame-parts.ts";
import { defineLesson, scaleRate, type At, type FrameBody } from "../kit/define.ts";
import { option } from "../kit/options.ts";
import { checkNumber, LIMIT } from "../kit/values.ts";
import { GROWTH, RISES } from "../notebook/divergence.ts";
import { PRESETS, train, type PresetName, type Training } from "../notebook/train.ts";
import { CODE, LINES } from "../notebook/train-code.ts";
import { curvature, type Curvature } from "../notebook/curvature.ts";
import { NOTEBOOK_PRINTOUT } from "../notebook/printout.ts";
import { notebookStart } from "../notebook/start.ts";
import { corr2d, nd } from "../../src/engine/index.ts";
import { DEFAULT_EPOCHS, DEFAULT_SEED, MAX_EPOCHS, MORE_EPOCHS } from "./defaults.ts";
import { exercises } from "./exercises.ts";
import { landscape, type Landscape } from "./landscape.ts";
import { judge, windowCounts, type Verdict } from "./verdict.ts";
import { en, type Motion, type Origin, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };

/** Preset names as learners type them: "notebook" (its old name "seed" still works) and "d2l". */
const PRESET_NAMES: Record<"notebook" | "seed" | "d2l", PresetName> = { notebook: "seed", seed: "seed", d2l: "d2l" };
/** The name a record prints for a preset. */
const presetName = (p: PresetName): string => (p === "seed" ? "notebook" : p);

export interface Config {
  preset: PresetName;
  lr: number;
  epochs: number;
  /** A seeded random start; without it (and without initWeight) the notebook's own start, or seed DEFAULT_SEED for d2l. */
  seed?: number;
  initWeight?: number[][];
}

/** The whole run at once (deterministic and small): the training, its curvature, the verdict on it, the landscape it crosses. */
type Run = Training & { origin: Origin; curvature: Curvature; verdict: Verdict; landscape: Landscape };

function run(config: Config): Run {
  const printout = config.initWeight === undefined && config.seed === undefined && config.preset === "seed";
  const origin: Origin = config.initWeight ? "given" : printout ? "printout" : "seed";
  const training = train({
    preset: config.preset,
    lr: config.lr,
    epochs: config.epochs,
    seed: config.seed ?? DEFAULT_SEED,
    ...(printout ? { initWeight: [notebookStart()] } : config.initWeight ? { initWeight: config.initWeight } : {}),
  });
  const c = curvature(training.x, training.y);
  const path = [training.initial[0]!, ...training.iterations.map((it) => it.weight[0]!)];
  return { ...training, origin, curvature: c, verdict: judge(training, c, config.lr), landscape: landscape(training.x, training.y, training.k[0]!, path) };
}

/** `value` rounded down to `digits` significant digits (a suggestion must stay below its limit). */
function floorSig(value: number, digits: number): number {
  const unit = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Math.floor(value / unit) * unit;
}

/** A rate as every text prints it: enough digits to tell 0.015, 0.01515 and 0.016 apart. */
const rate = (lr: number): string => sig(lr, 6);

function motionOf(f: number): Motion {
  if (f === -1) return "stays";
  if (f >= 0) return f < 1 ? "shrinks" : "grows";
  return f > -1 ? "flips-shrinks" : "flips-grows";
}

/** "(1, 1)" */
const vec = (v: readonly number[]): string => `(${v.map((x) => num(x)).join(", ")})`;

/** The steep error of the run as words name it: "W₀ + W₁" along (1, 1). */
const sumName = (c: Curvature): string => (c.direction[0] === 1 && c.direction[1] === 1 ? "W₀ + W₁" : `${vec(c.direction)}·(W − K)`);

/** The steep error's values for a sentence: the first three and the last, e.g. "0.0119, −0.0133, 0.0148, …, −0.0311". */
function errorsText(errors: readonly number[]): string {
  const shown = errors.length <= 5 ? errors : [...errors.slice(0, 3), NaN, errors.at(-1)!];
  return shown.map((e) => (Number.isNaN(e) ? "…" : sig(e, 3))).join(", ");
}

function lossSeries(t: Text, losses: number[]): Series {
  const finite = losses.filter(Number.isFinite);
  return withSummary({ id: "loss", label: t.lossSeries, values: losses, log: finite.length > 0 && finite.every((v) => v > 0) });
}

function plotOf(run: Run, t: Text, upTo: number): Plot {
  const L = run.landscape;
  const points = [run.initial[0]!, ...run.iterations.slice(0, upTo).map((it) => it.weight[0]!)].map((w) => [w[0]!, w[1]!] as const);
  return {
    id: "landscape",
    title: t.plotTitle({ flat: vec([run.curvature.direction[1]!, -run.curvature.direction[0]!]) }),
    x: { label: "W₀", ...L.x },
    y: { label: "W₁", ...L.y },
    grid: L.grid,
    levels: L.levels,
    levelsLabel: t.plotLevels({ levels: L.levels.join(", ") }),
    path: { label: t.plotPath, points },
    marks: [{ label: t.plotAnswer, at: [run.k[0]![0]!, run.k[0]![1]!] }],
  };
}

/** ∂l/∂W written out for one iteration: 2(Ŷ − Y), its sums against X, and corr2d(X, 2(Ŷ − Y)), by the engine. */
function openGradient(run: Training, yhat: number[][]) {
  const X = nd.array(run.x);
  const twoErr = nd.array(yhat).sub(nd.array(run.y)).mul(2);
  const corr = corr2d(X, twoErr).to2d()[0]!;
  const e = twoErr.to2d();
  // the terms of Σ 2(Ŷ − Y)ᵢⱼ·Xᵢ,ⱼ₊ⱼ′ for j′ = 0, 1: every window's error times its pixel
  const terms = [0, 1].map((dj) => e.flatMap((row, i) => row.map((v, j) => [v, run.x[i]![j + dj]!] as const)));
  return { twoErr: e, corr, terms };
}

function gradientEquation(t: Text, j: number, terms: readonly (readonly [number, number])[], value: number): Equation {
  const term = ([v, x]: readonly [number, number]) => [tok.input(factor(v)), tok.op("×"), tok.kernel(num(x))];
  const last = terms.at(-1)!;
  return {
    label: t.gradEquation({ j }),
    tokens: [
      ...term(terms[0]!), tok.op(" + "), ...term(terms[1]!), tok.op(" + … + "), ...term(last), tok.op(" = "), tok.result(num(value)),
    ],
  };
}

function frame({ config, run, step, t }: At<Config, Run, Text>): FrameBody {
  const { curvature: c, verdict: v } = run;
  const n = run.iterations.length;
  const sum = sumName(c);
  const X: MatrixView = { id: "X", title: t.imageTitle, values: run.x, heat: true, group: "data" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: run.k, group: "data" };
  const Y: MatrixView = { id: "Y", title: t.targetTitle, values: run.y, heat: true, group: "data" };
  const lrView: MatrixView = { id: "lr", title: t.lrTitle, values: [[config.lr]], editable: true, format: "rate", group: "rate" };
  const lr: Scalar = { id: "lr", label: t.lrLabel, value: config.lr, format: "rate" };
  const bias: Scalar[] = run.bias === null ? [] : [{ id: "bias", label: t.biasLabel, value: run.bias }];
  const losses = run.iterations.map((it) => it.loss);
  const steepSeries = (upTo: number): Series => withSummary({ id: "steep", label: t.steepSeries({ sum }), values: v.errors.slice(1, upTo + 1) });

  if (step === 0) {
    const printed = NOTEBOOK_PRINTOUT.losses.map((l) => l.toFixed(3));
    const initial = run.origin === "printout" ? `[${run.initial[0]!.map((w) => sig(w, 7)).join(", ")}]` : rowText(run.initial[0]!);
    const origin: Equation[] =
      run.origin === "printout"
        ? [
            { label: t.printedEquation, tokens: [tok.input(printed.join(" "))] },
            {
              label: t.recoveredEquation,
              tokens: [
                tok.text(`W₁₀ = M¹⁰·W₀ + c, W₁₀ = [${NOTEBOOK_PRINTOUT.finalWeight.join(", ")}]`), tok.op(" → "), tok.result(`W₀ = ${initial}`),
              ],
            },
          ]
        : [];
    return {
      heading: t.setupHeading,
      narrative: t.setup({
        dark: t.dark[config.preset],
        initial,
        origin: run.origin,
        seed: config.seed ?? DEFAULT_SEED,
        bias: run.bias !== null,
        lr: rate(config.lr),
        printed: `${printed[0]} … ${printed.at(-1)}`,
        final: `[${NOTEBOOK_PRINTOUT.finalWeight.join(", ")}]`,
        steps: NOTEBOOK_PRINTOUT.losses.length,
      }),
      matrices: [X, K, Y, { id: "W", title: t.initialTitle, values: run.initial, editable: true, group: "weight" }, lrView],
      equations: origin,
      scalars: [lr, ...bias],
      series: [],
      code: LINES.setup,
      record: {
        kind: "setup",
        preset: presetName(config.preset),
        lr: config.lr,
        epochs: config.epochs,
        seed: config.seed ?? null,
        origin: run.origin,
        initialWeight: run.initial,
        bias: run.bias,
      },
    };
  }

  if (step <= n) {
    const it = run.iterations[step - 1]!;
    const prev = step > 1 ? run.iterations[step - 2]!.loss : undefined;
    const trend = prev === undefined ? "first" : it.loss < prev ? "down" : it.loss > prev ? "up" : "first";
    const narrative = t.iteration({
      loss: num(it.loss), trend, grad: rowText(it.grad[0]!), lr: rate(config.lr), weight: rowText(it.weight[0]!), sum, error: sig(v.errors[step]!, 3),
    });
    const matrices: MatrixView[] = [Y, { id: "Yhat", title: t.yhatTitle, values: it.yhat, heat: true, group: "data" }];
    const equations: Equation[] = [{ label: t.lossEquation, tokens: [tok.text("Σ(Ŷ − Y)²"), tok.op(" = "), tok.result(num(it.loss))] }];
    if (step === 1) {
      // the gradient opened once, before autograd is trusted
      const g = openGradient(run, it.yhat);
      const same = g.corr.every((x, j) => x === it.grad[0]![j]);
      narrative.push(t.gradientOpened({ rows: g.terms[0]!.length, g0: num(g.corr[0]!), g1: num(g.corr[1]!), corr: rowText(g.corr), grad: rowText(it.grad[0]!), same }));
      matrices.push({ id: "twoErr", title: t.twoErrTitle, values: g.twoErr, heat: true, group: "data" });
      equations.push(
        gradientEquation(t, 0, g.terms[0]!, g.corr[0]!),
        gradientEquation(t, 1, g.terms[1]!, g.corr[1]!),
        { label: t.corrEquation, tokens: [tok.result(rowText(g.corr)), tok.op(" = "), tok.text(`${t.backwardEquation} `), tok.result(rowText(it.grad[0]!))] },
      );
    }
    if (run.diverged && step === n) {
      narrative.push(t.divergedNow({ rises: RISES, growth: GROWTH, lowestAt: run.diverged.lowestAt, nonfinite: run.diverged.kind === "nonfinite" }));
    }
    const updates: Equation[] = it.before[0]!.map((w, j) => ({
      label: `W[0, ${j}]`,
      updates: "W",
      tokens: [
        tok.input(num(w)), tok.op(" − "), tok.kernel(rate(config.lr)), tok.op(" × "), tok.input(factor(it.grad[0]![j]!)),
        tok.op(" = "), tok.result(num(it.weight[0]![j]!)),
      ],
    }));
    matrices.push(
      { id: "W", title: t.weightTitle, values: it.before, editable: true, group: "weight" },
      { id: "dW", title: t.gradTitle, values: it.grad, group: "weight", gradientOf: "W" },
      { id: "Wnext", title: t.updatedTitle, values: it.weight, current: cells(1, 2), group: "weight" },
      lrView,
    );
    return {
      heading: t.iterationHeading({ epoch: it.epoch, epochs: config.epochs }),
      narrative,
      matrices,
      equations: [...equations, ...updates],
      scalars: [{ id: "iteration", label: t.iterationLabel, value: it.epoch, format: "int" }, { id: "loss", label: t.lossLabel, value: it.loss }, lr, ...bias],
      series: [lossSeries(t, losses.slice(0, step)), steepSeries(step)],
      plots: [plotOf(run, t, step)],
      code: LINES.iteration,
      record: { kind: "iteration", epoch: it.epoch, loss: it.loss, grad: it.grad, weight: it.weight },
    };
  }

  // the verdict: what happened, the run's own error along the steep direction, why, its name
  const last = run.iterations[n - 1]!;
  const d = run.diverged;
  const nonfinite = d?.kind === "nonfinite";
  const stable = config.lr < c.limit;
  const limit = sig(c.limit, 4);
  const fmtFactor = sig(v.factor, 4);
  const growth = sig(Math.abs(v.factor), 4);
  const counts = windowCounts(run, c);
  const zero = v.errors.every((e) => e === 0);
  const story = [
    t.lossStory({
      n, weight: rowText(last.weight[0]!), trend: v.loss.trend, first: num(losses[0]!), lowest: num(losses[v.loss.lowestAt - 1]!), lowestAt: v.loss.lowestAt, last: num(last.loss),
    }) + (d ? ` ${t.stoppedStory({ at: d.at, nonfinite, rises: RISES, growth: GROWTH })}` : ""),
    t.sumStory({ sum, values: errorsText(v.errors), kind: zero ? "zero" : v.kind === "converging" ? "shrinking" : "growing", factor: growth, lossFell: v.loss.trend === "fell" }),
    t.reason({
      lr: rate(config.lr), large: num(c.large), factor: fmtFactor, motion: motionOf(v.factor),
      windows: counts && { bright: counts.bright, edges: counts.edges, fromBright: num(counts.fromBright), fromEdges: num(counts.fromEdges) },
    }),
    t.named({
      rows: counts?.windows ?? run.y.length * (run.y[0]?.length ?? 0), hessian: matrixText(c.hessian), small: num(c.small), large: num(c.large),
      steep: vec(c.direction), flat: vec([c.direction[1]!, -c.direction[0]!]), limit,
    }),
  ];
  if (d) story.push(stable && nonfinite ? t.floatCause({ lr: rate(config.lr), limit }) : t.suggestion({ limit, suggest: sig(floorSig(c.limit / 2, 2)) }));
  else if (v.kind === "growing" && config.epochs < MAX_EPOCHS) story.push(t.keepGoing);
  const outcome =
    d
      ? { kind: "diverged" as const, message: t.divergedMessage({ risingFrom: v.loss.risingFrom, at: d.at, loss: num(last.loss), lr: rate(config.lr), limit, nonfinite, stable }) }
      : v.kind === "growing"
        ? { kind: "warning" as const, message: t.warningMessage({ fell: v.loss.trend === "fell", loss: num(last.loss), sum, factor: growth, risingFrom: v.loss.risingFrom }) }
        : { kind: "done" as const, message: t.doneMessage({ weight: rowText(last.weight[0]!), loss: num(last.loss), sum }) };
  const limitEq: Equation = { label: t.limitEquation, tokens: [tok.text("2 / λ_max = 2 / "), tok.input(num(c.large)), tok.op(" = "), tok.result(limit)] };
  const factorEq: Equation = {
    label: t.factorEquation,
    tokens: [tok.text("1 − lr·λ_max = 1 − "), tok.kernel(rate(config.lr)), tok.op(" × "), tok.input(num(c.large)), tok.op(" = "), tok.result(fmtFactor)],
  };
  return {

    heading: d ? t.divergedHeading : t.resultHeading,
    narrative: story,
    matrices: [
      { id: "learned", title: t.learnedTitle, values: last.weight, current: cells(1, 2), group: "weight" },
      { ...K, group: "weight" },
      { id: "H", title: t.hessianTitle, values: c.hessian, group: "curvature" },
      lrView,
    ],
    equations: [factorEq, limitEq],
    scalars: [{ id: "iteration", label: t.iterationLabel, value: n, format: "int" }, { id: "loss", label: t.lossLabel, value: last.loss }, lr, ...bias],
    series: [lossSeries(t, losses), steepSeries(n)],
    plots: [plotOf(run, t, n)],
    code: LINES.result,
    outcome,
    record: {
      kind: "result", verdict: v.kind, diverged: d !== null, divergedAt: d ? d.at : null, risingFrom: v.loss.risingFrom,
      weight: last.weight, loss: last.loss, eigenvalues: [c.small, c.large], lrLimit: c.limit,
    },
  };
}

function summarize(run: Run, config: Config) {
  const last = run.iterations[run.iterations.length - 1]!;
  return {
    preset: presetName(config.preset),
    lr: config.lr,
    epochs: config.epochs,
    epochsRun: run.iterations.length,
    seed: config.seed ?? null,
    origin: run.origin,
    initialWeight: run.initial,
    verdict: run.verdict.kind,
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
  preset: option.choice(Object.keys(PRESET_NAMES) as (keyof typeof PRESET_NAMES)[], { describe: local(TEXT, (t) => t.optPreset), default: "notebook" }),
  lr: option.number({ describe: local(TEXT, (t) => t.optLr), positive: true }),
  epochs: option.integer({ describe: local(TEXT, (t) => t.optEpochs), min: 1, max: MAX_EPOCHS, default: DEFAULT_EPOCHS }),
  seed: option.seed({ describe: local(TEXT, (t) => t.optSeed) }),
  "init-weight": option.numbers({ describe: local(TEXT, (t) => t.optInitWeight), count: 2, min: -LIMIT, max: LIMIT }),
};

export const learnKernel = defineLesson({
  id: "learn-kernel",
  number: 3,
  texts: TEXT,
  options,
  config(o) {
    const preset = PRESET_NAMES[o.preset ?? "notebook"];
    const weight = o["init-weight"];
    return {
      preset,
      lr: o.lr ?? PRESETS[preset].lr,
      epochs: o.epochs ?? DEFAULT_EPOCHS,
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
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
    matrices: ["W", "lr"],
    apply(config, matrix, w) {
      if (matrix === "lr") {
        if (w.length !== 1 || w[0]!.length !== 1) return { ok: false, reason: local(TEXT, (t) => t.lrShape({ shape: `${w.length}×${w[0]!.length}` })) };
        const lr = checkNumber(w[0]![0], { positive: true }, "lr");
        return lr.ok ? { ok: true, value: { ...config, lr: lr.value } } : lr;
      }
      if (w.length !== 1 || w[0]!.length !== 2) return { ok: false, reason: local(TEXT, (t) => t.weightShape({ shape: `${w.length}×${w[0]!.length}` })) };
      const bounded = checkNumber(Math.max(...w[0]!.map(Math.abs)), { max: LIMIT }, "W");
      return bounded.ok ? { ok: true, value: { ...config, initWeight: w } } : bounded;
    },
  },
  // MORE_EPOCHS further iterations, shown from the first new one; refused once the run has stopped
  more(config, run) {
    if (run.diverged || config.epochs >= MAX_EPOCHS) return { ok: false, reason: local(TEXT, (t) => t.noMore({ max: MAX_EPOCHS })) };
    return { ok: true, value: { ...config, epochs: Math.min(MAX_EPOCHS, config.epochs + MORE_EPOCHS) } };
  },
  summarize,
  exercises,
});
