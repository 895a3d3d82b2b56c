// How one matrix reads as text: aligned columns, the sliding window in [brackets], the current
// cell in <angles>, a cell not computed yet as "·". The cues are characters, so they read
// without colour (NO_COLOR, a pipe); the lab colours the same cells on top.
import type { MatrixView } from "../../lessons/frame.ts";
import { formatNumber, shapeLabel } from "../../lessons/format.ts";
import { position } from "./sparkline.ts";
import { textWidth } from "./text.ts";

export type CellKind = "plain" | "window" | "current" | "pending";

/** The characters around a cell of each kind, and the mark of a pending one. */
export const CUES = { window: ["[", "]"], current: ["<", ">"], plain: [" ", " "], pending: "·" } as const;

export interface DrawnCell {
  /** Padded to the column width, with its cue characters. */
  text: string;
  kind: CellKind;
  value: number;
}

type Cells = MatrixView["window"];
/** What drawing a matrix reads: its values, the marked cells, its title where it is shown. */
export type MatrixCells = Pick<MatrixView, "values"> & Partial<MatrixView>;
type TitledMatrix = Pick<MatrixView, "values" | "title"> & Partial<MatrixView>;
const cellSet = (cells: Cells): Set<number> => new Set((cells ?? []).map(([r, c]) => r * 65536 + c));

/** Rows of cells, each column right-aligned to one width; every cell 2 columns wider for its cue. */
export function drawMatrix(m: MatrixCells): DrawnCell[][] {
  const [pending, current, window] = [cellSet(m.pending), cellSet(m.current), cellSet(m.window)];
  const kindOf = (i: number, j: number): CellKind => {
    const k = i * 65536 + j;
    return pending.has(k) ? "pending" : current.has(k) ? "current" : window.has(k) ? "window" : "plain";
  };
  const texts = m.values.map((row, i) => row.map((v, j) => (kindOf(i, j) === "pending" ? CUES.pending : formatNumber(v, m.format))));
  const cols = Math.max(0, ...m.values.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, j) => Math.max(1, ...texts.map((r) => textWidth(r[j] ?? ""))));
  return texts.map((row, i) =>
    row.map((t, j) => {
      const kind = kindOf(i, j);
      const [open, close] = kind === "pending" ? CUES.plain : CUES[kind];
      return { text: open + " ".repeat(widths[j]! - textWidth(t)) + t + close, kind, value: m.values[i]![j]! };
    }),
  );
}

/** A matrix's title line: its title and shape (height×width). */
export const matrixTitle = (m: TitledMatrix): string => `${m.title} ${shapeLabel(m.values)}`;

/** Columns a matrix takes with `sep` between cells: its title or its widest row. */
export function matrixWidth(m: TitledMatrix, sep = ""): number {
  const rows = drawMatrix(m);
  const cells = Math.max(0, ...rows.map((r) => r.reduce((w, c) => w + textWidth(c.text), 0) + sep.length * Math.max(0, r.length - 1)));
  return Math.max(textWidth(matrixTitle(m)), cells);
}

/** A matrix as plain lines: title with its shape, then the rows, cells `sep` apart. */
export function matrixLines(m: TitledMatrix, sep = ""): string[] {
  return [matrixTitle(m), ...drawMatrix(m).map((row) => row.map((c) => c.text).join(sep).trimEnd())];
}

/** Heat level 0..levels-1 by position between the matrix's finite min and max (undefined if flat). */
export function heatLevel(value: number, values: readonly (readonly number[])[], levels: number): number | undefined {
  return heatScale(values, levels)(value);
}

/** heatLevel for many cells of one matrix: its min and max found once. */
export function heatScale(values: readonly (readonly number[])[], levels: number): (value: number) => number | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of values) for (const v of row) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return (value) => {
    if (!Number.isFinite(value) || levels <= 0 || !(hi > lo)) return undefined;
    const level = Math.floor(position(value, lo, hi) * levels);
    return Number.isNaN(level) ? undefined : Math.min(levels - 1, Math.max(0, level));
  };
}
