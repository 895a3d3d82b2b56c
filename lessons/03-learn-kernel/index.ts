// Lesson 3: nn.Conv2D learns the kernel [1, −1] from an image X and its edges Y.
// Steps: 0 = the data, the layer and where W₀ comes from (by default the notebook's own start,
// recovered from its printout); 1..n = one training iteration each, the first with its gradient
// written out, every one with the path of W on the loss landscape; n+1 = what the run did,
// judged from the run itself (✔ converging, ⚠ growing along W₀ + W₁, or diverged and where),
// then why in plain words, then the Hessian by name. `more` runs further iterations.
// The whole run is computed by init (deterministic and small); next/back only move through it.
import type { Equation, Frame, Lang, MatrixView, Plot, Scalar, Series } from "../frame.ts";
import type { Lesson, LessonAction, LessonOptions, OptionSpec, Update } from "../lesson.ts";
import { LIMIT, checkNumbers, readOptions, SEED_RANGE } from "../options.ts";
import { cells, factor, matrixText, num, refusal, rowText, scaleRate, sig, stepper, tok, withSummary } from "../shared.ts";
import { NOTEBOOK_PRINTOUT } from "../notebook/printout.ts";
import { notebookStart } from "../notebook/start.ts";
import { corr2d, nd } from "../../src/engine/index.ts";
import { CODE, LINES } from "./code.ts";
import { GROWTH, RISES } from "./divergence.ts";
import { landscape, type Landscape } from "./landscape.ts";
import { PRESETS, train, type PresetName, type Training } from "./run.ts";
import { curvature, type Curvature } from "./stability.ts";
import { judge, windowCounts, type Verdict } from "./verdict.ts";
import { en, type Motion, type Origin, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";
import { meta } from "./meta.ts";
import { identity } from "../catalog.ts";

const TEXT: Record<Lang, Text> = { en, zh };
const ID = meta.id;
export const MAX_EPOCHS = 1000;
export const DEFAULT_EPOCHS = 10;
/** `more` adds this many iterations. */
export const MORE_EPOCHS = 10;
/** The book's preset has no printout to recover a start from: a seed whose unstable part is small. */
export const DEFAULT_SEED = 2;

/** Preset names as learners type them: "notebook" (its old name "seed" still works) and "d2l". */
const PRESET_NAMES: Record<string, PresetName> = { notebook: "seed", seed: "seed", d2l: "d2l" };
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

export interface State {
  /** What init was given, for reset. */
  initial: Config;
  config: Config;
  origin: Origin;
  run: Training;
  curvature: Curvature;
  verdict: Verdict;
  landscape: Landscape;
  step: number;
}

const options: OptionSpec[] = [
  { name: "preset", type: "choice", choices: Object.keys(PRESET_NAMES), describe: { en: en.optPreset, zh: zh.optPreset }, default: "notebook" },
  { name: "lr", type: "number", positive: true, describe: { en: en.optLr, zh: zh.optLr } },
  { name: "epochs", type: "integer", min: 1, max: MAX_EPOCHS, describe: { en: en.optEpochs, zh: zh.optEpochs }, default: String(DEFAULT_EPOCHS) },
  { name: "seed", type: "integer", ...SEED_RANGE, describe: { en: en.optSeed, zh: zh.optSeed } },
  { name: "init-weight", type: "numbers", count: 2, min: -LIMIT, max: LIMIT, describe: { en: en.optInitWeight, zh: zh.optInitWeight } },
];

function start(config: Config, initial: Config, step = 0): State {
  const printout = config.initWeight === undefined && config.seed === undefined && config.preset === "seed";
  const origin: Origin = config.initWeight ? "given" : printout ? "printout" : "seed";
  const run = train({
    preset: config.preset,
    lr: config.lr,
    epochs: config.epochs,
    seed: config.seed ?? DEFAULT_SEED,
    ...(printout ? { initWeight: [notebookStart()] } : config.initWeight ? { initWeight: config.initWeight } : {}),
  });
  const c = curvature(run.x, run.y);
  const path = [run.initial[0]!, ...run.iterations.map((it) => it.weight[0]!)];
  const steps = run.iterations.length + 2;
  return {
    initial, config, origin, run, curvature: c,
    verdict: judge(run, c, config.lr),
    landscape: landscape(run.x, run.y, run.k[0]!, path),
    step: Math.max(0, Math.min(step, steps - 1)),
  };
}

const stepsOf = (s: State) => s.run.iterations.length + 2;

function init(raw: LessonOptions = {}): State {
  const o = readOptions(options, raw);
  const preset = PRESET_NAMES[o.string("preset") ?? "notebook"]!;
  const weight = o.numbers("init-weight");
  const seed = o.number("seed");
  const config: Config = {
    preset,
    lr: o.number("lr") ?? PRESETS[preset].lr,
    epochs: o.number("epochs") ?? DEFAULT_EPOCHS,
    ...(seed !== undefined ? { seed } : {}),
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
    matrices: ["W", "lr"],
    apply(s, matrix, w) {
      if (matrix === "lr") {
        if (w.length !== 1 || w[0]!.length !== 1) return refusal(TEXT, (t) => t.lrShape({ shape: `${w.length}×${w[0]!.length}` }));
        return scaleRate(TEXT, w[0]![0]!, 1, (lr) => start({ ...s.config, lr }, s.initial));
      }
      if (w.length !== 1 || w[0]!.length !== 2) return refusal(TEXT, (t) => t.weightShape({ shape: `${w.length}×${w[0]!.length}` }));
      const bounded = checkNumbers(w[0], { count: 2, min: -LIMIT, max: LIMIT });
      if (!bounded.ok) return { ok: false, error: bounded.reason };
      return { ok: true, state: start({ ...s.config, initWeight: w }, s.initial) };
    },
  },
});

/** MORE_EPOCHS further iterations, shown from the first new one; refused once the run has stopped. */
function more(s: State): Update<State> {
  if (s.run.diverged || s.config.epochs >= MAX_EPOCHS) return refusal(TEXT, (t) => t.noMore({ max: MAX_EPOCHS }));
  const epochs = Math.min(MAX_EPOCHS, s.config.epochs + MORE_EPOCHS);
  return { ok: true, state: start({ ...s.config, epochs }, s.initial, s.run.iterations.length + 1) };
}

function update(s: State, action: LessonAction): Update<State> {
  return action.type === "more" ? more(s) : stepping.update(s, action);
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

function plotOf(s: State, t: Text, upTo: number): Plot {
  const L = s.landscape;
  const points = [s.run.initial[0]!, ...s.run.iterations.slice(0, upTo).map((it) => it.weight[0]!)].map((w) => [w[0]!, w[1]!] as const);
  return {
    id: "landscape",
    title: t.plotTitle({ flat: vec([s.curvature.direction[1]!, -s.curvature.direction[0]!]) }),
    x: { label: "W₀", ...L.x },
    y: { label: "W₁", ...L.y },
    grid: L.grid,
    levels: L.levels,
    levelsLabel: t.plotLevels({ levels: L.levels.join(", ") }),
    path: { label: t.plotPath, points },
    marks: [{ label: t.plotAnswer, at: [s.run.k[0]![0]!, s.run.k[0]![1]!] }],
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

function frame(s: State, lang: Lang): Frame {
  const t = TEXT[lang];
  const { run, config, curvature: c, verdict: v } = s;
  const n = run.iterations.length;
  const base = { lesson: ID, step: s.step, steps: stepsOf(s) };
  const sum = sumName(c);
  const X: MatrixView = { id: "X", title: t.imageTitle, values: run.x, heat: true, group: "data" };
  const K: MatrixView = { id: "K", title: t.kernelTitle, values: run.k, group: "data" };
  const Y: MatrixView = { id: "Y", title: t.targetTitle, values: run.y, heat: true, group: "data" };
  const lrView: MatrixView = { id: "lr", title: t.lrTitle, values: [[config.lr]], editable: true, format: "rate", group: "rate" };
  const lr: Scalar = { id: "lr", label: t.lrLabel, value: config.lr, format: "rate" };
  const bias: Scalar[] = run.bias === null ? [] : [{ id: "bias", label: t.biasLabel, value: run.bias }];
  const losses = run.iterations.map((it) => it.loss);
  const steepSeries = (upTo: number): Series => withSummary({ id: "steep", label: t.steepSeries({ sum }), values: v.errors.slice(1, upTo + 1) });

  if (s.step === 0) {
    const printed = NOTEBOOK_PRINTOUT.losses.map((l) => l.toFixed(3));
    const initial = s.origin === "printout" ? `[${run.initial[0]!.map((w) => sig(w, 7)).join(", ")}]` : rowText(run.initial[0]!);
    const origin: Equation[] =
      s.origin === "printout"
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
      ...base,
      heading: t.setupHeading,
      narrative: t.setup({
        dark: t.dark[config.preset],
        initial,
        origin: s.origin,
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
      code: { lines: CODE, current: LINES.setup },
      done: false,
      record: {
        kind: "setup",
        preset: presetName(config.preset),
        lr: config.lr,
        epochs: config.epochs,
        seed: config.seed ?? null,
        origin: s.origin,
        initialWeight: run.initial,
        bias: run.bias,
      },
    };
  }

  if (s.step <= n) {
    const it = run.iterations[s.step - 1]!;
    const prev = s.step > 1 ? run.iterations[s.step - 2]!.loss : undefined;
    const trend = prev === undefined ? "first" : it.loss < prev ? "down" : it.loss > prev ? "up" : "first";
    const narrative = t.iteration({
      loss: num(it.loss), trend, grad: rowText(it.grad[0]!), lr: rate(config.lr), weight: rowText(it.weight[0]!), sum, error: sig(v.errors[s.step]!, 3),
    });
    const matrices: MatrixView[] = [Y, { id: "Yhat", title: t.yhatTitle, values: it.yhat, heat: true, group: "data" }];
    const equations: Equation[] = [{ label: t.lossEquation, tokens: [tok.text("Σ(Ŷ − Y)²"), tok.op(" = "), tok.result(num(it.loss))] }];
    if (s.step === 1) {
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
    if (run.diverged && s.step === n) {
      narrative.push(t.divergedNow({ rises: RISES, growth: GROWTH, lowestAt: run.diverged.lowestAt, nonfinite: run.diverged.kind === "nonfinite" }));
    }
    const updates: Equation[] = it.before[0]!.map((w, j) => ({
      label: `W[0, ${j}]`,
      tokens: [
        tok.input(num(w)), tok.op(" − "), tok.kernel(rate(config.lr)), tok.op(" × "), tok.input(factor(it.grad[0]![j]!)),
        tok.op(" = "), tok.result(num(it.weight[0]![j]!)),
      ],
    }));
    matrices.push(
      { id: "W", title: t.weightTitle, values: it.before, editable: true, group: "weight" },
      { id: "dW", title: t.gradTitle, values: it.grad, group: "weight" },
      { id: "Wnext", title: t.updatedTitle, values: it.weight, current: cells(1, 2), group: "weight" },
      lrView,
    );
    return {
      ...base,
      heading: t.iterationHeading({ epoch: it.epoch, epochs: config.epochs }),
      narrative,
      matrices,
      equations: [...equations, ...updates],
      scalars: [{ id: "iteration", label: t.iterationLabel, value: it.epoch, format: "int" }, { id: "loss", label: t.lossLabel, value: it.loss }, lr, ...bias],
      series: [lossSeries(t, losses.slice(0, s.step)), steepSeries(s.step)],
      plots: [plotOf(s, t, s.step)],
      code: { lines: CODE, current: LINES.iteration },
      done: false,
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
    ...base,
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
    plots: [plotOf(s, t, n)],
    code: { lines: CODE, current: LINES.result },
    done: true,
    outcome,
    record: {
      kind: "result", verdict: v.kind, diverged: d !== null, divergedAt: d ? d.at : null, risingFrom: v.loss.risingFrom,
      weight: last.weight, loss: last.loss, eigenvalues: [c.small, c.large], lrLimit: c.limit,
    },
  };
}

function summarize(s: State) {
  const { run, config } = s;
  const last = run.iterations[run.iterations.length - 1]!;
  return {
    preset: presetName(config.preset),
    lr: config.lr,
    epochs: config.epochs,
    epochsRun: run.iterations.length,
    seed: config.seed ?? null,
    origin: s.origin,
    initialWeight: run.initial,
    verdict: s.verdict.kind,
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
  actions: [...(stepping.actions ?? []), "more"],
  update,
  frame,
  summarize,
};
