// How one matrix cell reads without colour: the window in [brackets], the current cell in
// <angles>, a pending cell as "·". Pure, so the cues are tested apart from Ink.
import type { MatrixView } from "../../../lessons/frame.ts";
import { formatNumber } from "../../../lessons/format.ts";
import { position } from "./sparkline.ts";

export type CellKind = "plain" | "window" | "current" | "pending";

export interface DrawnCell {
  /** Padded to the column width, with its cue characters. */
  text: string;
  kind: CellKind;
  value: number;
}

const has = (cells: MatrixView["window"], i: number, j: number): boolean => !!cells?.some(([r, c]) => r === i && c === j);

/** Rows of cells, each column right-aligned to one width; every cell 2 columns wider for its cue. */
export function drawMatrix(m: MatrixView): DrawnCell[][] {
  const kinds = m.values.map((row, i) =>
    row.map((_, j): CellKind =>
      has(m.pending, i, j) ? "pending" : has(m.current, i, j) ? "current" : has(m.window, i, j) ? "window" : "plain",
    ),
  );
  const texts = m.values.map((row, i) => row.map((v, j) => (kinds[i]![j] === "pending" ? "·" : formatNumber(v, m.format))));
  const cols = Math.max(0, ...m.values.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, j) => Math.max(1, ...texts.map((r) => r[j]?.length ?? 0)));
  return texts.map((row, i) =>
    row.map((t, j) => {
      const kind = kinds[i]![j]!;
      const [open, close] = kind === "window" ? ["[", "]"] : kind === "current" ? ["<", ">"] : [" ", " "];
      return { text: open + t.padStart(widths[j]!) + close, kind, value: m.values[i]![j]! };
    }),
  );
}

/** Heat level 0..levels-1 by position between the matrix's finite min and max (undefined if flat). */
export function heatLevel(value: number, values: readonly (readonly number[])[], levels: number): number | undefined {
  const finite = values.flat().filter(Number.isFinite);
  if (!Number.isFinite(value) || finite.length === 0 || levels <= 0) return undefined;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (!(hi > lo)) return undefined;
  const level = Math.floor(position(value, lo, hi) * levels);
  return Number.isNaN(level) ? undefined : Math.min(levels - 1, Math.max(0, level));
}
