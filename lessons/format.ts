// Number formatting shared by lessons (equations, narrative) and every renderer (Ink lab and plain-text CLI), so the
// same frame prints the same digits everywhere.
import type { Scalar } from "./frame.ts";

/** Fixed decimals for non-integers (matrices and most scalars). */
export const PRECISION = 3;

/** Integers without decimals, others to PRECISION places; NaN and ±Infinity spelled out. */
export function formatNumber(value: number, format?: Scalar["format"]): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "-∞";
  if (format === "exp") return value.toExponential(PRECISION);
  if (format === "rate") return String(Number(value.toPrecision(6)));
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

/**
 * A number that is exactly a float32 (what the engine stores), as the fewest digits that
 * read back to the same float32 — how NumPy and PyTorch print float32 (0.1, not
 * 0.10000000149011612). Whole numbers and numbers that are not float32 are left as they are.
 */
export function shortestFloat32(value: number): number {
  // Whole numbers (a seed, a count, a size) are written exactly: 4294967296 is a float32, but
  // written short it would read 4294967300.
  if (!Number.isFinite(value) || Math.fround(value) !== value || Number.isSafeInteger(value)) return value;
  for (let digits = 1; digits < 9; digits++) {
    const short = Number(value.toPrecision(digits));
    if (Math.fround(short) === value) return short;
  }
  return value;
}

/** One JSON Lines record; float32 numbers written short (see shortestFloat32). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" ? shortestFloat32(v) : v)) + "\n";
}
