// A plot (lessons/frame.ts's Plot) as terminal text, for every renderer: contour lines of a
// function of two variables and a path on it, in braille dots (2×4 per character, so a dot is
// about as wide as it is tall and both axes keep equal units). Pure: values in, lines of spans
// out; each span says what it is ("contour", "path"…) and the renderer picks a colour for it.
// Without colour the path still reads: its points are "•", the current one "●", marks "+" "○",
// while contour lines stay dots. Sampling the lesson's grid between its nodes is drawing, not
// a result a lesson states.
import stringWidth from "string-width";
import type { Plot, PlotPoint } from "../../lessons/frame.ts";
import { cut } from "./text.ts";

export type PlotRole = "title" | "axis" | "contour" | "path" | "point" | "current" | "mark" | "legend";
export interface PlotSpan {
  text: string;
  role: PlotRole;
}
export type PlotLine = PlotSpan[];

export const PLOT_SYMBOL = { point: "•", current: "●", marks: ["+", "○", "×"] } as const;
/** Smaller than this (in characters) a plot says nothing: it is left out. */
export const MIN_PLOT = { columns: 8, rows: 3 } as const;

const BRAILLE = 0x2800;
/** Bit of the dot at (x, y) inside a braille cell, x 0..1, y 0..3. */
const DOT = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
] as const;

/** A tick label: three significant digits, no trailing zeros. */
export const tick = (v: number): string => String(Number(v.toPrecision(3)));

/** The legend's items, in the plot's own words. */
function legendItems(plot: Plot): PlotSpan[][] {
  const items: PlotSpan[][] = [];
  if (plot.path.points.length > 1) items.push([{ text: PLOT_SYMBOL.point, role: "point" }, { text: ` ${plot.path.label}`, role: "legend" }]);
  if (plot.path.points.length > 0) items.push([{ text: PLOT_SYMBOL.current, role: "current" }, { text: ` ${plot.path.label}: ${pointText(plot.path.points.at(-1)!)}`, role: "legend" }]);
  plot.marks.forEach((m, i) => items.push([{ text: markSymbol(i), role: "mark" }, { text: ` ${m.label}`, role: "legend" }]));
  if (plot.levels.length > 0) items.push([{ text: "⠒", role: "contour" }, { text: ` ${plot.levelsLabel}`, role: "legend" }]);
  return items;
}

const markSymbol = (i: number): string => PLOT_SYMBOL.marks[i % PLOT_SYMBOL.marks.length]!;
const pointText = ([x, y]: PlotPoint): string => `[${tick(x)}, ${tick(y)}]`;
const spansWidth = (spans: readonly PlotSpan[]): number => spans.reduce((w, s) => w + stringWidth(s.text), 0);

/** Legend items packed into lines of at most `width` columns, two spaces apart (an item wider than a line stands alone). */
function packLegend(items: readonly PlotSpan[][], width: number): PlotLine[] {
  const lines: PlotLine[] = [];
  let line: PlotLine = [];
  for (const item of items) {
    if (line.length > 0 && spansWidth(line) + 2 + spansWidth(item) > width) {
      lines.push(line);
      line = [];
    }
    if (line.length > 0) line.push({ text: "  ", role: "legend" });
    line.push(...item);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The grid's value at (x, y), bilinear between its nodes; NaN outside it or where a node is not finite. */
function sample(plot: Plot, x: number, y: number): number {
  const rows = plot.grid.length;
  const cols = plot.grid[0]?.length ?? 0;
  if (rows < 2 || cols < 2) return NaN;
  const gc = ((x - plot.x.min) / (plot.x.max - plot.x.min)) * (cols - 1);
  const gr = ((y - plot.y.min) / (plot.y.max - plot.y.min)) * (rows - 1);
  if (!(gc >= 0 && gc <= cols - 1 && gr >= 0 && gr <= rows - 1)) return NaN;
  const c0 = Math.min(cols - 2, Math.floor(gc));
  const r0 = Math.min(rows - 2, Math.floor(gr));
  const fc = gc - c0;
  const fr = gr - r0;
  const at = (r: number, c: number) => plot.grid[r]?.[c] ?? NaN;
  const bottom = at(r0, c0) * (1 - fc) + at(r0, c0 + 1) * fc;
  const top = at(r0 + 1, c0) * (1 - fc) + at(r0 + 1, c0 + 1) * fc;
  return bottom * (1 - fr) + top * fr;
}

/** Characters of the plotting area at most `columns` × `rows`, keeping equal units on both axes. */
function areaSize(plot: Plot, columns: number, rows: number): { columns: number; rows: number } {
  const spanX = plot.x.max - plot.x.min;
  const spanY = plot.y.max - plot.y.min;
  if (!(spanX > 0 && spanY > 0) || !Number.isFinite(spanX) || !Number.isFinite(spanY)) return { columns: 0, rows: 0 };
  // dots per unit: 2 per column across, 4 per row down
  const scale = Math.min((columns * 2) / spanX, (rows * 4) / spanY);
  return { columns: Math.floor((scale * spanX) / 2), rows: Math.floor((scale * spanY) / 4) };
}

/** The gutter left of the area: the y ticks and label, then the axis. */
function gutterWidth(plot: Plot): number {
  return Math.max(stringWidth(tick(plot.y.max)), stringWidth(tick(plot.y.min)), stringWidth(plot.y.label)) + 1;
}

/** Where the plot's parts go in width × height (null: too small to draw): the y-axis gutter, the legend, the dot area. */
function plotLayout(plot: Plot, width: number, height: number) {
  const gutter = gutterWidth(plot);
  const legend = packLegend(legendItems(plot), width);
  const area = areaSize(plot, width - gutter - 1, height - 3 - legend.length);
  return area.columns < MIN_PLOT.columns || area.rows < MIN_PLOT.rows ? null : { gutter, legend, area };
}

/**
 * The plot in at most `width` columns and `height` lines: title, the area with its y axis, the
 * x axis and its ticks, the legend. Empty when even the smallest plot does not fit.
 */
export function drawPlot(plot: Plot, width: number, height: number): PlotLine[] {
  const layout = plotLayout(plot, width, height);
  if (!layout) return [];
  const { gutter, legend, area } = layout;
  const dotsX = area.columns * 2;
  const dotsY = area.rows * 4;
  const toX = (i: number) => plot.x.min + ((i + 0.5) / dotsX) * (plot.x.max - plot.x.min);
  const toY = (j: number) => plot.y.max - ((j + 0.5) / dotsY) * (plot.y.max - plot.y.min);
  const dotOf = ([x, y]: PlotPoint): [number, number] => [
    Math.floor(((x - plot.x.min) / (plot.x.max - plot.x.min)) * dotsX),
    Math.floor(((plot.y.max - y) / (plot.y.max - plot.y.min)) * dotsY),
  ];
  const inside = (i: number, j: number) => i >= 0 && i < dotsX && j >= 0 && j < dotsY;

  const setBit = (bits: Uint8Array, i: number, j: number) => {
    if (inside(i, j)) bits[Math.floor(j / 4) * area.columns + Math.floor(i / 2)]! |= DOT[i % 2]![j % 4]!;
  };
  const contour = contourBits(plot, area, toX, toY, setBit);
  const pathBits = new Uint8Array(area.columns * area.rows);

  // The path: straight segments between its points, clipped to the area.
  const points = plot.path.points.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  for (let k = 1; k < points.length; k++) line(dotOf(points[k - 1]!), dotOf(points[k]!), (i, j) => setBit(pathBits, i, j), [dotsX, dotsY]);

  // Characters that stand for a point win over dots: the current point, then marks, then earlier points.
  const symbols = new Map<number, PlotSpan>();
  const place = (p: PlotPoint, span: PlotSpan) => {
    if (!(Number.isFinite(p[0]) && Number.isFinite(p[1]))) return;
    const [i, j] = dotOf(p);
    if (inside(i, j)) symbols.set(Math.floor(j / 4) * area.columns + Math.floor(i / 2), span);
  };
  points.slice(0, -1).forEach((p) => place(p, { text: PLOT_SYMBOL.point, role: "point" }));
  plot.marks.forEach((m, k) => place(m.at, { text: markSymbol(k), role: "mark" }));
  const last = plot.path.points.at(-1);
  if (last) place(last, { text: PLOT_SYMBOL.current, role: "current" });

  const yTicks = [tick(plot.y.max), tick(plot.y.min)];
  const labelRow = Math.floor(area.rows / 2);
  const lines: PlotLine[] = [[{ text: cut(plot.title, width), role: "title" }]];
  for (let r = 0; r < area.rows; r++) {
    const left = r === 0 ? yTicks[0]! : r === area.rows - 1 ? yTicks[1]! : r === labelRow ? plot.y.label : "";
    const row: PlotLine = [{ text: `${" ".repeat(gutter - 1 - stringWidth(left))}${left} ${r === 0 || r === area.rows - 1 ? "┤" : "│"}`, role: "axis" }];
    for (let c = 0; c < area.columns; c++) {
      const at = r * area.columns + c;
      const span = symbols.get(at) ??
        (pathBits[at] ? { text: String.fromCharCode(BRAILLE + pathBits[at]!), role: "path" as const }
          : contour[at] ? { text: String.fromCharCode(BRAILLE + contour[at]!), role: "contour" as const }
          : { text: " ", role: "contour" as const });
      const prev = row.at(-1)!;
      if (prev.role === span.role) prev.text += span.text;
      else row.push({ ...span });
    }
    lines.push(trimEnd(row));
  }
  lines.push([{ text: `${" ".repeat(gutter)}└${"─".repeat(area.columns)}`, role: "axis" }]);
  const [lo, hi] = [tick(plot.x.min), tick(plot.x.max)];
  const middle = Math.max(1, area.columns + 1 - stringWidth(lo) - stringWidth(hi));
  const label = stringWidth(plot.x.label) + 2 <= middle ? plot.x.label : "";
  const before = Math.floor((middle - stringWidth(label)) / 2);
  lines.push([{ text: `${" ".repeat(gutter)}${lo}${" ".repeat(before)}${label}${" ".repeat(middle - before - stringWidth(label))}${hi}`, role: "axis" }]);
  return [...lines, ...legend];
}

/**
 * The contour dots of the area, per character. They depend only on the grid, its levels and the
 * area's size, so they are kept per grid (a lesson's frames share one): stepping along the path
 * redraws only the path.
 */
const contourCache = new WeakMap<object, Map<string, Uint8Array>>();
function contourBits(
  plot: Plot,
  area: { columns: number; rows: number },
  toX: (i: number) => number,
  toY: (j: number) => number,
  setBit: (bits: Uint8Array, i: number, j: number) => void,
): Uint8Array {
  const key = `${area.columns}x${area.rows}:${plot.levels.join(",")}:${plot.x.min},${plot.x.max},${plot.y.min},${plot.y.max}`;
  const byKey = contourCache.get(plot.grid) ?? new Map<string, Uint8Array>();
  contourCache.set(plot.grid, byKey);
  const kept = byKey.get(key);
  if (kept) return kept;
  const dotsX = area.columns * 2;
  const dotsY = area.rows * 4;
  // A dot lies on a contour where a neighbour is in a lower band (fewer levels below it).
  const band = new Int16Array(dotsX * dotsY);
  for (let j = 0; j < dotsY; j++) {
    for (let i = 0; i < dotsX; i++) {
      const v = sample(plot, toX(i), toY(j));
      let below = 0;
      for (const level of plot.levels) if (level <= v) below++;
      band[j * dotsX + i] = Number.isFinite(v) ? below : -1;
    }
  }
  const bits = new Uint8Array(area.columns * area.rows);
  const lower = (i: number, j: number, b: number) => {
    if (i < 0 || i >= dotsX || j < 0 || j >= dotsY) return false;
    const n = band[j * dotsX + i]!;
    return n >= 0 && n < b;
  };
  for (let j = 0; j < dotsY; j++) {
    for (let i = 0; i < dotsX; i++) {
      const b = band[j * dotsX + i]!;
      if (b > 0 && (lower(i + 1, j, b) || lower(i - 1, j, b) || lower(i, j + 1, b) || lower(i, j - 1, b))) setBit(bits, i, j);
    }
  }
  byKey.set(key, bits);
  return bits;
}

/** Lines drawPlot takes for this plot in `width` × `height` (0 when it is left out). */
export function plotHeight(plot: Plot, width: number, height: number): number {
  // From the layout alone (the title, the area's rows, the x axis and its labels, the legend):
  // the planner asks this on every frame, and drawing the plot to count its lines did the work twice.
  const layout = plotLayout(plot, width, height);
  return layout ? 1 + layout.area.rows + 2 + layout.legend.length : 0;
}

/** A line's text without its roles (the CLI's plain text). */
export const plainLine = (line: PlotLine): string => line.map((s) => s.text).join("");

/** The part of the segment a→b inside [lo, hi] on both axes (Liang–Barsky), or null. */
function clip(a: readonly [number, number], b: readonly [number, number], hi: readonly [number, number]): [[number, number], [number, number]] | null {
  let t0 = 0;
  let t1 = 1;
  const d = [b[0] - a[0], b[1] - a[1]];
  for (let axis = 0; axis < 2; axis++) {
    for (const [p, q] of [[-d[axis]!, a[axis]! + 1], [d[axis]!, hi[axis]! - a[axis]!]] as const) {
      if (p === 0) {
        if (q < 0) return null;
        continue;
      }
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [[a[0] + t0 * d[0]!, a[1] + t0 * d[1]!], [a[0] + t1 * d[0]!, a[1] + t1 * d[1]!]];
}

/** Every dot on the straight line from a to b (Bresenham), clipped to the area first (a diverged run's points are far off). */
function line(a: [number, number], b: [number, number], plot: (i: number, j: number) => void, size: readonly [number, number]) {
  const part = clip(a, b, size);
  if (!part) return;
  let [x0, y0] = part[0].map(Math.round) as [number, number];
  const [x1, y1] = part[1].map(Math.round) as [number, number];
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    plot(x0, y0);
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) { err += dy; x0 += sx; }
    if (e2 <= dx) { err += dx; y0 += sy; }
  }
}

function trimEnd(row: PlotLine): PlotLine {
  const last = row.at(-1)!;
  last.text = last.text.trimEnd();
  return last.text === "" && row.length > 1 ? row.slice(0, -1) : row;
}
