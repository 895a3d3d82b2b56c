// What an exercise is: a task after a lesson whose answer the learner edits (a matrix, a
// number, a pair…) and the engine checks. check() never throws: a malformed answer gets a
// reason, like a wrong one. Texts live beside each lesson's exercises, in every language.
import { en as sharedEn, type SharedText } from "./exercise.en.ts";
import { zh as sharedZh } from "./exercise.zh.ts";
import { LANGS, type Lang, type SeriesSummary } from "./frame.ts";
import type { LocalText } from "./lesson.ts";
import { LIMIT, matrixProblem } from "./options.ts";
import { withSummary } from "./shared.ts";

/** A matrix the lab edits at rows×cols; headless answers may have another size up to the max. */
export interface MatrixField {
  id: string;
  kind: "matrix";
  rows: number;
  cols: number;
  maxRows: number;
  maxCols: number;
}
export interface NumberField {
  id: string;
  kind: "number";
  integer?: boolean;
  positive?: boolean;
  min?: number;
  max?: number;
}
/** A fixed number of numbers, e.g. a shape (height, width). */
export interface VectorField {
  id: string;
  kind: "vector";
  length: number;
  integer?: boolean;
  positive?: boolean;
  /** Bounds for every entry. */
  min?: number;
  max?: number;
}
export type AnswerField = MatrixField | NumberField | VectorField;

export type AnswerValue = number | number[] | number[][];
/** Field id → value. An exercise with one field also accepts the bare value headless. */
export type Answer = Record<string, AnswerValue>;

export interface ExerciseText {
  title: string;
  /** Paragraphs. */
  prompt: string[];
  /** Field id → its label, e.g. K → "K (kernel)". */
  fields: Record<string, string>;
  /** Shown one at a time, in order. */
  hints: string[];
}

/** A matrix the engine computed while checking, for the lab to show beside the verdict. */
export interface Shown {
  id: string;
  title: LocalText;
  values: number[][];
}

/** A series the engine computed (e.g. the loss per iteration), for a sparkline. */
export interface ShownSeries {
  id: string;
  title: LocalText;
  values: number[];
  /** Suggest a log scale (a loss spanning orders of magnitude). */
  log?: boolean;
  /** First, last and smallest finite value, filled in by check() (absent when empty). */
  summary?: SeriesSummary;
}

export interface CheckResult {
  pass: boolean;
  /** Not in the form asked for (not counted as an attempt). */
  malformed?: boolean;
  /** One or two sentences, in every language. */
  reason: LocalText;
  shown?: Shown[];
  series?: ShownSeries[];
}

export interface Exercise {
  /** Unique across lessons, e.g. "horizontal-edge"; `convlab check <id>`. */
  id: string;
  /** The lesson it follows, e.g. "conv2d-layer". */
  lesson: string;
  fields: readonly AnswerField[];
  /** Where the editor starts. */
  start: Answer;
  text(lang: Lang): ExerciseText;
  /** Never throws: malformed answers fail with a reason and `malformed: true`. */
  check(answer: unknown): CheckResult;
}

export interface ExerciseSpec<A extends Answer> {
  id: string;
  lesson: string;
  fields: readonly AnswerField[];
  start: A;
  text(lang: Lang): ExerciseText;
  /** Judges a well-formed answer, computing with the engine. */
  judge(answer: A): CheckResult;
}

export { LIMIT };

export function defineExercise<A extends Answer>(spec: ExerciseSpec<A>): Exercise {
  return {
    id: spec.id,
    lesson: spec.lesson,
    fields: spec.fields,
    start: spec.start,
    text: spec.text,
    check(raw) {
      try {
        const read = readAnswer(spec, raw);
        if (!read.ok) return { pass: false, malformed: true, reason: read.reason };
        const result = spec.judge(read.answer as A);
        return result.series ? { ...result, series: result.series.map(withSummary) } : result;
      } catch (error) {
        const message = String((error as Error)?.message ?? error).split("\n")[0]!;
        return { pass: false, reason: both((t) => t.internal({ message })) };
      }
    },
  };
}

const shared: Record<Lang, SharedText> = { en: sharedEn, zh: sharedZh };

/** A text built in every language from the shared table. */
function both(make: (t: SharedText, lang: Lang) => string): LocalText {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(shared[lang], lang)])) as LocalText;
}

/** A LocalText from a lesson's per-language text tables and one maker. */
export function local<T>(tables: Record<Lang, T>, make: (t: T, lang: Lang) => string): LocalText {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(tables[lang], lang)])) as LocalText;
}

// ---- shapes and sizes as the verdicts use them (numbers as text: shared.ts) ----

export function shapeText(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/** Largest |entry|. */
export function maxAbs(values: readonly (readonly number[])[]): number {
  return Math.max(0, ...values.flat().map(Math.abs));
}

// ---- reading an answer ----

type Read = { ok: true; answer: Answer } | { ok: false; reason: LocalText };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const shown = (v: unknown): string => {
  if (typeof v === "number") return String(v); // Infinity and NaN, which JSON cannot spell
  const text = JSON.stringify(v);
  if (text === undefined) return String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

function readAnswer(spec: ExerciseSpec<Answer>, raw: unknown): Read {
  const fields = spec.fields;
  const label = (f: AnswerField, lang: Lang) => spec.text(lang).fields[f.id] ?? f.id;
  const fieldList = (lang: Lang) => fields.map((f) => label(f, lang)).join(lang === "zh" ? "、" : ", ");
  const example = JSON.stringify(spec.start);
  // Sentences start with a capital even when they start with a field's label ("learning rate …").
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const fail = (make: (t: SharedText, lang: Lang) => string): Read => ({
    ok: false,
    reason: both((t, l) => capital(make(t, l))),
  });

  let values: Record<string, unknown>;
  if (fields.length === 1) {
    const only = fields[0]!.id;
    // No field's value is an object, so an object is always the answer's parts by name.
    values = isPlainObject(raw) ? raw : { [only]: raw };
  } else {
    if (!isPlainObject(raw)) return fail((t, l) => t.expectObject({ fields: fieldList(l), example }));
    values = raw;
  }
  for (const key of Object.keys(values)) {
    if (!fields.some((f) => f.id === key)) return fail((t, l) => t.unknown({ field: key, fields: fieldList(l) }));
  }
  const answer: Answer = {};
  for (const f of fields) {
    if (!(f.id in values)) {
      return fail((t, l) => t.missing({ field: label(f, l), example: JSON.stringify({ [f.id]: spec.start[f.id] }) }));
    }
    const read = readField(f, values[f.id], (make) => fail((t, l) => make(t, label(f, l), l)), spec.start[f.id]!);
    if ("ok" in read) return read;
    answer[f.id] = read.value;
  }
  return { ok: true, answer };
}

type Fail = (make: (t: SharedText, field: string, lang: Lang) => string) => Read;

function readField(f: AnswerField, v: unknown, fail: Fail, start: AnswerValue): { value: AnswerValue } | Read {
  const example = JSON.stringify(start);
  if (f.kind === "number") {
    if (typeof v !== "number") return fail((t, field) => t.notNumber({ field, got: shown(v) }));
    const bad = checkNumber(v, f, fail, (_t, field) => field);
    return bad ?? { value: v };
  }
  if (f.kind === "vector") {
    if (!Array.isArray(v) || v.length !== f.length) {
      return fail((t, field) => t.notVector({ field, n: f.length, example }));
    }
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      const at = (t: SharedText, field: string) => t.entry({ field, where: t.whereItem({ index: i + 1 }) });
      if (typeof item !== "number") return fail((t, field) => t.notNumber({ field: at(t, field), got: shown(item) }));
      const bad = checkNumber(item, f, fail, at);
      if (bad) return bad;
    }
    return { value: [...(v as number[])] };
  }
  // matrix: the same checks as a lesson's matrix options (options.ts), worded for an answer
  const problem = matrixProblem(v, { maxRows: f.maxRows, maxCols: f.maxCols, min: -LIMIT, max: LIMIT });
  switch (problem?.kind) {
    case undefined:
      return { value: (v as number[][]).map((row) => [...row]) };
    case "notMatrix":
      return fail((t, field) => t.notMatrix({ field, example }));
    case "empty":
      return fail((t, field) => t.emptyMatrix({ field }));
    case "ragged": {
      const { row, got, want } = problem;
      return fail((t, field) => t.ragged({ field, row, got, want }));
    }
    case "tooBig": {
      const shape = shapeText(problem.rows, problem.cols);
      return fail((t, field) => t.tooBig({ field, shape, max: shapeText(f.maxRows, f.maxCols) }));
    }
    case "entry": {
      const { row, col, why } = problem;
      const at = (t: SharedText, field: string) => t.entry({ field, where: t.where({ row, col }) });
      const got = shown(problem.value);
      if (why === "notNumber") return fail((t, field) => t.notNumber({ field: at(t, field), got }));
      if (why === "notFinite") return fail((t, field) => t.notFinite({ field: at(t, field), got }));
      return fail((t, field) => t.tooLarge({ field: at(t, field), got, limit: "1e6" }));
    }
  }
}

/** Finite, within bounds, integer/positive as asked; undefined if fine. */
function checkNumber(
  v: number,
  rule: { integer?: boolean; positive?: boolean; min?: number; max?: number },
  fail: Fail,
  at: (t: SharedText, field: string) => string,
): Read | undefined {
  if (!Number.isFinite(v)) return fail((t, field) => t.notFinite({ field: at(t, field), got: shown(v) }));
  if (rule.integer && !Number.isInteger(v)) return fail((t, field) => t.notInteger({ field: at(t, field), got: shown(v) }));
  if (rule.positive && !(v > 0)) return fail((t, field) => t.notPositive({ field: at(t, field), got: shown(v) }));
  const { min, max } = rule;
  if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
    const got = shown(v);
    if (min === undefined) return fail((t, field) => t.atMost({ field: at(t, field), got, max: String(max) }));
    if (max === undefined) return fail((t, field) => t.atLeast({ field: at(t, field), got, min: String(min) }));
    return fail((t, field) => t.outOfRange({ field: at(t, field), got, min: String(min), max: String(max) }));
  }
  if (Math.abs(v) > LIMIT) {
    return fail((t, field) => t.tooLarge({ field: at(t, field), got: shown(v), limit: "1e6" }));
  }
  return undefined;
}
