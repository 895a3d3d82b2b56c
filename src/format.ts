// Number formatting shared by every renderer (Ink lab and plain-text CLI), so the
// same frame prints the same digits everywhere.
import type { Scalar } from "../lessons/frame.ts";

/** Fixed decimals for non-integers (matrices and most scalars). */
export const PRECISION = 3;

/** Integers without decimals, others to PRECISION places; NaN and ±Infinity spelled out. */
export function formatNumber(value: number, format?: Scalar["format"]): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "-∞";
  if (format === "exp") return value.toExponential(PRECISION);
  if (format === "int" || Number.isInteger(value)) return Object.is(value, -0) ? "0" : String(Math.round(value));
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e7)) return value.toExponential(2);
  const fixed = value.toFixed(format === "fixed" ? 4 : PRECISION);
  return fixed === "-0.000" || fixed === "-0.0000" ? fixed.slice(1) : fixed;
}

/** Every cell of a matrix as text, right-aligned to a common width per column. */
export function formatMatrixCells(values: readonly (readonly number[])[]): string[][] {
  const cells = values.map((row) => row.map((v) => formatNumber(v)));
  const cols = cells[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, j) => Math.max(...cells.map((r) => r[j]!.length)));
  return cells.map((row) => row.map((c, j) => c.padStart(widths[j]!)));
}

/** "3×3" */
export function shapeLabel(values: readonly (readonly number[])[]): string {
  return `${values.length}×${values[0]?.length ?? 0}`;
}
