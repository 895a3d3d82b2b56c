// The loss as a surface over the plane of W = [W₀, W₁]: its values on a grid, contour levels,
// and a box that holds the start, the answer K and the run's path. Renderers draw it
// (src/draw/plot.ts); the box is fixed for the whole run, so only the path grows from step to
// step. The grid is l(W) = Σ (W₀·Xᵢ,ⱼ + W₁·Xᵢ,ⱼ₊₁ − Yᵢ,ⱼ)² over the windows of X (one row of A
// each), in plain arithmetic: 625 points, each a sum of 42 squares, kept as float32 like the run.
import { windows } from "../notebook/recover-init.ts";

/** Grid nodes per side: the loss is quadratic, so a coarse grid drawn bilinearly reads smoothly. */
export const GRID = 25;

export interface Landscape {
  x: { min: number; max: number };
  y: { min: number; max: number };
  grid: number[][];
  levels: number[];
}

/** l(W) = Σ (A·W − y)², from the windows A of X and the targets y. */
function lossOf(a: readonly (readonly number[])[], t: readonly number[], w0: number, w1: number): number {
  let sum = 0;
  a.forEach((row, r) => { sum += (row[0]! * w0 + row[1]! * w1 - t[r]!) ** 2; });
  return Math.fround(sum);
}

/**
 * A square box around the answer `k` and the start, taking in the path's points that stay
 * within three times the start's distance (a diverging run's far points are left off the edge).
 */
export function landscapeBox(k: readonly number[], path: readonly (readonly number[])[]): { x: [number, number]; y: [number, number] } {
  const start = path[0] ?? k;
  const reach = 3 * Math.max(Math.hypot(start[0]! - k[0]!, start[1]! - k[1]!), 0.5);
  const near = path.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.hypot(p[0]! - k[0]!, p[1]! - k[1]!) <= reach);
  const xs = [k[0]!, ...near.map((p) => p[0]!)];
  const ys = [k[1]!, ...near.map((p) => p[1]!)];
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0.5) * 1.3;
  const centre = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
  return { x: [centre[0]! - span / 2, centre[0]! + span / 2], y: [centre[1]! - span / 2, centre[1]! + span / 2] };
}

/** 1, 2, 5 × 10ᵏ between 1/300 of the grid's largest value and half of it: a handful of nested rings. */
export function contourLevels(grid: readonly (readonly number[])[]): number[] {
  const top = Math.max(...grid.flat().filter(Number.isFinite));
  if (!(top > 0)) return [];
  const levels: number[] = [];
  for (let e = Math.floor(Math.log10(top / 300)); 10 ** e <= top; e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(1));
      if (v >= top / 300 && v <= top / 2) levels.push(v);
    }
  }
  return levels;
}

export function landscape(x: number[][], y: number[][], k: readonly number[], path: readonly (readonly number[])[]): Landscape {
  const box = landscapeBox(k, path);
  const at = (range: [number, number], i: number) => range[0] + ((range[1] - range[0]) * i) / (GRID - 1);
  const { a, y: t } = windows(x, y);
  const grid = Array.from({ length: GRID }, (_, r) => Array.from({ length: GRID }, (_, c) => lossOf(a, t, at(box.x, c), at(box.y, r))));
  return { x: { min: box.x[0], max: box.x[1] }, y: { min: box.y[0], max: box.y[1] }, grid, levels: contourLevels(grid) };
}
