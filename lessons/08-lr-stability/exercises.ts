// Exercises after the lr-stability lesson, on the data it opens with (the notebook's: column 4
// dark, from the notebook's own start). Both are judged from the curvature the engine measures
// (H = 2·AᵀA, curvature.ts), so a verdict holds for the run continued however long; the
// oscillation exercise also runs the lesson's race and shows the signed W₀ + W₁ error it predicts.
import { local } from "../../src/i18n.ts";
import { defineExercise, type Exercise } from "../kit/exercise.ts";
import { sig } from "../kit/frame-parts.ts";
import { curvature, type Curvature } from "../notebook/curvature.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";
import { predict, race, steepError, type RaceConfig } from "./run.ts";

const LESSON = "lr-stability";
const texts = { en, zh };
/** The lesson's opening data and start, and its iterations per run. */
const NOTEBOOK: Omit<RaceConfig, "lrs"> = { preset: "seed", epochs: 40 };
/** Significant digits the limit is asked to. */
const DIGITS = 3;

let cached: Curvature | undefined;
function notebookCurvature(): Curvature {
  if (!cached) {
    const r = race({ ...NOTEBOOK, lrs: [0.01], epochs: 1 });
    cached = curvature(r.x, r.y);
  }
  return cached;
}

/** The curvature's numbers as the texts quote them. */
function curvatureText(c: Curvature) {
  return { large: sig(c.large), half: sig(1 / c.large), limit: sig(c.limit), limitShort: roundTo(c.limit, DIGITS) };
}

/**
 * `value` rounded half up to `digits` significant digits, as text ("0.0152"). The answer is
 * read as the decimal the learner typed: 0.01515 rounds to 0.0152, though its double lies
 * just below 0.01515.
 */
export function roundTo(value: number, digits: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const exponent = Math.floor(Math.log10(Math.abs(value))) - (digits - 1);
  const scaled = Number((value / 10 ** exponent).toPrecision(12));
  const rounded = Math.round(Math.abs(scaled)) * Math.sign(scaled);
  return Number((rounded * 10 ** exponent).toPrecision(digits)).toPrecision(digits);
}

/** The factor 1 − lr·λ_max and what it means, as every verdict quotes it. */
function factorText(lr: number, c: Curvature) {
  const r = 1 - lr * c.large;
  return { lr: sig(lr), large: sig(c.large), r: sig(r, 3), factor: sig(Math.abs(r), 3) };
}

const lrOscillate = defineExercise<{ lr: number }>({
  id: "lr-oscillate",
  lesson: LESSON,
  fields: [{ id: "lr", kind: "number", positive: true, max: 100 }],
  // Below 1/λ_max: converges without a zigzag.
  start: { lr: 0.005 },
  text: (lang) => {
    const t = texts[lang]["lr-oscillate"];
    const c = curvatureText(notebookCurvature());
    return { title: t.title, prompt: t.prompt({ epochs: NOTEBOOK.epochs }), fields: t.fields, hints: t.hints(c) };
  },
  judge({ lr }) {
    const c = notebookCurvature();
    const r = race({ ...NOTEBOOK, lrs: [lr] });
    // from the start, then after each update
    const errors = [r.initial, ...r.runs[0]!.weights].map((w) => steepError(w, c));
    // Steps that end at an exact 0 (float32 has reached the answer) neither flip nor keep a sign.
    const signs = errors.slice(1).map((e, i) => Math.sign(e) * Math.sign(errors[i]!)).filter((s) => s !== 0);
    const flips = signs.filter((s) => s < 0).length;
    const observed = { flips: String(flips), steps: String(signs.length), first: sig(errors[0]!, 3), last: sig(errors.at(-1)!, 3), epochs: String(errors.length - 1) };
    const p = { ...factorText(lr, c), ...observed };
    const series = [{ id: "steep", title: local(texts, (t) => t.steepTitle({ lr: p.lr })), values: errors, signed: true }];
    const verdict = predict(lr, c).verdict;
    const key = verdict === "oscillates" ? "pass" : verdict;
    return { pass: verdict === "oscillates", reason: local(texts, (t) => t["lr-oscillate"][key](p)), series };
  },
});

const lrLimit = defineExercise<{ limit: number }>({
  id: "lr-limit",
  lesson: LESSON,
  fields: [{ id: "limit", kind: "number", positive: true, max: 100 }],
  // The notebook's own rate: just above the limit.
  start: { limit: 0.016 },
  text: (lang) => {
    const t = texts[lang]["lr-limit"];
    const c = curvatureText(notebookCurvature());
    return { title: t.title, prompt: t.prompt({ digits: DIGITS }), fields: t.fields, hints: t.hints({ ...c, digits: DIGITS }) };
  },
  judge({ limit }) {
    const c = notebookCurvature();
    const p = { ...curvatureText(c), ...factorText(limit, c), answer: sig(limit, 6), answerShort: roundTo(limit, DIGITS), digits: DIGITS };
    const verdict = predict(limit, c).verdict;
    const what = local(texts, (t) => (verdict === "edge" ? t.edge : t.verdict[verdict]));
    if (p.answerShort === p.limitShort) return { pass: true, reason: local(texts, (t) => t["lr-limit"].pass(p)) };
    return { pass: false, reason: local(texts, (t, l) => t["lr-limit"].wrong({ ...p, what: what[l] })) };
  },
});

export const exercises: readonly Exercise[] = [lrOscillate, lrLimit];
