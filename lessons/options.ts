// Option values arrive as CLI strings ("0.016", "1,-1", "[[0,1],[2,3]]") or already parsed
// (numbers, arrays from the lab). One place checks them all, so the CLI, the lab and the tests
// refuse the same values with the same words: the option, the value, what is allowed.
import { OptionError, type LessonOptions, type LocalText, type OptionSpec } from "./lesson.ts";

/** Entries of matrices and vectors stay within ±LIMIT, so float32 sums stay finite and exact enough. */
export const LIMIT = 1e6;

/** Seeds the generator takes as they are: mulberry32 keeps 32 bits (src/engine/random.ts), so a larger seed would run another one's sequence. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;

/** A check either passes with the parsed value or says why not, in both languages. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: LocalText };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = (en: string, zh: string): Checked<never> => ({ ok: false, reason: { en, zh } });

// A plain decimal, as a learner types it: no hex, no "Infinity", no empty string.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A string or number → a finite number, or undefined. */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string" || !DECIMAL.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : undefined; // "1e999" overflows to Infinity
}

/** What is wrong with a would-be matrix, as data: each caller words it for its readers. */
export type MatrixProblem =
  | { kind: "notMatrix" }
  | { kind: "empty" }
  | { kind: "ragged"; row: number; got: number; want: number }
  | { kind: "tooBig"; rows: number; cols: number }
  /** 1-based row and column; a number that is not finite, or outside [min, max]. */
  | { kind: "entry"; row: number; col: number; value: unknown; why: "notNumber" | "notFinite" | "outOfBounds" };

export interface MatrixRule {
  maxRows?: number;
  maxCols?: number;
  /** Inclusive bounds of every entry. */
  min?: number;
  max?: number;
}

/** The first problem of a parsed value as a matrix (rectangular, non-empty, finite, within bounds), or null. */
export function matrixProblem(value: unknown, { maxRows = Infinity, maxCols = Infinity, min, max }: MatrixRule = {}): MatrixProblem | null {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) return { kind: "notMatrix" };
  const rows = value as unknown[][];
  if (rows.length === 0 || rows[0]!.length === 0) return { kind: "empty" };
  const width = rows[0]!.length;
  const ragged = rows.findIndex((row) => row.length !== width);
  if (ragged >= 0) return { kind: "ragged", row: ragged + 1, got: rows[ragged]!.length, want: width };
  if (rows.length > maxRows || width > maxCols) return { kind: "tooBig", rows: rows.length, cols: width };
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < width; j++) {
      const v = rows[i]![j];
      const at = { kind: "entry", row: i + 1, col: j + 1, value: v } as const;
      if (typeof v !== "number") return { ...at, why: "notNumber" };
      if (!Number.isFinite(v)) return { ...at, why: "notFinite" };
      if ((min !== undefined && v < min) || (max !== undefined && v > max)) return { ...at, why: "outOfBounds" };
    }
  }
  return null;
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

/** A rectangular, non-empty matrix of finite numbers, at most maxSize rows and columns, entries within bounds. */
export function checkMatrix(raw: unknown, maxSize = Infinity, { min, max }: { min?: number; max?: number } = {}): Checked<number[][]> {
  let value = raw;
  if (typeof raw === "string") {
    const parsed = parseJson(raw);
    if (!parsed.ok && parsed.why === "too-deep") {
      return no(`nested more than ${MAX_JSON_DEPTH} deep; a matrix is a list of rows, like [[0,1],[2,3]]`, `嵌套超过 ${MAX_JSON_DEPTH} 层；矩阵是若干行组成的列表，例如 [[0,1],[2,3]]`);
    }
    if (!parsed.ok) return no("not JSON; write a matrix like [[0,1],[2,3]]", "不是 JSON；请写成 [[0,1],[2,3]] 这样的矩阵");
    value = parsed.value;
  }
  const problem = matrixProblem(value, { maxRows: maxSize, maxCols: maxSize, min, max });
  if (problem === null) return ok((value as number[][]).map((row) => [...row]));
  switch (problem.kind) {
    case "notMatrix":
      return no("a matrix is a list of rows, like [[0,1],[2,3]]", "矩阵是若干行组成的列表，例如 [[0,1],[2,3]]");
    case "empty":
      return no("the matrix is empty; give at least one number", "矩阵为空；至少要有一个数");
    case "ragged": {
      const { row, got, want } = problem;
      return no(
        `rows must have the same length (row 1 has ${want} numbers, row ${row} has ${got})`,
        `每行长度必须相同（第 1 行有 ${want} 个数，第 ${row} 行有 ${got} 个）`,
      );
    }
    case "tooBig":
      return no(
        `at most ${maxSize}×${maxSize} (this one is ${problem.rows}×${problem.cols})`,
        `最大 ${maxSize}×${maxSize}（这个是 ${problem.rows}×${problem.cols}）`,
      );
    case "entry": {
      const { row, col, value: v } = problem;
      if (problem.why === "outOfBounds") {
        const [lo, hi] = [min ?? -Infinity, max ?? Infinity].map(String);
        return no(
          `every entry must be from ${lo} to ${hi} (row ${row}, column ${col} is ${v})`,
          `每个元素都必须在 ${lo} 到 ${hi} 之间（第 ${row} 行第 ${col} 列是 ${v}）`,
        );
      }
      const shown = typeof v === "number" ? String(v) : (JSON.stringify(v) ?? String(v)); // NaN, not "null"
      return no(
        `every entry must be a finite number (row ${row}, column ${col} is ${shown})`,
        `每个元素都必须是有限的数（第 ${row} 行第 ${col} 列是 ${shown}）`,
      );
    }
  }
}

/** What a list of numbers must be: how many, each entry's bounds, and an example to offer. */
export interface NumbersRule {
  count?: number;
  /** Inclusive bounds of every entry. */
  min?: number;
  max?: number;
  /** A valid list to suggest, as the CLI spells it (e.g. the option's default). */
  example?: string;
}

/** "a,b,…", a JSON list, a number or an array → finite numbers, as many as `count`, within bounds. */
export function checkNumbers(raw: unknown, rule: number | NumbersRule = {}): Checked<number[]> {
  const { count, min, max, example = count === undefined ? "1,2" : Array.from({ length: count }, (_, i) => i + 1).join(",") } =
    typeof rule === "number" ? { count: rule } : rule;
  let list: unknown[] | undefined;
  if (typeof raw === "number") list = [raw];
  else if (Array.isArray(raw)) list = raw.flat(Infinity);
  else if (typeof raw === "string") {
    const text = raw.trim().replace(/^\[+|\]+$/g, "");
    list = text === "" ? [] : text.split(",");
  }
  const numbers = list?.map(toNumber);
  const what = count === undefined ? "numbers" : `${count} number${count === 1 ? "" : "s"}`;
  const whatZh = count === undefined ? "若干个数" : `${count} 个数`;
  if (!numbers || numbers.length === 0 || numbers.some((n) => n === undefined)) {
    return no(`give ${what} separated by commas, e.g. ${example}`, `请给出用逗号分隔的${whatZh}，例如 ${example}`);
  }
  if (count !== undefined && numbers.length !== count) {
    return no(`exactly ${what} (got ${numbers.length})`, `必须正好 ${whatZh}（收到 ${numbers.length} 个）`);
  }
  const out = numbers.findIndex((n) => (min !== undefined && n! < min) || (max !== undefined && n! > max));
  if (out >= 0) {
    const [lo, hi] = [min ?? -Infinity, max ?? Infinity].map(String);
    return no(
      `every number must be from ${lo} to ${hi} (number ${out + 1} is ${numbers[out]})`,
      `每个数都必须在 ${lo} 到 ${hi} 之间（第 ${out + 1} 个是 ${numbers[out]}）`,
    );
  }
  return ok(numbers as number[]);
}

function range({ min, max }: { min?: number; max?: number }): { en: string; zh: string } {
  if (min !== undefined && max !== undefined) return { en: ` from ${min} to ${max}`, zh: `，范围 ${min} 到 ${max}` };
  if (min !== undefined) return { en: ` of at least ${min}`, zh: `，不小于 ${min}` };
  if (max !== undefined) return { en: ` of at most ${max}`, zh: `，不大于 ${max}` };
  return { en: "", zh: "" };
}

/** One option value against its spec. */
export function checkOption(spec: OptionSpec, raw: unknown): Checked<number | string | number[] | number[][]> {
  switch (spec.type) {
    case "number":
    case "integer": {
      const n = toNumber(raw);
      const integer = spec.type === "integer";
      const inRange =
        n !== undefined &&
        (!integer || Number.isSafeInteger(n)) &&
        (!spec.positive || n > 0) &&
        (spec.min === undefined || n >= spec.min) &&
        (spec.max === undefined || n <= spec.max);
      if (inRange) return ok(n);
      const r = range(spec);
      const example = spec.default === undefined ? "" : `, e.g. ${spec.default}`;
      const exampleZh = spec.default === undefined ? "" : `，例如 ${spec.default}`;
      if (integer) return no(`${spec.name} must be an integer${r.en}${example}`, `${spec.name} 必须是整数${r.zh}${exampleZh}`);
      const pos = spec.positive ? " positive" : "";
      const posZh = spec.positive ? "正" : "";
      return no(
        `${spec.name} must be a finite${pos} number${r.en}${example}`,
        `${spec.name} 必须是有限的${posZh}数${r.zh}${exampleZh}`,
      );
    }
    case "choice": {
      const choices = spec.choices ?? [];
      if (typeof raw === "string" && choices.includes(raw)) return ok(raw);
      return no(`${spec.name} must be one of: ${choices.join(", ")}`, `${spec.name} 必须是以下之一：${choices.join(", ")}`);
    }
    case "matrix":
      return checkMatrix(raw, spec.maxSize, spec);
    case "numbers":
      return checkNumbers(raw, { count: spec.count, min: spec.min, max: spec.max, ...(spec.default === undefined ? {} : { example: spec.default }) });
  }
}

/** The value given for a spec: its CLI name ("init-weight") or its camelCase ("initWeight"). */
function given(raw: LessonOptions, name: string): unknown {
  if (raw[name] !== undefined) return raw[name];
  return raw[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

/** Throws the OptionError for a failed check. */
export function refuse(name: string, value: unknown, reason: LocalText): never {
  throw new OptionError(name, value, reason.en, reason);
}

/**
 * Checks every option a lesson declares (unknown names are the CLI's business and ignored),
 * throwing OptionError at the first bad one; returns typed readers for the lesson.
 */
export function readOptions(specs: readonly OptionSpec[], raw: LessonOptions = {}) {
  const values = new Map<string, unknown>();
  for (const spec of specs) {
    const value = given(raw, spec.name);
    if (value === undefined) continue;
    const checked = checkOption(spec, value);
    if (!checked.ok) refuse(spec.name, value, checked.reason);
    values.set(spec.name, checked.value);
  }
  return {
    number: (name: string) => values.get(name) as number | undefined,
    string: (name: string) => values.get(name) as string | undefined,
    numbers: (name: string) => values.get(name) as number[] | undefined,
    matrix: (name: string) => values.get(name) as number[][] | undefined,
  };
}
