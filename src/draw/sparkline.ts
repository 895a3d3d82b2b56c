// A series as one line of ▁▂▃▄▅▆▇█, pure and total: any input gives a line, never a throw.
// Non-finite points get their own marks so a diverged run reads as one.

import { BARS, MARKS, signedSparkline } from "./signed-sparkline.ts";

export { BARS, MARKS };

export interface SparkOptions {
  /** Scale by log10 when every finite value is positive (falls back to linear otherwise). */
  log?: boolean;
  /** Drawn about zero (lower four bars below it, upper four above), one cell per value, the latest values when too long. */
  signed?: boolean;
}

/** One cell per value when the series fits in `width`, else `width` cells, each a bucket of points. */
export function sparkline(values: readonly number[], width: number, options: SparkOptions = {}): string {
  if (options.signed) return signedSparkline(values, width);
  const cells = Math.max(0, Math.floor(width));
  if (values.length === 0 || cells === 0) return "";
  const points = values.length <= cells ? [...values] : resample(values, cells);
  const finite = points.filter(Number.isFinite);
  const useLog = options.log === true && finite.length > 0 && finite.every((v) => v > 0);
  const scaled = (v: number): number => (useLog ? Math.log10(v) : v);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of finite) {
    const s = scaled(v);
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  const top = BARS.length - 1;
  return points
    .map((v) => {
      if (Number.isNaN(v)) return MARKS.nan;
      if (v === Infinity) return MARKS.posInf;
      if (v === -Infinity) return MARKS.negInf;
      // A flat series (or one point) sits mid-height rather than on the floor.
      if (!(hi > lo)) return BARS[Math.floor(top / 2)];
      const index = Math.round(position(scaled(v), lo, hi) * top);
      return BARS[Number.isNaN(index) ? Math.floor(top / 2) : Math.min(top, Math.max(0, index))];
    })
    .join("");
}

/** Where v sits between lo and hi, 0..1; halved when hi − lo overflows (values near ±1.8e308). */
export function position(v: number, lo: number, hi: number): number {
  const span = hi - lo;
  return Number.isFinite(span) ? (v - lo) / span : (v / 2 - lo / 2) / (hi / 2 - lo / 2);
}

/**
 * Shrinks a long series to `cells` points: each cell is its bucket's mean, or the bucket's
 * first non-finite value if it has one (a divergence must never be averaged away).
 */
function resample(values: readonly number[], cells: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < cells; c++) {
    const start = Math.floor((c * values.length) / cells);
    const end = Math.max(start + 1, Math.floor(((c + 1) * values.length) / cells));
    let mean = 0;
    let bad: number | undefined;
    for (let i = start; i < end; i++) {
      const v = values[i]!;
      // Each point adds its share, so a bucket of huge values cannot overflow to ∞.
      if (!Number.isFinite(v)) bad ??= v;
      else mean += v / (end - start);
    }
    out.push(bad ?? mean);
  }
  return out;
}
