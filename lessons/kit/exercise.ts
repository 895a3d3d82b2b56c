// What an exercise is: a task after a lesson whose answer the learner edits (a matrix, a
// number, a pair…) and the engine checks. check() never throws: a malformed answer gets a
// reason, like a wrong one. Texts live beside each lesson's exercises, in every language.
import { local, type Lang, type LocalText } from "../../src/i18n.ts";
import type { Series, SeriesSummary } from "../frame.ts";
import { en as sharedEn, type SharedText } from "./exercise.en.ts";
import { zh as sharedZh } from "./exercise.zh.ts";
import { withSummary } from "./frame-parts.ts";
import { checkMatrix, checkNumber, checkVector, LIMIT, type Checked } from "./values.ts";

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
  /** Signed values whose sign flips matter: drawn about a zero line (as Series.signed). */
  signed?: boolean;
  /** First, last and smallest finite value, filled in by check() (absent when empty). */
  summary?: SeriesSummary;
}

/** A shown series as the frame's Series in one language, for the lab's and the CLI's one series drawing. */
export function seriesOf(s: ShownSeries, lang: Lang): Series {
  return { id: s.id, label: s.title[lang], values: s.values, log: s.log, signed: s.signed, summary: s.summary };
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

const shared = { en: sharedEn, zh: sharedZh };

/** A text built in every language from the shared table. */
const both = (make: (t: SharedText, lang: Lang) => string): LocalText => local(shared, make);

// ---- shapes and sizes as the verdicts use them (numbers as text: shared.ts) ----

export function shapeText(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/** Largest |entry|. */
export function maxAbs(values: readonly (readonly number[])[]): number {
  return Math.max(0, ...values.flat().map(Math.abs));
}

// ---- reading an answer: its form here, every value by the one value checker (values.ts) ----

type Read = { ok: true; answer: Answer } | { ok: false; reason: LocalText };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// Sentences start with a capital even when they start with a field's label ("learning rate …").
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const capitalised = (reason: LocalText): LocalText => ({ en: capital(reason.en), zh: reason.zh });

function readAnswer(spec: ExerciseSpec<Answer>, raw: unknown): Read {
  const fields = spec.fields;
  const label = (f: AnswerField): LocalText => local({ en: spec.text("en"), zh: spec.text("zh") }, (t) => t.fields[f.id] ?? f.id);
  const fieldList = (lang: Lang) => fields.map((f) => label(f)[lang]).join(lang === "zh" ? "、" : ", ");
  const example = JSON.stringify(spec.start);
  const fail = (make: (t: SharedText, lang: Lang) => string): Read => ({ ok: false, reason: capitalised(both(make)) });

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
      return fail((t, l) => t.missing({ field: label(f)[l], example: JSON.stringify({ [f.id]: spec.start[f.id] }) }));
    }
    const read = readField(f, values[f.id], label(f), spec.start[f.id]!);
    if (!read.ok) return { ok: false, reason: capitalised(read.reason) };
    answer[f.id] = read.value;
  }
  return { ok: true, answer };
}

function readField(f: AnswerField, v: unknown, label: LocalText, start: AnswerValue): Checked<AnswerValue> {
  switch (f.kind) {
    case "number":
      return checkNumber(v, { ...f, limit: LIMIT }, label);
    case "vector":
      return checkVector(v, { ...f, example: JSON.stringify(start) }, label);
    case "matrix":
      return checkMatrix(v, { maxRows: f.maxRows, maxCols: f.maxCols, example: JSON.stringify(start) }, label);
  }
}
