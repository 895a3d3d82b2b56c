// The one value checker: a number, a list of numbers or a matrix against a rule, refused in one
// wording (values.en.ts, values.zh.ts) that names the value. Lesson options from the CLI,
// exercise answers and the lab's editors all check here, so "a valid learning rate" is one rule
// with one sentence. Pure: no I/O, no lesson; a caller reads text into values first (readNumber,
// readNumberList, readMatrixText) and then checks them.
import { local, type Lang, type LocalText } from "../../src/i18n.ts";
import { shapeLabel } from "../format.ts";
import { en, type ValuesText } from "./values.en.ts";
import { zh } from "./values.zh.ts";

const TEXT = { en, zh };

/** Entries of matrices and vectors stay within ±LIMIT, so float32 sums stay finite and exact enough. */
export const LIMIT = 1e6;

/** Seeds the generator takes as they are: mulberry32 keeps 32 bits (src/engine/random.ts), so a larger seed would run another one's sequence. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;

/** A check either passes with the value or says why not, in every language. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: LocalText };

/** What a value is called in a refusal: one name ("lr", "--lr") or one per language ("learning rate"). */
export type Label = string | LocalText;

export interface NumberRule {
  integer?: boolean;
  /** Refuses 0 and negatives. */
  positive?: boolean;
  /** Inclusive bounds. */
  min?: number;
  max?: number;
  /** |value| at most this (default: LIMIT for entries of lists and matrices, none for a single number). */
  limit?: number;
}

export interface VectorRule extends NumberRule {
  /** Exactly this many numbers, or from minLength to maxLength (default: at least one). */
  length?: number;
  minLength?: number;
  maxLength?: number;
  /** A valid list as the caller's reader writes it: "1,2" for the CLI, "[1, 1]" for an answer. */
  example: string;
}

export interface MatrixRule extends NumberRule {
  maxRows?: number;
  maxCols?: number;
  /** A valid matrix to offer; default [[0,1],[2,3]]. */
  example?: string;
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (make: (t: ValuesText, lang: Lang) => string): Checked<never> => ({ ok: false, reason: local(TEXT, make) });
const name = (label: Label, lang: Lang) => (typeof label === "string" ? label : label[lang]);

/** A value as a refusal quotes it: numbers as JS prints them (NaN, Infinity), the rest as short JSON. */
export function shown(v: unknown): string {
  if (typeof v === "number") return String(v);
  const text = JSON.stringify(v);
  if (text === undefined) return String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** One number; `field` words what it is and where it sits inside a list or matrix. */
function numberAt(v: unknown, rule: NumberRule, field: (t: ValuesText, lang: Lang) => string, limit = rule.limit): Checked<number> {
  const got = shown(v);
  if (typeof v !== "number") return no((t, l) => t.notNumber({ field: field(t, l), got }));
  if (!Number.isFinite(v)) return no((t, l) => t.notFinite({ field: field(t, l), got }));
  if (rule.integer && !Number.isSafeInteger(v)) return no((t, l) => t.notInteger({ field: field(t, l), got }));
  if (rule.positive && !(v > 0)) return no((t, l) => t.notPositive({ field: field(t, l), got }));
  const { min, max } = rule;
  if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
    if (min === undefined) return no((t, l) => t.atMost({ field: field(t, l), got, max: String(max) }));
    if (max === undefined) return no((t, l) => t.atLeast({ field: field(t, l), got, min: String(min) }));
    return no((t, l) => t.outOfRange({ field: field(t, l), got, min: String(min), max: String(max) }));
  }
  if (limit !== undefined && Math.abs(v) > limit) return no((t, l) => t.tooLarge({ field: field(t, l), got, limit: limit.toExponential().replace("e+", "e") }));
  return ok(v);
}

/** A finite number within the rule. */
export function checkNumber(v: unknown, rule: NumberRule, label: Label): Checked<number> {
  return numberAt(v, rule, (_t, l) => name(label, l));
}

/** A list of numbers, each within the rule, as many as the rule asks. */
export function checkVector(v: unknown, rule: VectorRule, label: Label): Checked<number[]> {
  const { length, minLength = length ?? 1, maxLength = length ?? Infinity, example } = rule;
  const how = (t: ValuesText) =>
    length !== undefined ? t.count({ n: length }) : maxLength === Infinity ? t.someNumbers : t.countRange({ min: minLength, max: maxLength });
  if (!Array.isArray(v)) return no((t, l) => t.notVector({ field: name(label, l), n: how(t), example }));
  if (v.length < minLength || v.length > maxLength) return no((t, l) => t.wrongLength({ field: name(label, l), n: how(t), got: v.length }));
  for (let i = 0; i < v.length; i++) {
    const at = (t: ValuesText, l: Lang) => t.entry({ field: name(label, l), where: t.whereItem({ index: i + 1 }) });
    const checked = numberAt(v[i], rule, at, rule.limit ?? LIMIT);
    if (!checked.ok) return checked;
  }
  return ok([...(v as number[])]);
}

/** A rectangular, non-empty matrix of numbers within the rule, at most maxRows×maxCols; rows copied. */
/** An input x and a kernel k that fits in it (corr2d's rule: k no larger than x in either axis), both shapes named if not. */
export function checkKernelFits<C extends { x: number[][]; k: number[][] }>(config: C): Checked<C> {
  const { x, k } = config;
  if (k.length <= x.length && k[0]!.length <= x[0]!.length) return ok(config);
  return no((t) => t.kernelTooLarge({ k: shapeLabel(k), x: shapeLabel(x) }));
}

export function checkMatrix(v: unknown, rule: MatrixRule, label: Label): Checked<number[][]> {
  const { maxRows = Infinity, maxCols = Infinity, example = "[[0,1],[2,3]]" } = rule;
  const field = (l: Lang) => name(label, l);
  if (!Array.isArray(v) || !v.every((row) => Array.isArray(row))) return no((t, l) => t.notMatrix({ field: field(l), example }));
  const rows = v as unknown[][];
  if (rows.length === 0 || rows[0]!.length === 0) return no((t, l) => t.emptyMatrix({ field: field(l) }));
  const want = rows[0]!.length;
  const ragged = rows.findIndex((row) => row.length !== want);
  if (ragged >= 0) {
    const got = rows[ragged]!.length;
    return no((t, l) => t.ragged({ field: field(l), row: ragged + 1, got, want }));
  }
  if (rows.length > maxRows || want > maxCols) {
    const shape = `${rows.length}×${want}`;
    const max = `${maxRows}×${maxCols}`;
    return no((t, l) => t.tooBig({ field: field(l), shape, max }));
  }
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < want; j++) {
      const at = (t: ValuesText, l: Lang) => t.entry({ field: field(l), where: t.where({ row: i + 1, col: j + 1 }) });
      const checked = numberAt(rows[i]![j], rule, at, rule.limit ?? LIMIT);
      if (!checked.ok) return checked;
    }
  }
  return ok(rows.map((row) => [...(row as number[])]));
}

/** One of the given words. */
export function checkChoice<C extends string>(v: unknown, choices: readonly C[], label: Label): Checked<C> {
  if (typeof v === "string" && (choices as readonly string[]).includes(v)) return ok(v as C);
  const got = shown(v);
  return no((t, l) => t.notChoice({ field: name(label, l), got, choices: choices.join(t.listSep) }));
}

// ---- reading text into values (the CLI's strings, the lab's typed cells) ----

// Full-width digits (Chinese input methods) and the minus signs a keyboard may give read as ASCII.
const DASHES = /[−–—]/g;
// A plain decimal, as a learner types it: no hex, no empty string.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// Spelled-out non-finite numbers, read as numbers so the refusal says "must be a finite number".
const INFINITE = /^([+-]?)(inf|infinity|∞)$/i;
const NAN = /^nan$/i;
// A fraction of two plain decimals, as a kernel is often written (1/9 for a 3×3 blur).
const FRACTION = /^([^/]+)\/([^/]+)$/;

/** A typed number (or a fraction, "1/9") as a number (±Infinity or NaN if so spelled, or "1e999"), or the text itself if it is no number. */
export function readNumber(text: unknown): unknown {
  if (typeof text !== "string") return text;
  const t = text.normalize("NFKC").replace(DASHES, "-").trim();
  if (DECIMAL.test(t)) return Number(t);
  const fraction = FRACTION.exec(t);
  if (fraction && DECIMAL.test(fraction[1]!.trim()) && DECIMAL.test(fraction[2]!.trim())) return Number(fraction[1]) / Number(fraction[2]);
  const infinite = INFINITE.exec(t);
  if (infinite) return infinite[1] === "-" ? -Infinity : Infinity;
  return NAN.test(t) ? NaN : text;
}

/** "a,b,..." or "[a,b]" as a list of read numbers; other values as they are (an array flattened). */
export function readNumberList(text: unknown): unknown {
  if (Array.isArray(text)) return text.flat(Infinity);
  if (typeof text === "number") return [text];
  if (typeof text !== "string") return text;
  const inner = text.trim().replace(/^\[+|\]+$/g, "");
  return inner === "" ? [] : inner.split(",").map(readNumber);
}

/** Deepest nesting of [ and { a learner's JSON may have: a matrix is 2, an answer object 3. */
export const MAX_JSON_DEPTH = 16;

/** How deeply `text` nests [ and { (outside strings): read before parsing, so a very deep value is never walked. */
export function jsonDepth(text: string): number {
  let [depth, deepest, inString] = [0, 0, false];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}

/**
 * A learner's JSON, parsed, or why not. Nesting deeper than MAX_JSON_DEPTH is refused ("too-deep")
 * from the text: V8's JSON.parse copes with any depth, but every walk over the value after it
 * (checks, String(), the engine) recurses and would overflow the stack.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; why: "not-json" | "too-deep" } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: "not-json" };
  }
  return jsonDepth(text) > MAX_JSON_DEPTH ? { ok: false, why: "too-deep" } : { ok: true, value };
}

/** A matrix given as JSON text (the CLI) or as arrays (the lab), checked. */
export function readMatrix(raw: unknown, rule: MatrixRule, label: Label): Checked<number[][]> {
  if (typeof raw !== "string") return checkMatrix(raw, rule, label);
  const parsed = parseJson(raw);
  const example = rule.example ?? "[[0,1],[2,3]]";
  if (!parsed.ok && parsed.why === "too-deep") return no((t, l) => t.tooDeep({ field: name(label, l), depth: MAX_JSON_DEPTH, example }));
  if (!parsed.ok) return no((t, l) => t.notJson({ field: name(label, l), example }));
  return checkMatrix(parsed.value, rule, label);
}
