// Small pieces every lesson's frames use: cell lists, number text, equation tokens.
// Numbers in text are formatted exactly as renderers format matrix cells (src/format.ts),
// so "19" in an equation and 19 in Y always read the same.
import { formatNumber } from "../format.ts";
import type { Cell, SeriesSummary, Token } from "../frame.ts";

/** Every [row, column] of a rows×cols grid, row by row, optionally filtered. */
export function cells(rows: number, cols: number, keep: (i: number, j: number) => boolean = () => true): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (keep(i, j)) out.push([i, j]);
  return out;
}

/**
 * An output being filled in row by row, as the window slides: its first `filled` cells, zeros
 * after them, and the cells still to compute.
 */
export function fillingIn(y: readonly (readonly number[])[], filled: number): { values: number[][]; pending: Cell[] } {
  const width = y[0]?.length ?? 0;
  const computed = (i: number, j: number) => i * width + j < filled;
  return { values: y.map((row, i) => row.map((v, j) => (computed(i, j) ? v : 0))), pending: cells(y.length, width, (i, j) => !computed(i, j)) };
}

/** A number as text, as every renderer prints it. */
export const num = formatNumber;

/** A number with `digits` significant digits, for rates, limits and losses: 0.01515, 6.821e-13, 3.379e+18. */
export function sig(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const short = Number(value.toPrecision(digits));
  const abs = Math.abs(short);
  return abs !== 0 && (abs < 1e-4 || abs >= 1e6) ? short.toExponential() : String(short);
}

/** A factor in a product: negatives in parentheses, "1×(-1)". */
export function factor(value: number): string {
  const text = num(value);
  return value < 0 ? `(${text})` : text;
}

export const tok = {
  input: (text: string): Token => ({ text, role: "input" }),
  kernel: (text: string): Token => ({ text, role: "kernel" }),
  op: (text: string): Token => ({ text, role: "op" }),
  result: (text: string): Token => ({ text, role: "result" }),
  text: (text: string): Token => ({ text, role: "text" }),
};

/** "[a, b]" for a row of numbers. */
export function rowText(values: readonly number[]): string {
  return `[${values.map((v) => num(v)).join(", ")}]`;
}

/** "[[a, b], [c, d]]" for a matrix. */
export function matrixText(values: readonly (readonly number[])[]): string {
  return `[${values.map(rowText).join(", ")}]`;
}

/**
 * One output cell written out: `x×k + x×k (+ b) = value`, the window read from the input at
 * (i, j). The value is the engine's; the tokens only show which numbers met.
 */
export function cellTokens(x: number[][], k: number[][], i: number, j: number, value: number, bias?: number): Token[] {
  const tokens: Token[] = [];
  k.forEach((row, a) =>
    row.forEach((kv, b) => {
      if (tokens.length > 0) tokens.push(tok.op(" + "));
      tokens.push(tok.input(factor(x[i + a]![j + b]!)), tok.op("×"), tok.kernel(factor(kv)));
    }),
  );
  if (bias !== undefined) tokens.push(tok.op(" + "), tok.kernel(factor(bias)));
  tokens.push(tok.op(" = "), tok.result(num(value)));
  return tokens;
}

/** First, last and smallest finite value of a series (undefined when it is empty). */
export function seriesSummary(values: readonly number[]): SeriesSummary | undefined {
  if (values.length === 0) return undefined;
  const finite = values.filter(Number.isFinite);
  return { first: values[0]!, last: values[values.length - 1]!, min: finite.length > 0 ? Math.min(...finite) : NaN };
}

/** A series with its summary, as frames carry it. */
export function withSummary<T extends { values: number[] }>(series: T): T & { summary?: SeriesSummary } {
  const summary = seriesSummary(series.values);
  return summary ? { ...series, summary } : series;
}
