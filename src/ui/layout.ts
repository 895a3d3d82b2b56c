// Sizes that decide the layout: side by side from WIDE_COLUMNS, a notice below the minimum,
// and estimates of how tall each part is, so the live area stays shorter than the terminal
// (Ink clears the whole screen on every render once a frame is as tall as the terminal).
import stringWidth from "string-width";
import type { Frame, MatrixView } from "../../lessons/frame.ts";
import { formatNumber, shapeLabel } from "../../lessons/format.ts";
import { drawMatrix } from "../draw/matrix.ts";
import { wrapText } from "../draw/wrap.ts";


export const WIDE_COLUMNS = 100;
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 18;
/** Gap between the two columns of the wide layout. */
export const COLUMN_GAP = 3;
/** Gap between matrices drawn side by side. */
export const MATRIX_GAP = 3;

/** A terminal's size; 80×24 where it does not say. */
export const terminalSize = (stdout: NodeJS.WriteStream): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

export interface Size {
  columns: number;
  rows: number;
}

export const isTooSmall = (size: Size): boolean => size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
export const isWide = (size: Size): boolean => size.columns >= WIDE_COLUMNS;

export function matrixWidth(m: MatrixView): number {
  const rows = drawMatrix(m);
  const cells = Math.max(0, ...rows.map((r) => r.reduce((w, c) => w + stringWidth(c.text), 0)));
  return Math.max(stringWidth(`${m.title} ${shapeLabel(m.values)}`), cells);
}

/** The first and past-the-last lesson shown so that `selected` is visible in `fit` rows. */
export function listWindow(count: number, selected: number, fit: number): [number, number] {
  if (fit >= count) return [0, count];
  const start = Math.max(0, Math.min(count - fit, selected - Math.floor(fit / 2)));
  return [start, start + fit];
}

/** Each lesson takes up to 4 lines with its blank line and a wrapped summary; with fewer lines
 * the list is compact (summaries on one line, no blank lines). */
export const isCompactList = (count: number, listLines: number): boolean => listLines < count * 4;

/** The lessons the list shows: all, or (compact) a window around the selected one. */
export function lessonWindow(count: number, selected: number, maxLines: number, compact: boolean): [number, number] {
  // Compact rows are 2 lines; the window leaves a line for the "more" marks.
  return compact ? listWindow(count, selected, Math.max(1, Math.floor((maxLines - 2) / 2))) : [0, count];
}

/** Lines the menu's list may take in a live area of rows-1: header, blank, heading, the
 * warning and notice lines, and the key bar take the rest. */
export function menuListLines(rows: number, otherLines: number): number {
  return rows - 1 - 3 - otherLines - 1;
}

/** Lines a wrapped text takes. */
export function textHeight(text: string, width: number): number {
  return wrapText(text, width).length;
}

/** Matrices in groups, in order of first appearance. */
export function matrixGroups(frame: Frame): MatrixView[][] {
  const groups = new Map<string, MatrixView[]>();
  frame.matrices.forEach((m, i) => {
    const key = m.group ?? `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  });
  return [...groups.values()];
}

/** Lines a group of side-by-side matrices takes at this width (they wrap like words). */
export function groupHeight(ms: readonly MatrixView[], width: number): number {
  let lines = 0;
  let lineHeight = 0;
  let used = 0;
  for (const m of ms) {
    const w = matrixWidth(m);
    const h = m.values.length + 1;
    if (used > 0 && used + MATRIX_GAP + w > width) {
      lines += lineHeight;
      lineHeight = 0;
      used = 0;
    }
    used += (used > 0 ? MATRIX_GAP : 0) + w;
    lineHeight = Math.max(lineHeight, h);
  }
  return lines + lineHeight;
}

/** A gradient group (dW beside W) is drawn with │ separators between its matrices. */
export function isGradientGroup(ms: readonly MatrixView[]): boolean {
  return ms.some((m) => /^d[A-Z]/.test(m.id) && ms.some((p) => p.id === m.id.slice(1)));
}

/** Width of a group drawn on one line (with the separators of a gradient group). */
export function groupWidth(ms: readonly MatrixView[]): number {
  const sep = isGradientGroup(ms) ? MATRIX_GAP + 1 : 0;
  return ms.reduce((w, m, i) => w + matrixWidth(m) + (i > 0 ? MATRIX_GAP + sep : 0), 0);
}

/** Natural width of the numbers panel: its widest group of matrices (unwrapped) or equation. */
export function numbersWidth(frame: Frame): number {
  const groups = matrixGroups(frame).map(groupWidth);
  const equations = frame.equations.map((e) => stringWidth(`${e.label ?? ""}: ${e.tokens.map((t) => t.text).join("")}`));
  return Math.max(MIN_NUMBERS_WIDTH, ...groups, ...equations);
}

/** Room for a sparkline with its first/last/min line. */
export const MIN_NUMBERS_WIDTH = 44;

/** Lines of the numbers panel: groups (one blank line between), equations, scalars, series. */
export function numbersHeight(frame: Frame, width: number): number {
  const groups = matrixGroups(frame);
  let h = groups.reduce((sum, g, i) => sum + groupHeight(g, width) + (i > 0 ? 1 : 0), 0);
  for (const e of frame.equations) h += textHeight((e.label ?? "") + e.tokens.map((t) => t.text).join(""), width);
  if (frame.scalars.length > 0) h += scalarsHeight(frame, width);
  h += frame.series.length * 2;
  return h;
}

export function narrativeHeight(frame: Frame, width: number): number {
  return textHeight(frame.heading, width) + frame.narrative.reduce((sum, p) => sum + textHeight(p, width), 0);
}

/** Scalars wrap between items (each item is glued with no-break spaces). */
export function scalarsHeight(frame: Frame, width: number): number {
  let lines = 1;
  let used = 0;
  for (const s of frame.scalars) {
    const w = stringWidth(`${s.label} ${formatNumber(s.value, s.format)}`) + (used > 0 ? 3 : 0);
    if (used > 0 && used + w > width) {
      lines++;
      used = w - 3;
    } else used += w;
  }
  return lines;
}

/** The widest single matrix or equation: the numbers panel can wrap down to this. */
export function numbersMinWidth(frame: Frame): number {
  const matrices = frame.matrices.map(matrixWidth);
  // Equations may wrap, but not into a narrow ribbon.
  const equations = frame.equations.map((e) => Math.min(60, stringWidth(`${e.label ?? ""}: ${e.tokens.map((t) => t.text).join("")}`)));
  // A gradient step reads as one line: W │ ∂l/∂W │ W − lr·∂l/∂W.
  const gradients = matrixGroups(frame).filter(isGradientGroup).map(groupWidth);
  return Math.max(MIN_NUMBERS_WIDTH, ...matrices, ...equations, ...gradients);
}

/** Columns the code panel needs to show every line whole (marker, line number, text). */
export function codeWidth(frame: Frame): number {
  const digits = String(frame.code.lines.length).length;
  return Math.max(0, ...frame.code.lines.map((l) => stringWidth(l))) + digits + 3;
}

/**
 * Widths of the two columns of the wide layout. The numbers keep their natural width (groups
 * side by side) unless that would cut the code's lines; then they wrap narrower, as long as
 * they still fit in `bodyLines`.
 */
export function wideColumns(frame: Frame, columns: number, bodyLines: number): { left: number; right: number } {
  const natural = Math.min(numbersWidth(frame), Math.floor(columns * 0.6));
  const split = (left: number) => ({ left, right: columns - left - COLUMN_GAP });
  const wanted = columns - COLUMN_GAP - Math.max(codeWidth(frame), MIN_TEXT_WIDTH);
  if (wanted >= natural) return split(natural);
  const narrower = Math.max(wanted, numbersMinWidth(frame));
  return narrower < natural && numbersHeight(frame, narrower) <= bodyLines ? split(narrower) : split(natural);
}

/** The text column never gets narrower than this when the numbers wrap to make room. */
export const MIN_TEXT_WIDTH = 40;
