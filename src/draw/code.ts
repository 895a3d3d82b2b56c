// The code panel's rows: each code line wrapped to the panel (src/draw/wrap.ts wrapCode), so the
// planner counts the rows the panel will draw, and the window of them that keeps the current
// lines in view when the panel is shorter than the code.
import type { CodeView } from "../../lessons/frame.ts";
import { wrapCode } from "./wrap.ts";

/** "▶ 12 ": the mark, the line number and a space. */
export const codeGutter = (code: CodeView): number => 2 + String(code.lines.length).length + 1;

/** One row of the code panel: its line's index, its text, and whether it starts the line (numbered). */
export interface CodeRow {
  n: number;
  text: string;
  first: boolean;
}

/** The code as rows at `width`: each with its line's index, the first row of a line numbered. */
export function codeRows(code: CodeView, width: number): CodeRow[] {
  const gutter = codeGutter(code);
  return code.lines.flatMap((line, n) => wrapCode(line, Math.max(8, width - gutter)).map((text, k) => ({ n, text, first: k === 0 })));
}

/**
 * The first row to show so that the current lines start in `maxRows`, after the whole line
 * before them when it fits (context), and never in the middle of a wrapped line.
 */
export function codeWindowStart(rows: readonly { n: number; first: boolean }[], current: readonly number[], maxRows: number): number {
  if (rows.length <= maxRows) return 0;
  const firstLine = Math.min(...current, rows.at(-1)!.n);
  const at = rows.findIndex((r) => r.n === firstLine);
  const context = rows.findIndex((r) => r.n === firstLine - 1);
  let start = context >= 0 && at - context < maxRows ? context : at;
  start = Math.max(0, Math.min(start, rows.length - maxRows));
  // the end of the code pulled the window up into a wrapped line: start at that line's next one
  while (start < at && !rows[start]!.first) start++;
  return start;
}
