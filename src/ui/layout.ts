// The menu's layout and the terminal's size. A lesson screen's panels are planned in one
// place, src/draw/plan.ts (re-exported here: the sizes every screen shares).
import { wrapText } from "../draw/wrap.ts";
import type { Size } from "../draw/plan.ts";

export { COLUMN_GAP, isTooSmall, isWide, MATRIX_GAP, MIN_COLUMNS, MIN_ROWS, WIDE_COLUMNS, type Size } from "../draw/plan.ts";

/** A terminal's size; 80×24 where it does not say. */
export const terminalSize = (stdout: NodeJS.WriteStream): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

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

